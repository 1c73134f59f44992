import { actorEvent, type AuditLog } from '../audit/audit-log.ts';
import type { Clock } from '../clock.ts';
import { newId } from '../db/ids.ts';
import type { Actor } from '../identity/scope.ts';
import type { Registry } from '../registry/registry.ts';
import { bilingualError, roleName } from './refusal.ts';

/** Roles that keep a unit's compliance records. */
const RECORD_KEEPERS = new Set(['admin', 'unit_manager']);

/** What mayKeep names, in Chinese. */
const WHAT_ZH: Readonly<Record<string, string>> = {
  filings: '备案记录',
  training: '培训记录',
  'advisory duties': '提示性义务的完成情况',
};

/** A filing (备案) made outside psvis, recorded as submitted; src/governance/filings/ drafts and submits them through psvis. */
export interface FilingInput {
  systemId: string;
  kind: 'first' | 'change' | 'removal' | 'pre_existing';
  submittedAt?: string | undefined;
  noticeGivenAt?: string | undefined;
  reference?: string | undefined;
  channel?: string | undefined;
}

/** A training session of monitoring and management staff. */
export interface TrainingInput {
  orgId?: string | undefined;
  heldAt: string;
  topic: string;
  attendees: number;
  /** job_skills (岗位技能), confidentiality (保密), security (安全知识), vetting (入职审查). */
  kinds?: readonly string[] | undefined;
  evidenceRef?: string | undefined;
}

/** An advisory duty marked done, with its evidence. */
export interface AdvisoryMarkInput {
  orgId?: string | undefined;
  ruleId: string;
  doneAt: string;
  evidenceRef: string;
}

/**
 * The records a unit keeps so the compliance engine can see its duties done: filings submitted,
 * staff training held, advisory duties completed. Scoped through the registry and audited.
 */
export class ComplianceRecords {
  constructor(
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly registry: Registry,
    private readonly ruleExists: (ruleId: string) => boolean,
  ) {}

  private mayKeep(actor: Actor, what: string): void {
    if (!RECORD_KEEPERS.has(actor.role)) {
      throw bilingualError(
        'PSVIS_ERR_FORBIDDEN',
        {
          zh: `${roleName(actor.role).zh}不能登记${WHAT_ZH[what] ?? what}`,
          en: `role ${actor.role} may not record ${what}`,
        },
        { role: actor.role },
        403,
      );
    }
  }

  /** Records a filing submitted to the police for a system in scope. */
  async recordFiling(actor: Actor, input: FilingInput): Promise<{ id: string }> {
    const system = await this.registry.getSystem(actor, input.systemId, 'record filing');
    this.mayKeep(actor, 'filings');
    const id = newId();
    const now = this.clock.now().toISOString();
    await this.audit.transaction(async (trx, record) => {
      await trx
        .insertInto('filings')
        .values({
          id,
          system_id: system.id,
          org_id: system.orgId,
          kind: input.kind,
          submitted_at: input.submittedAt ?? null,
          notice_given_at: input.noticeGivenAt ?? null,
          reference: input.reference ?? null,
          channel: input.channel ?? null,
          created_by: actor.userId,
          created_at: now,
          status: 'submitted',
        })
        .execute();
      await record(actorEvent(actor, 'governance.filing.record', 'system', system.id, { ...input }));
    });
    return { id };
  }

  /** Records a training session of an organization in scope. */
  async recordTraining(actor: Actor, input: TrainingInput): Promise<{ id: string }> {
    const org = await this.registry.getOrganization(actor, input.orgId ?? actor.orgId, 'record training');
    this.mayKeep(actor, 'training');
    const id = newId();
    await this.audit.transaction(async (trx, record) => {
      await trx
        .insertInto('training_records')
        .values({
          id,
          org_id: org.id,
          held_at: input.heldAt,
          topic: input.topic,
          attendees: input.attendees,
          evidence_ref: input.evidenceRef ?? null,
          kinds: input.kinds === undefined ? null : JSON.stringify(input.kinds),
          created_by: actor.userId,
          created_at: this.clock.now().toISOString(),
        })
        .execute();
      await record(actorEvent(actor, 'governance.training.record', 'organization', org.id, { ...input }));
    });
    return { id };
  }

  /** Marks an advisory duty done with its evidence (a date and a document reference). */
  async markAdvisory(actor: Actor, input: AdvisoryMarkInput): Promise<{ id: string }> {
    const org = await this.registry.getOrganization(actor, input.orgId ?? actor.orgId, 'mark advisory duty');
    this.mayKeep(actor, 'advisory duties');
    if (!this.ruleExists(input.ruleId)) {
      throw bilingualError(
        'PSVIS_ERR_NOT_FOUND',
        {
          zh: `没有规则 ${input.ruleId}；GET /api/v1/compliance/profiles 列出全部规则`,
          en: `no rule ${input.ruleId}; GET /api/v1/compliance/profiles lists the rules`,
        },
        { field: 'ruleId' },
        404,
      );
    }
    const id = newId();
    await this.audit.transaction(async (trx, record) => {
      await trx
        .insertInto('advisory_marks')
        .values({
          id,
          org_id: org.id,
          rule_id: input.ruleId,
          done_at: input.doneAt,
          evidence_ref: input.evidenceRef,
          created_by: actor.userId,
          created_at: this.clock.now().toISOString(),
        })
        .execute();
      await record(actorEvent(actor, 'governance.advisory.mark', 'organization', org.id, { ...input }));
    });
    return { id };
  }
}
