// Test set-up for the access workflow (tests only): a started psvis on a fresh database with an
// 安徽 jurisdiction tree (province > city > district > police station), a unit under the station
// with two cameras, police organs at city, district and station level, a market regulator, their
// users signed in, and real recorded footage (ffmpeg-encoded H.264 through the SegmentWriter) on
// camera A: [0, 14 s) after WALL0, in 4 s files.
import { join } from 'node:path';
import { expect } from 'vitest';
import { startTestPsvis, type ApiClient, type TestPsvis } from '../../../test/support/psvis.ts';
import { ManualClock, systemClock } from '../../clock.ts';
import { SegmentIndex } from '../../recording/segment-index.ts';
import { SegmentWriter } from '../../recording/segment-writer.ts';
import { encodeTestH264, h264Frames } from '../../recording/test-media.ts';

/** Wall time of camera A's first recorded frame. */
export const WALL0 = Date.parse('2026-05-01T08:00:00.000Z');
/** An instant `ms` after WALL0, as the API takes it. */
export const at = (ms: number): string => new Date(WALL0 + ms).toISOString();

/** The users of the world, each signed in. */
export const USERS = {
  officer1: { role: 'police_officer', org: 'countyPolice', name: '王警官' },
  officer2: { role: 'police_officer', org: 'countyPolice', name: '李警官' },
  officer3: { role: 'police_officer', org: 'countyPolice', name: '赵警官' },
  approver: { role: 'police_approver', org: 'countyPolice', name: '蜀山分局局长' },
  cityApprover: { role: 'police_approver', org: 'cityPolice', name: '合肥市局局长' },
  stationApprover: { role: 'police_approver', org: 'stationPolice', name: '派出所所长' },
  inspector1: { role: 'regulator', org: 'regulator', name: '周科员' },
  inspector2: { role: 'regulator', org: 'regulator', name: '吴科员' },
  unitManager: { role: 'unit_manager', org: 'unit', name: '商场经理' },
  unitOperator: { role: 'unit_operator', org: 'unit', name: '值班员' },
  outsider: { role: 'unit_manager', org: 'otherUnit', name: '乙商店经理' },
} as const;

/** A user's name in the world. */
export type UserName = keyof typeof USERS;

/** The started world. */
export interface AccessWorld {
  t: TestPsvis;
  clock: ManualClock;
  ids: Record<
    | 'district'
    | 'unit'
    | 'otherUnit'
    | 'countyPolice'
    | 'cityPolice'
    | 'stationPolice'
    | 'regulator'
    | 'cameraA'
    | 'cameraB',
    string
  >;
  /** Signed-in clients, one per user. */
  as: Record<UserName, ApiClient>;
  /** A fresh client signed in as `user` (a second session). */
  session(user: UserName): Promise<ApiClient>;
  password(user: UserName): string;
  /** Recorded file ids of camera A, oldest first. */
  segments(): Promise<{ id: string; start_time: string; end_time: string }[]>;
  /** Audit events of `action` about `targetId` (admin's view), newest first. */
  events(action: string, targetId?: string): Promise<{ action: string; details: Record<string, unknown> }[]>;
  close(): Promise<void>;
}

const password = (user: string) => `${user}-password-for-tests`;

/** Starts the world on `engine` with a clock the test moves. */
export async function startAccessWorld(engine: 'sqlite' | 'postgres'): Promise<AccessWorld> {
  const clock = new ManualClock('2026-05-02T02:00:00.000Z');
  const t = await startTestPsvis(engine, { clock });
  const post = async (path: string, body: unknown): Promise<string> => {
    const r = await t.admin.post(path, body);
    expect(r.status, `${path} ${JSON.stringify(r.body)}`).toBe(201);
    return String(r.body['id']);
  };
  const province = await post('/api/v1/jurisdictions', { name: '安徽省', level: 'province', profileId: 'anhui-2017' });
  const city = await post('/api/v1/jurisdictions', { name: '合肥市', level: 'city', parentId: province });
  const district = await post('/api/v1/jurisdictions', { name: '蜀山区', level: 'district', parentId: city });
  const station = await post('/api/v1/jurisdictions', {
    name: '三里庵派出所辖区',
    level: 'police_station',
    parentId: district,
  });
  const org = (name: string, kind: string, jurisdictionId: string, industry?: string) =>
    post('/api/v1/organizations', { name, kind, jurisdictionId, ...(industry !== undefined ? { industry } : {}) });
  const ids = {
    district,
    unit: await org('甲商场', 'unit', station, 'commerce'),
    otherUnit: await org('乙商店', 'unit', station, 'commerce'),
    countyPolice: await org('合肥市公安局蜀山分局', 'police', district),
    cityPolice: await org('合肥市公安局', 'police', city),
    stationPolice: await org('三里庵派出所', 'police', station),
    regulator: await org('蜀山区市场监督管理局', 'regulator', district, 'commerce'),
    cameraA: '',
    cameraB: '',
  };
  const site = await post('/api/v1/sites', { orgId: ids.unit, name: '一层', placeCategory: 'commercial_center' });
  const system = await post('/api/v1/systems', {
    orgId: ids.unit,
    name: '商场监控',
    lifecycle: 'in_use',
    inUseAt: '2026-01-05',
  });
  const camera = (n: number) =>
    post('/api/v1/cameras', {
      systemId: system,
      siteId: site,
      name: `出入口 ${n}`,
      deviceId: `34010400001320${String(n).padStart(6, '0')}`,
      locationCategory: 'entrance',
    });
  ids.cameraA = await camera(1);
  ids.cameraB = await camera(2);

  for (const [username, u] of Object.entries(USERS)) {
    const r = await t.admin.post('/api/v1/users', {
      username,
      displayName: u.name,
      orgId: ids[u.org],
      role: u.role,
      password: password(username),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  }
  const session = async (user: UserName) => {
    const c = t.client();
    const r = await c.login(user, password(user));
    expect(r.status).toBe(200);
    return c;
  };
  const as = {} as Record<UserName, ApiClient>;
  for (const user of Object.keys(USERS) as UserName[]) as[user] = await session(user);

  // 14 s of 25 fps H.264 with a keyframe a second, written as the recorder writes it.
  const media = h264Frames(encodeTestH264({ seconds: 14, gop: 25 }));
  const writer = new SegmentWriter({
    cameraId: ids.cameraA,
    node: 'test-node',
    recordingsDir: join(t.db.dataDir, 'recordings'),
    index: new SegmentIndex(t.psvis.database.db, t.psvis.database.dialect, systemClock),
    clock: systemClock,
    segmentDurationMs: 4_000,
    wallTimeMs: (f) => WALL0 + f.pts / 90,
  });
  writer.setTracks([media.track]);
  for (const f of media.frames) writer.push(f);
  await writer.close();

  return {
    t,
    clock,
    ids,
    as,
    session,
    password,
    segments: () =>
      t.psvis.database.db
        .selectFrom('recording_segments')
        .select(['id', 'start_time', 'end_time'])
        .where('camera_id', '=', ids.cameraA)
        .orderBy('start_time')
        .execute(),
    async events(action, targetId) {
      const q = `/api/v1/audit/events?action=${encodeURIComponent(action)}${targetId !== undefined ? `&targetId=${targetId}` : ''}`;
      const r = await t.admin.get<{ items: { action: string; details: Record<string, unknown> }[] }>(q);
      expect(r.status).toBe(200);
      return r.body.items;
    },
    close: () => t.close(),
  };
}
