// A capture of what one RTSP camera sends over TCP (RFC 2326 §10.12 interleaved frames), taken
// from camsim serving the benchmark clip, and its replay as a longer stream. The pipeline
// benchmark feeds the replay to psvis in place of a socket, so every run sees the same bytes.
import { readFile, writeFile } from 'node:fs/promises';
import { CameraSimulator } from '../src/camsim/simulator.ts';
import { RtspClient } from '../src/rtsp/client.ts';
import { serializeInterleaved } from '../src/rtsp/codec/message.ts';
import { startsH264Keyframe } from './h264-keyframe.ts';

/** File magic of a saved capture: "PSVC" then a JSON header length, the header and the bytes. */
const MAGIC = 0x50535643;
/** RTP channel and RTCP channel of the one track (what the client asked for at SETUP). */
export const RTP_CHANNEL = 0;
export const RTCP_CHANNEL = 1;
/** Longest the capture may take beyond the clip's own length (session set-up, first keyframe). */
const CAPTURE_SLACK_MS = 15_000;

/** One camera's interleaved bytes, frame by frame from a keyframe. */
export interface Capture {
  /** The camera's DESCRIBE answer. */
  readonly sdp: string;
  readonly fps: number;
  /** RTP ticks between frames. */
  readonly ticksPerFrame: number;
  /** Per frame: the RTCP packets that came before it, then its RTP packets, each as `$` ch len data. */
  readonly frames: readonly Uint8Array[];
  /** Whether each frame begins with a keyframe. */
  readonly keyframes: readonly boolean[];
  /** RTP packets in the capture (the sequence number step of one loop). */
  readonly rtpPackets: number;
}

/**
 * Plays `frames` frames (one loop of the clip) from camsim at `fixturesDir` into a capture: the
 * packets as the camera sent them, from the first keyframe, grouped by frame (marker bit).
 */
export async function captureCamera(fixturesDir: string, frames: number, fps: number): Promise<Capture> {
  const simulator = new CameraSimulator({ cameras: 1, profile: '1080p-h264', fixturesDir, udp: false });
  await simulator.start();
  const client = new RtspClient({ url: simulator.url(1), mediaKinds: ['video'] });
  let sdp = '';
  const out: Uint8Array[] = [];
  const keyframes: boolean[] = [];
  let current: Uint8Array[] = [];
  let pendingRtcp: Uint8Array[] = [];
  let started = false;
  let rtpPackets = 0;
  let firstTs = -1;
  let lastTs = -1;
  const done = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => {
        reject(
          new Error(`capture: ${out.length} of ${frames} frames after ${(frames * 1000) / fps + CAPTURE_SLACK_MS} ms`),
        );
      },
      (frames * 1000) / fps + CAPTURE_SLACK_MS,
    );
    client.on('sdp', (text) => {
      sdp = text;
    });
    client.on('rtcp', (_track, packet) => {
      if (started) pendingRtcp.push(serializeInterleaved(RTCP_CHANNEL, packet));
    });
    client.on('rtp', (_track, packet) => {
      if (out.length >= frames) return;
      if (!started) {
        if (!startsH264Keyframe(packet)) return;
        started = true;
      }
      if (current.length === 0) {
        keyframes.push(startsH264Keyframe(packet));
        current = pendingRtcp;
        pendingRtcp = [];
      }
      current.push(serializeInterleaved(RTP_CHANNEL, packet));
      rtpPackets++;
      const ts =
        (((packet[4] ?? 0) << 24) | ((packet[5] ?? 0) << 16) | ((packet[6] ?? 0) << 8) | (packet[7] ?? 0)) >>> 0;
      if (firstTs < 0) firstTs = ts;
      lastTs = ts;
      if (((packet[1] ?? 0) & 0x80) !== 0) {
        out.push(Buffer.concat(current));
        current = [];
        if (out.length === frames) {
          clearTimeout(timer);
          resolve();
        }
      }
    });
    client.on('close', (reason) => {
      if (out.length < frames) reject(reason);
    });
  });
  try {
    await client.start();
    await done;
  } finally {
    await client.close();
    await simulator.close();
  }
  return { sdp, fps, ticksPerFrame: Math.round((lastTs - firstTs) / (frames - 1)), frames: out, keyframes, rtpPackets };
}

/** Writes a capture to a file (to replay exactly the same bytes in a later run). */
export async function saveCapture(path: string, capture: Capture): Promise<void> {
  const header = Buffer.from(
    JSON.stringify({
      sdp: capture.sdp,
      fps: capture.fps,
      ticksPerFrame: capture.ticksPerFrame,
      frameBytes: capture.frames.map((f) => f.length),
      keyframes: capture.keyframes,
      rtpPackets: capture.rtpPackets,
    }),
  );
  const prefix = Buffer.alloc(8);
  prefix.writeUInt32BE(MAGIC, 0);
  prefix.writeUInt32BE(header.length, 4);
  await writeFile(path, Buffer.concat([prefix, header, ...capture.frames]));
}

/** Reads a capture written by saveCapture. */
export async function loadCapture(path: string): Promise<Capture> {
  const bytes = await readFile(path);
  if (bytes.length < 8 || bytes.readUInt32BE(0) !== MAGIC) throw new Error(`${path} is not a saved capture`);
  const headerEnd = 8 + bytes.readUInt32BE(4);
  const header = JSON.parse(bytes.subarray(8, headerEnd).toString('utf8')) as {
    sdp: string;
    fps: number;
    ticksPerFrame: number;
    frameBytes: number[];
    keyframes: boolean[];
    rtpPackets: number;
  };
  const frames: Uint8Array[] = [];
  let at = headerEnd;
  for (const n of header.frameBytes) {
    frames.push(bytes.subarray(at, at + n));
    at += n;
  }
  return { ...header, frames };
}

/** The replayed stream: `frames` frames in one buffer, looping the capture with continuous RTP. */
export interface Replay {
  readonly bytes: Buffer;
  /** Frame i is bytes[frameStarts[i], frameStarts[i + 1]). */
  readonly frameStarts: readonly number[];
  readonly keyframes: readonly boolean[];
  /** RTP packets in each frame. */
  readonly rtpPackets: readonly number[];
}

/**
 * Loops the capture into `frames` frames. Each loop moves RTP sequence numbers and timestamps on
 * and sender reports' NTP and RTP times with them, so the stream is one continuous session.
 */
export function buildReplay(capture: Capture, frames: number): Replay {
  const loopFrames = capture.frames.length;
  const loopTicks = loopFrames * capture.ticksPerFrame;
  const loopSeconds = loopFrames / capture.fps;
  let total = 0;
  for (let i = 0; i < frames; i++) total += capture.frames[i % loopFrames]?.length ?? 0;
  const bytes = Buffer.allocUnsafe(total);
  const frameStarts: number[] = [];
  const keyframes: boolean[] = [];
  const rtpPackets: number[] = [];
  let at = 0;
  for (let i = 0; i < frames; i++) {
    const frame = capture.frames[i % loopFrames] ?? new Uint8Array(0);
    const loop = Math.floor(i / loopFrames);
    frameStarts.push(at);
    keyframes.push(capture.keyframes[i % loopFrames] === true);
    bytes.set(frame, at);
    rtpPackets.push(
      shiftPackets(bytes, at, frame.length, loop * capture.rtpPackets, loop * loopTicks, loop * loopSeconds),
    );
    at += frame.length;
  }
  frameStarts.push(at);
  return { bytes, frameStarts, keyframes, rtpPackets };
}

// Moves every interleaved packet in bytes[start, start + length) on by whole loops; returns the RTP packets.
function shiftPackets(
  bytes: Buffer,
  start: number,
  length: number,
  seq: number,
  ticks: number,
  seconds: number,
): number {
  let p = start;
  let rtp = 0;
  while (p + 4 <= start + length) {
    const channel = bytes[p + 1] ?? 0;
    const size = bytes.readUInt16BE(p + 2);
    const pkt = p + 4;
    if (channel === RTP_CHANNEL) {
      rtp++;
      bytes.writeUInt16BE((bytes.readUInt16BE(pkt + 2) + seq) & 0xffff, pkt + 2);
      bytes.writeUInt32BE((bytes.readUInt32BE(pkt + 4) + ticks) >>> 0, pkt + 4);
    } else {
      // RFC 3550 §6.4.1 sender report: NTP seconds at +8, RTP timestamp at +16 of each SR.
      let q = pkt;
      while (q + 4 <= pkt + size) {
        const words = bytes.readUInt16BE(q + 2);
        if (bytes[q + 1] === 200 && q + 20 <= pkt + size) {
          bytes.writeUInt32BE((bytes.readUInt32BE(q + 8) + seconds) >>> 0, q + 8);
          bytes.writeUInt32BE((bytes.readUInt32BE(q + 16) + ticks) >>> 0, q + 16);
        }
        q += (words + 1) * 4;
      }
    }
    p = pkt + size;
  }
  return rtp;
}
