// A Media Source Extensions player of psvis's live WebSocket (GET /api/v1/cameras/:id/live.ws,
// src/delivery/live/live-viewer.ts): a JSON text message {type:'init', mimeType, codecs, omitted},
// the binary init segment, then one fMP4 fragment per frame; {type:'offline'} and {type:'online'}
// when the camera drops and returns. It stays at the live edge, measures how long the frame on
// screen has been in the page, and reconnects with backoff. No React here: the hook wraps it.

/** What the player is doing; the tile shows it (and exposes `kind` as data-state). */
export type LivePlayerState =
  | { kind: 'connecting' }
  | { kind: 'playing' }
  /** The browser cannot decode the stream (e.g. H.265 in Chromium): no retry, it would not help. */
  | { kind: 'unsupported'; mimeType: string }
  /** The server says the camera stopped sending; the connection stays open for its return. */
  | { kind: 'offline'; reason: string | null }
  /** The connection or the decoder failed; the next attempt starts at retryAtMs (Date.now() time). */
  | { kind: 'error'; reason: 'connection' | 'media' | 'stalled'; retryAtMs: number };

/** What the init message says about the stream. */
export interface LiveStreamInfo {
  mimeType: string;
  codecs: readonly string[];
  omitted: readonly { codec: string; reason: string }[];
}

/** Options of one player. */
export interface LiveMsePlayerOptions {
  video: HTMLVideoElement;
  /** ws:// or wss:// URL of the live WebSocket. */
  url: string;
  onState(state: LivePlayerState): void;
  /** Median time from a fragment's arrival to its frame being on screen, about once a second. */
  onLatency(latencyMs: number | null): void;
  onStreamInfo(info: LiveStreamInfo): void;
}

/** First reconnect delay; it doubles per failed attempt up to MAX_RETRY_DELAY_MS. */
export const FIRST_RETRY_DELAY_MS = 1000;
/** Longest reconnect delay. */
export const MAX_RETRY_DELAY_MS = 10_000;
/** Behind the newest buffered frame by more than this, the player jumps forward (live, not smooth). */
export const MAX_LIVE_LAG_S = 0.5;
/** Where a jump lands, behind the newest buffered frame. */
const LIVE_EDGE_TARGET_S = 0.1;
/** Media kept behind the playhead; older media is removed so a wall can run for days. */
const BACK_BUFFER_S = 10;
/** No fragment for this long while not told "offline": the connection is considered dead. */
const STALL_TIMEOUT_MS = 10_000;
/** Fragments waiting for the SourceBuffer beyond which the player starts over (the decoder fell behind). */
const MAX_QUEUED_FRAGMENTS = 1000;
const TICK_MS = 200;
const LATENCY_SAMPLES = 25;
const LATENCY_REPORT_EVERY_TICKS = 5;

/** Reconnect delay after `failures` consecutive failed attempts (1 s, 2 s, 4 s, 8 s, 10 s…). */
export function retryDelayMs(failures: number): number {
  return Math.min(MAX_RETRY_DELAY_MS, FIRST_RETRY_DELAY_MS * 2 ** Math.max(0, failures - 1));
}

interface InitMessage {
  type: 'init';
  mimeType: string;
  codecs?: string[];
  omitted?: { codec: string; reason: string }[];
}
type ControlMessage = InitMessage | { type: 'offline'; reason?: string } | { type: 'online' };

function parseControl(text: string): ControlMessage | null {
  try {
    const m = JSON.parse(text) as unknown;
    if (typeof m !== 'object' || m === null || !('type' in m)) return null;
    const type = m.type;
    if (type === 'init' && typeof (m as { mimeType?: unknown }).mimeType === 'string') return m as InitMessage;
    if (type === 'offline' || type === 'online') return m as ControlMessage;
    return null;
  } catch {
    // A text message that is not JSON is not ours to act on.
    return null;
  }
}

/** One live player on one <video>; start() connects, close() ends everything. */
export class LiveMsePlayer {
  private ws: WebSocket | null = null;
  private mediaSource: MediaSource | null = null;
  private objectUrl: string | null = null;
  private sourceBuffer: SourceBuffer | null = null;
  private mimeType: string | null = null;
  private queue: { data: ArrayBuffer; atMs: number }[] = [];
  /** [buffered end after an append, arrival time of the appended fragment] */
  private arrivals: [number, number][] = [];
  private appendingAtMs = 0;
  private latencySamples: number[] = [];
  private failures = 0;
  private lastDataMs = 0;
  private lastCurrentTime = -1;
  private ticks = 0;
  private state: LivePlayerState = { kind: 'connecting' };
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private tickTimer: ReturnType<typeof setInterval> | null = null;
  /** Bumped on every (re)connection: events of an older one are ignored. */
  private generation = 0;
  private closed = false;

  constructor(private readonly options: LiveMsePlayerOptions) {}

  /** Connects and starts the live-edge and latency ticker. */
  start(): void {
    this.options.video.addEventListener('error', this.onVideoError);
    this.tickTimer = setInterval(() => {
      this.tick();
    }, TICK_MS);
    this.connect();
  }

  /** Closes the connection and frees the media source. */
  close(): void {
    this.closed = true;
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    if (this.tickTimer !== null) clearInterval(this.tickTimer);
    this.options.video.removeEventListener('error', this.onVideoError);
    this.teardown();
  }

  private setState(state: LivePlayerState): void {
    this.state = state;
    this.options.onState(state);
  }

  private connect(): void {
    this.teardown();
    const generation = ++this.generation;
    this.setState({ kind: 'connecting' });
    const ms = new MediaSource();
    this.mediaSource = ms;
    this.objectUrl = URL.createObjectURL(ms);
    this.options.video.src = this.objectUrl;
    ms.addEventListener(
      'sourceopen',
      () => {
        if (generation !== this.generation) return;
        this.openSocket(generation);
      },
      { once: true },
    );
  }

  private openSocket(generation: number): void {
    const ws = new WebSocket(this.options.url);
    ws.binaryType = 'arraybuffer';
    this.ws = ws;
    this.lastDataMs = Date.now();
    ws.onmessage = (e: MessageEvent<string | ArrayBuffer>) => {
      if (generation !== this.generation) return;
      this.lastDataMs = Date.now();
      if (typeof e.data === 'string') this.onControl(e.data);
      else this.onMedia(e.data);
    };
    // A refused upgrade (camera not received, no permission) and a dropped connection look alike
    // to a browser (close code 1006); the tile reads the camera's status to tell them apart.
    ws.onclose = () => {
      if (generation !== this.generation || this.closed || this.state.kind === 'unsupported') return;
      this.fail('connection');
    };
  }

  private onControl(text: string): void {
    const m = parseControl(text);
    if (m === null) return;
    if (m.type === 'offline') {
      this.setState({ kind: 'offline', reason: m.reason ?? null });
      return;
    }
    if (m.type === 'online') {
      this.setState({ kind: 'connecting' });
      return;
    }
    this.options.onStreamInfo({ mimeType: m.mimeType, codecs: m.codecs ?? [], omitted: m.omitted ?? [] });
    if (!MediaSource.isTypeSupported(m.mimeType)) {
      this.setState({ kind: 'unsupported', mimeType: m.mimeType });
      this.teardown();
      return;
    }
    const ms = this.mediaSource;
    if (ms === null || ms.readyState !== 'open') return;
    if (this.sourceBuffer === null) {
      const sb = ms.addSourceBuffer(m.mimeType);
      sb.addEventListener('updateend', this.onUpdateEnd);
      this.sourceBuffer = sb;
    } else if (m.mimeType !== this.mimeType) {
      // The camera changed codec or resolution profile: same buffer, new decoder configuration.
      this.sourceBuffer.changeType(m.mimeType);
    }
    this.mimeType = m.mimeType;
  }

  private onMedia(data: ArrayBuffer): void {
    if (this.sourceBuffer === null) return;
    this.queue.push({ data, atMs: performance.now() });
    if (this.queue.length > MAX_QUEUED_FRAGMENTS) {
      this.fail('media');
      return;
    }
    this.pump();
  }

  private readonly onUpdateEnd = (): void => {
    const sb = this.sourceBuffer;
    if (sb === null) return;
    const b = sb.buffered;
    if (b.length > 0 && this.appendingAtMs > 0) this.arrivals.push([b.end(b.length - 1), this.appendingAtMs]);
    this.appendingAtMs = 0;
    this.pump();
  };

  private pump(): void {
    const sb = this.sourceBuffer;
    if (sb === null || sb.updating) return;
    const next = this.queue[0];
    if (next === undefined) return;
    try {
      sb.appendBuffer(next.data);
      this.queue.shift();
      this.appendingAtMs = next.atMs;
    } catch (err) {
      // QuotaExceededError: the buffer is full; trimming makes room and the append is retried.
      if (err instanceof DOMException && err.name === 'QuotaExceededError' && this.trimBackBuffer(true)) return;
      this.fail('media');
    }
  }

  /** Removes media behind the playhead; true when a removal started. */
  private trimBackBuffer(force: boolean): boolean {
    const sb = this.sourceBuffer;
    const video = this.options.video;
    if (sb === null || sb.updating || sb.buffered.length === 0) return false;
    const start = sb.buffered.start(0);
    const keepFrom = video.currentTime - (force ? 1 : BACK_BUFFER_S);
    if (keepFrom - start < (force ? 0.5 : BACK_BUFFER_S)) return false;
    sb.remove(start, keepFrom);
    return true;
  }

  private readonly onVideoError = (): void => {
    if (this.closed || this.state.kind === 'unsupported' || this.options.video.error === null) return;
    this.fail('media');
  };

  private fail(reason: 'connection' | 'media' | 'stalled'): void {
    this.teardown();
    this.failures++;
    const delay = retryDelayMs(this.failures);
    this.setState({ kind: 'error', reason, retryAtMs: Date.now() + delay });
    this.options.onLatency(null);
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.closed) this.connect();
    }, delay);
  }

  private tick(): void {
    const video = this.options.video;
    const b = video.buffered;
    if (this.sourceBuffer !== null && b.length > 0) {
      const end = b.end(b.length - 1);
      // Live: show the newest picture; a replayed GOP or a hole in the buffer is skipped.
      if (end - video.currentTime > MAX_LIVE_LAG_S) video.currentTime = Math.max(0, end - LIVE_EDGE_TARGET_S);
      if (video.paused) {
        video.play().catch(() => {
          // Autoplay of a muted video is allowed; a refusal here is retried on the next tick.
        });
      }
    }
    this.measure(video);
    this.trimBackBuffer(false);
    const advanced = video.currentTime > this.lastCurrentTime && !video.paused;
    this.lastCurrentTime = video.currentTime;
    if (advanced && this.state.kind === 'connecting') {
      this.failures = 0;
      this.setState({ kind: 'playing' });
    }
    const silentMs = Date.now() - this.lastDataMs;
    if (this.ws !== null && this.state.kind !== 'offline' && silentMs > STALL_TIMEOUT_MS) this.fail('stalled');
  }

  // The frame on screen arrived when the buffer first reached its time (as test/browser/player.html).
  private measure(video: HTMLVideoElement): void {
    const t = video.currentTime;
    while (this.arrivals.length > 1 && (this.arrivals[1]?.[0] ?? Infinity) < t) this.arrivals.shift();
    const hit = this.arrivals.find(([bufferedEnd]) => bufferedEnd >= t);
    if (hit !== undefined && !video.paused && this.state.kind === 'playing') {
      this.latencySamples.push(performance.now() - hit[1]);
      if (this.latencySamples.length > LATENCY_SAMPLES) this.latencySamples.shift();
    }
    if (++this.ticks % LATENCY_REPORT_EVERY_TICKS === 0 && this.latencySamples.length > 0) {
      const sorted = [...this.latencySamples].sort((x, y) => x - y);
      this.options.onLatency(sorted[Math.floor(sorted.length / 2)] ?? null);
    }
  }

  private teardown(): void {
    this.generation++;
    const ws = this.ws;
    this.ws = null;
    if (ws !== null) {
      ws.onmessage = null;
      ws.onclose = null;
      // Closing a socket still connecting makes the browser log an error; close it once open.
      if (ws.readyState === WebSocket.CONNECTING) {
        ws.onopen = () => {
          ws.close();
        };
      } else if (ws.readyState === WebSocket.OPEN) ws.close();
    }
    if (this.sourceBuffer !== null) this.sourceBuffer.removeEventListener('updateend', this.onUpdateEnd);
    this.sourceBuffer = null;
    this.mimeType = null;
    this.mediaSource = null;
    this.queue = [];
    this.arrivals = [];
    this.latencySamples = [];
    this.appendingAtMs = 0;
    this.lastCurrentTime = -1;
    const video = this.options.video;
    if (this.objectUrl !== null) {
      // Dropping the attribute (not src = '') empties the element without a media error.
      video.removeAttribute('src');
      video.load();
      URL.revokeObjectURL(this.objectUrl);
      this.objectUrl = null;
    }
  }
}
