import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_ENGINES } from '../../test/support/databases.ts';
import type { Actor } from '../identity/scope.ts';
import { segmentRelativePath } from './chain.ts';
import { Retention } from './retention.ts';
import { openRecordingTestDb, type RecordingTestDb } from './test-db.ts';
import { verifyRecordings } from './verify.ts';

const DAY_MS = 86_400_000;
const T0 = Date.parse('2026-05-01T00:00:00Z');
const actor: Actor = {
  userId: 'u-admin',
  username: 'admin',
  displayName: 'Admin',
  orgId: 'org-1',
  role: 'admin',
  scope: { kind: 'all' },
};

describe.each(DATABASE_ENGINES)('retention on %s', (engine) => {
  let t: RecordingTestDb;
  let retention: Retention;

  beforeEach(async () => {
    t = await openRecordingTestDb(engine, '2026-05-01T00:00:00.000Z');
    retention = new Retention({
      audit: t.audit,
      clock: t.clock,
      recordingsDir: t.recordingsDir,
      retentionFloor: () => Promise.resolve({ days: 30, article: '国家 第十七条' }),
    });
    // One 60 s file per hour for 2 days, for camera cam1.
    for (let h = 0; h < 48; h++) {
      const start = T0 + h * 3_600_000;
      const path = segmentRelativePath('cam1', start);
      const bytes = Buffer.from(`segment ${h}`);
      mkdirSync(dirname(join(t.recordingsDir, path)), { recursive: true });
      writeFileSync(join(t.recordingsDir, path), bytes);
      await t.index.append({
        cameraId: 'cam1',
        node: 'n',
        path,
        startWallMs: start,
        durationMs: 60_000,
        bytes: bytes.length,
        frames: 1500,
        fragments: [],
        sha256: createHash('sha256').update(bytes).digest('hex'),
        status: 'sealed',
      });
    }
  });
  afterEach(async () => {
    await retention.close();
    await t.cleanup();
  });

  const live = async () =>
    (await t.index.chain('cam1')).filter((r) => r.deleted_at === null && existsSync(join(t.recordingsDir, r.path)));

  it('never deletes inside the floor, deletes past it in audited batches, and the chain still verifies', async () => {
    for (let day = 0; day < 30; day++) {
      t.clock.set(new Date(T0 + day * DAY_MS));
      expect((await retention.sweep()).deleted).toBe(0);
    }
    expect((await live()).length).toBe(48);
    // 30 days after the end of the first day's last file, the whole first day is past the floor.
    t.clock.set(new Date(T0 + 30 * DAY_MS + 23 * 3_600_000 + 60_000));
    expect((await retention.sweep()).deleted).toBe(24);
    const left = await live();
    expect(left.length).toBe(24);
    expect(left[0]?.start_time).toBe('2026-05-02T00:00:00.000Z');
    const events = await t.database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'recording.retention.deleted')
      .execute();
    expect(events.length).toBe(1);
    expect((JSON.parse(events[0]?.details ?? '{}') as { segments: unknown[] }).segments.length).toBe(24);
    // Tombstones keep the chain whole: verify reports no missing file.
    const report = await verifyRecordings({ db: t.database.db, recordingsDir: t.recordingsDir });
    expect(report.problems).toEqual([]);
  });

  it('a hold pins footage past the floor until it is released', async () => {
    const hold = await retention.createHold(actor, {
      cameraId: 'cam1',
      from: new Date(T0 + 5 * 3_600_000),
      to: new Date(T0 + 7 * 3_600_000),
      kind: 'case',
      reference: '沈公刑案〔2026〕12号',
      reason: 'evidence in a theft case',
    });
    t.clock.set(new Date(T0 + 40 * DAY_MS));
    expect((await retention.sweep()).deleted).toBe(46);
    expect((await live()).map((r) => r.start_time)).toEqual(['2026-05-01T05:00:00.000Z', '2026-05-01T06:00:00.000Z']);
    await retention.releaseHold(actor, hold.id);
    expect((await retention.sweep()).deleted).toBe(2);
    const actions = (await t.database.db.selectFrom('audit_events').select('action').execute()).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['recording.hold.create', 'recording.hold.release']));
  });

  it('refuses a delete inside the floor with PSVIS_ERR_RETENTION_FLOOR and the article, and under a hold with PSVIS_ERR_HOLD', async () => {
    t.clock.set(new Date(T0 + 20 * DAY_MS));
    const zh = '录像须至少保存 30 天（国家 第十七条），最近 30 天内的录像不得删除';
    const en = 'footage of the last 30 days may not be deleted (国家 第十七条)';
    await expect(retention.deleteRange(actor, 'cam1', new Date(T0), new Date(T0 + DAY_MS))).rejects.toMatchObject({
      code: 'PSVIS_ERR_RETENTION_FLOOR',
      httpStatus: 422,
      message: `${zh} / ${en}`,
      details: {
        messageZh: zh,
        messageEn: en,
        articles: ['国家 第十七条'],
        floorDays: 30,
        source: 'profile',
        deletableUntil: '2026-04-21T00:00:00.000Z',
      },
    });
    await retention.createHold(actor, {
      cameraId: 'cam1',
      from: new Date(T0),
      to: new Date(T0 + 3_600_000),
      kind: 'legal_order',
      reference: 'order 7',
      reason: 'court order',
    });
    t.clock.set(new Date(T0 + 35 * DAY_MS));
    await expect(retention.deleteRange(actor, 'cam1', new Date(T0), new Date(T0 + DAY_MS))).rejects.toMatchObject({
      code: 'PSVIS_ERR_HOLD',
      httpStatus: 409,
      details: {
        messageZh: '该时段的录像处于保全中，须先解除保全',
        messageEn: 'the range is under a hold; release the hold first',
        holds: [{ kind: 'legal_order', reference: 'order 7' }],
      },
    });
    expect((await retention.deleteRange(actor, 'cam1', new Date(T0 + DAY_MS), new Date(T0 + 2 * DAY_MS))).deleted).toBe(
      24,
    );
    expect((await live()).length).toBe(24);
    const refused = await t.database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'recording.delete.refused')
      .orderBy('seq')
      .execute();
    expect(refused.length).toBe(2);
    expect(JSON.parse(refused[0]?.details ?? '{}')).toMatchObject({
      code: 'PSVIS_ERR_RETENTION_FLOOR',
      messageZh: zh,
      articles: ['国家 第十七条'],
    });
  });

  it('cites each article a floor rests on, in both languages', async () => {
    const important = new Retention({
      audit: t.audit,
      clock: t.clock,
      recordingsDir: t.recordingsDir,
      retentionFloor: () => Promise.resolve({ days: 365, article: '国家 第十七条、辽宁 第十四条(七)' }),
    });
    t.clock.set(new Date(T0 + 40 * DAY_MS));
    expect(await important.effectiveFloor('cam1')).toMatchObject({
      days: 365,
      articles: ['国家 第十七条', '辽宁 第十四条(七)'],
      source: 'profile',
    });
    await expect(important.deleteRange(actor, 'cam1', new Date(T0), new Date(T0 + DAY_MS))).rejects.toMatchObject({
      code: 'PSVIS_ERR_RETENTION_FLOOR',
      details: {
        messageZh: '录像须至少保存 365 天（国家 第十七条、辽宁 第十四条(七)），最近 365 天内的录像不得删除',
        messageEn: 'footage of the last 365 days may not be deleted (国家 第十七条、辽宁 第十四条(七))',
        articles: ['国家 第十七条', '辽宁 第十四条(七)'],
      },
    });
  });

  it('answers a hold that ends before it starts or in the past, an unknown hold and a released one in both languages', async () => {
    const hold = { cameraId: 'cam1', kind: 'case', reference: 'r', reason: 'why' } as const;
    await expect(
      retention.createHold(actor, { ...hold, from: new Date(T0 + DAY_MS), to: new Date(T0) }),
    ).rejects.toMatchObject({
      code: 'PSVIS_ERR_VALIDATION',
      details: { messageZh: '保全时段的结束时间须晚于开始时间', messageEn: 'a hold must end after it starts' },
    });
    const untilPast = {
      code: 'PSVIS_ERR_VALIDATION',
      details: {
        messageZh: '保全期限须晚于当前时间',
        messageEn: 'a hold must end in the future (until)',
        field: 'until',
      },
    };
    await expect(
      retention.createHold(actor, { ...hold, from: new Date(T0), to: new Date(T0 + 3_600_000), until: new Date(T0) }),
    ).rejects.toMatchObject(untilPast);
    await expect(retention.releaseHold(actor, 'h-none')).rejects.toMatchObject({
      code: 'PSVIS_ERR_NOT_FOUND',
      httpStatus: 404,
      message: '未找到保全 h-none / no hold h-none',
      details: { messageZh: '未找到保全 h-none', messageEn: 'no hold h-none' },
    });
    const row = await retention.createHold(actor, { ...hold, from: new Date(T0), to: new Date(T0 + 3_600_000) });
    await expect(retention.extendHold(actor, row.id, new Date(T0), 'case goes on')).rejects.toMatchObject(untilPast);
    await retention.releaseHold(actor, row.id);
    const released = {
      code: 'PSVIS_ERR_CONFLICT',
      httpStatus: 409,
      details: { messageZh: '该保全已解除', messageEn: 'the hold is already released' },
    };
    await expect(retention.releaseHold(actor, row.id)).rejects.toMatchObject(released);
    await expect(
      retention.extendHold(actor, row.id, new Date(T0 + 400 * DAY_MS), 'case goes on'),
    ).rejects.toMatchObject(released);
  });

  it("applies the unit's own retention_days when it is stricter than the profile", async () => {
    await t.database.db
      .insertInto('organizations')
      .values({
        id: 'org-1',
        name: 'U',
        kind: 'unit',
        industry: null,
        jurisdiction_id: null,
        is_government: 0,
        credit_code: null,
        address: null,
        contact_name: null,
        contact_phone: null,
        created_at: '',
        updated_at: '',
      })
      .execute();
    await t.database.db
      .insertInto('sites')
      .values({
        id: 's1',
        org_id: 'org-1',
        name: 'S',
        place_category: 'hotel',
        address: null,
        latitude: null,
        longitude: null,
        is_public: 1,
        created_at: '',
        updated_at: '',
      })
      .execute();
    await t.database.db
      .insertInto('systems')
      .values({
        id: 'y1',
        org_id: 'org-1',
        name: 'Y',
        builder_org_id: null,
        maintainer_org_id: null,
        government_built: 0,
        lifecycle: 'in_use',
        planned_at: null,
        built_at: null,
        accepted_at: null,
        in_use_at: null,
        removed_at: null,
        changed_at: null,
        maintenance_agreement_ref: null,
        created_at: '',
        updated_at: '',
      } as never)
      .execute();
    await t.database.db
      .insertInto('cameras')
      .values({
        id: 'cam1',
        org_id: 'org-1',
        system_id: 'y1',
        site_id: 's1',
        name: 'C',
        device_id: '21010200001320000001',
        location_category: 'entrance',
        main_stream_url: null,
        sub_stream_url: null,
        important: 0,
        signage: 0,
        latitude: null,
        longitude: null,
        direction_deg: null,
        enabled: 1,
        retention_days: 90,
        created_at: '',
        updated_at: '',
      } as never)
      .execute();
    expect(await retention.effectiveFloor('cam1')).toMatchObject({ days: 90, articles: [], source: 'unit_setting' });
    t.clock.set(new Date(T0 + 60 * DAY_MS));
    expect((await retention.sweep()).deleted).toBe(0);
    // The unit's own longer floor is no article of law: the refusal says whose it is and cites none.
    await expect(retention.deleteRange(actor, 'cam1', new Date(T0), new Date(T0 + DAY_MS))).rejects.toMatchObject({
      code: 'PSVIS_ERR_RETENTION_FLOOR',
      httpStatus: 422,
      details: {
        messageZh: '本单位为该摄像机设定录像保存 90 天，最近 90 天内的录像不得删除',
        messageEn: "footage of the last 90 days may not be deleted (the unit's own retention setting for the camera)",
        articles: [],
        floorDays: 90,
        source: 'unit_setting',
      },
    });
  });

  it('forecasts the days the volume holds and warns under the floor', async () => {
    t.clock.set(new Date(T0 + 48 * 3_600_000));
    const [f] = await retention.forecast();
    expect(f?.floorDays).toBe(30);
    expect(f?.bytesPerDay).toBeGreaterThan(0);
    expect(f?.freeBytes).toBeGreaterThan(0);
    // A few bytes an hour fit for ages on any real disk.
    expect(f?.warning).toBe(false);
  });
});
