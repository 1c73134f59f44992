// Which cameras are pulled: every enabled camera with a main stream URL, at start and as the
// registry changes. One hub and one RtspCameraSource per camera; recording and delivery find the
// hubs in `hubs` and learn of new ones through `events`.
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/schema.ts';
import { IsolatedEmitter } from '../events/isolated-emitter.ts';
import type { Hub } from '../hub/hub.ts';
import { HubRegistry } from '../hub/registry.ts';
import type { MediaFrame, TrackInfo } from '../media/types.ts';
import type { ReconnectPolicyOptions } from '../rtsp/reconnect-policy.ts';
import type { Timers } from '../rtsp/timers.ts';
import type { RegistryEvents } from '../registry/registry.ts';
import { RtspCameraSource, type CameraIngestStatus } from './rtsp-source.ts';

/** Options of the ingest manager (main.ts wires these). */
export interface IngestManagerOptions {
  readonly db: Kysely<Database>;
  /** Where camera changes are announced (Registry.events). */
  readonly registry: { readonly events: Pick<IsolatedEmitter<RegistryEvents>, 'on'> };
  readonly clock: Clock;
  /** Hubs to create cameras' hubs in; default a registry of the manager's own, closed with it. */
  readonly hubs?: HubRegistry;
  readonly timers?: Timers;
  readonly transport?: 'tcp' | 'udp';
  readonly reconnect?: ReconnectPolicyOptions;
  readonly connectTimeoutMs?: number;
  readonly readTimeoutMs?: number;
  readonly log?: Pick<Logger, 'info' | 'warn'>;
}

/** What the manager announces, for the recorder and live delivery to attach readers. */
export interface IngestEvents extends Record<string, unknown[]> {
  'camera-started': [cameraId: string, hub: Hub];
  /** The camera's hub was closed (its readers got 'end'). */
  'camera-stopped': [cameraId: string];
}

/** Pulls every enabled camera with an RTSP URL and follows registry changes; start() and close(). */
export class IngestManager {
  /** Camera id → hub, for recording and delivery. */
  readonly hubs: HubRegistry;
  readonly events: IsolatedEmitter<IngestEvents>;
  private readonly ownsHubs: boolean;
  private readonly sources = new Map<string, RtspCameraSource>();
  // Changes of one camera apply in order: a delete must not overtake the create before it.
  private readonly pending = new Map<string, Promise<void>>();
  private unsubscribe: (() => void) | undefined;
  private running = false;

  constructor(private readonly options: IngestManagerOptions) {
    this.ownsHubs = options.hubs === undefined;
    this.hubs = options.hubs ?? new HubRegistry({ clock: options.clock });
    this.events = new IsolatedEmitter<IngestEvents>((err, event) => {
      options.log?.warn({ err, event }, 'ingest event listener failed');
    });
  }

  /** Loads the cameras to pull and starts them; registry changes are followed from here on. */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = this.options.registry.events.on('camera-changed', ({ cameraId, change }) => {
      this.enqueue(cameraId, () => this.follow(cameraId, change));
    });
    const rows = await this.options.db
      .selectFrom('cameras')
      .select(['id', 'main_stream_url'])
      .where('enabled', '=', 1)
      .where('main_stream_url', 'is not', null)
      .execute();
    for (const row of rows) {
      const url = row.main_stream_url ?? undefined;
      // A change event that raced the query has already reconciled this camera.
      if (!this.pending.has(row.id)) this.enqueue(row.id, () => this.reconcile(row.id, url));
    }
    await this.settled();
  }

  /** Stops every camera and closes the hubs it created. */
  async close(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.unsubscribe?.();
    await this.settled();
    const sources = [...this.sources.values()];
    this.sources.clear();
    await Promise.all(sources.map((s) => s.close()));
    if (this.ownsHubs) this.hubs.close();
    else for (const s of sources) this.hubs.remove(s.cameraId);
  }

  /** A camera's ingest status, or undefined when it is not pulled (disabled, no URL, unknown). */
  status(cameraId: string): CameraIngestStatus | undefined {
    return this.sources.get(cameraId)?.status();
  }

  /** Cameras being pulled. */
  cameraIds(): string[] {
    return [...this.sources.keys()];
  }

  /** Wall time of a frame from the camera's RTCP sender reports (the recorder's wallTimeMs option). */
  wallTimeMs(cameraId: string, frame: MediaFrame, track: TrackInfo): number | undefined {
    return this.sources.get(cameraId)?.wallTimeOf(frame, track);
  }

  /** Resolves when every queued registry change has been applied (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending.values());
  }

  private enqueue(cameraId: string, apply: () => Promise<void>): void {
    const before = this.pending.get(cameraId) ?? Promise.resolve();
    const next = before.then(apply).catch((err: unknown) => {
      this.options.log?.warn({ err, cameraId }, 'ingest could not follow a camera change');
    });
    this.pending.set(cameraId, next);
    void next.then(() => {
      if (this.pending.get(cameraId) === next) this.pending.delete(cameraId);
    });
  }

  private async follow(cameraId: string, change: 'created' | 'updated' | 'deleted'): Promise<void> {
    if (!this.running) return;
    let url: string | undefined;
    if (change !== 'deleted') {
      const row = await this.options.db
        .selectFrom('cameras')
        .select(['main_stream_url', 'enabled'])
        .where('id', '=', cameraId)
        .executeTakeFirst();
      url = row?.enabled === 1 && row.main_stream_url !== null ? row.main_stream_url : undefined;
    }
    await this.reconcile(cameraId, url);
  }

  // Brings one camera to the wanted state: pulled from `url`, or not pulled at all.
  private async reconcile(cameraId: string, url: string | undefined): Promise<void> {
    const current = this.sources.get(cameraId);
    if (current?.url === url) return; // other edits (name, place) do not touch the stream
    if (current !== undefined) {
      this.sources.delete(cameraId);
      await current.close();
    }
    if (url === undefined || !this.running) {
      if (this.hubs.remove(cameraId)) this.events.emit('camera-stopped', cameraId);
      return;
    }
    const existing = this.hubs.get(cameraId);
    const hub = existing ?? this.hubs.create(cameraId);
    const log = this.options.log;
    const source = new RtspCameraSource({
      cameraId,
      url,
      hub,
      clock: this.options.clock,
      ...(this.options.timers === undefined ? {} : { timers: this.options.timers }),
      ...(this.options.transport === undefined ? {} : { transport: this.options.transport }),
      ...(this.options.reconnect === undefined ? {} : { reconnect: this.options.reconnect }),
      ...(this.options.connectTimeoutMs === undefined ? {} : { connectTimeoutMs: this.options.connectTimeoutMs }),
      ...(this.options.readTimeoutMs === undefined ? {} : { readTimeoutMs: this.options.readTimeoutMs }),
      onSessionEnded: (reason, nextDelayMs) => {
        log?.info({ cameraId, code: reason.code, reason: reason.message, nextDelayMs }, 'camera session ended');
      },
      onListenerError: (err, event) => {
        log?.warn({ err, cameraId, event }, 'ingest listener failed');
      },
    });
    this.sources.set(cameraId, source);
    source.start();
    this.log('info', { cameraId }, existing === undefined ? 'camera ingest started' : 'camera ingest restarted');
    if (existing === undefined) this.events.emit('camera-started', cameraId, hub);
  }

  private log(level: 'info' | 'warn', obj: Record<string, unknown>, msg: string): void {
    this.options.log?.[level](obj, msg);
  }
}
