import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_ENGINES } from '../../test/support/databases.ts';
import type { Actor } from '../identity/scope.ts';
import { openRecordingTestDb, type RecordingTestDb } from '../recording/test-db.ts';
import { AccessRegister } from './access-register.ts';

const actor: Actor = {
  userId: 'u-1',
  username: 'zhang',
  displayName: '张三',
  orgId: 'org-1',
  role: 'unit_operator',
  scope: { kind: 'own_org', orgId: 'org-1' },
};

describe.each(DATABASE_ENGINES)('access register on %s', (engine) => {
  let t: RecordingTestDb;
  let register: AccessRegister;
  beforeEach(async () => {
    t = await openRecordingTestDb(engine);
    await t.database.db
      .insertInto('organizations')
      .values({
        id: 'org-1',
        name: '甲酒店',
        kind: 'unit',
        industry: null,
        jurisdiction_id: null,
        is_government: 0,
        credit_code: null,
        address: null,
        contact_name: null,
        contact_phone: null,
        created_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-01-01T00:00:00.000Z',
      })
      .execute();
    register = new AccessRegister(t.audit, t.clock);
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('opens a live view with who, organization and when, and closes it once with an audit event each', async () => {
    const id = await register.startView(actor, { cameraId: 'cam-1', purpose: '日常监看' });
    t.clock.advance(90_000);
    await register.endView(id, { droppedFragments: 0 });
    await register.endView(id);
    const row = await t.database.db
      .selectFrom('access_register')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      action: 'view_live',
      actor_user_id: 'u-1',
      actor_display_name: '张三',
      actor_org_name: '甲酒店',
      camera_id: 'cam-1',
      purpose: '日常监看',
      started_at: '2026-05-01T00:00:00.000Z',
      ended_at: '2026-05-01T00:01:30.000Z',
    });
    const events = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.action)).toEqual(['access.view_live.start', 'access.view_live.stop']);
    expect(JSON.parse(events[1]?.details ?? '{}')).toMatchObject({ registerId: id, droppedFragments: 0 });
  });

  it('writes neither row nor event when the purpose is missing', async () => {
    await expect(register.record(actor, { action: 'playback', cameraId: 'cam-1' })).rejects.toMatchObject({
      code: 'PSVIS_ERR_PURPOSE_REQUIRED',
      httpStatus: 400,
      details: {
        missing: ['purpose'],
        messageZh: expect.stringContaining('录像回放须写明事由/用途') as unknown,
        messageEn: expect.stringContaining('playback needs purpose') as unknown,
        articles: ['国家 第十六条第二款(三)', '安徽 第十七条第二款(二)', '腾冲 第二十四条(四)'],
      },
    });
    expect(await t.database.db.selectFrom('access_register').selectAll().execute()).toEqual([]);
    expect(await t.database.db.selectFrom('audit_events').selectAll().execute()).toEqual([]);
  });
});
