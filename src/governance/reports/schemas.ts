// Request and response bodies of the suspicious-information report API.
import { z } from 'zod';

/** Report states: reported by the unit, acknowledged by the police, handled by the police. */
export const REPORT_STATUSES = ['reported', 'acknowledged', 'handled'] as const;
/** One of REPORT_STATUSES. */
export type ReportStatus = (typeof REPORT_STATUSES)[number];

const text = (max: number) => z.string().trim().min(1).max(max);

/** Body of POST /reports. */
export const createBody = z
  .object({
    cameraId: z.string().min(1).max(64),
    occurredAt: z.iso.datetime({ offset: true }).describe('when it was seen (live: now; playback: the footage time)'),
    source: z.enum(['live', 'playback']),
    description: text(4000).describe('what was seen'),
  })
  .strict();
/** A create body. */
export type CreateBody = z.infer<typeof createBody>;

/** Body of acknowledge and of a note. */
export const noteBody = z.object({ note: text(4000) }).strict();
/** Body of acknowledge (the note is optional). */
export const ackBody = z.object({ note: text(4000).optional() }).strict();

/** Query of GET /reports. */
export const listQuery = z.object({
  orgId: z.string().min(1).max(64).optional(),
  cameraId: z.string().min(1).max(64).optional(),
  status: z.enum(REPORT_STATUSES).optional(),
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .describe('only reports the police have not handled within governance.reportOverdueHours (安徽 第二十七条(五))'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const orgRef = z.object({ orgId: z.string(), name: z.string() });

/** A report as the API shows it. */
export const reportView = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  cameraId: z.string(),
  cameraName: z.string(),
  source: z.enum(['live', 'playback']),
  occurredAt: z.string(),
  description: z.string(),
  status: z.enum(REPORT_STATUSES),
  reportedBy: z.string(),
  reportedByName: z.string(),
  reportedAt: z.string(),
  police: z.array(orgRef),
  regulators: z.array(orgRef),
  basis: z
    .array(z.object({ article: z.string(), to: z.array(z.string()), handlingArticle: z.string().nullable() }))
    .describe('the reporting articles in force and whom they name'),
  hold: z
    .object({
      id: z.string(),
      from: z.string(),
      to: z.string(),
      until: z.string().nullable(),
      releasedAt: z.string().nullable(),
    })
    .nullable()
    .describe('the clip held for the report'),
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  handledBy: z.string().nullable(),
  handledAt: z.string().nullable(),
  dueBy: z.string().describe('handled by then, or listed as overdue'),
  overdue: z.boolean(),
  notes: z.array(
    z.object({
      at: z.string(),
      userName: z.string(),
      orgId: z.string(),
      status: z.string().nullable(),
      note: z.string(),
    }),
  ),
  updatedAt: z.string(),
});
/** A report view. */
export type ReportView = z.infer<typeof reportView>;
