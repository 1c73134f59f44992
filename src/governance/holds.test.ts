import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_ENGINES } from '../../test/support/databases.ts';
import { auditEvents, expectBilingual, startGovernanceTest, type GovernanceTest } from './test-support.ts';

const DAY_MS = 86_400_000;

interface Hold {
  id: string;
  kind: string;
  until: string | null;
  placedByRole: string | null;
  releasedAt: string | null;
  releasedBy: string | null;
  releaseReason: string | null;
  releaseApprovers: string[];
}

describe.each(DATABASE_ENGINES)('holds (信息保全) on %s', (engine) => {
  let g: GovernanceTest;
  let cam = '';
  beforeAll(async () => {
    g = await startGovernanceTest(engine);
    cam = g.cameraIds[0];
  });
  afterAll(async () => {
    await g.close();
  });

  const range = { from: '2026-03-01T01:00:00Z', to: '2026-03-01T02:00:00Z' };

  it('an operator marks footage of important value; under 辽宁 第十四条(七) it is held one year past its end by default', async () => {
    const r = await g.as.operator.post<Hold>('/api/v1/holds', {
      cameraId: cam,
      ...range,
      kind: 'important',
      reference: '值班记录 2026-03-01',
      reason: '可疑人员徘徊',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.until).toBe(new Date(Date.parse(range.to) + 365 * DAY_MS).toISOString());
    expect(r.body.placedByRole).toBe('unit_operator');
    expect(r.body.releaseApprovers).toEqual(['admin', 'police_approver', 'unit_manager']);
  });

  it('refuses an important-footage hold that ends before the year is out, citing 辽宁 第十四条(七), and audits the refusal', async () => {
    const r = await g.as.manager.post('/api/v1/holds', {
      cameraId: cam,
      ...range,
      kind: 'important',
      reference: 'R-1',
      reason: '重要',
      until: '2026-06-01T00:00:00Z',
    });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({
      code: 'PSVIS_ERR_RETENTION_FLOOR',
      details: {
        articles: ['辽宁 第十四条(七)'],
        floorDays: 365,
        earliestUntil: '2027-03-01T02:00:00.000Z',
        // The end in Beijing time, as a person reads it.
        messageZh: '重要信息须至少保存 365 天（辽宁 第十四条(七)），保全期限不得早于北京时间 2027-03-01 10:00',
      },
    });
    expectBilingual(r.body);
    const events = await auditEvents(g.t, 'recording.hold.refused');
    expect(events.some((e) => e.details['code'] === 'PSVIS_ERR_RETENTION_FLOOR')).toBe(true);
  });

  it("refuses an operator's release with PSVIS_ERR_HOLD_RELEASE_ROLE and audits it; the unit's manager releases with a reason", async () => {
    const placed = await g.as.operator.post<Hold>('/api/v1/holds', {
      cameraId: cam,
      ...range,
      kind: 'important',
      reference: '值班记录 2026-03-01 二',
      reason: '车辆剐蹭',
    });
    expect(placed.status).toBe(201);
    const refused = await g.as.operator.post(`/api/v1/holds/${placed.body.id}/release`, { reason: '不需要了' });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      code: 'PSVIS_ERR_HOLD_RELEASE_ROLE',
      details: {
        role: 'unit_operator',
        kind: 'important',
        messageZh: '值班操作员无权解除该“重要信息”保全，须由公安审批人或单位管理员解除',
      },
    });
    expectBilingual(refused.body);
    const events = await auditEvents(g.t, 'recording.hold.release.refused', placed.body.id);
    expect(events).toHaveLength(1);
    expect(events[0]?.details).toMatchObject({ code: 'PSVIS_ERR_HOLD_RELEASE_ROLE', role: 'unit_operator' });
    const ok = await g.as.manager.post<Hold>(`/api/v1/holds/${placed.body.id}/release`, { reason: '已处理完毕' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ releaseReason: '已处理完毕' });
    expect(ok.body.releasedBy).not.toBeNull();
  });

  it('a police case hold is released only by a police approver, not by the unit or the officer who placed it', async () => {
    const placed = await g.as.officer.post<Hold>('/api/v1/holds', {
      cameraId: cam,
      ...range,
      kind: 'case',
      reference: '沈公（和）刑案〔2026〕31号',
      reason: '盗窃案证据',
      until: '2027-03-01T00:00:00Z',
    });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    expect(placed.body.releaseApprovers).toEqual(['admin', 'police_approver']);
    for (const c of [g.as.manager, g.as.officer]) {
      const r = await c.post(`/api/v1/holds/${placed.body.id}/release`, {});
      expect(r.status).toBe(403);
      expect(r.body['code']).toBe('PSVIS_ERR_HOLD_RELEASE_ROLE');
    }
    // Outside the camera's scope the hold does not exist.
    expect((await g.as.outsider.post(`/api/v1/holds/${placed.body.id}/release`, {})).status).toBe(404);
    const ok = await g.as.approver.post<Hold>(`/api/v1/holds/${placed.body.id}/release`, { reason: '案件已审结' });
    expect(ok.status).toBe(200);
    expect((await auditEvents(g.t, 'recording.hold.release', placed.body.id))[0]?.details).toMatchObject({
      reason: '案件已审结',
    });
  });

  it('lets an operator place no case hold and no hold that ends in the past', async () => {
    const kind = await g.as.operator.post('/api/v1/holds', {
      cameraId: cam,
      ...range,
      kind: 'case',
      reference: 'x',
      reason: 'y',
    });
    expect(kind.status).toBe(403);
    expect(kind.body['code']).toBe('PSVIS_ERR_FORBIDDEN');
    const past = await g.as.officer.post('/api/v1/holds', {
      cameraId: cam,
      ...range,
      kind: 'legal_order',
      reference: '协助冻结通知书 7号',
      reason: '依法指令',
      until: '2026-03-01T00:00:00Z',
    });
    expect(past.status).toBe(400);
    expect(past.body['code']).toBe('PSVIS_ERR_VALIDATION');
  });

  it('extends a hold, and ends it when its end passes: the sweep releases it as expired, audited', async () => {
    const placed = await g.as.officer.post<Hold>('/api/v1/holds', {
      cameraId: g.cameraIds[1],
      ...range,
      kind: 'legal_order',
      reference: '协助保全通知书 8号',
      reason: '依法指令',
      until: '2026-03-05T00:00:00Z',
    });
    expect(placed.status).toBe(201);
    const extended = await g.as.officer.post<Hold>(`/api/v1/holds/${placed.body.id}/extend`, {
      until: '2026-03-10T00:00:00Z',
      reason: '延长保全期限',
    });
    expect(extended.status).toBe(200);
    expect(extended.body.until).toBe('2026-03-10T00:00:00.000Z');
    g.clock.set('2026-03-11T00:00:00Z');
    await g.t.psvis.retention.sweep();
    await g.setClock('2026-03-11T00:00:01Z');
    const list = await g.as.officer.get<{ items: Hold[] }>(
      `/api/v1/holds?cameraId=${g.cameraIds[1]}&includeReleased=true`,
    );
    const gone = list.body.items.find((h) => h.id === placed.body.id);
    expect(gone).toMatchObject({ releaseReason: 'expired', releasedBy: null });
    expect(gone?.releasedAt).toBe('2026-03-11T00:00:00.000Z');
    expect(await auditEvents(g.t, 'recording.hold.expire', placed.body.id)).toHaveLength(1);
    expect(await auditEvents(g.t, 'recording.hold.extend', placed.body.id)).toHaveLength(1);
  });
});
