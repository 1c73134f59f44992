// The camera simulator: N RTSP cameras at rtsp://host:port/cam/1..N on one RTSP server, one
// clip library in memory and one pacing timer, so hundreds of cameras fit in one process.
import { PsvisError } from '../errors/psvis-error.ts';
import { DEFAULT_MAX_CLIENTS, RtspServer } from '../rtsp/server.ts';
import { realTimers, type Timers } from '../rtsp/timers.ts';
import { SimulatedCamera } from './camera.ts';
import { loadClipLibrary, type ClipLibrary, type ClipTrack } from './clips.ts';
import type { Fault } from './faults.ts';
import { MIXED_PROFILE, profileForCamera } from './profiles.ts';
import { FrameScheduler } from './scheduler.ts';

/** Most cameras one simulator serves. */
export const MAX_CAMERAS = 5000;
/** RTSP clients allowed per camera (the server's client limit is this times the camera count). */
export const CLIENTS_PER_CAMERA = 4;

/** Options of a camera simulator. */
export interface CameraSimulatorOptions {
  readonly cameras: number;
  /** TCP port; 0 (default) picks a free one, read it from `port` after start(). */
  readonly port?: number;
  /** Address to listen on; default 127.0.0.1. */
  readonly host?: string;
  /** A profile name or 'mixed' (default). */
  readonly profile?: string;
  /** Faults every camera starts with. */
  readonly faults?: readonly Fault[];
  /** Clips already loaded (tests share one library); otherwise read from `fixturesDir`. */
  readonly library?: ClipLibrary;
  readonly fixturesDir?: string;
  readonly timers?: Timers;
  readonly wallClockMs?: () => number;
  readonly random?: (bytes: number) => Uint8Array;
  readonly tickMs?: number;
  readonly rtcpIntervalMs?: number;
  /** Offer UDP transport too (default true). */
  readonly udp?: boolean;
  /** Called when a camera fails while sending (a bug); the other cameras go on. */
  readonly onError?: (err: unknown) => void;
}

function pick(map: ReadonlyMap<string, ClipTrack>, name: string): ClipTrack {
  const clip = map.get(name);
  if (clip === undefined) {
    throw new PsvisError('PSVIS_ERR_CAMSIM_CLIP', `clip "${name}" is not in fixtures/clips.json`, { clip: name });
  }
  return clip;
}

/** Serves simulated cameras over RTSP: start(), then read `port` and url(n); close() to stop. */
export class CameraSimulator {
  private readonly timers: Timers;
  private readonly scheduler: FrameScheduler;
  private readonly list: SimulatedCamera[] = [];
  private server: RtspServer | undefined;

  constructor(private readonly options: CameraSimulatorOptions) {
    const n = options.cameras;
    if (!Number.isInteger(n) || n < 1 || n > MAX_CAMERAS) {
      throw new PsvisError('PSVIS_ERR_CAMSIM_OPTIONS', `cameras must be an integer in 1..${MAX_CAMERAS}`, {
        cameras: n,
      });
    }
    // Fail on a bad profile before anything binds a port.
    for (let i = 1; i <= Math.min(n, 3); i++) profileForCamera(options.profile ?? MIXED_PROFILE, i);
    this.timers = options.timers ?? realTimers();
    this.scheduler = new FrameScheduler({
      timers: this.timers,
      ...(options.tickMs === undefined ? {} : { tickMs: options.tickMs }),
      ...(options.onError === undefined ? {} : { onError: options.onError }),
    });
  }

  /** The TCP port served (after start()). */
  get port(): number {
    return this.server?.port ?? 0;
  }

  /** The server's counters (connections, sessions, packets sent and dropped). */
  get serverStats(): RtspServer['stats'] | undefined {
    return this.server?.stats;
  }

  /** Every camera, /cam/1 first. */
  get cameras(): readonly SimulatedCamera[] {
    return this.list;
  }

  /** Camera `number` (1-based). */
  camera(number: number): SimulatedCamera {
    const camera = this.list[number - 1];
    if (camera === undefined) {
      throw new PsvisError('PSVIS_ERR_CAMSIM_OPTIONS', `no camera ${number}`, { camera: number });
    }
    return camera;
  }

  /** rtsp://host:port/cam/<number>. */
  url(number: number): string {
    const host = this.options.host;
    const shown = host === undefined || host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
    return `rtsp://${shown.includes(':') ? `[${shown}]` : shown}:${this.port}/cam/${number}`;
  }

  /** Loads the clips, publishes every camera, listens, and starts the pacing timer. */
  async start(): Promise<void> {
    const library = this.options.library ?? (await loadClipLibrary(this.options.fixturesDir));
    const n = this.options.cameras;
    const server = new RtspServer({
      port: this.options.port ?? 0,
      host: this.options.host ?? '127.0.0.1',
      maxClients: Math.max(DEFAULT_MAX_CLIENTS, n * CLIENTS_PER_CAMERA),
      ...(this.options.udp === undefined ? {} : { udp: this.options.udp }),
      timers: this.timers,
    });
    const now = this.timers.nowMs();
    for (let number = 1; number <= n; number++) {
      const profile = profileForCamera(this.options.profile ?? MIXED_PROFILE, number);
      const video = pick(library.video, profile.video);
      const path = `cam/${number}`;
      const frameMs = (1000 * video.frameDurationTicks) / video.clockRate;
      const camera: SimulatedCamera = new SimulatedCamera({
        number,
        video,
        ...(profile.alternateVideo === undefined
          ? {}
          : { alternateVideo: pick(library.video, profile.alternateVideo) }),
        ...(profile.audio === undefined ? {} : { audio: pick(library.audio, profile.audio) }),
        faults: this.options.faults ?? [],
        // Stagger cameras across a frame interval so each tick carries a share of them, not all.
        startMs: now + (((number - 1) * 7) % frameMs),
        nowMs: () => this.timers.nowMs(),
        wallClockMs: this.options.wallClockMs ?? Date.now,
        ...(this.options.random === undefined ? {} : { random: this.options.random }),
        ...(this.options.rtcpIntervalMs === undefined ? {} : { rtcpIntervalMs: this.options.rtcpIntervalMs }),
        onDrop: () => {
          // Unpublishing ends the path's sessions by closing their sockets; publish again at once.
          server.removeStream(path);
          server.setStream(path, camera);
        },
      });
      this.list.push(camera);
      server.setStream(path, camera);
      this.scheduler.add(camera);
    }
    // Kept before listening so close() releases the UDP ports even when the TCP port is taken.
    this.server = server;
    await server.start();
    this.scheduler.start();
  }

  /** Replaces camera `number`'s periodic faults at run time. */
  setFaults(number: number, faults: readonly Fault[]): void {
    this.camera(number).setFaults(faults);
  }

  /** Stops pacing and closes the server (and every client connection). */
  async close(): Promise<void> {
    this.scheduler.close();
    const server = this.server;
    this.server = undefined;
    if (server !== undefined) await server.close();
  }
}
