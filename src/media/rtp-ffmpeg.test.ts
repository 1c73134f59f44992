// Real peer: ffmpeg 5.1 (Debian) sends RTP over UDP to a socket in the test; the SDP it writes is
// parsed, its packets depacketized, and frame counts, keyframe positions, parameter sets and the
// wall clock from its RTCP sender reports checked.

import { spawn } from 'node:child_process';
import dgram from 'node:dgram';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AacDepacketizer } from './aac-depacketizer.ts';
import { G711Depacketizer } from './g711-depacketizer.ts';
import { H264Depacketizer } from './h264-depacketizer.ts';
import { H265Depacketizer } from './h265-depacketizer.ts';
import { h264NalType, h265NalType } from './nal-types.ts';
import { parseRtcpCompound, rtpTimestampToUnixMs } from './rtcp.ts';
import type { RtcpSenderReport } from './rtcp.ts';
import { parseRtpPacket } from './rtp.ts';
import { parseSdp } from './sdp.ts';
import { sdpMediaToTrack } from './sdp-track.ts';
import type { MediaFrame, RtpPacket } from './types.ts';

interface Capture {
  sdp: string;
  packets: RtpPacket[];
  senderReports: RtcpSenderReport[];
  startedUnixMs: number;
}

function bind(socket: dgram.Socket, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(port, '127.0.0.1', () => {
      socket.off('error', reject);
      resolve();
    });
  });
}

async function openPair(): Promise<{ rtp: dgram.Socket; rtcp: dgram.Socket; port: number }> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = 20000 + 2 * Math.floor(Math.random() * 15000);
    const rtp = dgram.createSocket({ type: 'udp4', recvBufferSize: 8 << 20 });
    const rtcp = dgram.createSocket('udp4');
    try {
      await bind(rtp, port);
      await bind(rtcp, port + 1);
      return { rtp, rtcp, port };
    } catch {
      rtp.close();
      rtcp.close();
    }
  }
  throw new Error('no free UDP port pair');
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${cmd} exited ${code}: ${stderr}`));
    });
  });
}

/** Runs ffmpeg with `input` and `codec` args sending RTP to a local port; collects what arrives. */
async function capture(inputAndCodec: string[]): Promise<Capture> {
  const dir = await mkdtemp(join(tmpdir(), 'psvis-rtp-'));
  const { rtp, rtcp, port } = await openPair();
  const packets: RtpPacket[] = [];
  const senderReports: RtcpSenderReport[] = [];
  rtp.on('message', (msg: Buffer) => packets.push(parseRtpPacket(new Uint8Array(msg))));
  rtcp.on('message', (msg: Buffer) => {
    for (const p of parseRtcpCompound(new Uint8Array(msg))) if (p.type === 'sr') senderReports.push(p);
  });
  const startedUnixMs = Date.now();
  try {
    const sdpFile = join(dir, 'out.sdp');
    const args = ['-hide_banner', '-loglevel', 'error', '-re', ...inputAndCodec];
    await run('ffmpeg', [...args, '-f', 'rtp', '-sdp_file', sdpFile, `rtp://127.0.0.1:${port}?rtcpport=${port + 1}`]);
    await new Promise((r) => setTimeout(r, 200)); // let the last datagrams land
    return { sdp: await readFile(sdpFile, 'utf8'), packets, senderReports, startedUnixMs };
  } finally {
    rtp.close();
    rtcp.close();
    await rm(dir, { recursive: true, force: true });
  }
}

function depacketizeAll(d: { push(p: RtpPacket): readonly MediaFrame[] }, packets: RtpPacket[]): MediaFrame[] {
  const frames: MediaFrame[] = [];
  for (const p of packets) frames.push(...d.push(p));
  return frames;
}

function keyframeIndexes(frames: MediaFrame[]): number[] {
  return frames.flatMap((f, i) => (f.keyframe ? [i] : []));
}

/** Splits an ADTS stream (ISO 14496-3 §1.A.2) into raw access units. */
function adtsFrames(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let o = 0;
  while (o + 7 <= bytes.length) {
    const headerBytes = ((bytes[o + 1] ?? 0) & 1) === 1 ? 7 : 9;
    const len = (((bytes[o + 3] ?? 0) & 3) << 11) | ((bytes[o + 4] ?? 0) << 3) | ((bytes[o + 5] ?? 0) >> 5);
    out.push(bytes.subarray(o + headerBytes, o + len));
    o += len;
  }
  return out;
}

const VIDEO_INPUT = ['-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=25', '-t', '2'];

describe('RTP from ffmpeg 5.1 (real peer)', () => {
  it.concurrent('H.264 (libx264, GOP 25): 50 access units, IDR at 0 and 25, SPS/PPS in-band', async () => {
    const cap = await capture([
      ...VIDEO_INPUT,
      ...['-c:v', 'libx264', '-g', '25', '-x264-params', 'keyint=25:min-keyint=25:scenecut=0'],
    ]);
    const media = parseSdp(cap.sdp).media[0];
    expect(media).toBeDefined();
    const track = media === undefined ? undefined : sdpMediaToTrack(media);
    expect(track?.track.codec).toBe('h264');
    // ffmpeg's RTP muxer writes only packetization-mode=1 for libx264: no sprop, SPS/PPS in-band.
    expect(track?.track.parameterSets).toBeUndefined();
    expect(cap.packets.some((p) => ((p.payload[0] ?? 0) & 0x1f) === 28)).toBe(true); // FU-A was exercised
    const d = new H264Depacketizer();
    const frames = depacketizeAll(d, cap.packets);
    expect(frames).toHaveLength(50);
    expect(keyframeIndexes(frames)).toEqual([0, 25]);
    expect(frames[0]?.units.map(h264NalType)).toEqual(expect.arrayContaining([7, 8, 5]));
    expect(d.packetsLost).toBe(0);
    expect(d.framesDropped).toBe(0);
    // Wall clock from the sender report lands within the run.
    const sr = cap.senderReports[0];
    expect(sr).toBeDefined();
    const first = frames[0];
    if (sr !== undefined && first !== undefined) {
      const wallMs = rtpTimestampToUnixMs(first.pts, sr, 90000);
      expect(Math.abs(wallMs - cap.startedUnixMs)).toBeLessThan(5000);
    }
  });

  it.concurrent('H.265 (libx265, GOP 25): 50 access units, IRAP at 0 and 25, VPS/SPS/PPS in-band', async () => {
    const cap = await capture([
      ...VIDEO_INPUT,
      ...['-c:v', 'libx265', '-x265-params', 'keyint=25:min-keyint=25:scenecut=0:log-level=error'],
    ]);
    const media = parseSdp(cap.sdp).media[0];
    const track = media === undefined ? undefined : sdpMediaToTrack(media);
    expect(track?.track.codec).toBe('h265');
    expect(track?.track.parameterSets).toBeUndefined(); // ffmpeg writes no sprop-* for libx265
    const d = new H265Depacketizer();
    const frames = depacketizeAll(d, cap.packets);
    expect(frames).toHaveLength(50);
    expect(keyframeIndexes(frames)).toEqual([0, 25]);
    expect(frames[0]?.units.map(h265NalType).slice(0, 3)).toEqual([32, 33, 34]);
    expect(cap.packets.some((p) => (((p.payload[0] ?? 0) >> 1) & 0x3f) === 49)).toBe(true); // FUs were exercised
    expect(d.packetsLost + d.framesDropped + d.packetsRejected).toBe(0);
  });

  it.concurrent('PCMA: 2 s at 8 kHz arrive as contiguous frames of 16000 samples in all', async () => {
    const cap = await capture([
      ...['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=8000', '-t', '2', '-c:a', 'pcm_alaw'],
    ]);
    const media = parseSdp(cap.sdp).media[0];
    const track = media === undefined ? undefined : sdpMediaToTrack(media);
    expect(track).toMatchObject({ payloadType: 8, track: { codec: 'pcma', clockRate: 8000, channels: 1 } });
    const frames = depacketizeAll(new G711Depacketizer('pcma'), cap.packets);
    const samples = frames.reduce((n, f) => n + (f.units[0]?.length ?? 0), 0);
    expect(samples).toBe(16000);
    for (let i = 1; i < frames.length; i++) {
      const prev = frames[i - 1];
      expect(frames[i]?.pts).toBe((prev?.pts ?? 0) + (prev?.units[0]?.length ?? 0));
    }
  });

  it.concurrent('AAC-hbr (ffmpeg aac, 44.1 kHz): access units equal the ADTS encode, 1024 ticks apart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'psvis-adts-'));
    try {
      const input = ['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=44100', '-t', '2', '-c:a', 'aac'];
      const adtsFile = join(dir, 'ref.aac');
      await run('ffmpeg', ['-hide_banner', '-loglevel', 'error', ...input, '-f', 'adts', adtsFile]);
      const reference = adtsFrames(new Uint8Array(await readFile(adtsFile)));
      const cap = await capture(input);
      const media = parseSdp(cap.sdp).media[0];
      const track = media === undefined ? undefined : sdpMediaToTrack(media);
      expect(track?.track).toMatchObject({ codec: 'aac', clockRate: 44100, channels: 1 });
      expect(track?.track.audioSpecificConfig).toEqual(new Uint8Array([0x12, 0x08, 0x56, 0xe5, 0x00]));
      const frames = depacketizeAll(new AacDepacketizer(track?.aacFormat), cap.packets);
      expect(cap.packets.length).toBeLessThan(frames.length); // ffmpeg puts several AUs in a packet
      // ffmpeg 5.1's AAC RTP muxer does not flush its last aggregated packet at the end of input,
      // so up to one packet's worth of access units (8 here) is missing at the tail.
      expect(frames.length).toBeGreaterThanOrEqual(reference.length - 10);
      expect(frames.map((f) => f.units[0])).toEqual(reference.slice(0, frames.length));
      for (let i = 1; i < frames.length; i++) expect(frames[i]?.pts).toBe((frames[i - 1]?.pts ?? 0) + 1024);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
