// RTSP restream (RFC 2326): rtsp://host:8554/cameras/:id for other systems and players. Each
// session is a drop-gop hub reader whose frames are re-packetized (RFC 6184 H.264, RFC 7798 H.265,
// RFC 3640 AAC, RFC 3551 G.711) and sent interleaved on the RTSP connection (§10.12). Users are
// psvis users (Digest, RFC 2617, or Basic), must see the camera, and each session is registered.
// Built on the RTSP codec rather than src/rtsp/server.ts: that server's auth hook is synchronous
// and knows neither the user's scope nor when a user's session starts and ends.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import type { Clock } from '../../clock.ts';
import type { HubReader } from '../../hub/contracts.ts';
import type { Actor } from '../../identity/scope.ts';
import { AacPacketizer } from '../../media/aac-packetizer.ts';
import { G711Packetizer } from '../../media/g711-packetizer.ts';
import { H264Packetizer } from '../../media/h264-packetizer.ts';
import { H265Packetizer } from '../../media/h265-packetizer.ts';
import { serializeRtpPacket } from '../../media/rtp.ts';
import { serializeSdp, trackToSdpMedia } from '../../media/sdp-track.ts';
import type { MediaFrame, RtpPacket, TrackInfo } from '../../media/types.ts';
import { parseAuthChallenges, verifyDigestAuthorization } from '../../rtsp/codec/auth.ts';
import { RtspFramer } from '../../rtsp/codec/framer.ts';
import { formatSession, formatTransport, parseTransport } from '../../rtsp/codec/headers.ts';
import {
  getHeader,
  makeResponse,
  serializeInterleaved,
  serializeResponse,
  type RtspRequest,
} from '../../rtsp/codec/message.ts';
import type { LiveHubs, LiveViewRegister } from './live-delivery.ts';

/** Default restream port (the rtsp://host:8554). */
export const DEFAULT_RESTREAM_PORT = 8554;
/** Bytes a client's socket may hold unsent before frames are skipped to the next keyframe. */
export const RESTREAM_MAX_BUFFERED_BYTES = 2 * 1024 * 1024;
/** A nonce is good this long (RFC 2617 §3.2.1 leaves it to the server). */
export const RESTREAM_NONCE_LIFETIME_MS = 10 * 60 * 1000;
const PUBLIC_METHODS = 'OPTIONS, DESCRIBE, SETUP, PLAY, TEARDOWN, GET_PARAMETER';
const PATH = /^\/cameras\/([^/]{1,64})(?:\/trackID=(\d{1,2}))?\/?$/;

/** How RTSP users are checked; the lead maps these to Identity and the registry. */
export interface RestreamAuth {
  readonly realm: string;
  /** Digest (preferred): the user's RTSP password, which Digest needs in the clear on the server side. */
  readonly digestPasswordFor?: (username: string) => Promise<string | undefined>;
  /** Basic (RFC 7617), only offered when given: checks the user's psvis password. */
  readonly verifyUser?: (username: string, password: string) => Promise<boolean>;
  /** The organization-scope rule: may this user see this camera? */
  readonly canView: (username: string, cameraId: string) => Promise<boolean>;
  /** The actor the access register names for this user. */
  readonly actorFor: (username: string) => Promise<Actor>;
}

/** Options of the restream server. */
export interface RtspRestreamOptions {
  readonly hubs: LiveHubs;
  readonly clock: Clock;
  readonly register: LiveViewRegister;
  readonly auth: RestreamAuth;
  /** Default DEFAULT_RESTREAM_PORT; 0 picks a free port (read `port` after start()). */
  readonly port?: number;
  readonly host?: string;
  readonly onError?: (err: unknown, where: string) => void;
}

interface Packetizer {
  packetize(frame: MediaFrame): RtpPacket[];
}

interface Session {
  readonly id: string;
  readonly cameraId: string;
  readonly username: string;
  /** Track index → interleaved RTP channel. */
  readonly channels: Map<number, number>;
  reader: HubReader | undefined;
  registerId: Promise<string> | undefined;
  startedMs: number;
  bytes: number;
  droppedFrames: number;
  skipping: boolean;
}

/** The restream server: start() listens, close() ends every session. */
export class RtspRestream {
  private server: Server | undefined;
  private readonly nonceSecret = randomBytes(16);
  private readonly sockets = new Set<Socket>();
  private readonly pendingEnds = new Set<Promise<void>>();

  constructor(private readonly options: RtspRestreamOptions) {}

  /** The port listened on. */
  get port(): number {
    const address = this.server?.address();
    return typeof address === 'object' && address !== null ? address.port : 0;
  }

  /** Listens on the configured port. */
  async start(): Promise<void> {
    const server = createServer((socket) => {
      this.onConnection(socket);
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port ?? DEFAULT_RESTREAM_PORT, this.options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  }

  /** Drops every client (their register rows close) and stops listening. */
  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    const server = this.server;
    this.server = undefined;
    if (server !== undefined) {
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    }
    await Promise.all([...this.pendingEnds]);
  }

  private onConnection(socket: Socket): void {
    socket.setNoDelay(true);
    this.sockets.add(socket);
    const framer = new RtspFramer();
    let session: Session | undefined;
    // Requests are answered in order: each waits for the one before (auth and scope are async).
    let queue = Promise.resolve();
    socket.on('data', (chunk: Buffer) => {
      let items;
      try {
        items = framer.push(chunk);
      } catch {
        socket.destroy();
        return;
      }
      for (const item of items) {
        if (item.kind !== 'request') continue; // RTCP from the client: nothing to do with it
        queue = queue
          .then(async () => {
            session = await this.onRequest(socket, item, session);
          })
          .catch((err: unknown) => {
            this.options.onError?.(err, 'rtsp request');
            socket.destroy();
          });
      }
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      this.sockets.delete(socket);
      void queue.then(() => {
        if (session !== undefined) this.endSession(session, 'connection closed');
      });
    });
  }

  private reply(socket: Socket, req: RtspRequest, status: number, headers: [string, string][], body = ''): void {
    const cseq = getHeader(req.headers, 'CSeq');
    const all: [string, string][] = [
      ...(cseq === undefined ? [] : [['CSeq', cseq] as [string, string]]),
      ['Server', 'psvis'],
      ...headers,
    ];
    if (!socket.destroyed) socket.write(serializeResponse(makeResponse(status, all, body)));
  }

  private async onRequest(
    socket: Socket,
    req: RtspRequest,
    session: Session | undefined,
  ): Promise<Session | undefined> {
    if (req.method === 'OPTIONS') {
      this.reply(socket, req, 200, [['Public', PUBLIC_METHODS]]);
      return session;
    }
    const username = await this.authenticate(req);
    if (username === undefined) {
      const challenges: [string, string][] = [];
      const realm = this.options.auth.realm;
      if (this.options.auth.digestPasswordFor !== undefined) {
        challenges.push(['WWW-Authenticate', `Digest realm="${realm}", nonce="${this.makeNonce()}"`]);
      }
      if (this.options.auth.verifyUser !== undefined) challenges.push(['WWW-Authenticate', `Basic realm="${realm}"`]);
      this.reply(socket, req, 401, challenges);
      return session;
    }
    const target = PATH.exec(safePath(req.uri));
    const cameraId = target?.[1] === undefined ? undefined : decodeURIComponent(target[1]);
    const sessionHeaders: [string, string][] =
      session === undefined ? [] : [['Session', formatSession({ id: session.id, timeoutS: 60 })]];
    if (req.method === 'GET_PARAMETER') {
      this.reply(socket, req, 200, sessionHeaders);
      return session;
    }
    if (req.method === 'TEARDOWN') {
      this.reply(socket, req, 200, sessionHeaders);
      if (session !== undefined) this.endSession(session, 'teardown');
      return undefined;
    }
    // The scope rule: outside it the camera does not exist (404), as in the HTTP API.
    const hub = cameraId === undefined ? undefined : this.options.hubs.get(cameraId);
    if (cameraId === undefined || hub === undefined || !(await this.options.auth.canView(username, cameraId))) {
      this.reply(socket, req, 404, []);
      return session;
    }
    const tracks = hub.currentTracks();
    switch (req.method) {
      case 'DESCRIBE': {
        const sdp = serializeSdp({
          sessionName: `psvis camera ${cameraId}`,
          media: tracks.map((t, i) => trackToSdpMedia(t, payloadTypeOf(t, i), `trackID=${i}`)),
        });
        const base = req.uri.endsWith('/') ? req.uri : `${req.uri}/`;
        this.reply(
          socket,
          req,
          200,
          [
            ['Content-Type', 'application/sdp'],
            ['Content-Base', base],
          ],
          sdp,
        );
        return session;
      }
      case 'SETUP': {
        const trackIndex = Number(target?.[2] ?? 0);
        const spec = parseTransport(getHeader(req.headers, 'Transport') ?? '').find(
          (s) => s.lowerTransport === 'TCP' && s.interleaved !== undefined,
        );
        // UDP is not offered: 461 makes ffmpeg and VLC retry over TCP (RFC 2326 §11.3.10).
        if (spec?.interleaved === undefined || trackIndex >= tracks.length) {
          this.reply(socket, req, 461, []);
          return session;
        }
        const s: Session = session ?? {
          id: randomBytes(8).toString('hex'),
          cameraId,
          username,
          channels: new Map(),
          reader: undefined,
          registerId: undefined,
          startedMs: 0,
          bytes: 0,
          droppedFrames: 0,
          skipping: false,
        };
        s.channels.set(trackIndex, spec.interleaved[0]);
        this.reply(socket, req, 200, [
          ['Transport', formatTransport(spec)],
          ['Session', formatSession({ id: s.id, timeoutS: 60 })],
        ]);
        return s;
      }
      case 'PLAY': {
        if (session === undefined || session.cameraId !== cameraId) {
          this.reply(socket, req, 454, []);
          return session;
        }
        this.reply(socket, req, 200, [...sessionHeaders, ['Range', 'npt=0.000-']]);
        if (session.reader === undefined) await this.play(socket, session, tracks);
        return session;
      }
      default:
        this.reply(socket, req, 501, [['Public', PUBLIC_METHODS]]);
        return session;
    }
  }

  private async play(socket: Socket, session: Session, tracks: readonly TrackInfo[]): Promise<void> {
    const hub = this.options.hubs.get(session.cameraId);
    if (hub === undefined) return;
    const actor = await this.options.auth.actorFor(session.username);
    session.registerId = this.options.register.startView(actor, {
      cameraId: session.cameraId,
      details: { transport: 'rtsp', remote: `${socket.remoteAddress ?? ''}:${socket.remotePort ?? 0}` },
    });
    session.startedMs = this.options.clock.now().getTime();
    const packetizers = tracks.map((t, i) => packetizerFor(t, i));
    const reader = hub.addReader({
      name: `rtsp:${socket.remoteAddress ?? ''}:${socket.remotePort ?? 0}`,
      policy: 'drop-gop',
      start: 'latest-keyframe',
      // Every RTP packet is a copy (serializeRtpPacket, serializeInterleaved): a frame is released
      // as soon as it is packetized, so its frame memory is reused (MediaFrame.lease).
      releasesFrames: true,
      onReadable: () => {
        pump();
      },
    });
    session.reader = reader;
    const send = (frame: MediaFrame): void => {
      const index = tracks.findIndex((t) => t.codec === frame.codec);
      const channel = session.channels.get(index);
      const packetizer = packetizers[index];
      if (channel === undefined || packetizer === undefined) return;
      const video = frame.codec === 'h264' || frame.codec === 'h265';
      if (session.skipping || socket.writableLength > RESTREAM_MAX_BUFFERED_BYTES) {
        // A slow client skips to the next keyframe rather than the buffer growing.
        session.skipping = !(video && frame.keyframe && socket.writableLength <= RESTREAM_MAX_BUFFERED_BYTES);
        if (session.skipping) {
          session.droppedFrames++;
          return;
        }
      }
      socket.cork();
      for (const packet of packetizer.packetize(frame)) {
        const bytes = serializeInterleaved(channel, serializeRtpPacket(packet));
        session.bytes += bytes.length;
        socket.write(bytes);
      }
      socket.uncork();
    };
    const pump = (): void => {
      for (let item = reader.read(); item !== undefined; item = reader.read()) {
        if (item.kind === 'end') socket.destroy();
        if (item.kind !== 'frame') continue;
        try {
          send(item.frame);
        } finally {
          item.frame.lease?.release();
        }
      }
    };
    pump();
  }

  private endSession(session: Session, reason: string): void {
    const stats = session.reader?.stats();
    session.reader?.close();
    session.reader = undefined;
    const registerId = session.registerId;
    session.registerId = undefined;
    if (registerId === undefined) return;
    const p = registerId
      .then((id) =>
        this.options.register.endView(id, {
          transport: 'rtsp',
          durationMs: this.options.clock.now().getTime() - session.startedMs,
          bytes: session.bytes,
          droppedFrames: session.droppedFrames + (stats?.droppedFrames ?? 0),
          reason,
        }),
      )
      .catch((err: unknown) => this.options.onError?.(err, 'register.endView'))
      .finally(() => this.pendingEnds.delete(p));
    this.pendingEnds.add(p);
  }

  /** The authenticated user name, or undefined (the caller then challenges). */
  private async authenticate(req: RtspRequest): Promise<string | undefined> {
    const value = getHeader(req.headers, 'Authorization');
    if (value === undefined) return undefined;
    const [challenge] = parseAuthChallenges([value]);
    const auth = this.options.auth;
    const scheme = challenge?.scheme.toLowerCase();
    if (scheme === 'digest' && auth.digestPasswordFor !== undefined) {
      const username = challenge?.params['username'];
      if (username === undefined) return undefined;
      const password = await auth.digestPasswordFor(username);
      if (password === undefined) return undefined;
      return verifyDigestAuthorization(value, {
        method: req.method,
        realm: auth.realm,
        passwordFor: (u) => (u === username ? password : undefined),
        nonceValid: (n) => this.nonceValid(n),
      });
    }
    if (scheme === 'basic' && auth.verifyUser !== undefined) {
      const decoded = Buffer.from(value.trim().slice(6).trim(), 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon < 0) return undefined;
      const username = decoded.slice(0, colon);
      return (await auth.verifyUser(username, decoded.slice(colon + 1))) ? username : undefined;
    }
    return undefined;
  }

  private makeNonce(): string {
    const stamp = this.options.clock.now().getTime().toString(16);
    return stamp + createHmac('sha256', this.nonceSecret).update(stamp).digest('hex').slice(0, 24);
  }

  private nonceValid(nonce: string): boolean {
    const stamp = nonce.slice(0, -24);
    const mac = Buffer.from(nonce.slice(-24));
    const expected = Buffer.from(createHmac('sha256', this.nonceSecret).update(stamp).digest('hex').slice(0, 24));
    if (mac.length !== expected.length || !timingSafeEqual(mac, expected)) return false;
    const age = this.options.clock.now().getTime() - parseInt(stamp, 16);
    return age >= -1000 && age < RESTREAM_NONCE_LIFETIME_MS;
  }
}

function safePath(uri: string): string {
  try {
    return new URL(uri).pathname;
  } catch {
    return '';
  }
}

/** Static payload types for G.711 (RFC 3551 §6: PCMU 0, PCMA 8), dynamic 96+ for the rest. */
function payloadTypeOf(track: TrackInfo, index: number): number {
  if (track.codec === 'pcmu') return 0;
  if (track.codec === 'pcma') return 8;
  return 96 + index;
}

function packetizerFor(track: TrackInfo, index: number): Packetizer {
  const opts = {
    payloadType: payloadTypeOf(track, index),
    ssrc: randomBytes(4).readUInt32BE(0),
    initialSequenceNumber: randomBytes(2).readUInt16BE(0),
  };
  switch (track.codec) {
    case 'h264':
      return new H264Packetizer(opts);
    case 'h265':
      return new H265Packetizer(opts);
    case 'aac':
      return new AacPacketizer(opts);
    case 'pcma':
    case 'pcmu':
      return new G711Packetizer(track.codec, opts);
  }
}
