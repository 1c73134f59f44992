import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_ENGINES } from '../../../test/support/databases.ts';
import type { ApiClient, ApiResponse } from '../../../test/support/psvis.ts';
import { create } from '../../../test/support/registry.ts';
import {
  auditEvents,
  expectBilingual,
  getBytes,
  pdfText,
  startGovernanceTest,
  type GovernanceTest,
} from '../test-support.ts';
import type { FilingView } from './schemas.ts';

const PASSWORD = 'filing-test-password';
const PDF = Buffer.from('%PDF-1.4\n% 设计方案\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

/**
 * Asserts a refusal: its status and documented code and, for the workflow's own refusals, its
 * message in both languages citing its articles; returns its details. (A 404 comes from the
 * registry's scope check.)
 */
function refused(r: ApiResponse, status: number, code: string): Record<string, unknown> {
  expect([r.status, r.body['code']], JSON.stringify(r.body)).toEqual([status, code]);
  const details = r.body['details'] as Record<string, unknown>;
  if (status === 404) return details;
  const articles = details['articles'];
  return expectBilingual(r.body, Array.isArray(articles) ? (articles as string[]) : undefined);
}

function ok(r: ApiResponse<FilingView>, status = 200): FilingView {
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r.body;
}

const upload = (c: ApiClient, id: string, kind: string, bytes: Buffer, contentType = 'application/pdf') =>
  fetch(`${c.base}/api/v1/filings/${id}/materials/${kind}?filename=${encodeURIComponent(`${kind}.pdf`)}`, {
    method: 'PUT',
    headers: { cookie: c.cookie ?? '', 'x-csrf-token': c.csrf ?? '', 'content-type': contentType },
    body: bytes,
  });

interface Finding {
  ruleId: string;
  subjectRef: string;
  state: string;
}

async function findings(c: ApiClient, orgId: string): Promise<Finding[]> {
  const r = await c.get<{ organizations: { findings: Finding[] }[] }>(`/api/v1/compliance/findings?orgId=${orgId}`);
  expect(r.status).toBe(200);
  return r.body.organizations[0]?.findings ?? [];
}

/** An 安徽 unit (a school in 合肥市 蜀山区) with its district and city police, each with a signed-in user. */
async function anhuiUnit(g: GovernanceTest) {
  const admin = g.t.admin;
  const province = await create(admin, '/api/v1/jurisdictions', {
    name: '安徽省',
    level: 'province',
    profileId: 'anhui-2017',
  });
  const city = await create(admin, '/api/v1/jurisdictions', { name: '合肥市', level: 'city', parentId: province });
  const district = await create(admin, '/api/v1/jurisdictions', { name: '蜀山区', level: 'district', parentId: city });
  const cityPolice = await create(admin, '/api/v1/organizations', {
    name: '合肥市公安局',
    kind: 'police',
    jurisdictionId: city,
  });
  const police = await create(admin, '/api/v1/organizations', {
    name: '合肥市公安局蜀山分局',
    kind: 'police',
    jurisdictionId: district,
  });
  const unit = await create(admin, '/api/v1/organizations', {
    name: '丙中学',
    kind: 'unit',
    jurisdictionId: district,
    industry: 'education',
  });
  const site = await create(admin, '/api/v1/sites', {
    orgId: unit,
    name: '校门',
    placeCategory: 'education',
    isPublic: true,
  });
  const system = await create(admin, '/api/v1/systems', {
    orgId: unit,
    name: '校园视频监控系统',
    lifecycle: 'in_use',
    inUseAt: '2026-02-20',
  });
  await create(admin, '/api/v1/cameras', {
    systemId: system,
    siteId: site,
    name: '校门口',
    deviceId: '34010400001310000001',
    locationCategory: 'entrance',
    signage: true,
    retentionDays: 30,
  });
  const users = {
    manager: [unit, 'unit_manager'],
    officer: [police, 'police_officer'],
    city: [cityPolice, 'police_officer'],
  };
  const as = {} as Record<keyof typeof users, ApiClient>;
  for (const [key, [orgId, role]] of Object.entries(users) as [keyof typeof users, string[]][]) {
    const r = await admin.post('/api/v1/users', {
      username: `ah-${key}`,
      displayName: key,
      orgId,
      role,
      password: PASSWORD,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    as[key] = g.t.client();
    expect((await as[key].login(`ah-${key}`, PASSWORD)).status).toBe(200);
  }
  return {
    unit,
    system,
    as,
    async relogin() {
      for (const key of Object.keys(as) as (keyof typeof users)[]) await as[key].login(`ah-${key}`, PASSWORD);
    },
  };
}

describe.each(DATABASE_ENGINES)('filings (备案) through the police office on %s', (engine) => {
  let g: GovernanceTest;
  let first: FilingView;
  beforeAll(async () => {
    g = await startGovernanceTest(engine);
  });
  afterAll(async () => {
    await g.close();
  });

  it('drafts a filing filled from the registry: unit, locations, camera count, types, point list, retention (国家 第十四条第一款)', async () => {
    const draft = ok(
      await g.as.manager.post<FilingView>(`/api/v1/systems/${g.systemId}/filings`, {
        kind: 'first',
        notes: '系统于2025年12月投入使用',
      }),
      201,
    );
    expect(draft.status).toBe('draft');
    expect(draft.content?.unit).toMatchObject({
      name: '甲娱乐城（喆昇）',
      creditCode: '91210102MA0TEST01X',
      jurisdiction: '辽宁省 沈阳市 和平区',
    });
    expect(draft.content?.sites.map((s) => s.name)).toEqual(['一层大厅']);
    expect(draft.content?.cameras).toMatchObject({
      total: 2,
      signage: 1,
      byType: [{ typeZh: '网络摄像机', count: 2 }],
    });
    expect(draft.content?.points.map((p) => [p.name, p.deviceId, p.locationZh])).toEqual([
      ['正门', '21010200001320000101', expect.any(String)],
      ['收银台', '21010200001320000102', expect.any(String)],
    ]);
    expect(draft.content?.retention).toEqual({ floorDays: 30, articles: ['国家 第十七条'] });
    expect(draft.terms.articles).toEqual(expect.arrayContaining(['辽宁 第十二条', '国家 第十四条第一款']));
    expect(draft.terms.channels).toEqual({ allowed: ['online', 'in_person'], articles: ['国家 第十四条第一款'] });
    // In use since 2025-12-01 and never filed: the engine has it overdue.
    expect(draft.deadline.overdue).toBe(true);
    expect(draft.deadline.findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['ln.filing.first', 'cn.filing.first']),
    );
    expect(draft.deadline.findings.find((f) => f.ruleId === 'ln.filing.first')).toMatchObject({
      state: 'overdue',
      dueDate: '2025-12-31',
    });
    first = draft;

    // One open filing of a kind per system; operators do not file.
    refused(
      await g.as.manager.post(`/api/v1/systems/${g.systemId}/filings`, { kind: 'first' }),
      409,
      'PSVIS_ERR_CONFLICT',
    );
    refused(
      await g.as.operator.post(`/api/v1/systems/${g.systemId}/filings`, { kind: 'first' }),
      403,
      'PSVIS_ERR_FORBIDDEN',
    );
    expect((await auditEvents(g.t, 'governance.filing.draft.refused'))[0]?.details).toMatchObject({
      code: 'PSVIS_ERR_FORBIDDEN',
    });
    expect((await auditEvents(g.t, 'governance.filing.draft', draft.id))[0]?.details).toMatchObject({
      systemId: g.systemId,
      kind: 'first',
    });
  });

  it('refuses a channel the texts do not name, citing the article, and audits it', async () => {
    const d = refused(
      await g.as.manager.post(`/api/v1/filings/${first.id}/submit`, { channel: 'fax' }),
      422,
      'PSVIS_ERR_FILING_CHANNEL',
    );
    expect(d).toMatchObject({
      channel: 'fax',
      allowed: ['online', 'in_person'],
      articles: ['国家 第十四条第一款'],
      messageZh: '国家 第十四条第一款：备案途径为网上备案平台、当面递交，不含传真',
      messageEn: '国家 第十四条第一款: a filing goes by the online filing platform, in person, not fax',
    });
    expect((await auditEvents(g.t, 'governance.filing.submit.refused', first.id))[0]?.details).toMatchObject({
      code: 'PSVIS_ERR_FILING_CHANNEL',
    });
  });

  it('submits to the district police, and the engine counts it as filed (late)', async () => {
    const sent = ok(await g.as.manager.post<FilingView>(`/api/v1/filings/${first.id}/submit`, { channel: 'online' }));
    expect(sent).toMatchObject({
      status: 'submitted',
      channel: 'online',
      channelZh: '网上备案平台',
      submissions: 1,
      recipient: { orgId: g.policeId, name: '沈阳市公安局和平分局' },
    });
    expect(sent.submittedAt).toBe('2026-03-02T02:00:00.000Z');
    expect(sent.deadline.overdue).toBe(false);
    const f = (await findings(g.as.manager, g.unitId)).find(
      (x) => x.ruleId === 'ln.filing.first' && x.subjectRef === g.systemId,
    );
    expect(f?.state).toBe('ok');
    // Submitted: the unit no longer changes it.
    refused(await g.as.manager.patch(`/api/v1/filings/${first.id}`, { notes: '改' }), 409, 'PSVIS_ERR_FILING_STATE');
  });

  it('the receiving police office receives and accepts it; others may see it but not act', async () => {
    const awaiting = await g.as.officer.get<{ items: FilingView[] }>('/api/v1/filings?awaitingMe=true');
    expect(awaiting.body.items.map((i) => i.id)).toContain(first.id);
    refused(await g.as.manager.post(`/api/v1/filings/${first.id}/receive`, {}), 403, 'PSVIS_ERR_FORBIDDEN');
    refused(await g.as.regulator.post(`/api/v1/filings/${first.id}/receive`, {}), 403, 'PSVIS_ERR_FORBIDDEN');
    // Accepting needs the receipt recorded first.
    refused(await g.as.officer.post(`/api/v1/filings/${first.id}/accept`, {}), 409, 'PSVIS_ERR_FILING_STATE');
    const received = ok(
      await g.as.officer.post<FilingView>(`/api/v1/filings/${first.id}/receive`, { note: '材料齐全' }),
    );
    expect(received.status).toBe('received');
    // 辽宁 sets no site-visit period.
    expect(received.siteVisit).toMatchObject({ article: null, dueDate: null, overdue: false });
    const accepted = ok(
      await g.as.officer.post<FilingView>(`/api/v1/filings/${first.id}/accept`, { reference: '沈公和备〔2026〕7号' }),
    );
    expect(accepted).toMatchObject({ status: 'accepted', reference: '沈公和备〔2026〕7号' });
    expect(accepted.events.map((e) => e.action)).toEqual(['draft', 'submit', 'receive', 'accept']);
    const f = (await findings(g.as.officer, g.unitId)).find(
      (x) => x.ruleId === 'ln.filing.first' && x.subjectRef === g.systemId,
    );
    expect(f?.state).toBe('ok');
    expect((await auditEvents(g.t, 'governance.filing.accept', first.id))[0]?.details).toMatchObject({
      reference: '沈公和备〔2026〕7号',
    });
    // Another unit's manager does not learn it exists.
    refused(await g.as.outsider.get(`/api/v1/filings/${first.id}`), 404, 'PSVIS_ERR_NOT_FOUND');
    expect((await g.as.outsider.get<{ items: FilingView[] }>('/api/v1/filings')).body.items).toEqual([]);
  });

  it('prints the filing as filed, point list and the office’s receipt included', async () => {
    const r = await getBytes(g.as.officer, `/api/v1/filings/${first.id}/form.pdf`);
    expect(r.status).toBe(200);
    const text = pdfText(r.bytes);
    for (const s of [
      '设备数量、类型及点位分布',
      '按类型：网络摄像机 2 台',
      '21010200001320000101',
      '网上备案平台',
      '受理机关',
      '沈阳市公安局和平分局',
      '备案通过',
      '沈公和备〔2026〕7号',
    ]) {
      expect(text, s).toContain(s.replace(/\s+/g, ''));
    }
  });

  it('a returned filing is corrected and resubmitted, its reasons kept', async () => {
    const change = ok(
      await g.as.manager.post<FilingView>(`/api/v1/systems/${g.systemId}/filings`, { kind: 'change' }),
      201,
    );
    const d = refused(
      await g.as.manager.post(`/api/v1/filings/${change.id}/submit`, { channel: 'in_person' }),
      400,
      'PSVIS_ERR_VALIDATION',
    );
    expect(d['field']).toBe('changeSummary');
    ok(await g.as.manager.patch<FilingView>(`/api/v1/filings/${change.id}`, { changeSummary: '新增摄像机1台' }));
    const sent = ok(
      await g.as.manager.post<FilingView>(`/api/v1/filings/${change.id}/submit`, { channel: 'in_person' }),
    );
    // 辽宁 第十二条: a change goes to the office that took the filing.
    expect(sent.recipient?.orgId).toBe(g.policeId);
    const returned = ok(
      await g.as.officer.post<FilingView>(`/api/v1/filings/${change.id}/return`, {
        reasons: '点位表缺少新增摄像机的安装部位',
      }),
    );
    expect(returned).toMatchObject({ status: 'returned', decision: { note: '点位表缺少新增摄像机的安装部位' } });
    refused(await g.as.officer.post(`/api/v1/filings/${change.id}/receive`, {}), 409, 'PSVIS_ERR_FILING_STATE');
    ok(
      await g.as.manager.patch<FilingView>(`/api/v1/filings/${change.id}`, {
        changeSummary: '正门新增摄像机1台（出入口）',
      }),
    );
    const again = ok(await g.as.manager.post<FilingView>(`/api/v1/filings/${change.id}/submit`, {}));
    expect(again).toMatchObject({ status: 'submitted', submissions: 2, changeSummary: '正门新增摄像机1台（出入口）' });
    expect(again.events.map((e) => [e.action, e.note])).toEqual([
      ['draft', null],
      ['submit', '当面递交'],
      ['return', '点位表缺少新增摄像机的安装部位'],
      ['submit', '当面递交'],
    ]);
  });

  it('discards a draft never submitted, and only that', async () => {
    const d = ok(
      await g.as.manager.post<FilingView>(`/api/v1/systems/${g.systemId}/filings`, { kind: 'pre_existing' }),
      201,
    );
    expect((await g.as.manager.delete(`/api/v1/filings/${d.id}`)).status).toBe(204);
    refused(await g.as.manager.get(`/api/v1/filings/${d.id}`), 404, 'PSVIS_ERR_NOT_FOUND');
    refused(await g.as.manager.delete(`/api/v1/filings/${first.id}`), 409, 'PSVIS_ERR_FILING_STATE');
  });

  it('安徽: materials, the county police, the 30-day site visit, and the 10 days’ removal notice', async () => {
    const ah = await anhuiUnit(g);
    const draft = ok(
      await ah.as.manager.post<FilingView>(`/api/v1/systems/${ah.system}/filings`, { kind: 'first' }),
      201,
    );
    expect(draft.terms.materials.map((m) => [m.code, m.articles, m.provided])).toEqual([
      ['design_plan', ['安徽 第十三条第二款'], false],
      ['technical_test', ['安徽 第十三条第二款'], false],
      ['acceptance', ['安徽 第十三条第二款'], false],
    ]);
    expect(draft.terms.recipient).toMatchObject({ levels: ['district'], article: '安徽 第十三条第二款' });
    // In use 2026-02-20: due 30 days later, not yet overdue.
    expect(draft.deadline.findings.find((f) => f.ruleId === 'ah.filing.first')).toMatchObject({
      state: 'due',
      dueDate: '2026-03-23',
    });

    const missing = refused(
      await ah.as.manager.post(`/api/v1/filings/${draft.id}/submit`, { channel: 'in_person' }),
      422,
      'PSVIS_ERR_FILING_MATERIALS',
    );
    expect(missing['articles']).toEqual(['安徽 第十三条第二款']);
    expect(missing['messageZh']).toBe(
      `安徽 第十三条第二款：备案须附设计方案、技术检测材料、工程验收材料；请上传（PUT /api/v1/filings/${draft.id}/materials/:kind）`,
    );
    expect((missing['missing'] as { code: string }[]).map((m) => m.code)).toEqual([
      'design_plan',
      'technical_test',
      'acceptance',
    ]);
    const bad = await upload(ah.as.manager, draft.id, 'design_plan', Buffer.from('not a pdf'));
    expect(bad.status).toBe(415);
    expect(((await bad.json()) as { code: string }).code).toBe('PSVIS_ERR_FILING_MATERIAL');
    for (const kind of ['design_plan', 'technical_test', 'acceptance']) {
      expect((await upload(ah.as.manager, draft.id, kind, PDF)).status).toBe(200);
    }
    const withFiles = ok(await ah.as.manager.get<FilingView>(`/api/v1/filings/${draft.id}`));
    expect(withFiles.terms.materials.every((m) => m.provided)).toBe(true);
    const material = withFiles.materials[0];
    const back = await getBytes(ah.as.officer, `/api/v1/filings/${draft.id}/materials/${material?.id ?? ''}`);
    expect([back.status, back.bytes.equals(PDF)]).toEqual([200, true]);

    const sent = ok(
      await ah.as.manager.post<FilingView>(`/api/v1/filings/${draft.id}/submit`, { channel: 'in_person' }),
    );
    expect(sent.recipient?.name).toBe('合肥市公安局蜀山分局');
    // The city police see it but the county office receives it.
    expect((await ah.as.city.get(`/api/v1/filings/${draft.id}`)).status).toBe(200);
    refused(await ah.as.city.post(`/api/v1/filings/${draft.id}/receive`, {}), 403, 'PSVIS_ERR_FORBIDDEN');
    const received = ok(await ah.as.officer.post<FilingView>(`/api/v1/filings/${draft.id}/receive`, {}));
    expect(received.siteVisit).toMatchObject({ article: '安徽 第十三条第二款', days: 30, dueDate: '2026-04-01' });

    const late = refused(
      await ah.as.officer.post(`/api/v1/filings/${draft.id}/site-visit`, { plannedFor: '2026-04-10' }),
      422,
      'PSVIS_ERR_FILING_VISIT_DEADLINE',
    );
    expect(late).toMatchObject({
      articles: ['安徽 第十三条第二款'],
      dueDate: '2026-04-01',
      messageZh: '安徽 第十三条第二款：公安机关须在收到备案后 30 日内实地查看，即不晚于 2026-04-01',
    });
    expect((await auditEvents(g.t, 'governance.filing.visit.schedule.refused', draft.id))[0]?.details).toMatchObject({
      code: 'PSVIS_ERR_FILING_VISIT_DEADLINE',
    });
    const planned = ok(
      await ah.as.officer.post<FilingView>(`/api/v1/filings/${draft.id}/site-visit`, { plannedFor: '2026-03-20' }),
    );
    expect(planned.siteVisit.plannedFor).toBe('2026-03-20');

    // The visit did not happen: after its last day the filing is listed as overdue for the police.
    await g.setClock('2026-04-03T02:00:00Z');
    await ah.relogin();
    const overdue = await ah.as.officer.get<{ items: FilingView[] }>('/api/v1/filings?overdue=true');
    expect(overdue.body.items.map((i) => [i.id, i.siteVisit.overdue])).toEqual([[draft.id, true]]);
    ok(
      await ah.as.officer.post<FilingView>(`/api/v1/filings/${draft.id}/site-visit/record`, {
        visitedAt: '2026-04-03',
        notes: '现场查看：点位与备案一致，提示标识齐全',
      }),
    );
    const accepted = ok(await ah.as.officer.post<FilingView>(`/api/v1/filings/${draft.id}/accept`, {}));
    expect(accepted.status).toBe('accepted');
    expect(accepted.siteVisit).toMatchObject({ visitedAt: '2026-04-03', overdue: false });
    const f = (await findings(ah.as.manager, ah.unit)).find((x) => x.ruleId === 'ah.filing.first');
    expect(f?.state).toBe('ok');

    // 安徽 第十五条: the removal filing is the notice, at least 10 days before.
    const removal = ok(
      await ah.as.manager.post<FilingView>(`/api/v1/systems/${ah.system}/filings`, {
        kind: 'removal',
        removalDate: '2026-04-20',
        removalReason: '校舍改造',
      }),
      201,
    );
    expect(removal.notice).toEqual({
      article: '安徽 第十五条',
      daysBefore: 10,
      latestDate: '2026-04-10',
      givenAt: null,
      inTime: null,
    });
    const noticed = ok(
      await ah.as.manager.post<FilingView>(`/api/v1/filings/${removal.id}/submit`, { channel: 'online' }),
    );
    expect(noticed.notice).toMatchObject({ givenAt: '2026-04-03', inTime: true });
    expect(noticed.recipient?.name).toBe('合肥市公安局蜀山分局');
  });

  it('describes its routes in the OpenAPI document', async () => {
    const doc = await g.t.admin.get<{ paths: Record<string, unknown> }>('/api/v1/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/systems/{id}/filings',
        '/api/v1/filings',
        '/api/v1/filings/{id}',
        '/api/v1/filings/{id}/materials/{kind}',
        '/api/v1/filings/{id}/submit',
        '/api/v1/filings/{id}/site-visit',
        '/api/v1/filings/{id}/accept',
        '/api/v1/filings/{id}/return',
      ]),
    );
  });
});
