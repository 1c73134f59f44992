import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_ENGINES } from '../../../test/support/databases.ts';
import { startTestPsvis, type TestPsvis } from '../../../test/support/psvis.ts';
import { create, seedUnit } from '../../../test/support/registry.ts';
import { AVAILABILITY_DAYS, type OverviewBody } from './overview.ts';

describe.each(DATABASE_ENGINES)('GET /api/v1/overview on %s', (engine) => {
  let t: TestPsvis;
  let orgId: string;
  beforeAll(async () => {
    t = await startTestPsvis(engine);
    // A camera whose stream is nowhere: it counts, it records nothing.
    orgId = (await seedUnit(t.admin, ['rtsp://127.0.0.1:9/nowhere'])).orgId;
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers before anything was recorded, counting every camera in one state over a week', async () => {
    const r = await t.admin.get<OverviewBody>('/api/v1/overview');
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const c = r.body.cameras;
    expect(c.total).toBe(1);
    expect(c.online + c.offline + c.faulty + c.disabled).toBe(c.total);
    expect(r.body.availability).toHaveLength(AVAILABILITY_DAYS);
  });

  it('names the actors of recent audit events for the admin, newest first', async () => {
    const r = await t.admin.get<OverviewBody>('/api/v1/overview');
    const events = r.body.recentAudit ?? [];
    expect(events.length).toBeGreaterThan(0);
    expect(events.map((e) => e.seq)).toEqual([...events.map((e) => e.seq)].sort((a, b) => b - a));
    const camera = events.find((e) => e.action === 'registry.camera.create');
    expect(typeof camera?.actorName).toBe('string');
    expect(camera?.targetType).toBe('camera');
    expect(typeof camera?.targetId).toBe('string');
  });

  it('gives no audit events to a role that may not read the audit trail', async () => {
    await create(t.admin, '/api/v1/users', {
      username: 'operator',
      orgId,
      role: 'unit_operator',
      password: 'operator-password-1',
    });
    const operator = t.client();
    expect((await operator.login('operator', 'operator-password-1')).status).toBe(200);
    const r = await operator.get<OverviewBody>('/api/v1/overview');
    expect(r.status).toBe(200);
    expect(r.body.recentAudit).toBeNull();
    expect(r.body.cameras.total).toBe(1);
  });
});
