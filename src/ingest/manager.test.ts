// IngestManager following the registry of a real psvis (SQLite): cameras registered before start
// are pulled at start, later ones as they are created, edited, disabled and deleted; and
// GET /api/v1/cameras/:id/status answers within the caller's scope.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../clock.ts';
import { buildApp } from '../http/app.ts';
import { cameraStatusRoutes, type CameraStatusBody } from '../http/routes/camera-status.ts';
import { RtspServer } from '../rtsp/server.ts';
import { startTestPsvis, type TestPsvis } from '../../test/support/psvis.ts';
import { IngestManager, subStreamHubId } from './manager.ts';
import { ReplayCamera } from './test-replay-camera.ts';

async function waitFor(what: string, cond: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('IngestManager with a real psvis registry', () => {
  let t: TestPsvis;
  let server: RtspServer;
  let ingest: IngestManager;
  const made: Record<string, string> = {};
  const started: string[] = [];
  const stopped: string[] = [];
  const subStarted: string[] = [];
  const subStopped: string[] = [];
  let deviceSeq = 1;

  const url = (path: string): string => `rtsp://user:secret@127.0.0.1:${server.port}/${path}`;
  async function post(path: string, body: unknown): Promise<string> {
    const r = await t.admin.post(path, body);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return String(r.body['id']);
  }
  async function createCamera(mainStreamUrl: string | undefined, subStreamUrl?: string): Promise<string> {
    return post('/api/v1/cameras', {
      systemId: made['system'],
      siteId: made['site'],
      name: `cam ${deviceSeq}`,
      deviceId: `2101020000132${String(deviceSeq++).padStart(7, '0')}`,
      locationCategory: 'entrance',
      ...(mainStreamUrl === undefined ? {} : { mainStreamUrl }),
      ...(subStreamUrl === undefined ? {} : { subStreamUrl }),
    });
  }

  beforeAll(async () => {
    server = new RtspServer();
    for (const path of ['cam/a', 'cam/b'])
      server.setStream(path, new ReplayCamera({ codec: 'h264', frameIntervalMs: 40 }));
    await server.start();
    t = await startTestPsvis('sqlite');
    made['ln'] = await post('/api/v1/jurisdictions', { name: '辽宁省', level: 'province', profileId: 'liaoning-2008' });
    made['unit'] = await post('/api/v1/organizations', {
      name: '甲酒店',
      kind: 'unit',
      jurisdictionId: made['ln'],
      industry: 'hotel',
    });
    made['other'] = await post('/api/v1/organizations', {
      name: '乙学校',
      kind: 'unit',
      jurisdictionId: made['ln'],
      industry: 'education',
    });
    made['site'] = await post('/api/v1/sites', { orgId: made['unit'], name: '大堂', placeCategory: 'hotel' });
    made['system'] = await post('/api/v1/systems', {
      orgId: made['unit'],
      name: '监控系统',
      lifecycle: 'in_use',
      inUseAt: '2026-01-05',
    });
    const r = await t.admin.post('/api/v1/users', {
      username: 'manager-b',
      orgId: made['other'],
      role: 'unit_manager',
      password: 'manager-b-password',
    });
    expect(r.status).toBe(201);
    // Registered before ingest starts: pulled at start().
    made['early'] = await createCamera(url('cam/a'));
    ingest = new IngestManager({
      db: t.psvis.database.db,
      registry: t.psvis.registry,
      clock: systemClock,
      reconnect: { minDelayMs: 50, maxDelayMs: 200 },
    });
    ingest.events.on('camera-started', (id) => started.push(id));
    ingest.events.on('camera-stopped', (id) => stopped.push(id));
    ingest.events.on('substream-started', (id) => subStarted.push(id));
    ingest.events.on('substream-stopped', (id) => subStopped.push(id));
    await ingest.start();
  });
  afterAll(async () => {
    await ingest.close();
    await t.close();
    await server.close();
  });

  it('pulls at start every enabled camera with a URL, and not one without', async () => {
    const early = made['early'] ?? '';
    expect(ingest.cameraIds()).toEqual([early]);
    await waitFor('early camera online', () => ingest.status(early)?.online === true);
    expect(ingest.hubs.get(early)?.stats().framesIn).toBeGreaterThan(0);
    expect(ingest.status(early)?.url).toBe(`rtsp://127.0.0.1:${server.port}/cam/a`);
    const noUrl = await createCamera(undefined);
    await ingest.settled();
    expect(ingest.status(noUrl)).toBeUndefined();
    expect(ingest.hubs.get(noUrl)).toBeUndefined();
  });

  it('follows create, URL change (restart on the same hub), disable and delete', async () => {
    const id = await createCamera(url('cam/a'));
    await ingest.settled();
    const hub = ingest.hubs.get(id);
    expect(started).toContain(id);
    await waitFor('new camera online', () => ingest.status(id)?.online === true);

    const renamed = await t.admin.patch(`/api/v1/cameras/${id}`, { name: 'renamed' });
    expect(renamed.status).toBe(200);
    await ingest.settled();
    expect(ingest.status(id)?.sessions).toBe(1); // a name change does not touch the stream

    expect((await t.admin.patch(`/api/v1/cameras/${id}`, { mainStreamUrl: url('cam/b') })).status).toBe(200);
    await ingest.settled();
    expect(ingest.hubs.get(id)).toBe(hub);
    expect(ingest.status(id)?.url).toMatch(/\/cam\/b$/);
    await waitFor('restarted camera online', () => ingest.status(id)?.online === true);

    expect((await t.admin.patch(`/api/v1/cameras/${id}`, { enabled: false })).status).toBe(200);
    await ingest.settled();
    expect(ingest.hubs.get(id)).toBeUndefined();
    expect(stopped).toContain(id);

    const early = made['early'] ?? '';
    expect((await t.admin.delete(`/api/v1/cameras/${early}`)).status).toBe(204);
    await ingest.settled();
    expect(ingest.cameraIds()).toEqual([]);
    expect(stopped).toContain(early);
  });

  it('pulls the sub-stream into its own hub with the registry, and never announces it as a camera to record', async () => {
    const id = await createCamera(url('cam/a'), url('cam/b'));
    await ingest.settled();
    const subHub = ingest.hubs.get(subStreamHubId(id));
    expect(subHub).toBeDefined();
    expect(subHub).not.toBe(ingest.hubs.get(id));
    expect(subStarted).toContain(id);
    // 'camera-started' (what main.ts records) fires once, for the main hub only.
    expect(started.filter((s) => s === id)).toHaveLength(1);
    expect(started).not.toContain(subStreamHubId(id));
    await waitFor('sub-stream online', () => ingest.status(id)?.sub?.online === true);
    expect(ingest.status(id)?.sub?.url).toMatch(/\/cam\/b$/);
    expect(ingest.subStatus(id)?.framesIn).toBeGreaterThan(0);
    expect(ingest.subStreamCameraIds()).toContain(id);

    // Removing the sub-stream URL closes only the sub hub; the main stream goes on.
    expect((await t.admin.patch(`/api/v1/cameras/${id}`, { subStreamUrl: null })).status).toBe(200);
    await ingest.settled();
    expect(ingest.hubs.get(subStreamHubId(id))).toBeUndefined();
    expect(subStopped).toContain(id);
    expect(ingest.status(id)?.sub).toBeUndefined();
    expect(ingest.status(id)?.online).toBe(true);
    expect(stopped).not.toContain(id);

    // Set again, then disabled: both hubs close, and only the main one is reported to the recorder.
    expect((await t.admin.patch(`/api/v1/cameras/${id}`, { subStreamUrl: url('cam/b') })).status).toBe(200);
    await ingest.settled();
    expect(ingest.hubs.get(subStreamHubId(id))).toBeDefined();
    expect(started.filter((s) => s === id)).toHaveLength(1);
    expect((await t.admin.patch(`/api/v1/cameras/${id}`, { enabled: false })).status).toBe(200);
    await ingest.settled();
    expect(ingest.hubs.get(subStreamHubId(id))).toBeUndefined();
    expect(ingest.hubs.get(id)).toBeUndefined();
    expect(subStopped.filter((s) => s === id)).toHaveLength(2);
    expect(stopped).not.toContain(subStreamHubId(id));

    // Enabled again, then deleted: the sub hub follows.
    expect((await t.admin.patch(`/api/v1/cameras/${id}`, { enabled: true })).status).toBe(200);
    await ingest.settled();
    expect(ingest.hubs.get(subStreamHubId(id))).toBeDefined();
    expect((await t.admin.delete(`/api/v1/cameras/${id}`)).status).toBe(204);
    await ingest.settled();
    expect(ingest.hubs.get(subStreamHubId(id))).toBeUndefined();
    expect(ingest.subStreamCameraIds()).not.toContain(id);
  });

  it('serves GET /api/v1/cameras/:id/status within the caller scope', async () => {
    const id = await createCamera(url('cam/a'));
    await ingest.settled();
    await waitFor('camera online', () => ingest.status(id)?.online === true);
    const app = await buildApp({
      identity: t.psvis.identity,
      log: pino({ level: 'silent' }),
      secureCookie: false,
      sessionTtlMs: 60_000,
    });
    cameraStatusRoutes(app, { identity: t.psvis.identity, registry: t.psvis.registry, ingest });
    await app.ready();
    const get = (path: string, cookie: string | null) =>
      app.inject({ method: 'GET', url: path, headers: cookie === null ? {} : { cookie } });

    const ok = await get(`/api/v1/cameras/${id}/status`, t.admin.cookie);
    expect(ok.statusCode, ok.body).toBe(200);
    const body = ok.json<CameraStatusBody>();
    expect(body).toMatchObject({
      cameraId: id,
      ingesting: true,
      online: true,
      reconnects: 0,
      lastError: null,
      sub: null,
    });
    expect(body.url).not.toContain('secret');
    expect(body.framesIn).toBeGreaterThan(0);
    expect(body.tracks).toEqual([
      { codec: 'h264', clockRate: 90000, width: 1280, height: 720, parameterSets: true, wallClock: 'arrival' },
    ]);

    const outsider = t.client();
    expect((await outsider.login('manager-b', 'manager-b-password')).status).toBe(200);
    expect((await get(`/api/v1/cameras/${id}/status`, outsider.cookie)).statusCode).toBe(404);
    expect((await get(`/api/v1/cameras/${id}/status`, null)).statusCode).toBe(401);
    await app.close();
  });
});
