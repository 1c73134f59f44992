// Ingest reads each camera into reused receive slabs (src/rtsp/receive-buffer.ts): bytes are
// overwritten once the depacketizers no longer hold views of them. These tests replay camsim's
// clips (H.264 1080p, H.265, AAC, G.711) through RtspCameraSource in reads of every size, with
// garbage packets among them, and check every published frame against the frames the same
// packets give when each is copied first — after the whole stream went through, so a frame
// whose bytes a later read overwrote would differ.
import { describe, expect, it } from 'vitest';
import { loadClipLibrary, stampFrame, type ClipLibrary, type ClipTrack } from '../camsim/clips.ts';
import { ManualClock } from '../clock.ts';
import type { HubStats } from '../hub/contracts.ts';
import { FrameMemory } from '../media/frame-memory.ts';
import { parseRtpPacket } from '../media/rtp.ts';
import { parseSdp } from '../media/sdp.ts';
import { serializeSdp, sdpMediaToTrack, trackToSdpMedia } from '../media/sdp-track.ts';
import type { MediaFrame, TrackInfo } from '../media/types.ts';
import type { RtspConnectionHandlers, RtspConnector } from '../rtsp/client.ts';
import { RtspFramer } from '../rtsp/codec/framer.ts';
import { getHeader, serializeInterleaved, serializeResponse } from '../rtsp/codec/message.ts';
import { realTimers } from '../rtsp/timers.ts';
import { RtspCameraSource, type CameraHub } from './rtsp-source.ts';
import { TrackReceiver } from './track-receiver.ts';

/** A seeded PRNG (mulberry32): the read sizes and garbage are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One track's packets in send order, with the interleaved channel each goes on. */
interface Sent {
  readonly channel: number;
  readonly packet: Uint8Array;
}

/**
 * `loops` passes over the video clip with the audio clip beside it, in time order, as a camera
 * sends them: channel 0 video RTP, 2 audio RTP; every `garbageEvery`th packet is followed by a
 * garbage packet on a media channel (random bytes, or an RTP header with random fields).
 */
function buildStream(
  video: ClipTrack,
  audio: ClipTrack,
  loops: number,
  next: () => number,
  garbageEvery: number,
): Sent[] {
  const out: Sent[] = [];
  let vSeq = 1000;
  let aSeq = 7000;
  let vFrame = 0;
  let aFrame = 0;
  const vTotal = video.frames.length * loops;
  const vSeconds = (vTotal * video.frameDurationTicks) / video.clockRate;
  const aTotal = Math.floor((vSeconds * audio.clockRate) / audio.frameDurationTicks);
  let count = 0;
  const push = (channel: number, packet: Uint8Array): void => {
    out.push({ channel, packet });
    if (++count % garbageEvery !== 0) return;
    const junk = new Uint8Array(12 + Math.floor(next() * 600));
    for (let i = 0; i < junk.length; i++) junk[i] = Math.floor(next() * 256);
    if (next() < 0.5) junk[0] = 0x80; // a valid RTP version with random sequence number and timestamp
    out.push({ channel: next() < 0.5 ? 0 : 2, packet: junk });
  };
  while (vFrame < vTotal || aFrame < aTotal) {
    const vTime = (vFrame * video.frameDurationTicks) / video.clockRate;
    const aTime = (aFrame * audio.frameDurationTicks) / audio.clockRate;
    if (vFrame < vTotal && (aFrame >= aTotal || vTime <= aTime)) {
      const clip = video.frames[vFrame % video.frames.length];
      if (clip === undefined) throw new Error('empty clip');
      const stamped = stampFrame(clip, vSeq, 90_000 + vFrame * video.frameDurationTicks, 0x11223344);
      vSeq = stamped.nextSequenceNumber;
      for (const p of stamped.packets) push(0, p);
      vFrame++;
    } else {
      const clip = audio.frames[aFrame % audio.frames.length];
      if (clip === undefined) throw new Error('empty clip');
      const stamped = stampFrame(clip, aSeq, 5000 + aFrame * audio.frameDurationTicks, 0x55667788);
      aSeq = stamped.nextSequenceNumber;
      for (const p of stamped.packets) push(2, p);
      aFrame++;
    }
  }
  return out;
}

/** A camera without a socket: answers the handshake, then hands the stream over in reads of random size. */
class ScriptedCamera {
  private handlers: RtspConnectionHandlers | undefined;
  private setups = 0;
  playing = false;
  readonly connect: RtspConnector;

  constructor(private readonly sdp: string) {
    this.connect = (_host, _port, handlers) => {
      this.handlers = handlers;
      const framer = new RtspFramer();
      setImmediate(() => {
        handlers.onConnect('127.0.0.1');
      });
      return {
        destroyed: false,
        destroy: () => undefined,
        write: (bytes: Uint8Array) => {
          for (const item of framer.push(bytes)) {
            if (item.kind !== 'request') continue;
            const headers: [string, string][] = [['CSeq', getHeader(item.headers, 'CSeq') ?? '0']];
            let body = new Uint8Array(0);
            if (item.method === 'DESCRIBE') {
              body = new TextEncoder().encode(this.sdp);
              headers.push(['Content-Type', 'application/sdp'], ['Content-Base', 'rtsp://127.0.0.1/cam/']);
            } else if (item.method === 'SETUP') {
              const first = 2 * this.setups++;
              headers.push(['Transport', `RTP/AVP/TCP;unicast;interleaved=${first}-${first + 1}`], ['Session', '1']);
            }
            const response = serializeResponse({ statusCode: 200, reason: 'OK', headers, body });
            setImmediate(() => {
              this.read(response, () => response.length);
              if (item.method === 'PLAY') this.playing = true;
            });
          }
        },
      };
    };
  }

  /** Hands `bytes` over in reads whose sizes `size` picks (each at most what the client offers). */
  read(bytes: Uint8Array, size: () => number): void {
    const handlers = this.handlers;
    if (handlers === undefined) throw new Error('not connected');
    for (let at = 0; at < bytes.length;) {
      const target = handlers.readBuffer();
      const n = Math.max(1, Math.min(target.length, size(), bytes.length - at));
      target.set(bytes.subarray(at, at + n));
      handlers.onRead(n);
      at += n;
    }
  }
}

/**
 * A hub that keeps what it is given, holding each frame's lease (MediaFrame.lease) as a reader
 * would: the latest `window` frames stay held; an older one is checked against `expected` at the
 * moment it is released, after which its memory may be reused (and poisoned) under the next ones.
 */
class CollectingHub implements CameraHub {
  readonly frames: MediaFrame[] = [];
  tracks: readonly TrackInfo[] = [];
  /** Frames whose bytes differed from `expected` when they were released. */
  mismatchedAtRelease = 0;
  private released = 0;
  constructor(
    private readonly expected: ReadonlyMap<string, Buffer>,
    private readonly window: number,
  ) {}
  publish(frame: MediaFrame): void {
    frame.lease?.retain();
    this.frames.push(frame);
    while (this.frames.length - this.released > this.window) this.releaseOne();
  }
  releaseAll(): void {
    while (this.released < this.frames.length) this.releaseOne();
  }
  private releaseOne(): void {
    const f = this.frames[this.released++];
    if (f === undefined) return;
    if (!this.expected.get(key(f))?.equals(joined(f))) this.mismatchedAtRelease++;
    f.lease?.release();
  }
  setTracks(tracks: readonly TrackInfo[]): void {
    this.tracks = tracks;
  }
  markOffline(): void {}
  markOnline(): void {}
  stats(): HubStats {
    return {
      online: true,
      offlineReason: undefined,
      framesIn: this.frames.length,
      bytesIn: 0,
      lastFrameAt: undefined,
      bitsPerSecond: 0,
      videoFramesPerSecond: 0,
      readers: 0,
      gopCacheFrames: 0,
      gopCacheBytes: 0,
      gopCacheOverflows: 0,
      listenerErrors: 0,
    };
  }
}

function key(frame: MediaFrame): string {
  return `${frame.codec}@${frame.pts}`;
}

function joined(frame: MediaFrame): Buffer {
  return Buffer.concat(frame.units.map((u) => Buffer.from(u.buffer, u.byteOffset, u.byteLength)));
}

const PROFILES = [
  { video: 'h264-1080p25', audio: 'pcma-8k' },
  { video: 'h264-720p25', audio: 'aac-16k' },
  { video: 'h265-720p25', audio: 'aac-16k' },
] as const;

/** Read sizes: a byte at a time, a packet or so, or as much as the client offers. */
const READ_SIZES: readonly [string, (next: () => number) => () => number][] = [
  ['tiny reads', (next) => () => 1 + Math.floor(next() * 40)],
  ['reads of a packet or so', (next) => () => 200 + Math.floor(next() * 2000)],
  ['large reads', (next) => () => (next() < 0.1 ? 1 + Math.floor(next() * 100) : 64 * 1024)],
];

describe('ingest over reused receive buffers', () => {
  let library: ClipLibrary | undefined;
  const clips = async (): Promise<ClipLibrary> => (library ??= await loadClipLibrary());

  for (const profile of PROFILES) {
    for (const [readsName, sizes] of READ_SIZES) {
      it(`${profile.video} with ${profile.audio}, ${readsName}, garbage among the packets: every frame keeps its bytes`, async () => {
        const lib = await clips();
        const video = lib.video.get(profile.video);
        const audio = lib.audio.get(profile.audio);
        if (video === undefined || audio === undefined) throw new Error('clip missing');
        const next = random(profile.video.length * 31 + readsName.length);
        const loops = profile.video === 'h264-1080p25' ? 2 : 3;
        const sent = buildStream(video, audio, loops, next, 97);
        const sdp = serializeSdp({
          sessionName: 'reuse test',
          media: [
            trackToSdpMedia(video.info, video.payloadType, 'track0'),
            trackToSdpMedia(audio.info, audio.payloadType, 'track1'),
          ],
        });

        // What the same packets give when every one is a copy nobody else touches.
        const receivers = parseSdp(sdp).media.map((m) => {
          const t = sdpMediaToTrack(m);
          if (t === undefined) throw new Error('unsupported track in the test SDP');
          return new TrackReceiver(t, new FrameMemory());
        });
        const expected = new Map<string, Buffer>();
        for (const { channel, packet } of sent) {
          let pkt;
          try {
            pkt = parseRtpPacket(packet.slice());
          } catch {
            continue;
          }
          for (const f of receivers[channel / 2]?.depacketizer.push(pkt) ?? []) expected.set(key(f), joined(f));
        }

        const camera = new ScriptedCamera(sdp);
        // The latest frames held, as the hub's GOP cache and the recorder hold theirs; small poisoning
        // blocks, so memory is reused under every few frames and a too-early reuse shows.
        const hub = new CollectingHub(expected, 8);
        const memory = new FrameMemory({
          blockBytes: profile.video === 'h264-1080p25' ? 512 * 1024 : 32 * 1024,
          poison: true,
        });
        const source = new RtspCameraSource({
          cameraId: 'reuse',
          url: 'rtsp://127.0.0.1/cam',
          hub,
          clock: new ManualClock('2026-05-01T08:00:00Z'),
          timers: realTimers(),
          connect: camera.connect,
          readTimeoutMs: 60_000,
          // Small slabs: one is reused every few packets, under most access units.
          receiveSlabBytes: 8 * 1024,
          frameMemory: memory,
        });
        source.start();
        for (let i = 0; i < 1000 && !camera.playing; i++) await new Promise((r) => setImmediate(r));
        expect(camera.playing).toBe(true);
        const wire = Buffer.concat(sent.map((s) => serializeInterleaved(s.channel, s.packet)));
        camera.read(wire, sizes(next));
        await source.close();

        expect(hub.frames.length).toBe(expected.size);
        hub.releaseAll();
        expect(hub.mismatchedAtRelease).toBe(0);
        // The memory was reused (blocks handed out again) more than it was allocated.
        expect(memory.blocksReused).toBeGreaterThan(memory.buffersAllocated);
        // Both tracks came through, and the packets were not all rejected.
        expect(new Set(hub.frames.map((f) => f.codec)).size).toBe(2);
        expect(hub.frames.length).toBeGreaterThan(video.frames.length * loops * 0.8);
      });
    }
  }
});
