import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { checkpointMessage, GENESIS_HASH, hashEvent, type Checkpoint } from './audit-log.ts';
import { verifySignature } from './installation-key.ts';

/** One thing wrong with the audit chain. */
export interface AuditProblem {
  seq: number;
  kind:
    'missing' | 'hash_mismatch' | 'prev_mismatch' | 'bad_checkpoint_signature' | 'checkpoint_mismatch' | 'truncated';
  message: string;
}

/** What `psvis verify --audit` reports. */
export interface AuditVerifyReport {
  ok: boolean;
  events: number;
  checkpoints: number;
  lastSeq: number;
  /** The first sequence number at which the chain is broken, when it is. */
  firstBrokenSeq: number | null;
  problems: AuditProblem[];
}

const BATCH = 2000;

/**
 * Recomputes every event's hash and link, checks every checkpoint's signature against the public
 * key and the event it names, and compares the tail with the newest checkpoint (in the database and
 * mirrored outside it), so edited, deleted, inserted and truncated rows are each detected.
 */
export async function verifyAuditChain(
  db: Kysely<Database>,
  publicKeyPem: string,
  opts: { mirrored?: Checkpoint | null; onProgress?: (done: number, total: number) => void } = {},
): Promise<AuditVerifyReport> {
  const problems: AuditProblem[] = [];
  const total = Number(
    (
      await db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  const checkpoints = await db.selectFrom('audit_checkpoints').selectAll().orderBy('seq').execute();
  const cpBySeq = new Map(checkpoints.map((c) => [c.seq, c]));
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let done = 0;
  let lastSeq = 0;
  let after = 0;
  const hashAt = new Map<number, string>();
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.seq !== expectedSeq) {
        problems.push({
          seq: expectedSeq,
          kind: 'missing',
          message: `events ${expectedSeq}..${row.seq - 1} are missing (deleted or renumbered)`,
        });
      } else if (row.prev_hash !== prev) {
        problems.push({
          seq: row.seq,
          kind: 'prev_mismatch',
          message: `event ${row.seq} does not link to event ${row.seq - 1}`,
        });
      }
      if (hashEvent(row.prev_hash, row) !== row.hash) {
        problems.push({
          seq: row.seq,
          kind: 'hash_mismatch',
          message: `event ${row.seq} was changed after it was written`,
        });
      }
      if (cpBySeq.has(row.seq)) hashAt.set(row.seq, row.hash);
      prev = row.hash;
      expectedSeq = row.seq + 1;
      lastSeq = row.seq;
      done++;
    }
    after = lastSeq;
    opts.onProgress?.(done, total);
  }
  for (const cp of checkpoints) {
    if (!verifySignature(publicKeyPem, checkpointMessage(cp.seq, cp.hash), cp.signature)) {
      problems.push({
        seq: cp.seq,
        kind: 'bad_checkpoint_signature',
        message: `checkpoint at event ${cp.seq} has a bad signature`,
      });
    } else if (cp.seq > lastSeq) {
      problems.push({
        seq: lastSeq + 1,
        kind: 'truncated',
        message: `the log ends at event ${lastSeq} but a signed checkpoint covers event ${cp.seq}: events were removed from the tail`,
      });
    } else if (hashAt.get(cp.seq) !== cp.hash) {
      problems.push({
        seq: cp.seq,
        kind: 'checkpoint_mismatch',
        message: `event ${cp.seq} differs from what its checkpoint signed`,
      });
    }
  }
  const mirrored = opts.mirrored ?? null;
  if (mirrored !== null) {
    const sigOk = verifySignature(publicKeyPem, checkpointMessage(mirrored.seq, mirrored.hash), mirrored.signature);
    if (!sigOk) {
      problems.push({
        seq: mirrored.seq,
        kind: 'bad_checkpoint_signature',
        message: 'the checkpoint file in the data directory has a bad signature',
      });
    } else if (mirrored.seq > lastSeq) {
      problems.push({
        seq: lastSeq + 1,
        kind: 'truncated',
        message: `the log ends at event ${lastSeq} but the checkpoint file covers event ${mirrored.seq}: events and checkpoints were removed`,
      });
    } else if (!cpBySeq.has(mirrored.seq)) {
      problems.push({
        seq: mirrored.seq,
        kind: 'checkpoint_mismatch',
        message: `the checkpoint of event ${mirrored.seq} was deleted from the database`,
      });
    }
  }
  problems.sort((a, b) => a.seq - b.seq);
  return {
    ok: problems.length === 0,
    events: done,
    checkpoints: checkpoints.length,
    lastSeq,
    firstBrokenSeq: problems[0]?.seq ?? null,
    problems,
  };
}
