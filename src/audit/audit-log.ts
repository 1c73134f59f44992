import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Kysely, Transaction } from 'kysely';
import type { Clock } from '../clock.ts';
import type { DialectName } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { canonicalJson } from './canonical-json.ts';
import type { InstallationKey } from './installation-key.ts';

/** The prev_hash of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a caller says happened; the log adds seq, time and the hash links. */
export interface AuditEventInput {
  actorUserId?: string | null;
  actorOrgId?: string | null;
  /** Dotted verb, e.g. 'auth.login', 'registry.camera.create', 'access.denied'. */
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
}

/** The event of something a signed-in user did (actor and organization filled in from them). */
export function actorEvent(
  actor: { readonly userId: string; readonly orgId: string },
  action: string,
  targetType: string,
  targetId: string | null,
  details: Record<string, unknown> = {},
): AuditEventInput {
  return { actorUserId: actor.userId, actorOrgId: actor.orgId, action, targetType, targetId, details };
}

/** A stored event as the chain hashes it. */
export interface AuditEventRow {
  seq: number;
  time: string;
  actor_user_id: string | null;
  actor_org_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

/** hash = SHA-256(prev_hash ‖ canonical event): the definition `psvis verify --audit` recomputes. */
export function hashEvent(prevHash: string, e: Omit<AuditEventRow, 'hash' | 'prev_hash'>): string {
  const body = canonicalJson({
    seq: e.seq,
    time: e.time,
    actorUserId: e.actor_user_id,
    actorOrgId: e.actor_org_id,
    action: e.action,
    targetType: e.target_type,
    targetId: e.target_id,
    details: e.details,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/** The bytes a checkpoint signs: seq and head hash, so neither can be moved. */
export function checkpointMessage(seq: number, hash: string): Buffer {
  return Buffer.from(`psvis-audit-checkpoint\n${seq}\n${hash}`);
}

/** Records events in the caller's transaction; call `record` for each event the change causes. */
export type Recorder = (event: AuditEventInput) => Promise<AuditEventRow>;

/** A checkpoint as stored in the database and mirrored to the data directory. */
export interface Checkpoint {
  seq: number;
  hash: string;
  signed_at: string;
  key_id: string;
  signature: string;
}

/** Options of the audit log. */
export interface AuditLogOptions {
  db: Kysely<Database>;
  dialect: DialectName;
  key: InstallationKey;
  clock: Clock;
  /** Sign the head every N events. */
  checkpointEvery: number;
  /**
   * File outside the database that mirrors the latest checkpoint: someone who can edit the
   * database but not the data directory cannot hide a truncation behind deleted checkpoint rows.
   */
  checkpointFile: string | null;
}

/** The append-only, hash-chained audit log with signed checkpoints. */
export class AuditLog {
  constructor(private readonly opts: AuditLogOptions) {}

  get db(): Kysely<Database> {
    return this.opts.db;
  }

  /** Makes sure the chain head row exists, so concurrent first appends lock the same row. */
  async start(): Promise<void> {
    await this.opts.db
      .insertInto('audit_head')
      .values({ id: 1, seq: 0, hash: GENESIS_HASH })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  /** Signs the head so a shutdown leaves no unsigned tail. */
  async close(): Promise<void> {
    await this.checkpoint();
  }

  /** Runs `fn` in a transaction whose audit events commit (or roll back) with the change. */
  async transaction<T>(fn: (trx: Transaction<Database>, record: Recorder) => Promise<T>): Promise<T> {
    const signed: { checkpoint: Checkpoint | null } = { checkpoint: null };
    const result = await this.opts.db.transaction().execute(async (trx) => {
      const record: Recorder = async (event) => {
        const row = await this.appendIn(trx, event);
        if (row.seq % this.opts.checkpointEvery === 0) signed.checkpoint = await this.signIn(trx, row.seq, row.hash);
        return row;
      };
      return fn(trx, record);
    });
    // Mirrored only after commit: the file never names a checkpoint the database rolled back.
    if (signed.checkpoint !== null) this.mirror(signed.checkpoint);
    return result;
  }

  /** Appends one event in its own transaction. */
  async append(event: AuditEventInput): Promise<AuditEventRow> {
    return this.transaction((_trx, record) => record(event));
  }

  /** Signs the current head if it is newer than the last checkpoint (at shutdown, and on demand). */
  async checkpoint(): Promise<Checkpoint | null> {
    const cp = await this.opts.db.transaction().execute(async (trx) => {
      const head = await trx
        .selectFrom('audit_head')
        .selectAll()
        .where('id', '=', 1)
        .$if(this.opts.dialect === 'postgres', (q) => q.forUpdate())
        .executeTakeFirst();
      if (head === undefined || head.seq === 0) return null;
      const last = await trx
        .selectFrom('audit_checkpoints')
        .select('seq')
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (last !== undefined && last.seq >= head.seq) return null;
      return this.signIn(trx, head.seq, head.hash);
    });
    if (cp !== null) this.mirror(cp);
    return cp;
  }

  /** The checkpoint mirrored in the data directory, if any. */
  readMirroredCheckpoint(): Checkpoint | null {
    const file = this.opts.checkpointFile;
    if (file === null || !existsSync(file)) return null;
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Checkpoint;
    } catch {
      return null;
    }
  }

  private async appendIn(trx: Transaction<Database>, event: AuditEventInput): Promise<AuditEventRow> {
    // The head row is locked for the rest of the transaction: appends are serialised, so seq has
    // no holes and prev_hash is always the committed head.
    let head = await trx
      .selectFrom('audit_head')
      .selectAll()
      .where('id', '=', 1)
      .$if(this.opts.dialect === 'postgres', (q) => q.forUpdate())
      .executeTakeFirst();
    if (head === undefined) {
      head = { id: 1, seq: 0, hash: GENESIS_HASH };
      await trx.insertInto('audit_head').values(head).execute();
    }
    const unhashed = {
      seq: head.seq + 1,
      time: this.opts.clock.now().toISOString(),
      actor_user_id: event.actorUserId ?? null,
      actor_org_id: event.actorOrgId ?? null,
      action: event.action,
      target_type: event.targetType ?? null,
      target_id: event.targetId ?? null,
      details: canonicalJson(event.details ?? {}),
    };
    const row: AuditEventRow = { ...unhashed, prev_hash: head.hash, hash: hashEvent(head.hash, unhashed) };
    await trx.insertInto('audit_events').values(row).execute();
    await trx.updateTable('audit_head').set({ seq: row.seq, hash: row.hash }).where('id', '=', 1).execute();
    return row;
  }

  private async signIn(trx: Transaction<Database>, seq: number, hash: string): Promise<Checkpoint> {
    const cp: Checkpoint = {
      seq,
      hash,
      signed_at: this.opts.clock.now().toISOString(),
      key_id: this.opts.key.keyId,
      signature: this.opts.key.sign(checkpointMessage(seq, hash)),
    };
    await trx.insertInto('audit_checkpoints').values(cp).execute();
    return cp;
  }

  private mirror(cp: Checkpoint): void {
    const file = this.opts.checkpointFile;
    if (file === null) return;
    const prev = this.readMirroredCheckpoint();
    if (prev !== null && prev.seq >= cp.seq) return;
    writeFileSync(`${file}.tmp`, JSON.stringify(cp, null, 2));
    renameSync(`${file}.tmp`, file);
  }
}
