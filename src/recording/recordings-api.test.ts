import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_ENGINES, freshDatabase, type TestDatabase } from '../../test/support/databases.ts';
import { ADMIN_PASSWORD, ApiClient } from '../../test/support/psvis.ts';
import { systemClock } from '../clock.ts';
import { complianceCameraRules, complianceVocabulary } from '../compliance/guards.ts';
import { loadConfig } from '../config/config.ts';
import { createPsvis, type Psvis } from '../main.ts';

describe.each(DATABASE_ENGINES)('recordings API on %s', (engine) => {
  let db: TestDatabase;
  let psvis: Psvis;
  let admin: ApiClient;
  let cameraId = '';

  beforeAll(async () => {
    db = await freshDatabase(engine);
    const env: Record<string, string> = {
      PSVIS_DATA_DIR: db.dataDir,
      PSVIS_HTTP_PORT: '0',
      PSVIS_ADMIN_PASSWORD: ADMIN_PASSWORD,
      // No demo unit (its camera would take the device ID below) and no restream port to clash.
      PSVIS_DEMO_CAMERA: 'false',
      PSVIS_RESTREAM: 'false',
      ...(db.databaseUrl !== undefined ? { PSVIS_DATABASE_URL: db.databaseUrl } : {}),
    };
    psvis = await createPsvis({
      config: loadConfig({ file: null, env }),
      log: pino({ level: 'silent' }),
      clock: systemClock,
      vocabulary: complianceVocabulary,
      cameraRules: complianceCameraRules,
    });
    await psvis.start();
    admin = new ApiClient(psvis.url());
    await admin.login('admin', ADMIN_PASSWORD);
    const post = async (path: string, body: unknown) => {
      const r = await admin.post(path, body);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return String(r.body['id']);
    };
    const jur = await post('/api/v1/jurisdictions', { name: '沈阳市', level: 'city', profileId: 'liaoning-2008' });
    const org = await post('/api/v1/organizations', {
      name: '甲酒店',
      kind: 'unit',
      jurisdictionId: jur,
      industry: 'hotel',
    });
    const site = await post('/api/v1/sites', { orgId: org, name: '大堂', placeCategory: 'hotel' });
    const system = await post('/api/v1/systems', {
      orgId: org,
      name: '监控系统',
      lifecycle: 'in_use',
      inUseAt: '2026-01-05',
    });
    cameraId = await post('/api/v1/cameras', {
      systemId: system,
      siteId: site,
      name: '大门',
      deviceId: '21010200001320000001',
      locationCategory: 'entrance',
    });
  });
  afterAll(async () => {
    await psvis.close();
    await db.cleanup();
  });

  it('lists index rows and gaps of a visible camera, and 404s one outside scope', async () => {
    const from = '2026-05-01T00:00:00Z';
    const ok = await admin.get(`/api/v1/recordings?cameraId=${cameraId}&from=${from}&to=2026-05-02T00:00:00Z`);
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ segments: [], gaps: [] });
    const missing = await admin.get(`/api/v1/recordings?cameraId=nope&from=${from}&to=2026-05-02T00:00:00Z`);
    expect(missing.status).toBe(404);
  });

  it('refuses a delete inside the floor with PSVIS_ERR_RETENTION_FLOOR and the article, in both languages', async () => {
    const now = Date.now();
    const r = await admin.post('/api/v1/recordings/delete', {
      cameraId,
      from: new Date(now - 86_400_000).toISOString(),
      to: new Date(now).toISOString(),
    });
    expect(r.status).toBe(422);
    // A hotel is not a place of 国家 第七条, so 国家 第九条第二款 lifts the national 30 days and
    // Liaoning's own floor applies: 15 days (辽宁 第十四条(七)).
    expect(r.body).toMatchObject({
      code: 'PSVIS_ERR_RETENTION_FLOOR',
      details: {
        messageZh: '录像须至少保存 15 天（辽宁 第十四条(七)），最近 15 天内的录像不得删除',
        messageEn: 'footage of the last 15 days may not be deleted (辽宁 第十四条(七))',
        articles: ['辽宁 第十四条(七)'],
        floorDays: 15,
      },
    });
  });

  it('places, lists and releases a hold; a hold pins the range against a requested delete', async () => {
    const created = await admin.post('/api/v1/holds', {
      cameraId,
      from: '2026-01-01T00:00:00Z',
      to: '2026-01-02T00:00:00Z',
      kind: 'case',
      reference: '沈公刑案〔2026〕12号',
      reason: 'theft',
    });
    expect(created.status).toBe(201);
    const id = String(created.body['id']);
    expect((await admin.get<{ items: { id: string }[] }>('/api/v1/holds')).body.items.map((h) => h.id)).toEqual([id]);
    const refused = await admin.post('/api/v1/recordings/delete', {
      cameraId,
      from: '2026-01-01T00:00:00Z',
      to: '2026-01-01T12:00:00Z',
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'PSVIS_ERR_HOLD',
      details: { messageZh: '该时段的录像处于保全中，须先解除保全' },
    });
    const released = await admin.post(`/api/v1/holds/${id}/release`, {});
    expect(released.status).toBe(200);
    expect(released.body['releasedBy']).not.toBeNull();
    const again = await admin.post(`/api/v1/holds/${id}/release`, {});
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 'PSVIS_ERR_CONFLICT',
      message: '该保全已解除 / the hold is already released',
      details: { messageZh: '该保全已解除', messageEn: 'the hold is already released' },
    });
  });

  it('verifies recordings (admin, auditor) and audits the run', async () => {
    const r = await admin.post('/api/v1/recordings/verify', {});
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ok: true, problems: [] });
    const events = await admin.get<{ items: { action: string }[] }>('/api/v1/audit/events?action=recording.verify');
    expect(events.body.items.length).toBe(1);
  });
});
