import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_ENGINES } from '../../../test/support/databases.ts';
import type { ApiClient, ApiResponse } from '../../../test/support/psvis.ts';
import type { RegisterSheet, RequestView, SittingView } from './schemas.ts';
import { expectBilingual } from '../test-support.ts';
import { USERS, WALL0, at, startAccessWorld, type AccessWorld } from './test-support.ts';

const SCAN = Buffer.concat([Buffer.from('%PDF-1.4\n% 蜀公(刑)审字〔2026〕15号\n'), Buffer.alloc(2048, 0x20)]);

/** The request body of a police copy of camera A, [0, 8 s). */
const copyRequest = (w: AccessWorld, over: Record<string, unknown> = {}) => ({
  type: 'footage',
  requesterKind: 'police',
  accessKind: 'copy',
  legalBasis: '《中华人民共和国刑事诉讼法》第五十四条',
  purpose: '侦办甲商场盗窃案',
  caseNo: '皖合蜀公(刑)立字〔2026〕88号',
  destination: '蜀山分局刑警大队案卷',
  certificateRef: '蜀公证〔2026〕12号',
  items: [{ cameraId: w.ids.cameraA, from: at(0), to: at(8_000) }],
  officers: [
    { username: 'officer1', credentialKind: 'work_id', credentialNo: '皖公 012345' },
    { username: 'officer2', credentialKind: 'law_enforcement_id', credentialNo: '皖执 067890' },
  ],
  validUntil: '2026-05-02T03:00:00.000Z',
  ...over,
});

const upload = (c: ApiClient, id: string, bytes: Buffer, contentType = 'application/pdf') =>
  fetch(`${c.base}/api/v1/access-requests/${id}/approval-document?filename=${encodeURIComponent('批准文件.pdf')}`, {
    method: 'PUT',
    headers: { cookie: c.cookie ?? '', 'x-csrf-token': c.csrf ?? '', 'content-type': contentType },
    body: bytes,
  });

const raw = (c: ApiClient, path: string, headers: Record<string, string> = {}) =>
  fetch(c.base + path, { headers: { cookie: c.cookie ?? '', ...headers } });

/**
 * Asserts a refusal: its status, its documented code, its message in both languages, and that
 * both cite the articles it lists.
 */
function refused(r: ApiResponse, status: number, code: string): Record<string, unknown> {
  expect([r.status, r.body['code']], JSON.stringify(r.body)).toEqual([status, code]);
  const articles = (r.body['details'] as Record<string, unknown>)['articles'];
  return expectBilingual(r.body, Array.isArray(articles) ? (articles as string[]) : undefined);
}

describe.each(DATABASE_ENGINES)('footage access by the police and other organs on %s', (engine) => {
  let w: AccessWorld;
  let req: RequestView;
  let sitting: SittingView;
  /** Asserts one more audit event of the refusal, with its code, than `before` had. */
  const audited = async (code: string, before: number, targetId?: string) => {
    const events = (await w.events('governance.access.refused', targetId)).filter((e) => e.details['code'] === code);
    expect(events.length, code).toBe(before + 1);
    return events[0]?.details ?? {};
  };
  const count = async (code: string, targetId?: string) =>
    (await w.events('governance.access.refused', targetId)).filter((e) => e.details['code'] === code).length;

  beforeAll(async () => {
    w = await startAccessWorld(engine);
  });
  afterAll(async () => {
    await w.close();
  });

  it('refuses a request naming one officer, citing 安徽 第二十二条 (PSVIS_ERR_ACCESS_OFFICERS), audited', async () => {
    const before = await count('PSVIS_ERR_ACCESS_OFFICERS');
    const r = await w.as.officer1.post('/api/v1/access-requests', {
      ...copyRequest(w),
      officers: [{ username: 'officer1', credentialKind: 'work_id', credentialNo: '皖公 012345' }],
    });
    expect(refused(r, 422, 'PSVIS_ERR_ACCESS_OFFICERS')).toMatchObject({
      articles: ['安徽 第二十二条'],
      messageZh: '安徽 第二十二条：仅填写了 1 名人员；须至少 2 人共同实施',
      messageEn: '安徽 第二十二条: 1 officer(s) named; at least 2 act together',
    });
    await audited('PSVIS_ERR_ACCESS_OFFICERS', before);
  });

  it('refuses a copy without its destination (去向), citing the article of 安徽 that names it in the register (PSVIS_ERR_PURPOSE_REQUIRED)', async () => {
    const { destination: _destination, ...withoutDestination } = copyRequest(w);
    const before = await count('PSVIS_ERR_PURPOSE_REQUIRED');
    const r = await w.as.officer1.post('/api/v1/access-requests', withoutDestination);
    expect(refused(r, 400, 'PSVIS_ERR_PURPOSE_REQUIRED')).toMatchObject({
      missing: ['destination'],
      articles: ['安徽 第十七条第二款(二)'],
      messageZh: '复制须写明去向，以便登记（安徽 第十七条第二款(二)）',
    });
    await audited('PSVIS_ERR_PURPOSE_REQUIRED', before);
  });

  it('routes a police copy in 安徽 to the head of the requesting organ (安徽 第二十一条第一款)', async () => {
    const r = await w.as.officer1.post<RequestView>('/api/v1/access-requests', copyRequest(w));
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    req = r.body;
    expect(req).toMatchObject({
      status: 'pending',
      active: false,
      requestingUnit: '合肥市公安局蜀山分局',
      unitOrg: { id: w.ids.unit, name: '甲商场' },
      route: {
        article: '安徽 第二十一条第一款',
        approval: 'own_head',
        role: 'police_approver',
        levels: ['province', 'city', 'district'],
        organizations: [{ id: w.ids.countyPolice, level: 'district' }],
        approvers: [{ displayName: USERS.approver.name }],
      },
      persons: { minPersons: 2, articles: ['安徽 第二十二条'] },
    });
    expect(req.officers.map((o) => [o.name, o.credentialNo])).toEqual([
      ['王警官', '皖公 012345'],
      ['李警官', '皖执 067890'],
    ]);
    const inbox = await w.as.approver.get<{ items: RequestView[] }>('/api/v1/access-requests?awaitingMe=true');
    expect(inbox.body.items.map((i) => i.id)).toEqual([req.id]);
    const cityInbox = await w.as.cityApprover.get<{ items: RequestView[] }>('/api/v1/access-requests?awaitingMe=true');
    expect(cityInbox.body.items).toEqual([]);
  });

  it('refuses one officer alone: no footage without the two-officer sitting (PSVIS_ERR_SITTING_REQUIRED), audited', async () => {
    const before = await count('PSVIS_ERR_SITTING_REQUIRED', w.ids.cameraA);
    const r = await w.as.officer1.get(`/api/v1/cameras/${w.ids.cameraA}/timeline?from=${at(0)}&to=${at(8_000)}`);
    expect(refused(r, 403, 'PSVIS_ERR_SITTING_REQUIRED')['articles']).toEqual(['安徽 第二十二条']);
    const event = await audited('PSVIS_ERR_SITTING_REQUIRED', before, w.ids.cameraA);
    expect(event['articles']).toEqual(['安徽 第二十二条']);
  });

  it('refuses approval by the wrong role (PSVIS_ERR_APPROVER_ROLE) and by the wrong level or organ (PSVIS_ERR_APPROVER_LEVEL), each audited', async () => {
    const approval = {
      document: { number: '蜀公(刑)审字〔2026〕15号', issuer: '合肥市公安局蜀山分局', date: '2026-05-02' },
    };
    const path = `/api/v1/access-requests/${req.id}/approve`;
    const roleBefore = await count('PSVIS_ERR_APPROVER_ROLE', req.id);
    const byOfficer = await w.as.officer3.post(path, approval);
    expect(refused(byOfficer, 403, 'PSVIS_ERR_APPROVER_ROLE')).toMatchObject({
      requiredRole: 'police_approver',
      role: 'police_officer',
      articles: ['安徽 第二十一条第一款'],
      messageZh: expect.stringContaining('该申请由公安审批人决定，公安民警不能决定') as unknown,
    });
    await audited('PSVIS_ERR_APPROVER_ROLE', roleBefore, req.id);

    const levelBefore = await count('PSVIS_ERR_APPROVER_LEVEL', req.id);
    const byStation = await w.as.stationApprover.post(path, approval);
    expect(refused(byStation, 403, 'PSVIS_ERR_APPROVER_LEVEL')).toMatchObject({
      yourLevel: 'police_station',
      requiredLevels: ['province', 'city', 'district'],
      articles: ['安徽 第二十一条第一款'],
    });
    await audited('PSVIS_ERR_APPROVER_LEVEL', levelBefore, req.id);
    // The city bureau is of a right level but not the requesting organ (本机关).
    const byCity = await w.as.cityApprover.post(path, approval);
    expect(refused(byCity, 403, 'PSVIS_ERR_APPROVER_LEVEL')['yourLevel']).toBe('city');
    await audited('PSVIS_ERR_APPROVER_LEVEL', levelBefore + 1, req.id);
    expect((await w.as.approver.get<RequestView>(`/api/v1/access-requests/${req.id}`)).body.status).toBe('pending');
  });

  it('approves with the document; the officers show its scan and act only together (PSVIS_ERR_SITTING_PARTNER)', async () => {
    const ok = await w.as.approver.post<RequestView>(`/api/v1/access-requests/${req.id}/approve`, {
      document: { number: '蜀公(刑)审字〔2026〕15号', issuer: '合肥市公安局蜀山分局', date: '2026-05-02' },
      note: '同意复制',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({
      status: 'approved',
      active: true,
      validUntil: '2026-05-02T03:00:00.000Z',
      decision: { byName: USERS.approver.name, orgId: w.ids.countyPolice, note: '同意复制' },
      document: { number: '蜀公(刑)审字〔2026〕15号', scan: null },
    });
    const sittings = `/api/v1/access-requests/${req.id}/sittings`;
    const partner = { username: 'officer2', password: w.password('officer2') };
    refused(await w.as.officer1.post(sittings, { partner }), 409, 'PSVIS_ERR_APPROVAL_DOCUMENT');

    expect((await upload(w.as.approver, req.id, Buffer.from('not a pdf'))).status).toBe(415);
    const up = await upload(w.as.approver, req.id, SCAN);
    expect(up.status).toBe(200);
    const scanned = (await up.json()) as RequestView;
    expect(scanned.document?.scan).toMatchObject({
      bytes: SCAN.length,
      contentType: 'application/pdf',
      filename: '批准文件.pdf',
    });
    const back = await raw(w.as.officer1, `/api/v1/access-requests/${req.id}/approval-document`);
    expect(Buffer.from(await back.arrayBuffer()).equals(SCAN)).toBe(true);

    const before = await count('PSVIS_ERR_SITTING_PARTNER', req.id);
    refused(await w.as.officer1.post(sittings, {}), 403, 'PSVIS_ERR_SITTING_PARTNER');
    expect(
      refused(
        await w.as.officer1.post(sittings, { partner: { username: 'officer2', password: 'wrong-password-entirely' } }),
        403,
        'PSVIS_ERR_SITTING_PARTNER',
      )['messageZh'],
    ).toBe('安徽 第二十二条：officer2 的密码不正确；办理人员须共同实施，不得单独调阅');
    // 赵警官 is an officer of the organ but not named in the request.
    refused(
      await w.as.officer1.post(sittings, { partner: { username: 'officer3', password: w.password('officer3') } }),
      403,
      'PSVIS_ERR_SITTING_PARTNER',
    );
    refused(
      await w.as.officer1.post(sittings, { partner: { username: 'officer1', password: w.password('officer1') } }),
      403,
      'PSVIS_ERR_SITTING_PARTNER',
    );
    await audited('PSVIS_ERR_SITTING_PARTNER', before + 3, req.id);
    // An officer who is not named cannot open one either.
    refused(await w.as.officer3.post(sittings, { partner }), 403, 'PSVIS_ERR_FORBIDDEN');

    const opened = await w.as.officer1.post<SittingView>(sittings, { partner, unitHandler: '商场安保主管 陈某' });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    sitting = opened.body;
    expect(sitting.partnerUserId).not.toBeNull();
    expect(sitting).toMatchObject({
      unitHandler: '商场安保主管 陈某',
      expiresAt: '2026-05-02T03:00:00.000Z',
      closedAt: null,
    });
    const [event] = await w.events('governance.access.sitting.open', req.id);
    expect(event?.details['officers']).toEqual([
      { name: '王警官', credentialKind: 'work_id', credentialNo: '皖公 012345' },
      { name: '李警官', credentialKind: 'law_enforcement_id', credentialNo: '皖执 067890' },
    ]);
  });

  it('in the sitting, shows the granted camera and range only: timeline, recorded HLS, files, snapshot (PSVIS_ERR_GRANT_SCOPE), audited', async () => {
    const o = w.as.officer1;
    const inRange = await o.get<{ spans: unknown[] }>(
      `/api/v1/cameras/${w.ids.cameraA}/timeline?from=${at(0)}&to=${at(8_000)}`,
    );
    expect(inRange.status, JSON.stringify(inRange.body)).toBe(200);
    expect(inRange.body.spans).toHaveLength(1);

    const before = await count('PSVIS_ERR_GRANT_SCOPE', req.id);
    const late = await o.get(`/api/v1/cameras/${w.ids.cameraA}/timeline?from=${at(0)}&to=${at(14_000)}`);
    expect(refused(late, 403, 'PSVIS_ERR_GRANT_SCOPE')).toMatchObject({
      reason: 'range',
      articles: ['安徽 第二十一条第一款', '国家 第二十条'],
    });
    const otherCamera = await o.get(`/api/v1/cameras/${w.ids.cameraB}/timeline?from=${at(0)}&to=${at(8_000)}`);
    expect(refused(otherCamera, 403, 'PSVIS_ERR_GRANT_SCOPE')['reason']).toBe('camera');
    const lateSnapshot = await raw(o, `/api/v1/cameras/${w.ids.cameraA}/snapshot.jpg?at=${at(12_000)}`);
    expect(lateSnapshot.status).toBe(403);

    // Recorded HLS of a range inside the grant; its byte ranges are served, bytes of a later file are not.
    const playlist = await raw(o, `/api/v1/cameras/${w.ids.cameraA}/recordings.m3u8?from=${at(1_000)}&to=${at(7_000)}`);
    expect(playlist.status).toBe(200);
    const text = await playlist.text();
    const [length, offset] = (/#EXT-X-BYTERANGE:(\d+)@(\d+)/.exec(text) ?? []).slice(1).map(Number);
    const uri = text.split('\n').find((l) => l.startsWith('/api/v1/recordings/files/')) ?? '';
    const piece = await raw(o, uri, { range: `bytes=${offset ?? 0}-${(offset ?? 0) + (length ?? 1) - 1}` });
    expect(piece.status).toBe(206);
    const lastFile = (await w.segments()).at(-1);
    expect(Date.parse(lastFile?.start_time ?? '')).toBeGreaterThanOrEqual(WALL0 + 8_000);
    const outside = await raw(o, `/api/v1/recordings/files/${lastFile?.id ?? ''}.mp4`, { range: 'bytes=0-100' });
    expect([outside.status, ((await outside.json()) as { code: string }).code]).toEqual([403, 'PSVIS_ERR_GRANT_SCOPE']);
    await audited('PSVIS_ERR_GRANT_SCOPE', before + 3, req.id);

    const snapshot = await raw(o, `/api/v1/cameras/${w.ids.cameraA}/snapshot.jpg?at=${at(2_000)}`);
    expect(snapshot.status).toBe(200);
    expect(
      Buffer.from(await snapshot.arrayBuffer())
        .subarray(0, 2)
        .toString('hex'),
    ).toBe('ffd8');
  });

  it('a copy makes the signed evidence package under the request; the second officer alone may not copy', async () => {
    const alone = await (
      await w.session('officer2')
    ).post('/api/v1/exports', {
      cameraId: w.ids.cameraA,
      from: at(0),
      to: at(4_000),
    });
    refused(alone, 403, 'PSVIS_ERR_SITTING_REQUIRED');

    const started = await w.as.officer1.post<{ id: string }>('/api/v1/exports', {
      cameraId: w.ids.cameraA,
      from: at(0),
      to: at(8_000),
    });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    let status = '';
    for (let i = 0; i < 200 && status !== 'done' && status !== 'failed'; i++) {
      const s = await w.as.officer1.get<{ status: string }>(`/api/v1/exports/${started.body.id}`);
      status = s.body.status;
      if (status === 'running') await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(status).toBe('done');
    const zip = await raw(w.as.officer1, `/api/v1/exports/${started.body.id}/download`);
    expect(zip.status).toBe(200);
    const manifest = Buffer.from(await zip.arrayBuffer()).toString('utf8');
    expect(manifest).toContain(`"accessRequestId": "${req.id}"`);
    expect(manifest).toContain('"requestingUnit": "合肥市公安局蜀山分局"');
    expect(manifest).toContain('"destination": "蜀山分局刑警大队案卷"');
    expect(manifest).toContain('"caseNo": "皖合蜀公(刑)立字〔2026〕88号"');
  });

  it('registers every view and copy with every field the jurisdiction’s profile names (安徽 + 国家)', async () => {
    const sheet = await w.as.unitManager.get<RegisterSheet>(`/api/v1/access-requests/${req.id}/register`);
    expect(sheet.status, JSON.stringify(sheet.body)).toBe(200);
    const fields = sheet.body.fields.map((f) => f.field);
    expect(fields.sort()).toEqual(['accessorNames', 'accessorUnit', 'at', 'content', 'destination', 'purpose'].sort());
    expect(sheet.body.fields.find((f) => f.field === 'destination')).toMatchObject({
      labelZh: '去向',
      articles: ['安徽 第十七条第二款(二)'],
    });
    const rows = sheet.body.rows;
    expect(rows.map((r) => r.action).sort()).toEqual(['export', 'playback', 'snapshot']);
    for (const row of rows) {
      for (const f of fields) expect(row.values[f]?.trim(), `${row.action} ${f}`).toBeTruthy();
      expect(row).toMatchObject({
        accessorNames: ['王警官', '李警官'],
        requestingUnit: '合肥市公安局蜀山分局',
        caseNo: '皖合蜀公(刑)立字〔2026〕88号',
        purpose: '侦办甲商场盗窃案',
        recordedBy: '商场安保主管 陈某',
      });
      expect(row.values['accessorNames']).toBe('王警官、李警官');
    }
    expect(rows.find((r) => r.action === 'export')?.destination).toBe('蜀山分局刑警大队案卷');
    expect(rows.find((r) => r.action === 'playback')).toMatchObject({
      destination: '查阅，未复制',
      from: at(1_000),
      to: at(7_000),
    });

    // The compliance engine reads the same rows: two officers, every field, nothing violated.
    const findings = await w.as.unitManager.get<{ organizations: { findings: { ruleId: string; state: string }[] }[] }>(
      `/api/v1/compliance/findings?orgId=${w.ids.unit}`,
    );
    const access = findings.body.organizations[0]?.findings.filter((f) =>
      ['ah.access.register', 'ah.access.procedure', 'cn.access.register'].includes(f.ruleId),
    );
    expect(access?.length).toBeGreaterThan(0);
    expect(access?.filter((f) => f.state === 'violated')).toEqual([]);
  });

  it('refuses everything once the grant has ended (PSVIS_ERR_GRANT_EXPIRED), audited', async () => {
    w.clock.set('2026-05-02T03:00:01.000Z');
    const before = await count('PSVIS_ERR_GRANT_EXPIRED', req.id);
    const r = await w.as.officer1.get(`/api/v1/cameras/${w.ids.cameraA}/timeline?from=${at(0)}&to=${at(8_000)}`);
    expect(refused(r, 403, 'PSVIS_ERR_GRANT_EXPIRED')).toMatchObject({
      reason: 'expired',
      validUntil: '2026-05-02T03:00:00.000Z',
    });
    await audited('PSVIS_ERR_GRANT_EXPIRED', before, req.id);
    const again = await w.as.officer1.post(`/api/v1/access-requests/${req.id}/sittings`, {
      partner: { username: 'officer2', password: w.password('officer2') },
    });
    refused(again, 403, 'PSVIS_ERR_GRANT_EXPIRED');
    expect((await w.as.officer1.get<RequestView>(`/api/v1/access-requests/${req.id}`)).body.active).toBe(false);
  });

  it('an emergency (国家 第二十条, 处置突发事件) proceeds at once, flagged until approved', async () => {
    const created = await w.as.officer1.post<RequestView>(
      '/api/v1/access-requests',
      copyRequest(w, { requesterKind: 'emergency', accessKind: 'view', destination: undefined, validUntil: undefined }),
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const e = created.body;
    expect(e).toMatchObject({
      status: 'pending',
      emergency: true,
      emergencyUnapproved: true,
      active: true,
      route: { article: '国家 第二十条', approveAfter: true, organizations: [{ id: w.ids.countyPolice }] },
    });
    const flagged = await w.as.approver.get<{ items: RequestView[] }>(
      '/api/v1/access-requests?emergencyUnapproved=true',
    );
    expect(flagged.body.items.map((i) => i.id)).toEqual([e.id]);
    const opened = await w.as.officer1.post(`/api/v1/access-requests/${e.id}/sittings`, {
      partner: { username: 'officer2', password: w.password('officer2') },
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const play = await raw(
      w.as.officer1,
      `/api/v1/cameras/${w.ids.cameraA}/recordings.m3u8?from=${at(0)}&to=${at(4_000)}`,
    );
    expect(play.status).toBe(200);
    // Viewing only: no copy under this grant.
    const copy = await w.as.officer1.post('/api/v1/exports', { cameraId: w.ids.cameraA, from: at(0), to: at(4_000) });
    expect(refused(copy, 403, 'PSVIS_ERR_GRANT_SCOPE')['reason']).toBe('use');
    const events = await w.events('access.playback', w.ids.cameraA);
    expect(events[0]?.details['accessRequest']).toMatchObject({ article: '国家 第二十条', emergencyUnapproved: true });

    const approved = await w.as.approver.post<RequestView>(`/api/v1/access-requests/${e.id}/approve`, {
      document: { number: '蜀公(刑)审字〔2026〕16号', issuer: '合肥市公安局蜀山分局', date: '2026-05-02' },
    });
    expect(approved.body).toMatchObject({ status: 'approved', emergencyUnapproved: false, active: true });
    const after = await w.as.approver.get<{ items: RequestView[] }>('/api/v1/access-requests?emergencyUnapproved=true');
    expect(after.body.items).toEqual([]);
  });

  it('other departments (安徽 第二十一条第二款) are routed to a city or county police head over them, never the station', async () => {
    const r = await w.as.inspector1.post<RequestView>('/api/v1/access-requests', {
      ...copyRequest(w),
      requesterKind: 'other_department',
      accessKind: 'view',
      destination: undefined,
      validUntil: undefined,
      officers: [
        { username: 'inspector1', credentialKind: 'law_enforcement_id', credentialNo: '皖市监 001' },
        { username: 'inspector2', credentialKind: 'law_enforcement_id', credentialNo: '皖市监 002' },
      ],
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.route).toMatchObject({
      article: '安徽 第二十一条第二款',
      approval: 'police_head',
      levels: ['city', 'district'],
    });
    expect(r.body.route.organizations.map((o) => o.id).sort()).toEqual([w.ids.countyPolice, w.ids.cityPolice].sort());
    const byStation = await w.as.stationApprover.post(`/api/v1/access-requests/${r.body.id}/refuse`, {
      reason: '不批',
    });
    refused(byStation, 403, 'PSVIS_ERR_APPROVER_LEVEL');
    const byCity = await w.as.cityApprover.post<RequestView>(`/api/v1/access-requests/${r.body.id}/refuse`, {
      reason: '理由不充分：未附立案材料',
    });
    expect(byCity.body).toMatchObject({ status: 'refused', decision: { note: '理由不充分：未附立案材料' } });
  });

  it('direct connection (安徽 第二十条): approved, time-boxed, live only', async () => {
    const r = await w.as.officer1.post<RequestView>('/api/v1/access-requests', {
      type: 'direct_connection',
      requesterKind: 'police',
      legalBasis: '《安徽省公共安全视频图像信息系统管理办法》第二十条',
      purpose: '重大活动安保',
      cameraIds: [w.ids.cameraA],
      officers: copyRequest(w).officers,
      validUntil: '2026-05-03T00:00:00.000Z',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ accessKind: 'connect', route: { article: '安徽 第二十条' } });
    await w.as.approver.post(`/api/v1/access-requests/${r.body.id}/approve`, {
      document: { number: '蜀公(治)审字〔2026〕3号', issuer: '合肥市公安局蜀山分局', date: '2026-05-02' },
    });
    expect((await upload(w.as.officer2, r.body.id, SCAN)).status).toBe(200);
    const opened = await w.as.officer1.post(`/api/v1/access-requests/${r.body.id}/sittings`, {
      partner: { username: 'officer2', password: w.password('officer2') },
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    // The grant lets the live request through: the camera has no stream in this test.
    const live = await w.as.officer1.get(`/api/v1/cameras/${w.ids.cameraA}/live.m3u8`);
    expect([live.status, live.body['code']]).toEqual([503, 'PSVIS_ERR_LIVE_UNAVAILABLE']);
    const recorded = await raw(
      w.as.officer1,
      `/api/v1/cameras/${w.ids.cameraA}/recordings.m3u8?from=${at(0)}&to=${at(4_000)}`,
    );
    expect(recorded.status).toBe(403);
  });

  it('a citizen’s request (国家 第二十一条): the unit consents or refuses with reasons; on-site viewing under the unit’s account, registered, no copy', async () => {
    const body = {
      type: 'citizen',
      citizen: {
        name: '张三',
        idType: 'resident_id',
        idNumber: '340104199001011234',
        relation: 'close_relative',
        subjectName: '张小明',
        reason: 'life_health',
      },
      purpose: '寻找走失儿童张小明的去向',
      items: [{ cameraId: w.ids.cameraA, from: at(0), to: at(8_000) }],
    };
    const created = await w.as.unitOperator.post<RequestView>('/api/v1/access-requests', body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const c = created.body;
    expect(c).toMatchObject({
      type: 'citizen',
      requestingUnit: '张三（近亲属）',
      route: { article: '国家 第二十一条', approval: 'unit_consent', role: 'unit_manager' },
    });
    const before = await count('PSVIS_ERR_APPROVER_ROLE', c.id);
    refused(
      await w.as.unitOperator.post(`/api/v1/access-requests/${c.id}/consent`, {}),
      403,
      'PSVIS_ERR_APPROVER_ROLE',
    );
    await audited('PSVIS_ERR_APPROVER_ROLE', before, c.id);
    const consented = await w.as.unitManager.post<RequestView>(`/api/v1/access-requests/${c.id}/consent`, {
      note: '同意现场查阅',
    });
    expect(consented.body).toMatchObject({ status: 'approved', active: true });

    const second = await w.as.unitOperator.post<RequestView>('/api/v1/access-requests', body);
    const no = await w.as.unitManager.post<RequestView>(`/api/v1/access-requests/${second.body.id}/refuse`, {
      reason: '画面涉及他人隐私，且已移交公安机关处理',
    });
    expect(no.body).toMatchObject({ status: 'refused', decision: { note: '画面涉及他人隐私，且已移交公安机关处理' } });

    const sittings = `/api/v1/access-requests/${c.id}/sittings`;
    refused(await w.as.unitOperator.post(sittings, {}), 400, 'PSVIS_ERR_VALIDATION');
    const opened = await w.as.unitOperator.post<SittingView>(sittings, { identityChecked: true });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const play = await raw(
      w.as.unitOperator,
      `/api/v1/cameras/${w.ids.cameraA}/recordings.m3u8?from=${at(0)}&to=${at(8_000)}`,
    );
    expect(play.status).toBe(200);
    const other = await w.as.unitOperator.get(
      `/api/v1/cameras/${w.ids.cameraB}/timeline?from=${at(0)}&to=${at(8_000)}`,
    );
    expect(refused(other, 403, 'PSVIS_ERR_GRANT_SCOPE')['reason']).toBe('camera');
    const copy = await w.as.unitOperator.post('/api/v1/exports', {
      cameraId: w.ids.cameraA,
      from: at(0),
      to: at(4_000),
    });
    expect(refused(copy, 403, 'PSVIS_ERR_GRANT_SCOPE')['articles']).toEqual(['国家 第二十一条', '国家 第二十条']);

    const sheet = await w.as.unitManager.get<RegisterSheet>(`/api/v1/access-requests/${c.id}/register`);
    expect(sheet.body.rows).toHaveLength(1);
    expect(sheet.body.rows[0]).toMatchObject({
      action: 'playback',
      accessorNames: ['张三（近亲属）', USERS.unitOperator.name],
      requestingUnit: '张三（近亲属）',
      destination: '现场查阅，不得复制（国家 第二十一条）',
      recordedBy: USERS.unitOperator.name,
    });

    // Closing the sitting gives the operator their own unit's view back.
    const closed = await w.as.unitOperator.post<SittingView>(`${sittings}/${opened.body.id}/close`, {});
    expect(closed.body.closedAt).not.toBeNull();
    const own = await w.as.unitOperator.get(`/api/v1/cameras/${w.ids.cameraB}/timeline?from=${at(0)}&to=${at(8_000)}`);
    expect(own.status).toBe(200);
  });

  it('describes the routes in the OpenAPI document, the three request types included', async () => {
    const doc = await w.t.admin.get<{ paths: Record<string, Record<string, { requestBody?: unknown }>> }>(
      '/api/v1/openapi.json',
    );
    expect(doc.status).toBe(200);
    for (const path of [
      '/api/v1/access-requests',
      '/api/v1/access-requests/{id}/approve',
      '/api/v1/access-requests/{id}/approval-document',
      '/api/v1/access-requests/{id}/sittings',
      '/api/v1/access-requests/{id}/register',
    ]) {
      expect(Object.keys(doc.body.paths), path).toContain(path);
    }
    const create = JSON.stringify(doc.body.paths['/api/v1/access-requests']?.['post']?.requestBody);
    for (const type of ['footage', 'direct_connection', 'citizen']) expect(create).toContain(`"${type}"`);
  });

  it('keeps requests from whom they do not concern: another unit’s manager gets 404, audited', async () => {
    const r = await w.as.outsider.get(`/api/v1/access-requests/${req.id}`);
    expect([r.status, r.body['code']]).toEqual([404, 'PSVIS_ERR_NOT_FOUND']);
    const [event] = await w.events('governance.access.refused', req.id);
    expect(event?.details).toMatchObject({ code: 'PSVIS_ERR_NOT_FOUND', attempted: 'read access request' });
    const list = await w.as.outsider.get<{ items: RequestView[] }>('/api/v1/access-requests');
    expect(list.body.items).toEqual([]);
  });
});
