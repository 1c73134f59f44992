// Test set-up for delivery (tests only): a started psvis on a fresh database, plus an HTTP app
// carrying the delivery routes on the same identity, registry and audit log (the lead wires the
// routes into src/main.ts; until then the tests serve them beside it), a camera with real
// recorded footage (ffmpeg-encoded H.264 through the SegmentWriter) and a gap.
import { join } from 'node:path';
import pino from 'pino';
import type { FastifyInstance } from 'fastify';
import { ApiClient, ADMIN_PASSWORD, startTestPsvis, type TestPsvis } from '../../test/support/psvis.ts';
import { systemClock } from '../clock.ts';
import { buildApp } from '../http/app.ts';
import { authRoutes } from '../http/routes/auth.ts';
import { exportRoutes } from '../http/routes/exports.ts';
import { playbackRoutes } from '../http/routes/playback.ts';
import { SegmentIndex } from '../recording/segment-index.ts';
import { SegmentWriter } from '../recording/segment-writer.ts';
import { encodeTestH264, h264Frames } from '../recording/test-media.ts';
import { createDelivery, type Delivery, type DeliveryOptions } from './delivery.ts';

/** Wall time of the first recorded frame. */
export const WALL0 = Date.parse('2026-05-01T08:00:00.000Z');
/** Recorded: [0, 8 s) and [10 s, 14 s) after WALL0 at 25 fps, 1 s GOP, 4 s files; an 'offline' gap between. */
export const GOP_MS = 1000;

/** A psvis with the delivery routes and a recorded camera. */
export interface DeliveryTestApp {
  t: TestPsvis;
  app: FastifyInstance;
  delivery: Delivery;
  url: string;
  cameraId: string;
  orgId: string;
  /** A signed-in admin client of the delivery app. */
  admin: ApiClient;
  /** A client signed in as `username` (created as a unit_manager of a new organization when absent). */
  outsider(): Promise<ApiClient>;
  close(): Promise<void>;
}

/** Starts the set-up on `engine`; `deliveryOverrides` lets a test inject a failing export output. */
export async function startDeliveryTestApp(
  engine: 'sqlite' | 'postgres',
  deliveryOverrides: Partial<DeliveryOptions> = {},
): Promise<DeliveryTestApp> {
  const t = await startTestPsvis(engine);
  const { psvis } = t;
  const dataDir = t.db.dataDir;
  const recordingsDir = join(dataDir, 'recordings');
  const delivery = createDelivery({
    audit: psvis.audit,
    clock: systemClock,
    key: psvis.key,
    dataDir,
    recordingsDir,
    ...deliveryOverrides,
  });
  await delivery.start();
  const app = await buildApp({
    identity: psvis.identity,
    log: pino({ level: 'silent' }),
    secureCookie: false,
    sessionTtlMs: 3_600_000,
  });
  authRoutes(app, { identity: psvis.identity, secureCookie: false, sessionTtlMs: 3_600_000 });
  playbackRoutes(app, { identity: psvis.identity, registry: psvis.registry, delivery });
  exportRoutes(app, { identity: psvis.identity, registry: psvis.registry, delivery });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });

  const post = async (path: string, body: unknown) => {
    const r = await t.admin.post(path, body);
    if (r.status !== 201) throw new Error(`${path}: ${r.status} ${JSON.stringify(r.body)}`);
    return String(r.body['id']);
  };
  const jur = await post('/api/v1/jurisdictions', { name: '沈阳市', level: 'city', profileId: 'liaoning-2008' });
  const orgId = await post('/api/v1/organizations', {
    name: '甲酒店',
    kind: 'unit',
    jurisdictionId: jur,
    industry: 'hotel',
  });
  const site = await post('/api/v1/sites', { orgId, name: '大堂', placeCategory: 'hotel' });
  const system = await post('/api/v1/systems', { orgId, name: '监控系统', lifecycle: 'in_use', inUseAt: '2026-01-05' });
  const cameraId = await post('/api/v1/cameras', {
    systemId: system,
    siteId: site,
    name: '大门',
    deviceId: '21010200001320000001',
    locationCategory: 'entrance',
  });

  const media = h264Frames(encodeTestH264({ seconds: 14, gop: 25 }));
  const writer = new SegmentWriter({
    cameraId,
    node: 'test-node',
    recordingsDir,
    index: new SegmentIndex(psvis.database.db, psvis.database.dialect, systemClock),
    clock: systemClock,
    segmentDurationMs: 4_000,
    wallTimeMs: (f) => WALL0 + f.pts / 90,
  });
  writer.setTracks([media.track]);
  for (const f of media.frames.slice(0, 200)) writer.push(f);
  await writer.gap(WALL0 + 8_000, WALL0 + 10_000, 'offline', { reason: 'test' });
  for (const f of media.frames.slice(250)) writer.push(f);
  await writer.close();

  const admin = new ApiClient(url);
  await admin.login('admin', ADMIN_PASSWORD);
  let n = 0;
  return {
    t,
    app,
    delivery,
    url,
    cameraId,
    orgId,
    admin,
    async outsider() {
      n++;
      const org = await post('/api/v1/organizations', {
        name: `乙商店${n}`,
        kind: 'unit',
        jurisdictionId: jur,
        industry: 'retail',
      });
      const username = `outsider${n}`;
      const u = await t.admin.post('/api/v1/users', {
        username,
        orgId: org,
        role: 'unit_manager',
        password: `${username}-password-long`,
      });
      if (u.status !== 201) throw new Error(`user: ${u.status} ${JSON.stringify(u.body)}`);
      const c = new ApiClient(url);
      await c.login(username, `${username}-password-long`);
      return c;
    },
    async close() {
      await app.close();
      await delivery.close();
      await t.close();
    },
  };
}
