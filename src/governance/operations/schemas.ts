// Request and response bodies of the operating records: duty shifts, fault tickets, maintenance
// records, outsourcing agreements, and the training list.
import { z } from 'zod';

const instant = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().min(1).max(max);
const limit = z.coerce.number().int().min(1).max(500).default(100);

/** Clauses an outsourcing agreement may contain. */
export const AGREEMENT_CLAUSES = [
  'safe_operation',
  'network_security',
  'data_security',
  'personal_information',
  'confidentiality',
] as const;
/** The clauses as the texts name them. */
export const CLAUSE_ZH: Readonly<Record<(typeof AGREEMENT_CLAUSES)[number], string>> = {
  safe_operation: '安全运行责任',
  network_security: '网络安全',
  data_security: '数据安全',
  personal_information: '个人信息保护',
  confidentiality: '保密',
};
/** The clauses in English, as the console names them. */
export const CLAUSE_EN: Readonly<Record<(typeof AGREEMENT_CLAUSES)[number], string>> = {
  safe_operation: 'the safe-operation duties',
  network_security: 'network security',
  data_security: 'data security',
  personal_information: 'personal information protection',
  confidentiality: 'confidentiality',
};
/** What is outsourced: maintenance (维护), operation (运营), or both. */
export const AGREEMENT_KINDS = ['maintenance', 'operation', 'maintenance_and_operation'] as const;
/** Maintenance kinds. */
export const MAINTENANCE_KINDS = ['periodic_check', 'repair', 'upgrade', 'other'] as const;
/** Training kinds: 岗位技能, 保密, 安全知识, 入职审查. */
export const TRAINING_KINDS = ['job_skills', 'confidentiality', 'security', 'vetting'] as const;

/** Body of POST /duty-logs. */
export const dutyLogBody = z
  .object({
    orgId: id.optional().describe("defaults to the caller's organization"),
    siteId: id.optional().describe('the monitoring room’s site'),
    staff: z.array(text(100)).min(1).max(20).describe('who was on duty (值班人员)'),
    from: instant,
    to: instant,
    notes: text(4000).optional(),
    events: z
      .array(z.object({ at: instant, text: text(2000), cameraId: id.optional(), reportId: id.optional() }).strict())
      .max(500)
      .default([])
      .describe('what happened during the shift'),
  })
  .strict();
/** A duty log body. */
export type DutyLogBody = z.infer<typeof dutyLogBody>;

/** A duty log as the API shows it. */
export const dutyLogView = z.object({
  id: z.string(),
  orgId: z.string(),
  siteId: z.string().nullable(),
  staff: z.array(z.string()),
  from: z.string(),
  to: z.string(),
  notes: z.string().nullable(),
  events: z.array(
    z.object({
      at: z.string(),
      text: z.string(),
      cameraId: z.string().optional(),
      reportId: z.string().optional(),
    }),
  ),
  createdBy: z.string(),
  createdAt: z.string(),
});
/** A duty log view. */
export type DutyLogView = z.infer<typeof dutyLogView>;

/** Query of the time-ranged lists. */
export const rangeQuery = z.object({
  orgId: id.optional(),
  from: instant.optional(),
  to: instant.optional(),
  limit,
});

/** Body of POST /fault-tickets. */
export const faultBody = z
  .object({
    cameraId: id,
    description: text(4000),
    openedAt: instant.optional().describe('when the fault was found; default now'),
  })
  .strict();
/** Body of POST /fault-tickets/:id/measure (青岛 第十九条(三): 临时应急措施). */
export const measureBody = z.object({ temporaryMeasure: text(2000) }).strict();
/** Body of POST /fault-tickets/:id/repair. */
export const repairBody = z
  .object({
    repairedAt: instant,
    note: text(4000).describe('what was done'),
    performedBy: text(200).optional().describe('who repaired it; default the caller'),
  })
  .strict();
/** Query of GET /fault-tickets. */
export const faultQuery = z.object({
  orgId: id.optional(),
  cameraId: id.optional(),
  state: z.enum(['open', 'repaired']).optional(),
  limit,
});
/** A fault ticket as the API shows it. */
export const faultView = z.object({
  id: z.string(),
  orgId: z.string(),
  cameraId: z.string(),
  cameraName: z.string(),
  description: z.string(),
  state: z.enum(['open', 'repaired']),
  openedAt: z.string(),
  openedBy: z.string(),
  temporaryMeasure: z.string().nullable(),
  repairedAt: z.string().nullable(),
  repairedBy: z.string().nullable(),
  repairNote: z.string().nullable(),
  updatedAt: z.string(),
});
/** A fault ticket view. */
export type FaultView = z.infer<typeof faultView>;

/** Body of POST /maintenance-records. */
export const maintenanceBody = z
  .object({
    systemId: id,
    cameraId: id.optional(),
    kind: z.enum(MAINTENANCE_KINDS),
    performedAt: instant,
    performedBy: text(200),
    description: text(4000),
    agreementId: id.optional().describe('the outsourcing agreement it was done under'),
  })
  .strict();
/** A maintenance body. */
export type MaintenanceBody = z.infer<typeof maintenanceBody>;
/** Query of GET /maintenance-records. */
export const maintenanceQuery = rangeQuery.extend({ systemId: id.optional() });
/** A maintenance record as the API shows it. */
export const maintenanceView = z.object({
  id: z.string(),
  orgId: z.string(),
  systemId: z.string(),
  cameraId: z.string().nullable(),
  faultTicketId: z.string().nullable(),
  kind: z.enum(MAINTENANCE_KINDS),
  performedAt: z.string(),
  performedBy: z.string(),
  description: z.string(),
  agreementId: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});
/** A maintenance view. */
export type MaintenanceView = z.infer<typeof maintenanceView>;

/** Body of POST /outsourcing-agreements. */
export const agreementBody = z
  .object({
    kind: z.enum(AGREEMENT_KINDS),
    contractorName: text(200),
    contractorOrgId: id.optional(),
    reference: text(200).describe('协议编号'),
    signedAt: z.iso.date(),
    validFrom: z.iso.date(),
    validUntil: z.iso.date().optional(),
    systemIds: z.array(id).min(1).max(200),
    clauses: z
      .array(z.enum(AGREEMENT_CLAUSES))
      .max(AGREEMENT_CLAUSES.length)
      .describe(
        'what the agreement binds the contractor to; 国家 第十五条第二款 asks for the security and confidentiality ones',
      ),
    clauseText: text(8000).optional().describe('the clauses’ wording or where they stand in the agreement'),
  })
  .strict();
/** An agreement body. */
export type AgreementBody = z.infer<typeof agreementBody>;
/** Body of POST /outsourcing-agreements/:id/terminate. */
export const terminateBody = z.object({ terminatedAt: z.iso.date(), reason: text(2000).optional() }).strict();
/** An agreement as the API shows it. */
export const agreementView = z.object({
  id: z.string(),
  orgId: z.string(),
  kind: z.enum(AGREEMENT_KINDS),
  contractorName: z.string(),
  contractorOrgId: z.string().nullable(),
  reference: z.string(),
  signedAt: z.string(),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  systemIds: z.array(z.string()),
  clauses: z.array(z.enum(AGREEMENT_CLAUSES)),
  clauseText: z.string().nullable(),
  terminatedAt: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});
/** An agreement view. */
export type AgreementView = z.infer<typeof agreementView>;

/** Query of GET /training-records. */
export const trainingQuery = rangeQuery.extend({ kind: z.enum(TRAINING_KINDS).optional() });
/** A training record as the API shows it. */
export const trainingView = z.object({
  id: z.string(),
  orgId: z.string(),
  heldAt: z.string(),
  topic: z.string(),
  kinds: z.array(z.string()),
  attendees: z.number(),
  evidenceRef: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});
/** A training view. */
export type TrainingView = z.infer<typeof trainingView>;
