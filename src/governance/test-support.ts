// Test set-up for governance (tests only): a started psvis on a manual clock with a Liaoning unit
// (辽宁省 > 沈阳市 > 和平区, a public entertainment venue with two cameras and a system in use), the
// police of its district, a regulator of its industry, an unrelated unit, a user of each role,
// and helpers to fetch a PDF and read its text back with pdftotext (Debian's poppler-utils).
import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { ManualClock } from '../clock.ts';
import { ADMIN_PASSWORD, ApiClient, startTestPsvis, type TestPsvis } from '../../test/support/psvis.ts';
import { create } from '../../test/support/registry.ts';

/** The password every test user gets. */
const PASSWORD = 'governance-test-password';

/** What `startGovernanceTest` registered. */
export interface GovernanceTest {
  t: TestPsvis;
  clock: ManualClock;
  unitId: string;
  otherUnitId: string;
  policeId: string;
  systemId: string;
  siteId: string;
  cameraIds: [string, string];
  /** Signed-in clients by role: unit_manager, unit_operator, police_officer, police_approver, regulator, other_manager. */
  as: Record<'manager' | 'operator' | 'officer' | 'approver' | 'regulator' | 'outsider', ApiClient>;
  /** Moves the clock and signs every client in again (sessions expire as the clock moves). */
  setClock(iso: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts psvis at `startIso` and registers the unit, its supervisors and users. */
export async function startGovernanceTest(
  engine: 'sqlite' | 'postgres',
  startIso = '2026-03-02T02:00:00Z',
): Promise<GovernanceTest> {
  const clock = new ManualClock(startIso);
  const t = await startTestPsvis(engine, { clock, env: { PSVIS_RESTREAM: 'false' } });
  const admin = t.admin;
  const province = await create(admin, '/api/v1/jurisdictions', {
    name: '辽宁省',
    level: 'province',
    profileId: 'liaoning-2008',
  });
  const city = await create(admin, '/api/v1/jurisdictions', { name: '沈阳市', level: 'city', parentId: province });
  const district = await create(admin, '/api/v1/jurisdictions', { name: '和平区', level: 'district', parentId: city });
  const unitId = await create(admin, '/api/v1/organizations', {
    name: '甲娱乐城（喆昇）',
    kind: 'unit',
    jurisdictionId: district,
    industry: 'culture',
    creditCode: '91210102MA0TEST01X',
    address: '辽宁省沈阳市和平区南京北街1号',
    contactName: '张三',
    contactPhone: '024-12345678',
  });
  const otherUnitId = await create(admin, '/api/v1/organizations', {
    name: '乙宾馆',
    kind: 'unit',
    jurisdictionId: district,
    industry: 'hotel',
  });
  const policeId = await create(admin, '/api/v1/organizations', {
    name: '沈阳市公安局和平分局',
    kind: 'police',
    jurisdictionId: district,
  });
  const regulatorId = await create(admin, '/api/v1/organizations', {
    name: '沈阳市文化旅游局',
    kind: 'regulator',
    jurisdictionId: city,
    industry: 'culture',
  });
  const siteId = await create(admin, '/api/v1/sites', {
    orgId: unitId,
    name: '一层大厅',
    placeCategory: 'culture_sports_entertainment',
    address: '南京北街1号一层',
    isPublic: true,
  });
  const systemId = await create(admin, '/api/v1/systems', {
    orgId: unitId,
    name: '娱乐城视频监控系统',
    lifecycle: 'in_use',
    inUseAt: '2025-12-01',
  });
  const cameraIds: [string, string] = [
    await create(admin, '/api/v1/cameras', {
      systemId,
      siteId,
      name: '正门',
      deviceId: '21010200001320000101',
      locationCategory: 'entrance',
      signage: true,
      retentionDays: 30,
    }),
    await create(admin, '/api/v1/cameras', {
      systemId,
      siteId,
      name: '收银台',
      deviceId: '21010200001320000102',
      locationCategory: 'cash_counter',
    }),
  ];
  const users: [keyof GovernanceTest['as'], string, string][] = [
    ['manager', unitId, 'unit_manager'],
    ['operator', unitId, 'unit_operator'],
    ['officer', policeId, 'police_officer'],
    ['approver', policeId, 'police_approver'],
    ['regulator', regulatorId, 'regulator'],
    ['outsider', otherUnitId, 'unit_manager'],
  ];
  const as = {} as GovernanceTest['as'];
  for (const [key, orgId, role] of users) {
    const r = await admin.post('/api/v1/users', {
      username: `${key}-user`,
      displayName: { officer: '李警官', approver: '王所长', manager: '张经理' }[key as string] ?? key,
      orgId,
      role,
      password: PASSWORD,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const client = t.client();
    expect((await client.login(`${key}-user`, PASSWORD)).status).toBe(200);
    as[key] = client;
  }
  return {
    t,
    clock,
    unitId,
    otherUnitId,
    policeId,
    systemId,
    siteId,
    cameraIds,
    as,
    async setClock(iso: string) {
      clock.set(iso);
      await admin.login('admin', ADMIN_PASSWORD);
      for (const [key] of users) await as[key].login(`${key}-user`, PASSWORD);
    },
    close: () => t.close(),
  };
}

/** Audit events of an action (admin's view), newest first. */
export async function auditEvents(
  t: TestPsvis,
  action: string,
  targetId?: string,
): Promise<{ action: string; actorUserId: string | null; details: Record<string, unknown> }[]> {
  const q = `/api/v1/audit/events?action=${encodeURIComponent(action)}${targetId === undefined ? '' : `&targetId=${targetId}`}`;
  const r = await t.admin.get<{
    items: { action: string; actorUserId: string | null; details: Record<string, unknown> }[];
  }>(q);
  expect(r.status).toBe(200);
  return r.body.items;
}

/** A binary GET with the client's session: status, content type and bytes. */
export async function getBytes(
  client: ApiClient,
  path: string,
): Promise<{ status: number; contentType: string | null; bytes: Buffer }> {
  const res = await fetch(client.base + path, { headers: client.cookie === null ? {} : { cookie: client.cookie } });
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    bytes: Buffer.from(await res.arrayBuffer()),
  };
}

/** The text of a PDF as pdftotext extracts it, with all white space removed (table cells wrap lines). */
export function pdfText(pdf: Buffer): string {
  const out = spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf, maxBuffer: 64 * 1024 * 1024 });
  if (out.error !== undefined) throw new Error(`pdftotext (Debian's poppler-utils) is needed: ${out.error.message}`);
  expect(out.status, out.stderr.toString()).toBe(0);
  return out.stdout.toString('utf8').replace(/\s+/g, '');
}

/** Page count as pdfinfo reports it. */
export function pdfPages(pdf: Buffer): number {
  const out = spawnSync('pdfinfo', ['-'], { input: pdf });
  const m = /Pages:\s+(\d+)/.exec(out.stdout.toString());
  return Number(m?.[1] ?? 0);
}

/**
 * Asserts an error body has the shape of the registry's refusals (src/compliance/guards.ts
 * refusalError): a Chinese and an English message in details, `message` "<zh> / <en>"; and, when
 * `articles` is given, that it cites exactly those. Returns the details.
 */
export function expectBilingual(body: Record<string, unknown>, articles?: readonly string[]): Record<string, unknown> {
  const details = body['details'] as Record<string, unknown>;
  const zh = details['messageZh'];
  const en = details['messageEn'];
  expect(typeof zh, JSON.stringify(body)).toBe('string');
  expect(typeof en, JSON.stringify(body)).toBe('string');
  // Chinese words beyond the citations, and English words beyond them.
  expect(String(zh).replace(/[^\u4e00-\u9fff]/g, '').length).toBeGreaterThan(4);
  expect(String(en)).toMatch(/[a-z]{3,}/);
  expect(zh).not.toBe(en);
  expect(body['message']).toBe(`${String(zh)} / ${String(en)}`);
  if (articles !== undefined) {
    expect(details['articles']).toEqual(articles);
    for (const a of articles) {
      expect(String(zh), a).toContain(a);
      expect(String(en), a).toContain(a);
    }
  }
  return details;
}
