import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Database } from '../db/schema.ts';
import { PsvisError } from '../errors/psvis-error.ts';
import { profileChain } from '../registry/scoping.ts';
import { makeCalendar, type Calendar, type CalendarData } from './calendar.ts';
import { CHINA_HOLIDAYS_2024_2026 } from './calendar-cn.ts';
import { evaluate } from './evaluate.ts';
import { loadSubject } from './subject-loader.ts';
import type { Finding } from './types.ts';

const dateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const holidayFile = z
  .object({
    source: z.string().optional(),
    coversYears: z.array(z.number().int()).default([]),
    holidays: z.array(z.tuple([dateOnly, dateOnly])).default([]),
    workingWeekends: z.array(dateOnly).default([]),
  })
  .strict();

/**
 * The working-day calendar: China's shipped holidays plus, when configured, a file (YAML or JSON,
 * same shape as CalendarData) adding the next year's State Council notice or local arrangements.
 */
export function loadCalendar(holidaysFile: string | undefined): Calendar {
  if (holidaysFile === undefined) return makeCalendar(CHINA_HOLIDAYS_2024_2026);
  let parsed: unknown;
  try {
    parsed = parseYaml(readFileSync(holidaysFile, 'utf8'));
  } catch (err) {
    throw new PsvisError(
      'PSVIS_ERR_CONFIG',
      `compliance.holidaysFile ${holidaysFile}: ${(err as Error).message.split('\n')[0] ?? ''}`,
    );
  }
  const r = holidayFile.safeParse(parsed);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new PsvisError(
      'PSVIS_ERR_CONFIG',
      `compliance.holidaysFile ${holidaysFile}: ${i?.path.join('.') ?? ''}: ${i?.message ?? 'invalid'}`,
    );
  }
  const merged: CalendarData = {
    source: `${CHINA_HOLIDAYS_2024_2026.source}; ${r.data.source ?? holidaysFile}`,
    coversYears: [...CHINA_HOLIDAYS_2024_2026.coversYears, ...r.data.coversYears],
    holidays: [...CHINA_HOLIDAYS_2024_2026.holidays, ...r.data.holidays],
    workingWeekends: [...CHINA_HOLIDAYS_2024_2026.workingWeekends, ...r.data.workingWeekends],
  };
  return makeCalendar(merged);
}

/** Findings of one organization under the rules in force for its jurisdiction. */
export interface OrgFindings {
  orgId: string;
  orgName: string;
  /** Regulation profiles of the organization's jurisdiction chain, leaf first (national applies too). */
  profileIds: string[];
  findings: Finding[];
}

/** Runs the engine over the database: one evaluation per organization, under its own jurisdiction. */
export class ComplianceService {
  constructor(
    private readonly db: Kysely<Database>,
    readonly calendar: Calendar,
  ) {}

  /** Findings for `orgIds` (every organization when null) as of a date, optionally for one system. */
  async findings(
    orgIds: readonly string[] | null,
    asOf: Date,
    opts: { systemId?: string | undefined } = {},
  ): Promise<OrgFindings[]> {
    const subject = await loadSubject(this.db, orgIds);
    const out: OrgFindings[] = [];
    for (const org of subject.organizations) {
      // Police, regulators and the installation itself run no video system of their own here.
      const own = {
        ...subject,
        organizations: [org],
        sites: subject.sites.filter((s) => s.orgId === org.id),
        systems: subject.systems.filter((s) => s.orgId === org.id),
        trainingRecords: subject.trainingRecords.filter((t) => t.orgId === org.id),
        advisoryMarks: subject.advisoryMarks.filter((m) => m.orgId === org.id),
      };
      const systemIds = new Set(own.systems.map((s) => s.id));
      own.cameras = subject.cameras.filter((c) => systemIds.has(c.systemId));
      own.filings = subject.filings.filter((f) => systemIds.has(f.systemId));
      const ownCameras = new Set(own.cameras.map((c) => c.id));
      own.faultTickets = subject.faultTickets.filter((f) => ownCameras.has(f.cameraId));
      const profileIds = await profileChain(this.db, org.jurisdictionId === '' ? null : org.jurisdictionId);
      let findings = evaluate(own, profileIds, asOf, this.calendar);
      if (opts.systemId !== undefined) {
        const cameraIds = new Set(own.cameras.filter((c) => c.systemId === opts.systemId).map((c) => c.id));
        findings = findings.filter((f) => f.subjectRef === opts.systemId || cameraIds.has(f.subjectRef));
      }
      out.push({ orgId: org.id, orgName: org.name, profileIds, findings });
    }
    return out;
  }
}
