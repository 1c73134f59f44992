import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_ENGINES } from '../../../test/support/databases.ts';
import type { ApiClient, ApiResponse } from '../../../test/support/psvis.ts';
import { create } from '../../../test/support/registry.ts';
import { auditEvents, expectBilingual, startGovernanceTest, type GovernanceTest } from '../test-support.ts';
import type { ReportView } from './schemas.ts';

const PASSWORD = 'report-test-password';

/**
 * Asserts a refusal: its status and documented code and, but for the registry's 404 of a record
 * out of scope, its message in both languages citing its articles; returns its details.
 */
function refused(r: ApiResponse, status: number, code: string): Record<string, unknown> {
  expect([r.status, r.body['code']], JSON.stringify(r.body)).toEqual([status, code]);
  const details = r.body['details'] as Record<string, unknown>;
  if (status === 404) return details;
  const articles = details['articles'];
  return expectBilingual(r.body, Array.isArray(articles) ? (articles as string[]) : undefined);
}

function ok(r: ApiResponse<ReportView>, status = 200): ReportView {
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r.body;
}

describe.each(DATABASE_ENGINES)('suspicious-information reports on %s', (engine) => {
  let g: GovernanceTest;
  let report: ReportView;
  beforeAll(async () => {
    g = await startGovernanceTest(engine);
  });
  afterAll(async () => {
    await g.close();
  });

  it('an operator reports from playback to the police (辽宁 第十四条(三)); the clip ±2 minutes is held as a case', async () => {
    report = ok(
      await g.as.operator.post<ReportView>('/api/v1/reports', {
        cameraId: g.cameraIds[0],
        occurredAt: '2026-03-02T01:30:00Z',
        source: 'playback',
        description: '一名男子在正门反复徘徊并查看收银台',
      }),
      201,
    );
    expect(report).toMatchObject({
      status: 'reported',
      cameraName: '正门',
      orgName: '甲娱乐城（喆昇）',
      police: [{ orgId: g.policeId, name: '沈阳市公安局和平分局' }],
      regulators: [],
      overdue: false,
      dueBy: '2026-03-03T02:00:00.000Z',
    });
    expect(report.basis).toEqual([{ article: '辽宁 第十四条(三)', to: ['police'], handlingArticle: null }]);
    expect(report.hold).toMatchObject({
      from: '2026-03-02T01:28:00.000Z',
      to: '2026-03-02T01:32:00.000Z',
      releasedAt: null,
    });
    const hold = await g.t.psvis.database.db
      .selectFrom('holds')
      .selectAll()
      .where('id', '=', report.hold?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(hold).toMatchObject({ kind: 'case', camera_id: g.cameraIds[0], reference: `可疑信息报告 ${report.id}` });
    expect((await auditEvents(g.t, 'governance.report.create', report.id))[0]?.details).toMatchObject({
      holdId: hold.id,
      policeOrgIds: [g.policeId],
    });
  });

  it('refuses reports from roles outside the unit and times in the future', async () => {
    refused(
      await g.as.regulator.post('/api/v1/reports', {
        cameraId: g.cameraIds[0],
        occurredAt: '2026-03-02T01:00:00Z',
        source: 'live',
        description: '测试',
      }),
      403,
      'PSVIS_ERR_FORBIDDEN',
    );
    expect((await auditEvents(g.t, 'governance.report.create.refused'))[0]?.details).toMatchObject({
      code: 'PSVIS_ERR_FORBIDDEN',
    });
    refused(
      await g.as.manager.post('/api/v1/reports', {
        cameraId: g.cameraIds[1],
        occurredAt: '2026-03-02T03:00:00Z',
        source: 'live',
        description: '测试',
      }),
      400,
      'PSVIS_ERR_VALIDATION',
    );
    refused(
      await g.as.outsider.post('/api/v1/reports', {
        cameraId: g.cameraIds[1],
        occurredAt: '2026-03-02T01:00:00Z',
        source: 'live',
        description: '测试',
      }),
      404,
      'PSVIS_ERR_NOT_FOUND',
    );
  });

  it('the police acknowledge and handle it with notes; others see it but do not act', async () => {
    refused(await g.as.outsider.get(`/api/v1/reports/${report.id}`), 404, 'PSVIS_ERR_NOT_FOUND');
    expect((await g.as.regulator.get(`/api/v1/reports/${report.id}`)).status).toBe(200);
    refused(await g.as.regulator.post(`/api/v1/reports/${report.id}/acknowledge`, {}), 403, 'PSVIS_ERR_FORBIDDEN');
    refused(
      await g.as.operator.post(`/api/v1/reports/${report.id}/handle`, { note: '自行处理' }),
      403,
      'PSVIS_ERR_FORBIDDEN',
    );
    const ack = ok(
      await g.as.officer.post<ReportView>(`/api/v1/reports/${report.id}/acknowledge`, { note: '已派员核查' }),
    );
    expect(ack).toMatchObject({ status: 'acknowledged', acknowledgedAt: '2026-03-02T02:00:00.000Z' });
    const d = refused(
      await g.as.approver.post(`/api/v1/reports/${report.id}/acknowledge`, {}),
      409,
      'PSVIS_ERR_REPORT_STATE',
    );
    expect(d).toMatchObject({
      status: 'acknowledged',
      messageZh: '已受理的报告不能受理；须为待受理状态',
      messageEn: 'cannot acknowledge a report that is acknowledged; only one that is reported',
    });
    ok(
      await g.as.operator.post<ReportView>(`/api/v1/reports/${report.id}/notes`, {
        note: '该男子已离开，往南京北街方向',
      }),
    );
    const handled = ok(
      await g.as.officer.post<ReportView>(`/api/v1/reports/${report.id}/handle`, { note: '经核查系顾客等人，已排除' }),
    );
    expect(handled.status).toBe('handled');
    expect(handled.notes.map((n) => [n.status, n.note])).toEqual([
      ['acknowledged', '已派员核查'],
      [null, '该男子已离开，往南京北街方向'],
      ['handled', '经核查系顾客等人，已排除'],
    ]);
    expect((await auditEvents(g.t, 'governance.report.handle', report.id))[0]?.details).toMatchObject({
      from: 'acknowledged',
      to: 'handled',
    });
  });

  it('lists reports not handled within the configured time as overdue for the police overview (安徽 第二十七条(五))', async () => {
    const pending = ok(
      await g.as.operator.post<ReportView>('/api/v1/reports', {
        cameraId: g.cameraIds[1],
        occurredAt: '2026-03-02T02:00:00Z',
        source: 'live',
        description: '收银台处有人持械',
      }),
      201,
    );
    const none = await g.as.officer.get<{ items: ReportView[]; overdueAfterHours: number }>(
      '/api/v1/reports?overdue=true',
    );
    expect(none.body).toEqual({ items: [], overdueAfterHours: 24 });
    await g.setClock('2026-03-03T02:30:00Z');
    const late = await g.as.officer.get<{ items: ReportView[] }>('/api/v1/reports?overdue=true');
    expect(late.body.items.map((i) => [i.id, i.overdue])).toEqual([[pending.id, true]]);
    const all = await g.as.officer.get<{ items: ReportView[] }>('/api/v1/reports');
    // Both made at the same instant of the test clock: compare without order.
    expect(all.body.items.map((i) => i.id).sort()).toEqual([pending.id, report.id].sort());
    // Handled late, it leaves the overdue list.
    ok(await g.as.officer.post<ReportView>(`/api/v1/reports/${pending.id}/handle`, { note: '到场处置，移交派出所' }));
    expect((await g.as.officer.get<{ items: ReportView[] }>('/api/v1/reports?overdue=true')).body.items).toEqual([]);
  });

  it('goes to the industry regulator too where the profile says so (青岛 第十九条(五))', async () => {
    const admin = g.t.admin;
    const city = await create(admin, '/api/v1/jurisdictions', {
      name: '青岛市',
      level: 'city',
      profileId: 'qingdao-2010-rev2020',
    });
    const district = await create(admin, '/api/v1/jurisdictions', {
      name: '市南区',
      level: 'district',
      parentId: city,
    });
    const police = await create(admin, '/api/v1/organizations', {
      name: '青岛市公安局市南分局',
      kind: 'police',
      jurisdictionId: district,
    });
    const regulator = await create(admin, '/api/v1/organizations', {
      name: '青岛市文化和旅游局',
      kind: 'regulator',
      jurisdictionId: city,
      industry: 'culture',
    });
    const unit = await create(admin, '/api/v1/organizations', {
      name: '丁剧院',
      kind: 'unit',
      jurisdictionId: district,
      industry: 'culture',
    });
    const site = await create(admin, '/api/v1/sites', {
      orgId: unit,
      name: '剧场大厅',
      placeCategory: 'culture_sports_entertainment',
      isPublic: true,
    });
    const system = await create(admin, '/api/v1/systems', { orgId: unit, name: '剧院监控', lifecycle: 'in_use' });
    const camera = await create(admin, '/api/v1/cameras', {
      systemId: system,
      siteId: site,
      name: '大厅',
      deviceId: '37020200001320000001',
      locationCategory: 'lobby',
    });
    const as: Record<string, ApiClient> = {};
    for (const [key, orgId, role] of [
      ['qd-operator', unit, 'unit_operator'],
      ['qd-regulator', regulator, 'regulator'],
    ] as const) {
      expect((await admin.post('/api/v1/users', { username: key, orgId, role, password: PASSWORD })).status).toBe(201);
      const c = g.t.client();
      expect((await c.login(key, PASSWORD)).status).toBe(200);
      as[key] = c;
    }
    const r = ok(
      await (as['qd-operator'] as ApiClient).post<ReportView>('/api/v1/reports', {
        cameraId: camera,
        occurredAt: '2026-03-03T02:00:00Z',
        source: 'live',
        description: '大厅出口有人散发可疑物品',
      }),
      201,
    );
    expect(r.police.map((p) => p.orgId)).toEqual([police]);
    expect(r.regulators).toEqual([{ orgId: regulator, name: '青岛市文化和旅游局' }]);
    expect(r.basis).toContainEqual({
      article: '青岛 第十九条(五)',
      to: ['police', 'regulator'],
      handlingArticle: null,
    });
    const seen = await (as['qd-regulator'] as ApiClient).get<{ items: ReportView[] }>('/api/v1/reports');
    expect(seen.body.items.map((i) => i.id)).toEqual([r.id]);
  });
});
