// RTSP 1.0 client session for one camera URL (RFC 2326 §10: OPTIONS, DESCRIBE, SETUP, PLAY,
// GET_PARAMETER, TEARDOWN). Hands raw RTP/RTCP bytes per track upward; depacketizing is
// src/media's. Reconnection is the caller's (see reconnect-policy.ts).
// The receive path allocates nothing per packet: socket reads land in the connection's reused
// receive slabs (receive-buffer.ts), the framer hands each interleaved frame as (bytes, offset,
// length), and the media sink gets it the same way and says what it keeps; the 'rtp'/'rtcp'
// events cost a copy only when listened to.
import { randomBytes, randomInt } from 'node:crypto';
import { connect } from 'node:net';
import { PsvisError } from '../errors/psvis-error.ts';
import { parseAuthChallenges, RtspAuthenticator, type Credentials } from './codec/auth.ts';
import { RtspFramer, type RtspFrameSink } from './codec/framer.ts';
import { parsePublic, parseRtpInfo, parseSession, type RtpInfoEntry } from './codec/headers.ts';
import {
  bodyText,
  getHeader,
  getHeaders,
  serializeInterleaved,
  serializeRequest,
  serializeResponse,
  type RtspHeaders,
  type RtspRequest,
  type RtspResponse,
} from './codec/message.ts';
import { RtpReceptionStats } from './codec/rtcp-receiver.ts';
import { parseSdpTracks, resolveControlUrl } from './codec/sdp-tracks.ts';
import { IsolatedEmitter } from '../events/isolated-emitter.ts';
import { realTimers, type TimerHandle, type Timers } from './timers.ts';
import { bindUdpPair, type UdpPair } from './udp-pair.ts';
import { ReceiveBuffer } from './receive-buffer.ts';
import { setupTrack, type SetupContext } from './client-setup.ts';

/** Default limits of a client session. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 5000;
export const DEFAULT_RESPONSE_TIMEOUT_MS = 5000;
export const DEFAULT_READ_TIMEOUT_MS = 10_000;
/** RFC 3550 §6.2: the minimum RTCP interval is 5 s. */
export const DEFAULT_RTCP_INTERVAL_MS = 5000;
/** How long close() waits for the TEARDOWN answer before dropping the connection. */
export const TEARDOWN_TIMEOUT_MS = 1000;
const MAX_AUTH_ROUNDS = 3;
const MAX_REDIRECTS = 1;

/** What the client needs of its TCP connection to the camera; `connectTcp` is node:net's. */
export interface RtspConnection {
  write(bytes: Uint8Array): void;
  destroy(): void;
  readonly destroyed: boolean;
}

/** What a connection asks and reports. Reads land where the client says (its receive buffer). */
export interface RtspConnectionHandlers {
  onConnect(remoteAddress: string | undefined): void;
  /** Where the next read must go. */
  readBuffer(): Uint8Array;
  /** `bytes` bytes were read into the buffer `readBuffer` gave last. */
  onRead(bytes: number): void;
  onError(err: NodeJS.ErrnoException): void;
  onClose(): void;
}

/**
 * Opens a connection (injected by benchmarks and tests that replay a camera without a socket).
 * Handlers are called later, never from inside the call, as node:net does.
 */
export type RtspConnector = (host: string, port: number, handlers: RtspConnectionHandlers) => RtspConnection;

/** A TCP connection through node:net whose reads land in the client's receive buffer (no 'data' events). */
export const connectTcp: RtspConnector = (host, port, handlers) => {
  const socket = connect({
    host,
    port,
    onread: {
      buffer: () => handlers.readBuffer(),
      callback: (bytes: number) => {
        handlers.onRead(bytes);
        return true; // keep reading
      },
    },
  });
  socket.setNoDelay(true);
  socket.once('connect', () => {
    handlers.onConnect(socket.remoteAddress);
  });
  socket.on('error', (err: NodeJS.ErrnoException) => {
    handlers.onError(err);
  });
  socket.on('close', () => {
    handlers.onClose();
  });
  return socket;
};

/**
 * What a media sink still holds views of after taking an RTP packet of a track: 'held' — this
 * packet and whatever it held before; 'released-before' — this packet at most, nothing earlier;
 * 'released' — nothing of the track. The receive buffer reuses memory nobody holds.
 */
export type PacketRetention = 'held' | 'released-before' | 'released';

/**
 * The typed receive path (ingest's): each packet as `bytes[offset, offset + length)` in the
 * receive buffer, no copy, no object. Views into those bytes stay valid while the sink reports
 * the packet held (RTP) or until the call returns (RTCP); copy anything kept longer. A throw is
 * reported to onListenerError as the 'rtp'/'rtcp' event's, counts as 'held', and never ends the
 * session.
 */
export interface RtspMediaSink {
  rtp(trackIndex: number, bytes: Uint8Array, offset: number, length: number): PacketRetention;
  rtcp(trackIndex: number, bytes: Uint8Array, offset: number, length: number): void;
}

/** Options of one client session. */
export interface RtspClientOptions {
  /** rtsp://[user:password@]host[:port]/path */
  readonly url: string;
  /** Overrides credentials in the URL. */
  readonly credentials?: Credentials;
  /** Interleaved over the RTSP connection (default) or UDP ports with RTCP. */
  readonly transport?: 'tcp' | 'udp';
  /** Media kinds to set up, default video and audio. */
  readonly mediaKinds?: readonly string[];
  readonly connectTimeoutMs?: number;
  readonly responseTimeoutMs?: number;
  /** No RTP for this long after PLAY closes the session with PSVIS_ERR_RTSP_READ_TIMEOUT. */
  readonly readTimeoutMs?: number;
  /** Overrides keep-alive at half the session timeout (RFC 2326 §12.37). */
  readonly keepAliveIntervalMs?: number;
  readonly rtcpIntervalMs?: number;
  readonly udpPortRange?: readonly [number, number];
  readonly userAgent?: string;
  readonly timers?: Timers;
  readonly onListenerError?: (err: unknown, event: string) => void;
  /** How to reach the camera; default `connectTcp`. */
  readonly connect?: RtspConnector;
  /** Receives every RTP and RTCP packet without an event per packet. */
  readonly media?: RtspMediaSink;
  /** Size of the receive slabs (default RECEIVE_SLAB_BYTES); tests make reuse frequent with small ones. */
  readonly receiveSlabBytes?: number;
}

/** A track the client set up. */
export interface RtspClientTrack {
  readonly index: number;
  readonly media: string;
  readonly payloadType: number;
  readonly encoding: string;
  readonly clockRate: number;
  readonly controlUrl: string;
  readonly transport: 'tcp' | 'udp';
  /** TCP: interleaved channels [rtp, rtcp] the server confirmed. */
  readonly channels?: readonly [number, number];
  /** UDP: server's RTP and RTCP ports. */
  readonly serverPorts?: readonly [number, number];
  readonly ssrc?: number;
}

/** Events of a client session. */
export interface RtspClientEvents {
  [event: string]: unknown[];
  /** The DESCRIBE answer, before SETUP. */
  sdp: [sdp: string];
  rtp: [trackIndex: number, packet: Uint8Array];
  rtcp: [trackIndex: number, packet: Uint8Array];
  /** Once, with why: PSVIS_ERR_RTSP_CLOSED after close(), another code after a failure. */
  close: [reason: PsvisError];
}

/** Facts about the session once PLAY succeeded. */
export interface RtspSessionInfo {
  readonly sdp: string;
  readonly tracks: readonly RtspClientTrack[];
  readonly sessionId: string;
  readonly sessionTimeoutS: number;
  readonly rtpInfo: readonly RtpInfoEntry[];
  /** Set when UDP was asked for and the server refused it (461), so TCP was used. */
  readonly transportFallback?: 'udp-refused';
}

interface Pending {
  readonly cseq: number;
  readonly resolve: (r: RtspResponse) => void;
  readonly reject: (e: PsvisError) => void;
  readonly timer: TimerHandle;
}

function normaliseAddress(address: string): string {
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

/** One RTSP session with one camera: start() plays, close() tears down. */
export class RtspClient {
  /** Typed events; a throwing listener is reported to onListenerError and cannot break the session. */
  private readonly events: IsolatedEmitter<RtspClientEvents>;
  private readonly timers: Timers;
  private readonly transport: 'tcp' | 'udp';
  private url: string;
  private credentials: Credentials | undefined;
  private socket: RtspConnection | undefined;
  private readonly framer = new RtspFramer();
  private cseq = 0;
  private pending: Pending | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private authenticator: RtspAuthenticator | undefined;
  private sessionId: string | undefined;
  private sessionTimeoutS = 60;
  private publicMethods: string[] = [];
  // Interleaved channel → track index (-1: not ours) and whether it carries RTCP (RFC 2326 §10.12: 0..255).
  private readonly channelTrack = new Int16Array(256).fill(-1);
  private readonly channelRtcp = new Uint8Array(256);
  private readonly media: RtspMediaSink | undefined;
  // Arrival time of the packets of the current read: one clock read per read, not per packet.
  private readNowMs = -1;
  // The slab of the read being parsed and the stream position of its first byte: packets handed
  // as (slab, offset) are in the receive buffer at chunkPosition + offset.
  private chunk: Uint8Array | undefined;
  private chunkPosition = 0;
  // Per track, the stream position of the oldest byte the media sink holds (Infinity: none).
  // A typed array: a plain one would box the doubles it stores once per packet.
  private heldFrom = new Float64Array(0);
  private readonly frameSink: RtspFrameSink = {
    interleaved: (channel, bytes, offset, length) => {
      this.onInterleaved(channel, bytes, offset, length);
    },
    message: (message) => {
      if (message.kind === 'response') this.onResponse(message);
      else this.onServerRequest(message);
    },
  };
  private readonly udpPairs: (UdpPair | undefined)[] = [];
  private readonly stats: RtpReceptionStats[] = [];
  private readonly receiverSsrc = randomInt(0, 0xffffffff);
  private serverAddress = '';
  private tracksSetUp: RtspClientTrack[] = [];
  private keepAliveTimer: TimerHandle | undefined;
  private readTimer: TimerHandle | undefined;
  private rtcpTimer: TimerHandle | undefined;
  private lastRtpMs = 0;
  private closed = false;
  private playing = false;
  /** UDP socket errors seen (ICMP port unreachable after the camera stopped, …). */
  udpErrors = 0;
  /** RTP packets received per track. */
  readonly rtpPackets: number[] = [];

  constructor(private readonly options: RtspClientOptions) {
    this.events = new IsolatedEmitter<RtspClientEvents>(options.onListenerError);
    this.media = options.media;
    this.timers = options.timers ?? realTimers();
    this.transport = options.transport ?? 'tcp';
    const parsed = RtspClient.splitUrl(options.url);
    this.url = parsed.url;
    this.credentials = options.credentials ?? parsed.credentials;
  }

  /** Adds a listener of `event`; returns the function that removes it. */
  on<K extends keyof RtspClientEvents & string>(
    event: K,
    listener: (...args: RtspClientEvents[K]) => void,
  ): () => void {
    return this.events.on(event, listener);
  }

  /** Strips userinfo from an rtsp:// URL; percent-encoded credentials are decoded (RFC 3986 §3.2.1). */
  static splitUrl(raw: string): { url: string; credentials?: Credentials } {
    let u: URL;
    try {
      u = new URL(raw);
    } catch {
      throw new PsvisError('PSVIS_ERR_RTSP_BAD_URL', 'camera URL is not a valid URL', {
        url: raw.replace(/\/\/[^@/]*@/, '//***@'),
      });
    }
    if (u.protocol !== 'rtsp:' || u.hostname === '') {
      throw new PsvisError('PSVIS_ERR_RTSP_BAD_URL', 'camera URL must be rtsp://host[:port]/path', {
        protocol: u.protocol,
      });
    }
    const url = raw.replace(/^(rtsp:\/\/)[^@/]*@/i, '$1');
    if (u.username === '' && u.password === '') return { url };
    return {
      url,
      credentials: { username: decodeURIComponent(u.username), password: decodeURIComponent(u.password) },
    };
  }

  /** Tracks set up so far (all of them once start() resolved). */
  get tracks(): readonly RtspClientTrack[] {
    return this.tracksSetUp;
  }

  /** Connects and runs OPTIONS, DESCRIBE, SETUP and PLAY; rejects with the PsvisError that closed it. */
  async start(): Promise<RtspSessionInfo> {
    try {
      return await this.run();
    } catch (err) {
      const reason =
        err instanceof PsvisError
          ? err
          : new PsvisError('PSVIS_ERR_RTSP_CONNECTION_LOST', 'RTSP session failed', { cause: String(err) });
      this.shutdown(reason);
      throw reason;
    }
  }

  private async run(): Promise<RtspSessionInfo> {
    let describe: RtspResponse | undefined;
    for (let redirects = 0; ; redirects++) {
      await this.connect();
      const options = await this.request('OPTIONS', this.url, []);
      if (options.statusCode === 200) this.publicMethods = parsePublic(getHeader(options.headers, 'Public') ?? '');
      describe = await this.request('DESCRIBE', this.url, [['Accept', 'application/sdp']]);
      const location = getHeader(describe.headers, 'Location');
      if (describe.statusCode >= 300 && describe.statusCode < 400 && location !== undefined) {
        // RFC 2326 §11.3: follow a redirect once; a camera bouncing us further is broken.
        if (redirects >= MAX_REDIRECTS) {
          throw new PsvisError('PSVIS_ERR_RTSP_REDIRECT', 'camera redirected more than once', { location });
        }
        this.socket?.destroy();
        this.socket = undefined;
        this.framer.reset();
        const next = RtspClient.splitUrl(location);
        this.url = next.url;
        if (this.options.credentials === undefined && next.credentials !== undefined) {
          this.credentials = next.credentials;
        }
        this.authenticator = undefined;
        continue;
      }
      break;
    }
    this.expectOk(describe, 'DESCRIBE');
    const sdp = bodyText(describe);
    this.events.emit('sdp', sdp);
    const { sessionControl, tracks } = parseSdpTracks(sdp);
    const base =
      getHeader(describe.headers, 'Content-Base') ?? getHeader(describe.headers, 'Content-Location') ?? this.url;
    const kinds = this.options.mediaKinds ?? ['video', 'audio'];
    const wanted = tracks.filter((t) => kinds.includes(t.media));
    if (wanted.length === 0) {
      throw new PsvisError('PSVIS_ERR_RTSP_NO_TRACKS', 'camera SDP has no track to receive', {
        media: tracks.map((t) => t.media),
      });
    }
    let transport = this.transport;
    let transportFallback: 'udp-refused' | undefined;
    for (const [index, t] of wanted.entries()) {
      const ctx: SetupContext = {
        request: (method, uri, headers) => this.request(method, uri, headers),
        bindUdp: () => bindUdpPair(this.options.udpPortRange),
        sessionHeader: () => this.sessionHeader(),
      };
      const result = await setupTrack(ctx, {
        index,
        track: t,
        controlUrl: resolveControlUrl(base, t.control),
        transport,
      });
      if (result.fellBack) {
        transport = 'tcp';
        transportFallback = 'udp-refused';
      }
      if (this.sessionId === undefined && result.sessionHeader !== '') {
        const s = parseSession(result.sessionHeader);
        this.sessionId = s.id;
        this.sessionTimeoutS = s.timeoutS;
      }
      this.tracksSetUp.push(result.track);
      this.stats.push(new RtpReceptionStats(t.clockRate > 0 ? t.clockRate : 90000));
      this.rtpPackets.push(0);
      const heldFrom = new Float64Array(this.heldFrom.length + 1).fill(Number.POSITIVE_INFINITY);
      heldFrom.set(this.heldFrom);
      this.heldFrom = heldFrom;
      this.udpPairs.push(result.udp);
      if (result.track.channels !== undefined) {
        const [rtpChannel, rtcpChannel] = result.track.channels;
        this.channelTrack[rtpChannel & 0xff] = index;
        this.channelRtcp[rtpChannel & 0xff] = 0;
        this.channelTrack[rtcpChannel & 0xff] = index;
        this.channelRtcp[rtcpChannel & 0xff] = 1;
      }
      if (result.udp !== undefined) this.listenUdp(index, result.udp);
    }
    const playUrl = resolveControlUrl(base, sessionControl);
    this.lastRtpMs = this.timers.nowMs();
    const play = await this.request('PLAY', playUrl, [['Range', 'npt=0.000-'], ...this.sessionHeader()]);
    this.expectOk(play, 'PLAY');
    this.playing = true;
    this.scheduleKeepAlive();
    this.scheduleReadCheck();
    this.scheduleRtcp();
    return {
      sdp,
      tracks: this.tracksSetUp,
      sessionId: this.sessionId ?? '',
      sessionTimeoutS: this.sessionTimeoutS,
      rtpInfo: parseRtpInfo(getHeader(play.headers, 'RTP-Info') ?? ''),
      ...(transportFallback !== undefined && { transportFallback }),
    };
  }

  /** Sends TEARDOWN when playing, waits for it briefly, releases everything and emits 'close'. */
  async close(): Promise<void> {
    if (this.closed) return;
    if (this.playing && this.socket !== undefined && !this.socket.destroyed) {
      this.playing = false;
      this.clearTimers();
      const teardown = this.request('TEARDOWN', this.url, this.sessionHeader(), TEARDOWN_TIMEOUT_MS);
      // A camera that never answers TEARDOWN must not hold close() up; its answer is not needed.
      await teardown.then(
        () => undefined,
        () => undefined,
      );
    }
    this.shutdown(new PsvisError('PSVIS_ERR_RTSP_CLOSED', 'RTSP session closed by psvis', { url: this.url }));
  }

  private sessionHeader(): [string, string][] {
    return this.sessionId === undefined ? [] : [['Session', this.sessionId]];
  }

  private expectOk(response: RtspResponse, method: string): void {
    if (response.statusCode >= 200 && response.statusCode < 300) return;
    throw new PsvisError('PSVIS_ERR_RTSP_STATUS', `camera answered ${method} with ${response.statusCode}`, {
      method,
      statusCode: response.statusCode,
      reason: response.reason,
    });
  }

  private connect(): Promise<void> {
    const u = new URL(this.url);
    const host = u.hostname.replace(/^\[|\]$/g, '');
    const port = u.port === '' ? 554 : Number(u.port);
    return new Promise((resolve, reject) => {
      const open = this.options.connect ?? connectTcp;
      const timer = this.timers.setTimeout(() => {
        socket.destroy();
        reject(
          new PsvisError('PSVIS_ERR_RTSP_CONNECT_TIMEOUT', 'camera did not accept the connection in time', {
            host,
            port,
            timeoutMs: this.options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
          }),
        );
      }, this.options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS);
      // Each connection its own receive buffer: a dying one must never read into the next one's memory.
      const receive = new ReceiveBuffer(this.options.receiveSlabBytes);
      const socket: RtspConnection = open(host, port, {
        onConnect: (remoteAddress) => {
          this.timers.clearTimeout(timer);
          this.serverAddress = normaliseAddress(remoteAddress ?? host);
          resolve();
        },
        readBuffer: () => receive.next(this.heldPosition()),
        onRead: (bytes) => {
          const position = receive.position;
          const start = receive.commit(bytes);
          if (this.socket === socket) this.onData(receive.bytes, start, start + bytes, position - start);
        },
        onError: (err) => {
          this.timers.clearTimeout(timer);
          if (this.socket !== socket) return; // an old connection left behind by a redirect
          const e = new PsvisError(
            'PSVIS_ERR_RTSP_CONNECTION_LOST',
            `RTSP connection error: ${err.code ?? err.message}`,
            {
              host,
              port,
              errno: err.code,
            },
          );
          reject(e);
          this.fail(e);
        },
        onClose: () => {
          if (this.socket !== socket) return;
          this.fail(
            new PsvisError('PSVIS_ERR_RTSP_CONNECTION_LOST', 'camera closed the RTSP connection', { host, port }),
          );
        },
      });
      this.socket = socket;
    });
  }

  // The oldest stream position the media sink still holds a view of.
  private heldPosition(): number {
    let held = Number.POSITIVE_INFINITY;
    for (let i = 0; i < this.heldFrom.length; i++) held = Math.min(held, this.heldFrom[i] ?? held);
    return held;
  }

  // A read: slab[from, to); `slabPosition` is the stream position of slab[0].
  private onData(slab: Uint8Array, from: number, to: number, slabPosition: number): void {
    this.readNowMs = -1;
    this.chunk = slab;
    this.chunkPosition = slabPosition;
    try {
      this.framer.feed(slab, this.frameSink, from, to);
    } catch (err) {
      this.fail(err instanceof PsvisError ? err : new PsvisError('PSVIS_ERR_RTSP_MALFORMED', String(err)));
    }
    this.chunk = undefined;
  }

  private onInterleaved(channel: number, bytes: Uint8Array, offset: number, length: number): void {
    const track = this.channelTrack[channel] ?? -1;
    if (track < 0) return;
    // The packets of one read arrived together: one clock read per read.
    if (this.readNowMs < 0) this.readNowMs = this.timers.nowMs();
    if (this.channelRtcp[channel] === 1) {
      this.deliverRtcp(track, bytes, offset, length);
      return;
    }
    const retention = this.deliverRtp(track, bytes, offset, length);
    if (retention === undefined) return;
    // What the sink holds, by stream position; a frame the framer had to copy (it straddled
    // reads) is not in the receive buffer, so holding it holds nothing there.
    const resident = bytes === this.chunk;
    const position = this.chunkPosition + offset;
    const held = this.heldFrom[track] ?? Number.POSITIVE_INFINITY;
    if (retention === 'released') this.heldFrom[track] = Number.POSITIVE_INFINITY;
    else if (retention === 'released-before') this.heldFrom[track] = resident ? position : Number.POSITIVE_INFINITY;
    else if (resident && position < held) this.heldFrom[track] = position;
  }

  // The clock reading is taken from `readNowMs` (set per read or datagram), not passed: a double
  // argument per packet would be boxed, a heap number per packet.
  private deliverRtcp(track: number, bytes: Uint8Array, offset: number, length: number): void {
    this.stats[track]?.onRtcp(bytes, this.readNowMs, offset, length);
    if (this.media !== undefined) {
      try {
        this.media.rtcp(track, bytes, offset, length);
      } catch (err) {
        this.events.report(err, 'rtcp');
      }
    }
    // Listeners get a copy: the receive buffer is reused under them.
    if (this.events.has('rtcp')) this.events.emit('rtcp', track, bytes.slice(offset, offset + length));
  }

  // Returns what the media sink holds (undefined without a sink).
  private deliverRtp(track: number, bytes: Uint8Array, offset: number, length: number): PacketRetention | undefined {
    this.lastRtpMs = this.readNowMs;
    this.stats[track]?.onRtp(bytes, this.readNowMs, offset, length);
    this.rtpPackets[track] = (this.rtpPackets[track] ?? 0) + 1;
    let retention: PacketRetention | undefined;
    if (this.media !== undefined) {
      try {
        retention = this.media.rtp(track, bytes, offset, length);
      } catch (err) {
        retention = 'held';
        this.events.report(err, 'rtp');
      }
    }
    if (this.events.has('rtp')) this.events.emit('rtp', track, bytes.slice(offset, offset + length));
    return retention;
  }

  private listenUdp(track: number, pair: UdpPair): void {
    // Only the camera may feed the ports: datagrams from other hosts are dropped (RTP injection).
    pair.rtp.on('message', (msg, rinfo) => {
      if (normaliseAddress(rinfo.address) === this.serverAddress) {
        this.readNowMs = this.timers.nowMs();
        this.deliverRtp(track, msg, 0, msg.length); // a datagram is its own buffer: nothing to track
      }
    });
    pair.rtcp.on('message', (msg, rinfo) => {
      if (normaliseAddress(rinfo.address) === this.serverAddress) {
        this.readNowMs = this.timers.nowMs();
        this.deliverRtcp(track, msg, 0, msg.length);
      }
    });
    // A send to a closed port surfaces as an ICMP error on some systems; it is not fatal.
    const countError = (): void => {
      this.udpErrors++;
    };
    pair.rtp.on('error', countError);
    pair.rtcp.on('error', countError);
  }

  private onServerRequest(request: RtspRequest): void {
    // Servers may send OPTIONS/GET_PARAMETER as their own keep-alive (RFC 2326 §10.1); answer
    // those, refuse the rest politely.
    const ok = request.method === 'OPTIONS' || request.method === 'GET_PARAMETER';
    const cseq = getHeader(request.headers, 'CSeq');
    const headers: [string, string][] = cseq === undefined ? [] : [['CSeq', cseq]];
    this.socket?.write(
      serializeResponse({
        statusCode: ok ? 200 : 501,
        reason: ok ? 'OK' : 'Not Implemented',
        headers,
        body: new Uint8Array(0),
      }),
    );
  }

  private onResponse(response: RtspResponse): void {
    const pending = this.pending;
    if (pending === undefined) return;
    const cseq = getHeader(response.headers, 'CSeq');
    // Some cameras omit CSeq; the one outstanding request is the one answered.
    if (cseq !== undefined && Number(cseq) !== pending.cseq) return;
    this.pending = undefined;
    this.timers.clearTimeout(pending.timer);
    pending.resolve(response);
  }

  /** Sends one request (serialised after any outstanding one), answering 401 challenges. */
  private request(method: string, uri: string, headers: RtspHeaders, timeoutMs?: number): Promise<RtspResponse> {
    const run = async (): Promise<RtspResponse> => {
      for (let round = 0; ; round++) {
        const authHeaders: [string, string][] =
          this.authenticator === undefined ? [] : [['Authorization', this.authenticator.authorize(method, uri)]];
        const response = await this.send(method, uri, [...headers, ...authHeaders], timeoutMs);
        if (response.statusCode !== 401) return response;
        const challenges = parseAuthChallenges(getHeaders(response.headers, 'WWW-Authenticate'));
        const stale = challenges.some((c) => c.params['stale']?.toLowerCase() === 'true');
        if (
          this.credentials === undefined ||
          round >= MAX_AUTH_ROUNDS - 1 ||
          (this.authenticator !== undefined && !stale)
        ) {
          throw new PsvisError(
            'PSVIS_ERR_RTSP_AUTH_FAILED',
            this.credentials === undefined
              ? 'camera requires credentials and none were given'
              : 'camera refused the user name or password',
            { method, url: this.url, schemes: challenges.map((c) => c.scheme) },
          );
        }
        this.authenticator = new RtspAuthenticator(this.credentials, challenges, () => randomBytes(8).toString('hex'));
      }
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private send(method: string, uri: string, headers: RtspHeaders, timeoutMs?: number): Promise<RtspResponse> {
    const socket = this.socket;
    if (socket === undefined || socket.destroyed || this.closed) {
      return Promise.reject(
        new PsvisError('PSVIS_ERR_RTSP_CONNECTION_LOST', 'RTSP connection is not open', { method }),
      );
    }
    this.cseq++;
    const cseq = this.cseq;
    const all: RtspHeaders = [['CSeq', String(cseq)], ['User-Agent', this.options.userAgent ?? 'psvis'], ...headers];
    const bytes = serializeRequest({ method, uri, headers: all, body: new Uint8Array(0) });
    const limitMs = timeoutMs ?? this.options.responseTimeoutMs ?? DEFAULT_RESPONSE_TIMEOUT_MS;
    return new Promise((resolve, reject) => {
      const timer = this.timers.setTimeout(() => {
        if (this.pending?.cseq !== cseq) return;
        this.pending = undefined;
        reject(
          new PsvisError('PSVIS_ERR_RTSP_RESPONSE_TIMEOUT', `camera did not answer ${method} in time`, {
            method,
            timeoutMs: limitMs,
          }),
        );
      }, limitMs);
      this.pending = { cseq, resolve, reject, timer };
      socket.write(bytes);
    });
  }

  private scheduleKeepAlive(): void {
    const intervalMs = this.options.keepAliveIntervalMs ?? (this.sessionTimeoutS * 1000) / 2;
    this.keepAliveTimer = this.timers.setTimeout(() => {
      if (!this.playing) return;
      // GET_PARAMETER when the camera lists it (RFC 2326 §10.8), else OPTIONS, as live555 does.
      const method = this.publicMethods.includes('GET_PARAMETER') ? 'GET_PARAMETER' : 'OPTIONS';
      this.request(method, this.url, this.sessionHeader()).then(
        (r) => {
          if (r.statusCode === 454) {
            this.fail(new PsvisError('PSVIS_ERR_RTSP_STATUS', 'camera forgot the session (454)', { statusCode: 454 }));
            return;
          }
          // A camera that refuses GET_PARAMETER gets OPTIONS from now on.
          if (r.statusCode >= 400) this.publicMethods = this.publicMethods.filter((m) => m !== 'GET_PARAMETER');
          this.scheduleKeepAlive();
        },
        (err: unknown) => {
          this.fail(err instanceof PsvisError ? err : new PsvisError('PSVIS_ERR_RTSP_CONNECTION_LOST', String(err)));
        },
      );
    }, intervalMs);
  }

  private scheduleReadCheck(): void {
    const readTimeoutMs = this.options.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS;
    this.readTimer = this.timers.setTimeout(
      () => {
        if (!this.playing) return;
        const idleMs = this.timers.nowMs() - this.lastRtpMs;
        if (idleMs >= readTimeoutMs) {
          this.fail(
            new PsvisError('PSVIS_ERR_RTSP_READ_TIMEOUT', 'camera sent no RTP in time', { readTimeoutMs, idleMs }),
          );
          return;
        }
        this.scheduleReadCheck();
      },
      Math.max(10, readTimeoutMs / 4),
    );
  }

  private scheduleRtcp(): void {
    this.rtcpTimer = this.timers.setTimeout(() => {
      if (!this.playing) return;
      this.sendReceiverReports();
      this.scheduleRtcp();
    }, this.options.rtcpIntervalMs ?? DEFAULT_RTCP_INTERVAL_MS);
  }

  /** RFC 3550 §6.4.2 receiver reports, on the RTCP port (UDP) or channel (TCP). */
  private sendReceiverReports(): void {
    const now = this.timers.nowMs();
    for (const track of this.tracksSetUp) {
      const report = this.stats[track.index]?.receiverReport(this.receiverSsrc, 'psvis', now);
      if (report === undefined) continue;
      const pair = this.udpPairs[track.index];
      if (pair !== undefined && track.serverPorts !== undefined) {
        pair.rtcp.send(report, track.serverPorts[1], this.serverAddress);
      } else if (track.channels !== undefined && this.socket !== undefined && !this.socket.destroyed) {
        this.socket.write(serializeInterleaved(track.channels[1], report));
      }
    }
  }

  private clearTimers(): void {
    for (const t of [this.keepAliveTimer, this.readTimer, this.rtcpTimer]) {
      if (t !== undefined) this.timers.clearTimeout(t);
    }
    this.keepAliveTimer = undefined;
    this.readTimer = undefined;
    this.rtcpTimer = undefined;
  }

  private fail(reason: PsvisError): void {
    this.shutdown(reason);
  }

  private shutdown(reason: PsvisError): void {
    if (this.closed) return;
    this.closed = true;
    this.playing = false;
    this.clearTimers();
    const pending = this.pending;
    this.pending = undefined;
    if (pending !== undefined) {
      this.timers.clearTimeout(pending.timer);
      pending.reject(reason);
    }
    this.socket?.destroy();
    for (const pair of this.udpPairs) pair?.close();
    this.events.emit('close', reason);
  }
}
