// A camera without a socket, for the pipeline benchmark: it answers the RTSP client's requests
// (OPTIONS, DESCRIBE with the captured SDP, SETUP interleaved 0-1, PLAY, keep-alives) and then
// takes replayed bytes from the benchmark, which it hands to the client as socket reads would:
// copied into the buffer the client gives for each read, as connectTcp's reads land.
// Also the benchmark's virtual time, so timers and clocks follow the replayed stream.
import type { Clock } from '../src/clock.ts';
import type { RtspConnection, RtspConnectionHandlers, RtspConnector } from '../src/rtsp/client.ts';
import { RtspFramer } from '../src/rtsp/codec/framer.ts';
import { getHeader, serializeResponse, type RtspRequest } from '../src/rtsp/codec/message.ts';
import type { TimerHandle, Timers } from '../src/rtsp/timers.ts';

/** Session id the replayed camera gives. */
const SESSION = '5eb1c4a2;timeout=60';

/** One RTSP connection to the replayed camera. */
export class ReplayConnection implements RtspConnection {
  destroyed = false;
  /** True once PLAY was answered: the benchmark may deliver media. */
  playing = false;
  private readonly framer = new RtspFramer();
  private readonly encoder = new TextEncoder();

  constructor(
    private readonly handlers: RtspConnectionHandlers,
    private readonly sdp: string,
    private readonly baseUrl: string,
  ) {
    setImmediate(() => {
      handlers.onConnect('127.0.0.1');
    });
  }

  write(bytes: Uint8Array): void {
    if (this.destroyed) return;
    // Receiver reports come interleaved; only requests need an answer.
    for (const item of this.framer.push(bytes)) if (item.kind === 'request') this.answer(item);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.playing = false;
    setImmediate(() => {
      this.handlers.onClose();
    });
  }

  /**
   * Hands `bytes[from, to)` to the client in socket reads of at most `maxReadBytes`, or of one
   * interleaved packet each when `maxReadBytes` is 0 (a reader keeping up with a camera that
   * writes packet by packet); returns the reads.
   */
  deliver(bytes: Buffer, from: number, to: number, maxReadBytes: number): number {
    let reads = 0;
    for (let at = from; at < to && this.playing && !this.destroyed; reads++) {
      const packetEnd = at + 4 + (((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0));
      at += this.read(bytes, at, maxReadBytes === 0 ? packetEnd : to, maxReadBytes === 0 ? to : maxReadBytes);
    }
    return reads;
  }

  // One socket read: as much of bytes[from, to) as fits where the client wants it.
  private read(bytes: Buffer, from: number, to: number, maxReadBytes: number): number {
    const target = this.handlers.readBuffer();
    const n = Math.min(target.length, maxReadBytes, to - from);
    bytes.copy(target, 0, from, from + n);
    this.handlers.onRead(n);
    return n;
  }

  private answer(request: RtspRequest): void {
    const headers: [string, string][] = [['CSeq', getHeader(request.headers, 'CSeq') ?? '0']];
    let body = new Uint8Array(0);
    switch (request.method) {
      case 'OPTIONS':
        headers.push(['Public', 'OPTIONS, DESCRIBE, SETUP, PLAY, GET_PARAMETER, TEARDOWN']);
        break;
      case 'DESCRIBE':
        body = this.encoder.encode(this.sdp);
        headers.push(['Content-Type', 'application/sdp'], ['Content-Base', `${this.baseUrl}/`]);
        break;
      case 'SETUP':
        headers.push(['Transport', 'RTP/AVP/TCP;unicast;interleaved=0-1'], ['Session', SESSION]);
        break;
      default:
        headers.push(['Session', SESSION]);
    }
    const response = Buffer.from(serializeResponse({ statusCode: 200, reason: 'OK', headers, body }));
    setImmediate(() => {
      if (this.destroyed) return;
      for (let at = 0; at < response.length;) at += this.read(response, at, response.length, response.length);
      if (request.method === 'PLAY') this.playing = true;
    });
  }
}

/** Connects every client to a new ReplayConnection and keeps them, in order, for the benchmark. */
export class ReplayCameras {
  readonly connections: ReplayConnection[] = [];
  readonly connect: RtspConnector;

  constructor(sdp: string, baseUrl: string) {
    this.connect = (_host, _port, handlers) => {
      const connection = new ReplayConnection(handlers, sdp, baseUrl);
      this.connections.push(connection);
      return connection;
    };
  }
}

interface VirtualTimer {
  readonly atMs: number;
  readonly order: number;
  readonly callback: () => void;
  live: boolean;
}

/** Timers and a clock that move only when the benchmark advances them (by the replayed frames). */
export class VirtualTime implements Timers, Clock {
  private nowVirtualMs = 0;
  private order = 0;
  // A binary min-heap on (atMs, order).
  private readonly heap: VirtualTimer[] = [];

  constructor(private readonly epochMs: number) {}

  setTimeout(callback: () => void, delayMs: number): TimerHandle {
    const timer: VirtualTimer = {
      atMs: this.nowVirtualMs + Math.max(0, delayMs),
      order: this.order++,
      callback,
      live: true,
    };
    this.heap.push(timer);
    this.up(this.heap.length - 1);
    return timer;
  }

  clearTimeout(handle: TimerHandle): void {
    (handle as VirtualTimer).live = false;
  }

  nowMs(): number {
    return this.nowVirtualMs;
  }

  now(): Date {
    return new Date(this.epochMs + this.nowVirtualMs);
  }

  /** Moves time on by `ms`, running every timer that falls due, in order. */
  advance(ms: number): void {
    const target = this.nowVirtualMs + ms;
    for (;;) {
      const top = this.heap[0];
      if (top === undefined || top.atMs > target) break;
      this.pop();
      this.nowVirtualMs = Math.max(this.nowVirtualMs, top.atMs);
      if (top.live) top.callback();
    }
    this.nowVirtualMs = target;
  }

  private less(a: VirtualTimer, b: VirtualTimer): boolean {
    return a.atMs < b.atMs || (a.atMs === b.atMs && a.order < b.order);
  }

  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const a = h[i];
      const b = h[parent];
      if (a === undefined || b === undefined || !this.less(a, b)) return;
      h[i] = b;
      h[parent] = a;
      i = parent;
    }
  }

  private pop(): void {
    const h = this.heap;
    const last = h.pop();
    if (last === undefined || h.length === 0) return;
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      let least = h[i] as VirtualTimer;
      const hl = h[l];
      const hr = h[r];
      if (hl !== undefined && this.less(hl, least)) {
        m = l;
        least = hl;
      }
      if (hr !== undefined && this.less(hr, least)) m = r;
      if (m === i) return;
      const a = h[i] as VirtualTimer;
      h[i] = h[m] as VirtualTimer;
      h[m] = a;
      i = m;
    }
  }
}
