// Which cameras are pulled: every enabled camera with a main stream URL, at start and as the
// registry changes; its sub-stream URL too, into a second hub (subStreamHubId) that live delivery
// serves and the recorder never sees. One hub and one RtspCameraSource per stream; recording and
// delivery find the hubs in `hubs` and learn of new ones through `events`.
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
  /** HubOptions.gopCacheIdleMs of the hubs of the manager's own registry (default: always cache). */
  readonly gopCacheIdleMs?: number;
  readonly timers?: Timers;
  readonly transport?: 'tcp' | 'udp';
  readonly reconnect?: ReconnectPolicyOptions;
  readonly connectTimeoutMs?: number;
  readonly readTimeoutMs?: number;
  readonly log?: Pick<Logger, 'info' | 'warn'>;
}

/** What the manager announces, for the recorder and live delivery to attach readers. */
export interface IngestEvents extends Record<string, unknown[]> {
  /** The camera's main-stream hub was created (the recorder records it). */
  'camera-started': [cameraId: string, hub: Hub];
  /** The camera's main-stream hub was closed (its readers got 'end'). */
  'camera-stopped': [cameraId: string];
  // Separate events so that the recorder, listening to 'camera-started', never records a sub-stream.
  /** The camera's sub-stream hub was created (live viewing only, never recorded). */
  'substream-started': [cameraId: string, hub: Hub];
  /** The camera's sub-stream hub was closed. */
  'substream-stopped': [cameraId: string];
}

/** Which of a camera's streams: 'main' is recorded and viewed, 'sub' (lower resolution) only viewed. */
export type IngestStreamName = 'main' | 'sub';

/** The key of a camera's sub-stream hub in `hubs`; '#' never occurs in a camera id (a UUID). */
export function subStreamHubId(cameraId: string): string {
  return `${cameraId}#sub`;
}

/** A camera's ingest status: the main stream's, with the sub-stream's under `sub` when it is pulled. */
export interface IngestStatus extends CameraIngestStatus {
  readonly sub?: CameraIngestStatus;
}

/** The stream URLs wanted for one camera; undefined = do not pull that stream. */
interface WantedStreams {
  readonly main: string | undefined;
  readonly sub: string | undefined;
}

const NOT_PULLED: WantedStreams = { main: undefined, sub: undefined };

/** Pulls every enabled camera with an RTSP URL and follows registry changes; start() and close(). */
export class IngestManager {
  /** Camera id → hub, for recording and delivery. */
  readonly hubs: HubRegistry;
  readonly events: IsolatedEmitter<IngestEvents>;
  private readonly ownsHubs: boolean;
  // Keyed by camera id in both maps; the hub keys are the camera id and subStreamHubId(cameraId).
  private readonly sources = { main: new Map<string, RtspCameraSource>(), sub: new Map<string, RtspCameraSource>() };
  // Changes of one camera apply in order: a delete must not overtake the create before it.
  private readonly pending = new Map<string, Promise<void>>();
  private unsubscribe: (() => void) | undefined;
  private running = false;

  constructor(private readonly options: IngestManagerOptions) {
    this.ownsHubs = options.hubs === undefined;
    this.hubs =
      options.hubs ??
      new HubRegistry({
        clock: options.clock,
        ...(options.gopCacheIdleMs === undefined ? {} : { gopCacheIdleMs: options.gopCacheIdleMs }),
      });
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
      .select(['id', 'main_stream_url', 'sub_stream_url'])
      .where('enabled', '=', 1)
      .where((eb) => eb.or([eb('main_stream_url', 'is not', null), eb('sub_stream_url', 'is not', null)]))
      .execute();
    for (const row of rows) {
      const wanted = { main: row.main_stream_url ?? undefined, sub: row.sub_stream_url ?? undefined };
      // A change event that raced the query has already reconciled this camera.
      if (!this.pending.has(row.id)) this.enqueue(row.id, () => this.reconcile(row.id, wanted));
    }
    await this.settled();
  }

  /** Stops every camera and closes the hubs it created. */
  async close(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.unsubscribe?.();
    await this.settled();
    const hubIds = [...this.sources.main.keys(), ...[...this.sources.sub.keys()].map(subStreamHubId)];
    const sources = [...this.sources.main.values(), ...this.sources.sub.values()];
    this.sources.main.clear();
    this.sources.sub.clear();
    await Promise.all(sources.map((s) => s.close()));
    if (this.ownsHubs) this.hubs.close();
    else for (const id of hubIds) this.hubs.remove(id);
  }

  /**
   * A camera's main-stream ingest status with the sub-stream's under `sub`, or undefined when its
   * main stream is not pulled (disabled, no URL, unknown); see subStatus() for a sub-stream alone.
   */
  status(cameraId: string): IngestStatus | undefined {
    const main = this.sources.main.get(cameraId)?.status();
    if (main === undefined) return undefined;
    const sub = this.subStatus(cameraId);
    return sub === undefined ? main : { ...main, sub };
  }

  /** A camera's sub-stream ingest status, or undefined when its sub-stream is not pulled. */
  subStatus(cameraId: string): CameraIngestStatus | undefined {
    return this.sources.sub.get(cameraId)?.status();
  }

  /** Cameras whose main stream is being pulled. */
  cameraIds(): string[] {
    return [...this.sources.main.keys()];
  }

  /** Cameras whose sub-stream is being pulled. */
  subStreamCameraIds(): string[] {
    return [...this.sources.sub.keys()];
  }

  /** Wall time of a main-stream frame from the camera's RTCP sender reports (the recorder's wallTimeMs option). */
  wallTimeMs(cameraId: string, frame: MediaFrame, track: TrackInfo): number | undefined {
    return this.sources.main.get(cameraId)?.wallTimeOf(frame, track);
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
    let wanted = NOT_PULLED;
    if (change !== 'deleted') {
      const row = await this.options.db
        .selectFrom('cameras')
        .select(['main_stream_url', 'sub_stream_url', 'enabled'])
        .where('id', '=', cameraId)
        .executeTakeFirst();
      if (row?.enabled === 1) {
        wanted = { main: row.main_stream_url ?? undefined, sub: row.sub_stream_url ?? undefined };
      }
    }
    await this.reconcile(cameraId, wanted);
  }

  // Brings one camera to the wanted state, each stream pulled from its URL or not pulled at all.
  private async reconcile(cameraId: string, wanted: WantedStreams): Promise<void> {
    await this.reconcileStream(cameraId, 'main', wanted.main);
    await this.reconcileStream(cameraId, 'sub', wanted.sub);
  }

  private async reconcileStream(cameraId: string, stream: IngestStreamName, url: string | undefined): Promise<void> {
    const sources = this.sources[stream];
    const hubId = stream === 'main' ? cameraId : subStreamHubId(cameraId);
    const current = sources.get(cameraId);
    if (current?.url === url) return; // other edits (name, place) do not touch the stream
    if (current !== undefined) {
      sources.delete(cameraId);
      await current.close();
    }
    if (url === undefined || !this.running) {
      if (this.hubs.remove(hubId)) {
        if (stream === 'main') this.events.emit('camera-stopped', cameraId);
        else this.events.emit('substream-stopped', cameraId);
      }
      return;
    }
    const existing = this.hubs.get(hubId);
    const hub = existing ?? this.hubs.create(hubId);
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
        log?.info({ cameraId, stream, code: reason.code, reason: reason.message, nextDelayMs }, 'camera session ended');
      },
      onListenerError: (err, event) => {
        log?.warn({ err, cameraId, stream, event }, 'ingest listener failed');
      },
    });
    sources.set(cameraId, source);
    source.start();
    this.log(
      'info',
      { cameraId, stream },
      existing === undefined ? 'camera ingest started' : 'camera ingest restarted',
    );
    if (existing !== undefined) return; // same hub, its readers (recorder, viewers) stay attached
    if (stream === 'main') this.events.emit('camera-started', cameraId, hub);
    else this.events.emit('substream-started', cameraId, hub);
  }

  private log(level: 'info' | 'warn', obj: Record<string, unknown>, msg: string): void {
    this.options.log?.[level](obj, msg);
  }
}
