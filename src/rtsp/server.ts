// A small RTSP 1.0 server (RFC 2326 §10) serving named streams to many clients over TCP
// interleaved or UDP, with optional Digest auth (RFC 2617). A slow TCP client loses whole RTP
// packets, counted; it never blocks the source or other clients. The camera simulator and the
// RTSP restream are built on it.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { PsvisError } from '../errors/psvis-error.ts';
import { verifyDigestAuthorization } from './codec/auth.ts';
import { RtspFramer } from './codec/framer.ts';
import { formatSession, formatTransport, parseTransport, type TransportSpec } from './codec/headers.ts';
import { getHeader, makeResponse, serializeInterleaved, serializeResponse, type RtspRequest } from './codec/message.ts';
import { realTimers, type TimerHandle, type Timers } from './timers.ts';
import { bindUdpPair, type UdpPair } from './udp-pair.ts';

/** Default bound on bytes queued for one TCP client before its packets are dropped. */
export const DEFAULT_MAX_QUEUED_BYTES_PER_CLIENT = 1024 * 1024;
export const DEFAULT_MAX_CLIENTS = 64;
export const DEFAULT_SERVER_SESSION_TIMEOUT_S = 60;
/** How long a Digest nonce the server issued stays valid. */
export const NONCE_LIFETIME_MS = 10 * 60 * 1000;
const PUBLIC_METHODS = 'OPTIONS, DESCRIBE, SETUP, PLAY, PAUSE, TEARDOWN, GET_PARAMETER';

/** A stream the server can serve: its SDP and a way to receive its RTP packets per track. */
export interface StreamSource {
  /** SDP (RFC 4566) of the stream; the server sets a=control:trackID=N on media section N. */
  sdp(): string;
  /**
   * Calls `onRtp` with each RTP packet of track `trackIndex` until the returned function is
   * called. A packet is never changed once handed over (sessions share its framed copy).
   */
  subscribe(trackIndex: number, onRtp: (packet: Uint8Array) => void): () => void;
}

/** Options of an RTSP server. */
export interface RtspServerOptions {
  /** TCP port; 0 (default) picks a free one, read it from `port` after start(). */
  readonly port?: number;
  readonly host?: string;
  /** Digest auth for every method but OPTIONS. */
  readonly auth?: { readonly realm: string; readonly passwordFor: (username: string) => string | undefined };
  readonly maxClients?: number;
  readonly maxQueuedBytesPerClient?: number;
  readonly sessionTimeoutS?: number;
  /** Offer UDP transport (default true); ports come from this range. */
  readonly udp?: boolean;
  readonly udpPortRange?: readonly [number, number];
  readonly timers?: Timers;
}

/** Counters of a running server. */
export interface RtspServerStats {
  readonly connections: number;
  readonly sessions: number;
  readonly rejectedConnections: number;
  readonly sentPackets: number;
  /** Packets dropped because a TCP client's output queue was full. */
  readonly droppedPackets: number;
}

interface TrackSetup {
  readonly trackIndex: number;
  readonly spec: TransportSpec;
}

interface ServerSession {
  readonly id: string;
  readonly path: string;
  readonly conn: Connection;
  readonly tracks: Map<number, TrackSetup>;
  readonly unsubscribe: (() => void)[];
  playing: boolean;
  lastActivityMs: number;
  droppedPackets: number;
}

interface Connection {
  readonly socket: Socket;
  readonly framer: RtspFramer;
  readonly remoteAddress: string;
  session: ServerSession | undefined;
}

function streamPathOf(uri: string): { path: string; trackIndex?: number } | undefined {
  let pathname: string;
  try {
    pathname = new URL(uri).pathname;
  } catch {
    return undefined;
  }
  const trimmed = pathname.replace(/^\/+/, '').replace(/\/+$/, '');
  const m = /^(.*)\/trackID=(\d{1,3})$/.exec(trimmed);
  if (m !== null) return { path: m[1] ?? '', trackIndex: Number(m[2]) };
  return { path: trimmed };
}

/** Sets a=control:trackID=N in each media section (and `*` at session level) of an SDP. */
export function withTrackControls(sdp: string): string {
  const out: string[] = [];
  let media = -1;
  for (const line of sdp.split(/\r?\n/)) {
    if (line === '' || line.startsWith('a=control:')) continue;
    if (line.startsWith('m=')) {
      if (media === -1) out.push('a=control:*');
      media++;
      out.push(line, `a=control:trackID=${media}`);
      continue;
    }
    out.push(line);
  }
  return out.join('\r\n') + '\r\n';
}

/** The RTSP server: setStream() to publish, start() to listen, close() to stop. */
export class RtspServer {
  private readonly streams = new Map<string, StreamSource>();
  private readonly connections = new Set<Connection>();
  private readonly sessions = new Map<string, ServerSession>();
  private readonly timers: Timers;
  private readonly nonceSecret = randomBytes(16);
  private server: Server | undefined;
  private udp: UdpPair | undefined;
  private expiryTimer: TimerHandle | undefined;
  private counters = { rejectedConnections: 0, sentPackets: 0, droppedPackets: 0 };
  // The last packet framed for TCP interleaving, with its channel: a source hands one packet to
  // every session in turn, so the framed bytes are shared instead of copied once per client.
  private framedPacket: Uint8Array | undefined;
  private framedChannel = -1;
  private framed: Uint8Array = new Uint8Array(0);

  constructor(private readonly options: RtspServerOptions = {}) {
    this.timers = options.timers ?? realTimers();
  }

  /** Publishes (or replaces) a stream at rtsp://host:port/<path>. */
  setStream(path: string, source: StreamSource): void {
    this.streams.set(path.replace(/^\/+|\/+$/g, ''), source);
  }

  /** Unpublishes a stream and ends the sessions playing it. */
  removeStream(path: string): void {
    const name = path.replace(/^\/+|\/+$/g, '');
    this.streams.delete(name);
    for (const session of [...this.sessions.values()]) {
      if (session.path === name) session.conn.socket.destroy();
    }
  }

  /** The TCP port listened on (after start()). */
  get port(): number {
    const address = this.server?.address();
    return typeof address === 'object' && address !== null ? address.port : 0;
  }

  /** UDP ports [rtp, rtcp] the server sends from, when UDP is on. */
  get udpPorts(): readonly [number, number] | undefined {
    return this.udp === undefined ? undefined : [this.udp.rtpPort, this.udp.rtcpPort];
  }

  /** Current counters. */
  get stats(): RtspServerStats {
    return {
      connections: this.connections.size,
      sessions: this.sessions.size,
      ...this.counters,
    };
  }

  /** Binds the TCP listener (and the UDP pair) and starts expiring idle sessions. */
  async start(): Promise<void> {
    if (this.options.udp !== false) {
      this.udp = await bindUdpPair(this.options.udpPortRange);
      // RTCP from clients keeps their sessions alive (RFC 2326 §12.37 lets any RTCP count).
      this.udp.rtcp.on('message', (_msg, rinfo) => {
        for (const session of this.sessions.values()) {
          if (session.conn.remoteAddress === rinfo.address) session.lastActivityMs = this.timers.nowMs();
        }
      });
      const ignore = (): void => undefined;
      this.udp.rtp.on('error', ignore);
      this.udp.rtcp.on('error', ignore);
    }
    const server = createServer((socket) => {
      this.onConnection(socket);
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port ?? 0, this.options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.scheduleExpiry();
  }

  /** Stops listening, drops every client, releases the UDP ports. */
  async close(): Promise<void> {
    if (this.expiryTimer !== undefined) this.timers.clearTimeout(this.expiryTimer);
    this.expiryTimer = undefined;
    for (const conn of [...this.connections]) conn.socket.destroy();
    this.udp?.close();
    this.udp = undefined;
    const server = this.server;
    this.server = undefined;
    if (server !== undefined) {
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    }
  }

  private scheduleExpiry(): void {
    const timeoutMs = (this.options.sessionTimeoutS ?? DEFAULT_SERVER_SESSION_TIMEOUT_S) * 1000;
    this.expiryTimer = this.timers.setTimeout(() => {
      const now = this.timers.nowMs();
      for (const session of [...this.sessions.values()]) {
        // TCP sessions live as long as their connection; UDP ones need requests or RTCP.
        const udp = [...session.tracks.values()].some((t) => t.spec.lowerTransport === 'UDP');
        if (udp && now - session.lastActivityMs > timeoutMs) this.endSession(session);
      }
      this.scheduleExpiry();
    }, timeoutMs / 4);
  }

  private onConnection(socket: Socket): void {
    if (this.connections.size >= (this.options.maxClients ?? DEFAULT_MAX_CLIENTS)) {
      this.counters.rejectedConnections++;
      socket.destroy();
      return;
    }
    socket.setNoDelay(true);
    const conn: Connection = {
      socket,
      framer: new RtspFramer(),
      remoteAddress: (socket.remoteAddress ?? '').replace(/^::ffff:/, ''),
      session: undefined,
    };
    this.connections.add(conn);
    socket.on('data', (chunk: Buffer) => {
      let items;
      try {
        items = conn.framer.push(chunk);
      } catch {
        // Malformed or oversized input: this client is broken or hostile; drop it.
        socket.destroy();
        return;
      }
      for (const item of items) {
        if (item.kind === 'request') this.onRequest(conn, item);
        else if (conn.session !== undefined) conn.session.lastActivityMs = this.timers.nowMs();
      }
    });
    socket.on('error', () => {
      socket.destroy();
    });
    socket.on('close', () => {
      this.connections.delete(conn);
      if (conn.session !== undefined) this.endSession(conn.session);
    });
  }

  private reply(conn: Connection, request: RtspRequest, status: number, headers: [string, string][], body = ''): void {
    const cseq = getHeader(request.headers, 'CSeq');
    const all: [string, string][] = [
      ...(cseq === undefined ? [] : [['CSeq', cseq] as [string, string]]),
      ['Server', 'psvis'],
      ...headers,
    ];
    if (conn.session !== undefined) {
      const timeoutS = this.options.sessionTimeoutS ?? DEFAULT_SERVER_SESSION_TIMEOUT_S;
      all.push(['Session', formatSession({ id: conn.session.id, timeoutS })]);
    }
    if (!conn.socket.destroyed) conn.socket.write(serializeResponse(makeResponse(status, all, body)));
  }

  private makeNonce(): string {
    const stamp = Math.floor(this.timers.nowMs()).toString(16);
    const mac = createHmac('sha256', this.nonceSecret).update(stamp).digest('hex').slice(0, 24);
    return `${stamp}${mac}`;
  }

  private nonceValid(nonce: string): boolean {
    const stamp = nonce.slice(0, -24);
    const mac = Buffer.from(nonce.slice(-24), 'utf8');
    const expected = Buffer.from(
      createHmac('sha256', this.nonceSecret).update(stamp).digest('hex').slice(0, 24),
      'utf8',
    );
    if (mac.length !== expected.length || !timingSafeEqual(mac, expected)) return false;
    const age = this.timers.nowMs() - parseInt(stamp, 16);
    return age >= -1000 && age < NONCE_LIFETIME_MS;
  }

  private authorised(conn: Connection, request: RtspRequest): boolean {
    const auth = this.options.auth;
    if (auth === undefined || request.method === 'OPTIONS') return true;
    const value = getHeader(request.headers, 'Authorization');
    const user =
      value === undefined
        ? undefined
        : verifyDigestAuthorization(value, {
            method: request.method,
            realm: auth.realm,
            passwordFor: auth.passwordFor,
            nonceValid: (n) => this.nonceValid(n),
          });
    if (user !== undefined) return true;
    this.reply(conn, request, 401, [['WWW-Authenticate', `Digest realm="${auth.realm}", nonce="${this.makeNonce()}"`]]);
    return false;
  }

  private onRequest(conn: Connection, request: RtspRequest): void {
    if (conn.session !== undefined) conn.session.lastActivityMs = this.timers.nowMs();
    if (!this.authorised(conn, request)) return;
    switch (request.method) {
      case 'OPTIONS':
        this.reply(conn, request, 200, [['Public', PUBLIC_METHODS]]);
        return;
      case 'GET_PARAMETER':
        this.reply(conn, request, 200, []);
        return;
      case 'DESCRIBE':
        this.describe(conn, request);
        return;
      case 'SETUP':
        this.setup(conn, request);
        return;
      case 'PLAY':
        this.play(conn, request);
        return;
      case 'PAUSE':
        if (conn.session !== undefined) this.stopDelivery(conn.session);
        this.reply(conn, request, conn.session === undefined ? 454 : 200, []);
        return;
      case 'TEARDOWN': {
        const session = conn.session;
        this.reply(conn, request, 200, []);
        if (session !== undefined) this.endSession(session);
        return;
      }
      default:
        this.reply(conn, request, 501, [['Public', PUBLIC_METHODS]]);
    }
  }

  private describe(conn: Connection, request: RtspRequest): void {
    const target = streamPathOf(request.uri);
    const source = target === undefined ? undefined : this.streams.get(target.path);
    if (source === undefined) {
      this.reply(conn, request, 404, []);
      return;
    }
    const base = request.uri.endsWith('/') ? request.uri : `${request.uri}/`;
    this.reply(
      conn,
      request,
      200,
      [
        ['Content-Type', 'application/sdp'],
        ['Content-Base', base],
      ],
      withTrackControls(source.sdp()),
    );
  }

  private setup(conn: Connection, request: RtspRequest): void {
    const target = streamPathOf(request.uri);
    const trackIndex = target?.trackIndex ?? 0;
    if (target === undefined || !this.streams.has(target.path)) {
      this.reply(conn, request, 404, []);
      return;
    }
    const sessionId = getHeader(request.headers, 'Session')?.split(';')[0]?.trim();
    if (conn.session !== undefined && (sessionId !== conn.session.id || conn.session.path !== target.path)) {
      this.reply(conn, request, sessionId === conn.session.id ? 459 : 454, []);
      return;
    }
    let specs: TransportSpec[];
    try {
      specs = parseTransport(getHeader(request.headers, 'Transport') ?? '');
    } catch (err) {
      if (!(err instanceof PsvisError)) throw err;
      this.reply(conn, request, 461, []);
      return;
    }
    // The first specification psvis can serve wins (RFC 2326 §12.39 lists them by preference).
    const spec = specs.find(
      (s) =>
        s.unicast &&
        ((s.lowerTransport === 'TCP' && s.interleaved !== undefined) ||
          (s.lowerTransport === 'UDP' && s.clientPort !== undefined && this.udp !== undefined)),
    );
    if (spec === undefined) {
      this.reply(conn, request, 461, []);
      return;
    }
    const answer: TransportSpec =
      spec.lowerTransport === 'TCP' ? spec : { ...spec, serverPort: [this.udp?.rtpPort ?? 0, this.udp?.rtcpPort ?? 0] };
    if (conn.session === undefined) {
      const session: ServerSession = {
        id: randomBytes(8).toString('hex'),
        path: target.path,
        conn,
        tracks: new Map(),
        unsubscribe: [],
        playing: false,
        lastActivityMs: this.timers.nowMs(),
        droppedPackets: 0,
      };
      conn.session = session;
      this.sessions.set(session.id, session);
    }
    conn.session.tracks.set(trackIndex, { trackIndex, spec: answer });
    this.reply(conn, request, 200, [['Transport', formatTransport(answer)]]);
  }

  private play(conn: Connection, request: RtspRequest): void {
    const session = conn.session;
    const sessionId = getHeader(request.headers, 'Session')?.split(';')[0]?.trim();
    if (session === undefined || sessionId !== session.id) {
      this.reply(conn, request, 454, []);
      return;
    }
    const source = this.streams.get(session.path);
    if (source === undefined) {
      this.reply(conn, request, 404, []);
      return;
    }
    this.reply(conn, request, 200, [['Range', 'npt=0.000-']]);
    if (session.playing) return;
    session.playing = true;
    const maxQueued = this.options.maxQueuedBytesPerClient ?? DEFAULT_MAX_QUEUED_BYTES_PER_CLIENT;
    for (const setup of session.tracks.values()) {
      const { spec } = setup;
      const channel = spec.interleaved?.[0];
      const clientRtpPort = spec.clientPort?.[0];
      const deliver =
        channel !== undefined
          ? (packet: Uint8Array): void => {
              const socket = conn.socket;
              // Whole packets or nothing: a client that cannot keep up loses packets, counted.
              if (socket.destroyed || socket.writableLength + packet.length + 4 > maxQueued) {
                session.droppedPackets++;
                this.counters.droppedPackets++;
                return;
              }
              // A frame's packets arrive in one synchronous burst: cork until the burst ends so they
              // leave in one writev, not one syscall per packet (a 1080p keyframe is dozens of packets).
              if (!socket.writableCorked) {
                socket.cork();
                process.nextTick(() => {
                  socket.uncork();
                });
              }
              socket.write(this.frame(channel, packet));
              this.counters.sentPackets++;
            }
          : (packet: Uint8Array): void => {
              if (clientRtpPort === undefined || this.udp === undefined) return;
              this.udp.rtp.send(packet, clientRtpPort, conn.remoteAddress);
              this.counters.sentPackets++;
            };
      session.unsubscribe.push(source.subscribe(setup.trackIndex, deliver));
    }
  }

  // `$` channel length packet (RFC 2326 §10.12), shared by the sessions that get the same packet.
  // Sockets only read what they are given, so one buffer in many write queues is safe.
  private frame(channel: number, packet: Uint8Array): Uint8Array {
    if (packet !== this.framedPacket || channel !== this.framedChannel) {
      this.framed = serializeInterleaved(channel, packet);
      this.framedPacket = packet;
      this.framedChannel = channel;
    }
    return this.framed;
  }

  private stopDelivery(session: ServerSession): void {
    session.playing = false;
    for (const unsubscribe of session.unsubscribe.splice(0)) unsubscribe();
  }

  private endSession(session: ServerSession): void {
    this.stopDelivery(session);
    this.sessions.delete(session.id);
    if (session.conn.session === session) session.conn.session = undefined;
  }
}
