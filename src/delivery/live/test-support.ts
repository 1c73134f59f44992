// Test set-up for live delivery (tests only): a started psvis on a fresh database pulling one
// camsim camera, plus an HTTP app with the auth and live routes on the same identity, registry
// and hubs (the lead wires the live routes into src/main.ts; until then tests serve them beside it).
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import pino from 'pino';
import type { FastifyInstance } from 'fastify';
import { ApiClient, ADMIN_PASSWORD, startTestPsvis, type TestPsvis } from '../../../test/support/psvis.ts';
import { CameraSimulator } from '../../camsim/simulator.ts';
import { systemClock } from '../../clock.ts';
import { buildApp } from '../../http/app.ts';
import { subStreamHubId } from '../../ingest/manager.ts';
import { authRoutes } from '../../http/routes/auth.ts';
import { liveRoutes } from '../../http/routes/live.ts';
import { AccessRegister } from '../access-register.ts';
import { LiveDelivery } from './live-delivery.ts';
import {
  Opcode,
  WebSocketFrameDecoder,
  decodeClosePayload,
  encodeClosePayload,
  encodeFrame,
} from './websocket-codec.ts';

/** A psvis pulling one simulated camera, with the live routes served at `url`. */
export interface LiveTestApp {
  t: TestPsvis;
  sim: CameraSimulator;
  app: FastifyInstance;
  live: LiveDelivery;
  register: AccessRegister;
  url: string;
  cameraId: string;
  /** A signed-in admin client of the live app. */
  admin: ApiClient;
  /** A client of a user in another organization (cannot see the camera). */
  outsider(): Promise<ApiClient>;
  close(): Promise<void>;
}

/** Options of the live test set-up. */
export interface LiveTestAppOptions {
  /** The camera also gets a sub-stream URL: camsim's second camera (under 'mixed', 720p H.264 + AAC). */
  readonly subStream?: boolean;
}

/** Starts the set-up with a camsim camera of `profile` and waits until its hubs have a keyframe. */
export async function startLiveTestApp(
  profile = '720p-h264-aac',
  /** Test-only routes (e.g. a player page) registered before the app listens. */
  extraRoutes?: (app: FastifyInstance) => void,
  options: LiveTestAppOptions = {},
): Promise<LiveTestApp> {
  const subStream = options.subStream === true;
  const sim = new CameraSimulator({ cameras: subStream ? 2 : 1, port: 0, profile });
  await sim.start();
  const t = await startTestPsvis('sqlite');
  const { psvis } = t;
  const register = new AccessRegister(psvis.audit, systemClock);
  const live = new LiveDelivery({ hubs: psvis.ingest.hubs, clock: systemClock, register });
  await live.start();
  const app = await buildApp({
    identity: psvis.identity,
    log: pino({ level: 'silent' }),
    secureCookie: false,
    sessionTtlMs: 3_600_000,
  });
  authRoutes(app, { identity: psvis.identity, secureCookie: false, sessionTtlMs: 3_600_000 });
  liveRoutes(app, { identity: psvis.identity, registry: psvis.registry, live });
  extraRoutes?.(app);
  const url = await app.listen({ host: '127.0.0.1', port: 0 });

  const post = async (path: string, body: unknown) => {
    const r = await t.admin.post(path, body);
    if (r.status !== 201) throw new Error(`${path}: ${r.status} ${JSON.stringify(r.body)}`);
    return String(r.body['id']);
  };
  const jur = await post('/api/v1/jurisdictions', { name: '沈阳市', level: 'city', profileId: 'liaoning-2008' });
  const orgId = await post('/api/v1/organizations', { name: '甲商场', kind: 'unit', jurisdictionId: jur });
  const site = await post('/api/v1/sites', { orgId, name: '一层', placeCategory: 'culture_sports_entertainment' });
  const system = await post('/api/v1/systems', { orgId, name: '系统', lifecycle: 'in_use', inUseAt: '2026-01-05' });
  const cameraId = await post('/api/v1/cameras', {
    systemId: system,
    siteId: site,
    name: '大门',
    deviceId: '21010200001320000001',
    locationCategory: 'entrance',
    mainStreamUrl: sim.url(1),
    ...(subStream ? { subStreamUrl: sim.url(2) } : {}),
  });
  const deadline = Date.now() + 20_000;
  const hubIds = subStream ? [cameraId, subStreamHubId(cameraId)] : [cameraId];
  // Frames flowing: a viewer starts at the next keyframe (nobody watched yet, so no GOP is cached).
  while (hubIds.some((id) => (psvis.ingest.hubs.get(id)?.stats().framesIn ?? 0) === 0)) {
    if (Date.now() > deadline) throw new Error('camera hub got no frames in 20 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  const admin = new ApiClient(url);
  await admin.login('admin', ADMIN_PASSWORD);
  let n = 0;
  return {
    t,
    sim,
    app,
    live,
    register,
    url,
    cameraId,
    admin,
    async outsider() {
      n++;
      const org = await post('/api/v1/organizations', { name: `乙商店${n}`, kind: 'unit', jurisdictionId: jur });
      const username = `outsider${n}`;
      const password = `${username}-password-long`;
      const u = await t.admin.post('/api/v1/users', { username, orgId: org, role: 'unit_manager', password });
      if (u.status !== 201) throw new Error(`user: ${u.status} ${JSON.stringify(u.body)}`);
      const c = new ApiClient(url);
      await c.login(username, password);
      return c;
    },
    async close() {
      // Viewers first, as psvis closes: the HTTP server's close waits for upgraded sockets too.
      await live.close();
      await app.close();
      await t.close();
      await sim.close();
    },
  };
}

/** A message a test WebSocket client received, with its arrival time. */
export interface ReceivedMessage {
  readonly text?: string;
  readonly binary?: Uint8Array;
  readonly atMs: number;
}

/** A minimal RFC 6455 client for tests and the benchmark (masks its frames, decodes the server's). */
export interface TestWebSocket {
  /** Status line and headers of the handshake answer. */
  readonly status: number;
  readonly body: string;
  readonly messages: ReceivedMessage[];
  /** Resolves with the close code once the server closed. */
  readonly closed: Promise<number>;
  close(): void;
}

/** Opens `path` on `baseUrl` as a WebSocket with `cookie`; resolves after the handshake answer. */
export function openTestWebSocket(
  baseUrl: string,
  path: string,
  cookie: string | null,
  onMessage?: (m: ReceivedMessage) => void,
  keep = true,
): Promise<TestWebSocket> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    const decoder = new WebSocketFrameDecoder(64 * 1024 * 1024, false);
    const messages: ReceivedMessage[] = [];
    let head = Buffer.alloc(0);
    let upgraded = false;
    let resolveClosed: (code: number) => void = () => undefined;
    const closed = new Promise<number>((r) => {
      resolveClosed = r;
    });
    let closeCode = 1006;
    const client: Omit<TestWebSocket, 'status' | 'body'> = {
      messages,
      closed,
      close() {
        socket.write(encodeFrame(Opcode.close, encodeClosePayload(1000), randomBytes(4)));
      },
    };
    socket.on('connect', () => {
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: ${url.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n` +
          (cookie === null ? '' : `Cookie: ${cookie}\r\n`) +
          '\r\n',
      );
    });
    socket.on('data', (chunk: Buffer) => {
      const atMs = Date.now();
      if (!upgraded) {
        head = Buffer.concat([head, chunk]);
        const end = head.indexOf('\r\n\r\n');
        if (end < 0) return;
        const status = Number(head.subarray(9, 12).toString());
        upgraded = true;
        resolve({ ...client, status, body: head.subarray(end + 4).toString() });
        if (status !== 101) return;
        chunk = head.subarray(end + 4);
      }
      for (const m of decoder.push(chunk)) {
        if (m.opcode === Opcode.close) closeCode = decodeClosePayload(m.payload).code;
        const msg: ReceivedMessage =
          m.opcode === Opcode.text
            ? { text: new TextDecoder().decode(m.payload), atMs }
            : m.opcode === Opcode.binary
              ? { binary: m.payload, atMs }
              : { atMs };
        if (m.opcode === Opcode.text || m.opcode === Opcode.binary) {
          if (keep) messages.push(msg);
          onMessage?.(msg);
        }
      }
    });
    socket.on('error', reject);
    socket.on('close', () => {
      resolveClosed(closeCode);
    });
  });
}
