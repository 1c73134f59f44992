import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_ENGINES } from './support/databases.ts';
import { ApiClient, startTestPsvis, type TestPsvis } from './support/psvis.ts';

const ids = { camera: '21010200001320000001' };

describe.each(DATABASE_ENGINES)('registry API on %s', (engine) => {
  let t: TestPsvis;
  const made: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestPsvis(engine);
    const a = t.admin;
    const post = async (path: string, body: unknown) => {
      const r = await a.post(path, body);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return String(r.body['id']);
    };
    // Two provinces, a city under the first, a police org for each, two units in the city.
    made['ln'] = await post('/api/v1/jurisdictions', { name: '辽宁省', level: 'province', profileId: 'liaoning-2008' });
    made['sy'] = await post('/api/v1/jurisdictions', { name: '沈阳市', level: 'city', parentId: made['ln'] });
    made['ah'] = await post('/api/v1/jurisdictions', { name: '安徽省', level: 'province', profileId: 'anhui-2017' });
    made['unitA'] = await post('/api/v1/organizations', {
      name: '甲酒店',
      kind: 'unit',
      jurisdictionId: made['sy'],
      industry: 'hotel',
    });
    made['unitB'] = await post('/api/v1/organizations', {
      name: '乙学校',
      kind: 'unit',
      jurisdictionId: made['sy'],
      industry: 'education',
    });
    made['policeLN'] = await post('/api/v1/organizations', {
      name: '辽宁省公安厅',
      kind: 'police',
      jurisdictionId: made['ln'],
      isGovernment: true,
    });
    made['policeAH'] = await post('/api/v1/organizations', {
      name: '安徽省公安厅',
      kind: 'police',
      jurisdictionId: made['ah'],
      isGovernment: true,
    });
    made['siteA'] = await post('/api/v1/sites', { orgId: made['unitA'], name: '大堂', placeCategory: 'hotel' });
    made['systemA'] = await post('/api/v1/systems', {
      orgId: made['unitA'],
      name: '甲酒店监控系统',
      lifecycle: 'in_use',
      inUseAt: '2026-01-05',
    });
    made['cameraA'] = await post('/api/v1/cameras', {
      systemId: made['systemA'],
      siteId: made['siteA'],
      name: '大门',
      deviceId: ids.camera,
      locationCategory: 'entrance',
      mainStreamUrl: 'rtsp://127.0.0.1:8554/cam/1',
    });
    for (const [username, org, role] of [
      ['manager-a', made['unitA'], 'unit_manager'],
      ['manager-b', made['unitB'], 'unit_manager'],
      ['operator-a', made['unitA'], 'unit_operator'],
      ['police-ln', made['policeLN'], 'police_officer'],
      ['police-ah', made['policeAH'], 'police_officer'],
    ] as const) {
      const r = await a.post('/api/v1/users', { username, orgId: org, role, password: `${username}-password` });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  async function as(username: string): Promise<ApiClient> {
    const c = t.client();
    const r = await c.login(username, `${username}-password`);
    expect(r.status).toBe(200);
    return c;
  }

  it('lets the admin read back every record it created, with pagination', async () => {
    const page1 = await t.admin.get<{ items: { id: string }[]; nextCursor: string | null }>(
      '/api/v1/organizations?limit=2',
    );
    expect(page1.status).toBe(200);
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.nextCursor).not.toBeNull();
    const page2 = await t.admin.get<{ items: { id: string }[]; nextCursor: string | null }>(
      `/api/v1/organizations?limit=2&cursor=${page1.body.nextCursor ?? ''}`,
    );
    const seen = [...page1.body.items, ...page2.body.items].map((o) => o.id);
    expect(new Set(seen).size).toBe(seen.length);
    const cam = await t.admin.get(`/api/v1/cameras/${made['cameraA'] ?? ''}`);
    expect(cam.body).toMatchObject({
      deviceId: ids.camera,
      orgId: made['unitA'],
      locationCategory: 'entrance',
      enabled: true,
    });
    const filtered = await t.admin.get<{ items: unknown[] }>(`/api/v1/cameras?systemId=${made['systemA'] ?? ''}&q=大`);
    expect(filtered.body.items).toHaveLength(1);
  });

  // Every registry route, called by a unit user of another organization: what they cannot see is
  // 404 (existence hidden), never the record.
  const scopedRoutes = (k: 'siteA' | 'systemA' | 'cameraA' | 'unitA', path: string, patch: unknown) =>
    [
      ['GET', `${path}/ID`, undefined, k],
      ['PATCH', `${path}/ID`, patch, k],
      ['DELETE', `${path}/ID`, undefined, k],
    ] as const;
  const routes = [
    ...scopedRoutes('unitA', '/api/v1/organizations', { contactName: 'x' }),
    ...scopedRoutes('siteA', '/api/v1/sites', { name: 'x' }),
    ...scopedRoutes('systemA', '/api/v1/systems', { name: 'x' }),
    ...scopedRoutes('cameraA', '/api/v1/cameras', { name: 'x' }),
  ];

  it.each(routes)('another unit gets 404 for %s %s', async (method, path, body, key) => {
    const b = await as('manager-b');
    const r = await b.request(method, path.replace('ID', made[key] ?? ''), body);
    expect(r.status).toBe(404);
    expect(r.body['code']).toBe('PSVIS_ERR_NOT_FOUND');
    expect(r.body['details']).toMatchObject({
      messageZh: expect.stringMatching(/^未找到(单位|场所|视频系统|摄像机) /) as unknown,
      messageEn: expect.stringMatching(/ not found$/) as unknown,
    });
    expect(JSON.stringify(r.body)).not.toContain('甲酒店');
  });

  it('another unit cannot create records under an organization it cannot see', async () => {
    const b = await as('manager-b');
    expect((await b.post('/api/v1/sites', { orgId: made['unitA'], name: 'x', placeCategory: 'hotel' })).status).toBe(
      404,
    );
    expect((await b.post('/api/v1/systems', { orgId: made['unitA'], name: 'x' })).status).toBe(404);
    const cam = await b.post('/api/v1/cameras', {
      systemId: made['systemA'],
      siteId: made['siteA'],
      name: 'x',
      deviceId: '21010200001320000099',
      locationCategory: 'entrance',
    });
    expect(cam.status).toBe(404);
  });

  it.each(['/api/v1/organizations', '/api/v1/sites', '/api/v1/systems', '/api/v1/cameras'])(
    'another unit lists none of the first unit records at %s',
    async (path) => {
      const b = await as('manager-b');
      const r = await b.get<{ items: { id: string }[] }>(path);
      expect(r.status).toBe(200);
      const listed = r.body.items.map((i) => i.id);
      for (const key of ['unitA', 'siteA', 'systemA', 'cameraA']) expect(listed).not.toContain(made[key]);
    },
  );

  it('a police officer sees units in its jurisdiction subtree and 404s outside it', async () => {
    const inside = await as('police-ln');
    const cams = await inside.get<{ items: { id: string }[] }>('/api/v1/cameras');
    expect(cams.body.items.map((c) => c.id)).toContain(made['cameraA']);
    expect((await inside.get(`/api/v1/sites/${made['siteA'] ?? ''}`)).status).toBe(200);
    // Seeing is not changing: a police officer may not edit a unit's camera (existence known: 403).
    const edit = await inside.patch(`/api/v1/cameras/${made['cameraA'] ?? ''}`, { name: 'x' });
    expect(edit.status).toBe(403);
    expect(edit.body['code']).toBe('PSVIS_ERR_FORBIDDEN');
    expect(edit.body['details']).toMatchObject({
      messageZh: '公安民警不能修改摄像机',
      messageEn: 'role police_officer may not change cameras',
    });

    const outside = await as('police-ah');
    for (const [path, key] of [
      ['/api/v1/organizations', 'unitA'],
      ['/api/v1/sites', 'siteA'],
      ['/api/v1/systems', 'systemA'],
      ['/api/v1/cameras', 'cameraA'],
      ['/api/v1/jurisdictions', 'sy'],
    ] as const) {
      const one = await outside.get(`${path}/${made[key] ?? ''}`);
      expect(one.status, path).toBe(404);
      const list = await outside.get<{ items: { id: string }[] }>(path);
      expect(list.body.items.map((i) => i.id)).not.toContain(made[key]);
    }
  });

  it('a unit operator can read its unit but not change it (403)', async () => {
    const op = await as('operator-a');
    expect((await op.get(`/api/v1/cameras/${made['cameraA'] ?? ''}`)).status).toBe(200);
    const r = await op.patch(`/api/v1/cameras/${made['cameraA'] ?? ''}`, { name: 'x' });
    expect(r.status).toBe(403);
    expect((await op.post('/api/v1/jurisdictions', { name: 'x', level: 'city' })).status).toBe(403);
  });

  it('audits refused requests on scoped objects and every registry change', async () => {
    const b = await as('manager-b');
    await b.get(`/api/v1/cameras/${made['cameraA'] ?? ''}`);
    const events = await t.admin.get<{
      items: { action: string; targetId: string | null; details: Record<string, unknown> }[];
    }>(`/api/v1/audit/events?action=access.denied&targetId=${made['cameraA'] ?? ''}`);
    expect(events.body.items.length).toBeGreaterThan(0);
    expect(events.body.items[0]?.details['code']).toBe('PSVIS_ERR_NOT_FOUND');
    const created = await t.admin.get<{ items: unknown[] }>(
      `/api/v1/audit/events?action=registry.camera.create&targetId=${made['cameraA'] ?? ''}`,
    );
    expect(created.body.items).toHaveLength(1);
  });

  it('refuses a state-changing request without the CSRF token, and with a wrong one', async () => {
    const m = await as('manager-a');
    const body = { orgId: made['unitA'], name: '后门', placeCategory: 'hotel' };
    const none = await m.request('POST', '/api/v1/sites', body, { csrf: null });
    expect(none.status).toBe(403);
    expect(none.body['code']).toBe('PSVIS_ERR_CSRF');
    const wrong = await m.request('POST', '/api/v1/sites', body, { csrf: 'not-the-token' });
    expect(wrong.body['code']).toBe('PSVIS_ERR_CSRF');
    expect(wrong.body['details']).toMatchObject({
      messageZh: expect.stringContaining('缺少 x-csrf-token 请求头或其值不正确') as unknown,
      messageEn: expect.stringContaining('missing or wrong x-csrf-token header') as unknown,
    });
    const ok = await m.post('/api/v1/sites', body);
    expect(ok.status).toBe(201);
  });

  it('answers unauthenticated requests with 401', async () => {
    const anon = t.client();
    const r = await anon.get('/api/v1/cameras');
    expect(r.status).toBe(401);
    expect(r.body['code']).toBe('PSVIS_ERR_UNAUTHENTICATED');
    expect(r.body['details']).toMatchObject({
      messageZh: '请先登录（POST /api/v1/auth/login）；登录可能已过期',
      messageEn: 'sign in first (POST /api/v1/auth/login); the session may have expired',
    });
  });

  it('rejects a 19-digit camera ID, a non-camera type code, an unknown category and bad JSON with their codes', async () => {
    const base = { systemId: made['systemA'], siteId: made['siteA'], name: 'x', locationCategory: 'entrance' };
    const short = await t.admin.post('/api/v1/cameras', { ...base, deviceId: '2101020000132000001' });
    expect(short.status).toBe(400);
    expect(short.body['code']).toBe('PSVIS_ERR_DEVICE_ID');
    expect(String(short.body['message'])).toContain('19 digits');
    expect(short.body['details']).toMatchObject({
      deviceId: '2101020000132000001',
      length: 19,
      messageZh: expect.stringContaining('设备编码须为 20 位数字') as unknown,
      messageEn: expect.stringContaining('has 19 digits') as unknown,
    });
    const server = await t.admin.post('/api/v1/cameras', { ...base, deviceId: '21010200002000000001' });
    expect(server.body['code']).toBe('PSVIS_ERR_DEVICE_ID');
    expect(String(server.body['message'])).toContain('131');
    expect(server.body['details']).toMatchObject({
      typeCode: 200,
      messageZh: expect.stringContaining('不是摄像机') as unknown,
      messageEn: expect.stringContaining('which is not a camera') as unknown,
    });
    const cat = await t.admin.post('/api/v1/cameras', {
      ...base,
      deviceId: '21010200001320000002',
      locationCategory: 'no_such_place',
    });
    expect(cat.status).toBe(400);
    expect(cat.body['code']).toBe('PSVIS_ERR_UNKNOWN_CATEGORY');
    expect(cat.body['details']).toMatchObject({
      messageZh: expect.stringContaining('未知的安装部位“no_such_place”') as unknown,
      messageEn: expect.stringContaining('unknown location category "no_such_place"') as unknown,
    });
    const site = await t.admin.post('/api/v1/sites', {
      orgId: made['unitA'],
      name: 'x',
      placeCategory: 'no_such_place',
    });
    expect(site.body['code']).toBe('PSVIS_ERR_UNKNOWN_CATEGORY');
    const json = await t.admin.request('POST', '/api/v1/sites', undefined, { rawBody: '{"name": ' });
    expect(json.status).toBe(400);
    expect(json.body['code']).toBe('PSVIS_ERR_BAD_JSON');
    const missing = await t.admin.post('/api/v1/sites', { orgId: made['unitA'] });
    expect(missing.body['code']).toBe('PSVIS_ERR_VALIDATION');
    expect(String(missing.body['message'])).toContain('name');
    const dup = await t.admin.post('/api/v1/cameras', { ...base, deviceId: ids.camera });
    expect(dup.status).toBe(409);
    expect(dup.body['code']).toBe('PSVIS_ERR_CONFLICT');
    expect(dup.body['details']).toMatchObject({
      messageZh: `设备编码为 ${ids.camera} 的摄像机已存在`,
      messageEn: `camera with device ID ${ids.camera} already exists`,
    });
    const conflict = dup.body['details'] as Record<string, unknown>;
    expect(dup.body['message']).toBe(`${String(conflict['messageZh'])} / ${String(conflict['messageEn'])}`);
  });

  it('never sends a stack trace', async () => {
    const r = await t.admin.request('POST', '/api/v1/cameras', undefined, { rawBody: '[1,2' });
    expect(JSON.stringify(r.body)).not.toMatch(/at .*\.ts:\d+/);
  });
});
