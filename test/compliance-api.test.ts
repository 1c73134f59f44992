import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock.ts';
import { articleExists } from '../src/compliance/articles/index.ts';
import { DATABASE_ENGINES } from './support/databases.ts';
import { ADMIN_PASSWORD, startTestPsvis, type ApiClient, type TestPsvis } from './support/psvis.ts';

interface Finding {
  ruleId: string;
  article: string;
  state: string;
  subjectRef: string;
  noteZh?: string;
  noteEn?: string;
}
interface FindingsBody {
  organizations: { orgId: string; findings: Finding[] }[];
}

async function unitIn(admin: ApiClient, profileId: string, placeCategory: string) {
  const post = async (path: string, body: unknown) => {
    const r = await admin.post(path, body);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return String(r.body['id']);
  };
  const jur = await post('/api/v1/jurisdictions', { name: `${profileId} 辖区`, level: 'city', profileId });
  const org = await post('/api/v1/organizations', { name: `${profileId} 单位`, kind: 'unit', jurisdictionId: jur });
  const site = await post('/api/v1/sites', { orgId: org, name: '场所', placeCategory });
  const system = await post('/api/v1/systems', {
    orgId: org,
    name: '系统',
    lifecycle: 'in_use',
    inUseAt: '2019-06-03',
  });
  return { jur, org, site, system };
}

let serial = 10;
const deviceId = () => `2101020000132${String(serial++).padStart(7, '0')}`;

describe.each(DATABASE_ENGINES)('compliance through the API on %s', (engine) => {
  let t: TestPsvis;
  const clock = new ManualClock('2020-01-01T04:00:00Z');
  beforeAll(async () => {
    t = await startTestPsvis(engine, { clock });
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a camera in a KTV private room in Tengchong as of 2020-01-01, citing 腾冲 第十四条(一), and audits the refusal', async () => {
    clock.set('2020-01-01T04:00:00Z');
    await t.admin.login('admin', ADMIN_PASSWORD);
    const u = await unitIn(t.admin, 'tengchong-2017', 'culture_sports_entertainment');
    const r = await t.admin.post('/api/v1/cameras', {
      systemId: u.system,
      siteId: u.site,
      name: '包房',
      deviceId: deviceId(),
      locationCategory: 'entertainment_private_room',
    });
    expect(r.status).toBe(422);
    expect(r.body['code']).toBe('PSVIS_ERR_PROHIBITED_LOCATION');
    const details = r.body['details'] as { citations: { article: string }[]; penaltyRangeZh: string };
    expect(details.citations.map((c) => c.article)).toContain('腾冲 第十四条(一)');
    expect(details.penaltyRangeZh.length).toBeGreaterThan(0);
    const events = await t.admin.get<{ items: { details: Record<string, unknown> }[] }>(
      `/api/v1/audit/events?action=registry.camera.refused&targetId=${u.site}`,
    );
    expect(events.body.items).toHaveLength(1);
    expect(events.body.items[0]?.details['code']).toBe('PSVIS_ERR_PROHIBITED_LOCATION');
  });

  it('refuses a camera in a restaurant private room in Qingdao from the national 条例 (国家 第八条(一)) as of 2026-01-01', async () => {
    clock.set('2026-01-01T04:00:00Z');
    await t.admin.login('admin', ADMIN_PASSWORD);
    const u = await unitIn(t.admin, 'qingdao-2010-rev2020', 'catering');
    const r = await t.admin.post('/api/v1/cameras', {
      systemId: u.system,
      siteId: u.site,
      name: '包间',
      deviceId: deviceId(),
      locationCategory: 'restaurant_private_room',
    });
    expect(r.status).toBe(422);
    const details = r.body['details'] as { citations: { article: string }[] };
    expect(details.citations.map((c) => c.article)).toContain('国家 第八条(一)');
  });

  it('refuses a retention below the national floor at a 国家 第七条 place, citing 国家 第十七条', async () => {
    clock.set('2026-01-01T04:00:00Z');
    await t.admin.login('admin', ADMIN_PASSWORD);
    const u = await unitIn(t.admin, 'liaoning-2008', 'culture_sports_entertainment');
    const r = await t.admin.post('/api/v1/cameras', {
      systemId: u.system,
      siteId: u.site,
      name: '入口',
      deviceId: deviceId(),
      locationCategory: 'entrance',
      retentionDays: 20,
    });
    expect(r.status).toBe(422);
    expect(r.body['code']).toBe('PSVIS_ERR_RETENTION_FLOOR');
    expect(JSON.stringify(r.body['details'])).toContain('国家 第十七条');
    const ok = await t.admin.post('/api/v1/cameras', {
      systemId: u.system,
      siteId: u.site,
      name: '入口',
      deviceId: deviceId(),
      locationCategory: 'entrance',
      retentionDays: 30,
    });
    expect(ok.status).toBe(201);
  });

  it('serves findings whose articles all exist, and an advisory duty marked done turns ok', async () => {
    clock.set('2026-01-01T04:00:00Z');
    await t.admin.login('admin', ADMIN_PASSWORD);
    const u = await unitIn(t.admin, 'anhui-2017', 'education');
    const before = await t.admin.get<FindingsBody>(`/api/v1/compliance/findings?orgId=${u.org}`);
    expect(before.status).toBe(200);
    const findings = before.body.organizations[0]?.findings ?? [];
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(articleExists(f.article), f.article).toBe(true);
    // The system went into use in 2019 and was never filed: overdue under 安徽 第十三条.
    expect(findings.some((f) => f.state === 'overdue' && f.article.startsWith('安徽 第十三条'))).toBe(true);
    const advisory = findings.find((f) => f.state === 'needs_evidence');
    expect(advisory).toBeDefined();
    const mark = await t.admin.post('/api/v1/compliance/advisory-marks', {
      orgId: u.org,
      ruleId: advisory?.ruleId,
      doneAt: '2025-12-01',
      evidenceRef: '专家论证会议纪要 2025-12-01',
    });
    expect(mark.status).toBe(201);
    const after = await t.admin.get<FindingsBody>(`/api/v1/compliance/findings?orgId=${u.org}`);
    const same = after.body.organizations[0]?.findings.find(
      (f) => f.ruleId === advisory?.ruleId && f.subjectRef === advisory.subjectRef,
    );
    expect(same?.state).toBe('ok');
    // Filing recorded: the first-filing finding is no longer overdue.
    expect(
      (await t.admin.post('/api/v1/filings', { systemId: u.system, kind: 'first', submittedAt: '2025-12-15' })).status,
    ).toBe(201);
    const filed = await t.admin.get<FindingsBody>(`/api/v1/compliance/findings?orgId=${u.org}&state=overdue`);
    expect(filed.body.organizations[0]?.findings.some((f) => f.article.startsWith('安徽 第十三条'))).toBe(false);
  });

  it('names the training kind missing (青岛 第十九条(二)) and flags an open fault ticket until it is repaired (青岛 第十九条(三))', async () => {
    clock.set('2026-01-01T04:00:00Z');
    await t.admin.login('admin', ADMIN_PASSWORD);
    const u = await unitIn(t.admin, 'qingdao-2010-rev2020', 'commercial_center');
    const camera = await t.admin.post('/api/v1/cameras', {
      systemId: u.system,
      siteId: u.site,
      name: '收银台',
      deviceId: deviceId(),
      locationCategory: 'entrance',
      retentionDays: 30,
    });
    expect(camera.status, JSON.stringify(camera.body)).toBe(201);
    const cameraId = String(camera.body['id']);
    const findings = async (): Promise<Finding[]> => {
      const r = await t.admin.get<FindingsBody>(`/api/v1/compliance/findings?orgId=${u.org}&asOf=2026-01-01`);
      expect(r.status).toBe(200);
      return r.body.organizations[0]?.findings ?? [];
    };
    const train = async (heldAt: string, kinds: string[]) => {
      const r = await t.admin.post('/api/v1/training-records', {
        orgId: u.org,
        heldAt,
        topic: '监看人员培训',
        kinds,
        attendees: 5,
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    };

    await train('2025-11-01T02:00:00Z', ['confidentiality']);
    const missing = (await findings()).find((f) => f.ruleId === 'qd.training');
    expect(missing).toMatchObject({ state: 'needs_evidence', article: '青岛 第十九条(二)', subjectRef: u.org });
    expect(missing?.noteZh).toMatch(/^缺少岗位技能培训记录（青岛 第十九条\(二\) 要求岗位技能、保密培训）/);
    await train('2025-11-15T02:00:00Z', ['job_skills']);
    expect((await findings()).find((f) => f.ruleId === 'qd.training')?.state).toBe('ok');

    const opened = await t.admin.post('/api/v1/fault-tickets', {
      cameraId,
      description: '画面黑屏',
      openedAt: '2025-12-20T02:00:00Z',
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const ticketId = String(opened.body['id']);
    const open = (await findings()).filter((f) => f.ruleId.endsWith('.fault.open'));
    expect(open.map((f) => [f.ruleId, f.state, f.article, f.subjectRef]).sort()).toEqual([
      ['cn.fault.open', 'due', '国家 第十五条第一款', cameraId],
      ['qd.fault.open', 'due', '青岛 第十九条(三)', cameraId],
    ]);
    expect(open.find((f) => f.ruleId === 'qd.fault.open')?.noteZh).toBe(
      `故障单 ${ticketId} 自2025-12-20起未修复，应当及时修复（青岛 第十九条(三)）`,
    );
    const repaired = await t.admin.post(`/api/v1/fault-tickets/${ticketId}/repair`, {
      repairedAt: '2025-12-22T02:00:00Z',
      note: '更换电源适配器',
    });
    expect(repaired.status, JSON.stringify(repaired.body)).toBe(200);
    expect((await findings()).filter((f) => f.ruleId.endsWith('.fault.open'))).toEqual([]);
  });

  it('replays an inspection under the rules in force on a past date (asOf)', async () => {
    await t.admin.login('admin', ADMIN_PASSWORD);
    const u = await unitIn(t.admin, 'liaoning-2008', 'culture_sports_entertainment');
    const past = await t.admin.get<FindingsBody>(`/api/v1/compliance/findings?orgId=${u.org}&asOf=2024-06-01`);
    const articles = new Set(past.body.organizations[0]?.findings.map((f) => f.article));
    // Before 2025-04-01 the national 条例 was not in force.
    expect([...articles].some((a) => a.startsWith('国家'))).toBe(false);
    const now = await t.admin.get<FindingsBody>(`/api/v1/compliance/findings?orgId=${u.org}&asOf=2026-01-01`);
    expect(now.body.organizations[0]?.findings.some((f) => f.article.startsWith('国家'))).toBe(true);
  });

  it('lists categories and profiles for the console', async () => {
    const cats = await t.admin.get<{ places: { code: string }[]; locations: { code: string }[] }>('/api/v1/categories');
    expect(cats.body.places.map((p) => p.code)).toContain('hotel');
    expect(cats.body.locations.map((p) => p.code)).toContain('hotel_guest_room');
    const profiles = await t.admin.get<{ items: { id: string; rules: unknown[] }[] }>('/api/v1/compliance/profiles');
    expect(profiles.body.items.map((p) => p.id).sort()).toEqual(
      ['anhui-2017', 'liaoning-2008', 'national-2025', 'qingdao-2010-rev2020', 'tengchong-2017', 'weihai-2014'].sort(),
    );
  });
});

describe('psvis check on the seeded demo organization', () => {
  const dir = mkdtempSync(join(tmpdir(), 'psvis-check-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const run = (args: string[]) =>
    spawnSync(process.execPath, [resolve('bin/psvis.mjs'), ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', PSVIS_DATA_DIR: join(dir, 'data') },
      timeout: 60_000,
    });

  it('prints findings in JSON whose every article exists in the article index', () => {
    const seeded = run(['demo', 'seed']);
    expect(seeded.status, seeded.stderr).toBe(0);
    const orgId = /demo organization (\S+):/.exec(seeded.stdout)?.[1] ?? '';
    const out = run(['check', '--json', '--org', orgId, '--as-of', '2026-01-01']);
    expect(out.status, out.stderr).toBe(0);
    const body = JSON.parse(out.stdout) as FindingsBody;
    const findings = body.organizations.flatMap((o) => o.findings);
    expect(findings.length).toBeGreaterThan(5);
    for (const f of findings) expect(articleExists(f.article), f.article).toBe(true);
    expect(findings.some((f) => f.state === 'overdue')).toBe(true);
    const bad = run(['check', '--as-of', 'yesterday']);
    expect(bad.status).toBe(2);
  });
});
