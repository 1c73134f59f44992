// One live MSE viewer: a drop-gop hub reader, a muxer and a WebSocket. Frames leave as soon as the
// hub has them; two bounds keep a slow viewer from costing memory or latency: the hub queue
// (whole GOPs dropped there) and the socket's own buffer (past it, frames are skipped up to the
// next keyframe that fits). Both kinds of loss are counted and end up in the audit trail.
// The viewer releases each frame (MediaFrame.lease) once the socket is done with its bytes, so a
// watched camera's frame memory is reused as an unwatched one's is.
import type { Clock } from '../../clock.ts';
import type { Hub } from '../../hub/hub.ts';
import type { HubItem, HubReader } from '../../hub/contracts.ts';
import { LiveFmp4Muxer, type LiveFragment, type LiveInit } from './live-muxer.ts';
import { CloseCode } from './websocket-codec.ts';
import type { WebSocketConnection } from './websocket.ts';

/** Frames a viewer's hub queue holds: ~2 s at 25 fps plus audio; more is latency, not smoothness. */
export const LIVE_VIEWER_QUEUE_FRAMES = 128;
/** Bytes the socket may hold unsent before frames are skipped to the next keyframe (~2 s at 4 Mbit/s). */
export const LIVE_SOCKET_MAX_BUFFERED_BYTES = 1024 * 1024;

/** What a viewer reports when it ends (for the audit event and the register row). */
export interface LiveViewerSummary {
  readonly cameraId: string;
  readonly durationMs: number;
  readonly bytes: number;
  readonly fragments: number;
  /** Frames the hub dropped because the viewer's queue was full. */
  readonly droppedByHub: number;
  /** Frames skipped because the socket buffer was over its bound. */
  readonly droppedBySocket: number;
  readonly droppedGops: number;
  /** Why it ended: 'client' (viewer closed), 'hub-closed', 'server'. */
  readonly reason: string;
}

/** Options of one viewer. */
export interface LiveViewerOptions {
  readonly hub: Hub;
  readonly connection: WebSocketConnection;
  readonly clock: Clock;
  /** Reader name, e.g. 'ws:10.0.0.7:51234'. */
  readonly name: string;
  readonly maxQueuedFrames?: number;
  readonly maxSocketBufferedBytes?: number;
  /** Sees each fragment as it is handed to the socket (benchmarks). */
  readonly onSent?: (fragment: LiveFragment, sentAtMs: number) => void;
  readonly onEnd: (summary: LiveViewerSummary) => void;
}

/** The JSON text message sent before each init segment. */
export interface LiveInitMessage {
  readonly type: 'init';
  readonly mimeType: string;
  readonly codecs: readonly string[];
  readonly omitted: readonly { codec: string; reason: string }[];
}

/** A viewer of one camera over one WebSocket; start() joins the hub, close() leaves it. */
export class LiveViewer {
  private readonly muxer = new LiveFmp4Muxer();
  private reader: HubReader | undefined;
  private readonly startedMs: number;
  private bytes = 0;
  private fragments = 0;
  private droppedBySocket = 0;
  private droppedGops = 0;
  private skipping = false;
  private ended = false;
  private readonly maxBuffered: number;

  constructor(private readonly options: LiveViewerOptions) {
    this.startedMs = options.clock.now().getTime();
    this.maxBuffered = options.maxSocketBufferedBytes ?? LIVE_SOCKET_MAX_BUFFERED_BYTES;
  }

  /** Joins the hub at its latest keyframe and starts sending. */
  start(): void {
    const { hub, connection } = this.options;
    connection.onClose(() => {
      this.finish('client');
    });
    this.reader = hub.addReader({
      name: this.options.name,
      policy: 'drop-gop',
      start: 'latest-keyframe',
      releasesFrames: true,
      maxQueuedFrames: this.options.maxQueuedFrames ?? LIVE_VIEWER_QUEUE_FRAMES,
      onReadable: () => {
        this.pump();
      },
    });
    this.pump();
  }

  /** Ends the view from the server side (shutdown, camera removed). */
  close(reason = 'server'): void {
    this.finish(reason);
    this.options.connection.close(CloseCode.goingAway, reason);
  }

  // Reads everything queued: a viewer's queue is drained at once, so hub-side drops only happen
  // when the event loop itself falls behind; the socket bound handles slow networks.
  private pump(): void {
    const reader = this.reader;
    if (reader === undefined || this.ended) return;
    for (let item = reader.read(); item !== undefined; item = this.isEnded() ? undefined : reader.read()) {
      this.handle(item);
    }
  }

  // A method, not the field: handle() may end the view, which flow analysis cannot see.
  private isEnded(): boolean {
    return this.ended;
  }

  private handle(item: HubItem): void {
    const conn = this.options.connection;
    switch (item.kind) {
      case 'tracks':
        this.muxer.setTracks(item.tracks);
        return;
      case 'offline':
        // Before the init message there is no stream to speak of; the JSON init message comes first.
        if (!this.muxer.started) return;
        conn.sendText(JSON.stringify({ type: 'offline', reason: item.reason, at: item.at.toISOString() }));
        return;
      case 'online':
        if (!this.muxer.started) return;
        conn.sendText(JSON.stringify({ type: 'online', at: item.at.toISOString() }));
        return;
      case 'overrun':
        return;
      case 'end':
        this.close('hub-closed');
        return;
      case 'frame':
        break;
    }
    const frame = item.frame;
    const video = frame.codec === 'h264' || frame.codec === 'h265';
    const startPoint = video && frame.keyframe;
    if (this.skipping || conn.bufferedBytes > this.maxBuffered) {
      // Socket backlog: lose frames up to a keyframe the socket has room for (a decodable resume).
      if (!this.skipping) this.droppedGops++;
      this.skipping = !(startPoint && conn.bufferedBytes <= this.maxBuffered);
      if (this.skipping) {
        this.droppedBySocket++;
        frame.lease?.release();
        return;
      }
    }
    let sent = false;
    try {
      for (const out of this.muxer.push(frame, item.receivedAtMs)) {
        if (out.kind === 'init') this.sendInit(out);
        else {
          // The fragment's chunks are views of the frame's units: held until the socket wrote them.
          sent = true;
          this.sendFragment(out, () => frame.lease?.release());
        }
      }
    } finally {
      // Before the first keyframe, of an omitted track, or a muxer error: nothing of it is sent.
      if (!sent) frame.lease?.release();
    }
  }

  private sendInit(init: LiveInit): void {
    const message: LiveInitMessage = {
      type: 'init',
      mimeType: init.mimeType,
      codecs: init.codecs,
      omitted: init.omitted,
    };
    this.options.connection.sendText(JSON.stringify(message));
    this.options.connection.sendBinary([init.init], init.init.length);
    this.bytes += init.init.length;
  }

  private sendFragment(fragment: LiveFragment, onWritten: () => void): void {
    this.options.connection.sendBinary(fragment.chunks, fragment.byteLength, onWritten);
    this.bytes += fragment.byteLength;
    this.fragments++;
    this.options.onSent?.(fragment, Date.now());
  }

  private finish(reason: string): void {
    if (this.ended) return;
    this.ended = true;
    const stats = this.reader?.stats();
    this.reader?.close();
    this.options.onEnd({
      cameraId: this.options.hub.cameraId,
      durationMs: this.options.clock.now().getTime() - this.startedMs,
      bytes: this.bytes,
      fragments: this.fragments,
      droppedByHub: stats?.droppedFrames ?? 0,
      droppedBySocket: this.droppedBySocket,
      droppedGops: this.droppedGops + (stats?.droppedGops ?? 0),
      reason,
    });
  }
}
