import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditLog, hashEvent } from '../src/audit/audit-log.ts';
import { loadOrCreateInstallationKey } from '../src/audit/installation-key.ts';
import { verifyAuditChain } from '../src/audit/verify.ts';
import { ManualClock } from '../src/clock.ts';
import { openDatabase, type DatabaseHandle } from '../src/db/database.ts';
import { DATABASE_ENGINES, freshDatabase, type TestDatabase } from './support/databases.ts';

const CHECKPOINT_EVERY = 5;
const EVENTS = 23;

describe.each(DATABASE_ENGINES)('audit chain on %s', (engine) => {
  let tdb: TestDatabase;
  let database: DatabaseHandle;
  let audit: AuditLog;
  let publicKeyPem: string;

  beforeEach(async () => {
    tdb = await freshDatabase(engine);
    database = openDatabase(
      tdb.databaseUrl !== undefined ? { postgresUrl: tdb.databaseUrl } : { sqliteFile: join(tdb.dataDir, 'psvis.db') },
    );
    await database.migrate();
    const key = loadOrCreateInstallationKey(join(tdb.dataDir, 'keys'));
    publicKeyPem = key.publicKeyPem;
    audit = new AuditLog({
      db: database.db,
      dialect: database.dialect,
      key,
      clock: new ManualClock('2026-05-01T00:00:00Z'),
      checkpointEvery: CHECKPOINT_EVERY,
      checkpointFile: join(tdb.dataDir, 'audit-checkpoint.json'),
    });
    await audit.start();
    for (let i = 1; i <= EVENTS; i++) {
      await audit.append({
        actorUserId: 'u1',
        action: 'registry.camera.update',
        targetType: 'camera',
        targetId: `c${i}`,
        details: { n: i, 名称: '摄像机' },
      });
    }
  });
  afterEach(async () => {
    await database.close();
    await tdb.cleanup();
  });

  const verify = () => verifyAuditChain(database.db, publicKeyPem, { mirrored: audit.readMirroredCheckpoint() });

  it('verifies an untouched chain with a checkpoint every N events', async () => {
    const r = await verify();
    expect(r).toMatchObject({
      ok: true,
      events: EVENTS,
      checkpoints: Math.floor(EVENTS / CHECKPOINT_EVERY),
      lastSeq: EVENTS,
      firstBrokenSeq: null,
    });
  });

  it('detects an edited row and names its seq', async () => {
    await sql`update audit_events set details = ${'{"n":999}'} where seq = 7`.execute(database.db);
    const r = await verify();
    expect(r.ok).toBe(false);
    expect(r.firstBrokenSeq).toBe(7);
    expect(r.problems[0]?.kind).toBe('hash_mismatch');
  });

  it('detects a deleted row', async () => {
    await sql`delete from audit_events where seq = 12`.execute(database.db);
    const r = await verify();
    expect(r.firstBrokenSeq).toBe(12);
    expect(r.problems.map((p) => p.kind)).toContain('missing');
  });

  it('detects an inserted row with a forged hash', async () => {
    await sql`insert into audit_events (seq, time, actor_user_id, actor_org_id, action, target_type, target_id, details, prev_hash, hash)
      values (${EVENTS + 1}, '2026-05-01T00:00:00.000Z', 'intruder', null, 'auth.login', null, null, '{}', ${'f'.repeat(64)}, ${'e'.repeat(64)})`.execute(
      database.db,
    );
    const r = await verify();
    expect(r.ok).toBe(false);
    expect(r.firstBrokenSeq).toBe(EVENTS + 1);
  });

  it('detects a row inserted mid-chain even when every later hash was recomputed (the signed checkpoints disagree)', async () => {
    // The attacker knows the hash rule: shift events 9.. up by one, insert a new 9, re-chain the rest.
    const rows = await database.db.selectFrom('audit_events').selectAll().orderBy('seq').execute();
    await sql`delete from audit_events where seq >= 9`.execute(database.db);
    let prev = rows[7]?.hash ?? '';
    const forged = [
      {
        seq: 9,
        time: '2026-05-01T00:00:00.000Z',
        actor_user_id: 'intruder',
        actor_org_id: null,
        action: 'auth.login',
        target_type: null,
        target_id: null,
        details: '{}',
      },
      ...rows.slice(8).map((r) => ({ ...r, seq: r.seq + 1 })),
    ];
    for (const f of forged) {
      const row = {
        seq: f.seq,
        time: f.time,
        actor_user_id: f.actor_user_id,
        actor_org_id: f.actor_org_id,
        action: f.action,
        target_type: f.target_type,
        target_id: f.target_id,
        details: f.details,
      };
      const hash = hashEvent(prev, row);
      await database.db
        .insertInto('audit_events')
        .values({ ...row, prev_hash: prev, hash })
        .execute();
      prev = hash;
    }
    const r = await verify();
    expect(r.ok).toBe(false);
    expect(r.firstBrokenSeq).toBe(10);
    expect(r.problems[0]?.kind).toBe('checkpoint_mismatch');
  });

  it('detects a truncated tail reaching back past the last signed checkpoint', async () => {
    await sql`delete from audit_events where seq >= 19`.execute(database.db);
    await sql`update audit_head set seq = 18`.execute(database.db);
    const r = await verify();
    expect(r.ok).toBe(false);
    expect(r.problems.some((p) => p.kind === 'truncated')).toBe(true);
    expect(r.firstBrokenSeq).toBe(19);
  });

  it('still detects the truncation when the checkpoint rows were deleted too (the data-directory copy remembers)', async () => {
    await sql`delete from audit_events where seq >= 14`.execute(database.db);
    await sql`delete from audit_checkpoints where seq >= 14`.execute(database.db);
    const r = await verify();
    expect(r.ok).toBe(false);
    expect(r.problems.find((p) => p.kind === 'truncated')?.message).toContain('checkpoint file');
  });

  it('cannot see a truncation of only the unsigned tail: the bound is the checkpoint interval', async () => {
    // Events 21..23 come after the last checkpoint (20): removing them is what the README warns of.
    await sql`delete from audit_events where seq > 20`.execute(database.db);
    expect((await verify()).ok).toBe(true);
    // A shutdown checkpoint closes that window.
  });

  it('signs the head at close, so a clean shutdown leaves no unsigned tail', async () => {
    await audit.close();
    await sql`delete from audit_events where seq > 20`.execute(database.db);
    const r = await verify();
    expect(r.ok).toBe(false);
    expect(r.firstBrokenSeq).toBe(21);
  });

  it('detects a forged checkpoint signature', async () => {
    await sql`update audit_checkpoints set signature = ${Buffer.alloc(64, 1).toString('base64')} where seq = 10`.execute(
      database.db,
    );
    const r = await verify();
    expect(r.problems.map((p) => p.kind)).toContain('bad_checkpoint_signature');
  });
});
