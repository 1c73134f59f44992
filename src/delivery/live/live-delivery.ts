// The live delivery component: MSE viewers over WebSocket and the live HLS packagers, each view
// opened and closed in the access register (国家 第十六条(三): who, unit, when, which camera).
// Routes authenticate and check scope, then hand the socket or request here.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Clock } from '../../clock.ts';
import { PsvisError } from '../../errors/psvis-error.ts';
import type { Hub } from '../../hub/hub.ts';
import type { Actor } from '../../identity/scope.ts';
import { subStreamHubId } from '../../ingest/manager.ts';
import type { AccessRegister } from '../access-register.ts';
import { LiveHls, type LiveHlsOptions } from './live-hls.ts';
import { LiveViewer, type LiveViewerSummary } from './live-viewer.ts';
import type { LiveFragment } from './live-muxer.ts';
import { WebSocketConnection } from './websocket.ts';

/** Which of a camera's streams: the main stream, or the sub-stream ingest pulls into a hub of its own. */
export type LiveStreamName = 'main' | 'sub';

/** What live delivery needs from the hubs (ingest's HubRegistry). */
export interface LiveHubs {
  get(cameraId: string): Hub | undefined;
}

/** The part of the access register live views use (startView on connect, endView on close). */
export type LiveViewRegister = Pick<AccessRegister, 'startView' | 'endView'>;

/** Options of live delivery. */
export interface LiveDeliveryOptions {
  readonly hubs: LiveHubs;
  readonly clock: Clock;
  readonly register: LiveViewRegister;
  /** Gets a register failure at close (logged by the caller; the view itself has ended). */
  readonly onError?: (err: unknown, where: string) => void;
  readonly hls?: Omit<LiveHlsOptions, 'hubs' | 'clock' | 'register' | 'onError'>;
  /** Benchmarks: sees each fragment handed to a socket. */
  readonly onFragmentSent?: (fragment: LiveFragment, sentAtMs: number) => void;
}

/** Live MSE and live HLS for every camera with a hub; start() and close(). */
export class LiveDelivery {
  /** Live HLS packagers (one per watched camera). */
  readonly hls: LiveHls;
  private readonly viewers = new Set<LiveViewer>();
  private readonly pendingEnds = new Set<Promise<void>>();
  private closed = false;

  constructor(private readonly options: LiveDeliveryOptions) {
    this.hls = new LiveHls({
      ...options.hls,
      hubs: options.hubs,
      clock: options.clock,
      register: options.register,
      ...(options.onError !== undefined ? { onError: options.onError } : {}),
    });
  }

  /** Starts the HLS idle sweeper. */
  start(): Promise<void> {
    return this.hls.start();
  }

  /** Ends every viewer and packager and waits for their register rows to close. */
  async close(): Promise<void> {
    this.closed = true;
    for (const v of [...this.viewers]) v.close('server');
    await this.hls.close();
    await Promise.all([...this.pendingEnds]);
  }

  /** Live viewers now. */
  get viewerCount(): number {
    return this.viewers.size;
  }

  /**
   * The hub of the camera's main or sub-stream; a 404 for a sub-stream of a camera received
   * without one (no sub-stream URL), a 503 while ingest does not pull the camera.
   */
  hubFor(cameraId: string, stream: LiveStreamName): Hub {
    const hub = this.options.hubs.get(stream === 'sub' ? subStreamHubId(cameraId) : cameraId);
    // The main hub present but no sub hub: ingest pulls the camera, so it has no sub-stream URL.
    if (stream === 'sub' && hub === undefined && this.options.hubs.get(cameraId) !== undefined && !this.closed) {
      throw new PsvisError(
        'PSVIS_ERR_LIVE_SUBSTREAM',
        'the camera has no sub-stream URL; omit ?stream=sub for the main stream',
        { cameraId },
        404,
      );
    }
    if (hub === undefined || this.closed) {
      throw new PsvisError(
        'PSVIS_ERR_LIVE_UNAVAILABLE',
        'the camera is not being received (disabled, no stream URL, or psvis is stopping); see GET /api/v1/cameras/:id/status',
        { cameraId },
        503,
      );
    }
    return hub;
  }

  /**
   * Accepts an authorized WebSocket upgrade for `cameraId` (the route checked session and scope)
   * and starts a viewer; the view is registered before the first byte is sent.
   */
  async openWebSocket(
    actor: Actor,
    cameraId: string,
    stream: LiveStreamName,
    req: IncomingMessage,
    socket: Duplex,
    head: Buffer,
  ): Promise<void> {
    const hub = this.hubFor(cameraId, stream);
    const remote = `${req.socket.remoteAddress ?? ''}:${req.socket.remotePort ?? 0}`;
    const registerId = await this.options.register.startView(actor, {
      cameraId,
      details: { transport: 'websocket', stream, remote },
    });
    if (socket.destroyed) {
      this.endView(registerId, { transport: 'websocket', durationMs: 0, bytes: 0, reason: 'client' });
      return;
    }
    const connection = new WebSocketConnection(req, socket, head);
    const viewer: LiveViewer = new LiveViewer({
      hub,
      connection,
      clock: this.options.clock,
      name: `ws:${remote}`,
      ...(this.options.onFragmentSent !== undefined ? { onSent: this.options.onFragmentSent } : {}),
      onEnd: (summary) => {
        this.viewers.delete(viewer);
        this.endView(registerId, summaryDetails(summary));
      },
    });
    this.viewers.add(viewer);
    viewer.start();
  }

  private endView(registerId: string, details: Record<string, unknown>): void {
    const p = this.options.register
      .endView(registerId, details)
      .catch((err: unknown) => {
        this.options.onError?.(err, 'register.endView');
      })
      .finally(() => {
        this.pendingEnds.delete(p);
      });
    this.pendingEnds.add(p);
  }
}

/** The register/audit details of an ended WebSocket view. */
function summaryDetails(s: LiveViewerSummary): Record<string, unknown> {
  return {
    transport: 'websocket',
    durationMs: s.durationMs,
    bytes: s.bytes,
    fragments: s.fragments,
    droppedFrames: s.droppedByHub + s.droppedBySocket,
    droppedGops: s.droppedGops,
    reason: s.reason,
  };
}
