// SimulatedCamera driven by hand on a fake clock: what a client would receive, packet by packet.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { PsvisError } from '../errors/psvis-error.ts';
import { splitAnnexB } from '../media/annexb.ts';
import { h264NalType } from '../media/nal-types.ts';
import { parseRtcpCompound } from '../media/rtcp.ts';
import { parseRtpPacket } from '../media/rtp.ts';
import { parseSdp } from '../media/sdp.ts';
import type { RtpPacket } from '../media/types.ts';
import { GARBAGE_PACKETS_PER_BURST, SimulatedCamera, type CameraOptions } from './camera.ts';
import { groupAccessUnits } from './access-units.ts';
import { DEFAULT_FIXTURES_DIR, loadClipLibrary, stampFrame, type ClipLibrary, type ClipTrack } from './clips.ts';
import { parseFault, STALL_FLOW_S } from './faults.ts';

let library: ClipLibrary;
beforeAll(async () => {
  library = await loadClipLibrary();
});

function clip(map: ReadonlyMap<string, ClipTrack>, name: string): ClipTrack {
  const c = map.get(name);
  if (c === undefined) throw new Error(`no clip ${name}`);
  return c;
}

/** A camera on a fake clock with deterministic random bytes, and what its subscribers got. */
function rig(overrides: Partial<CameraOptions> = {}) {
  let now = 0;
  let seed = 1;
  const video: RtpPacket[] = [];
  const videoArrivalMs: number[] = [];
  const audio: RtpPacket[] = [];
  const raw: Uint8Array[] = [];
  const rtcp: Uint8Array[] = [];
  let drops = 0;
  const camera = new SimulatedCamera({
    number: 1,
    video: clip(library.video, 'h264-1080p25'),
    alternateVideo: clip(library.video, 'h264-720p25'),
    audio: clip(library.audio, 'pcma-8k'),
    startMs: 0,
    nowMs: () => now,
    wallClockMs: () => 1_700_000_000_000 + now,
    // A fixed sequence puts the 16-bit sequence number and 32-bit timestamp near their wraps.
    random: (n) => Uint8Array.from({ length: n }, () => (seed = (seed * 7 + 0xfd) & 0xff)),
    onDrop: () => drops++,
    ...overrides,
  });
  camera.subscribe(0, (p) => {
    raw.push(p);
    videoArrivalMs.push(now);
    if ((p[0] ?? 0) >> 6 === 2) video.push(parseRtpPacket(p));
  });
  camera.subscribe(1, (p) => audio.push(parseRtpPacket(p)));
  camera.subscribeRtcp(0, (p) => rtcp.push(p));
  const runTo = (ms: number, stepMs = 10): void => {
    while (now < ms) {
      now = Math.min(ms, now + stepMs);
      camera.pump(now);
    }
  };
  return { camera, video, videoArrivalMs, audio, raw, rtcp, runTo, drops: () => drops, now: () => now };
}

function framesOf(packets: readonly RtpPacket[]): RtpPacket[] {
  return packets.filter((p) => p.marker);
}

function expectContinuous(packets: readonly RtpPacket[], ticksPerFrame: number | undefined): void {
  for (let i = 1; i < packets.length; i++) {
    const a = packets[i - 1];
    const b = packets[i];
    if (a === undefined || b === undefined) continue;
    expect(b.sequenceNumber).toBe((a.sequenceNumber + 1) & 0xffff);
    const step = (b.timestamp - a.timestamp) >>> 0;
    if (ticksPerFrame === undefined) expect(step === 0 || step < 0x8000_0000).toBe(true);
    else expect([0, ticksPerFrame]).toContain(step);
  }
}

describe('clips', () => {
  it('groups the 1080p H.264 clip into 100 pictures with an IDR every 50', async () => {
    const bytes = await readFile(`${DEFAULT_FIXTURES_DIR}h264-1080p25.h264`);
    const units = groupAccessUnits(splitAnnexB(bytes), 'h264');
    expect(units).toHaveLength(100);
    expect(units.flatMap((u, i) => (u.keyframe ? [i] : []))).toEqual([0, 50]);
  });

  it('starts every keyframe with SPS and PPS in-band, as cameras send', () => {
    for (const name of ['h264-1080p25', 'h264-720p25']) {
      const frames = clip(library.video, name).frames.filter((f) => f.keyframe);
      expect(frames).toHaveLength(2);
      for (const f of frames) {
        const first = parseRtpPacket(f.bytes.subarray(0, f.packetEnds[0]));
        expect(h264NalType(first.payload)).toBe(7);
      }
    }
  });

  it('stamps sequence numbers, timestamp and SSRC into a copy, leaving the shared frame untouched', () => {
    const frame = clip(library.video, 'h264-720p25').frames[0];
    if (frame === undefined) throw new Error('empty clip');
    const before = Uint8Array.from(frame.bytes);
    const { packets, nextSequenceNumber } = stampFrame(frame, 0xfffe, 0xffff_fff0, 0x1234_5678);
    expect(frame.bytes).toEqual(before);
    const parsed = packets.map(parseRtpPacket);
    expect(parsed.map((p) => p.sequenceNumber).slice(0, 3)).toEqual([0xfffe, 0xffff, 0]);
    expect(new Set(parsed.map((p) => p.timestamp))).toEqual(new Set([0xffff_fff0]));
    expect(parsed.every((p) => p.ssrc === 0x1234_5678)).toBe(true);
    expect(nextSequenceNumber).toBe((0xfffe + packets.length) & 0xffff);
  });
});

describe('SimulatedCamera', () => {
  it('sends 25 frames a second and loops the 4 s clip with continuous sequence numbers and timestamps', () => {
    const r = rig();
    r.runTo(9_990); // frames due at 0, 40, ... 9960 ms
    const frames = framesOf(r.video);
    expect(frames.length).toBe(250);
    expectContinuous(r.video, 3600);
    expectContinuous(r.audio, 320);
    expect(r.audio.length).toBe(250); // 40 ms packets
    // The loop restarts on the clip's IDR: three loops began with an SPS (frames 0, 100, 200).
    const spsTimestamps = r.video.filter((p) => h264NalType(p.payload) === 7).map((p) => p.timestamp);
    const first = frames[0]?.timestamp ?? 0;
    expect(spsTimestamps.map((t) => ((t - first) >>> 0) / 3600)).toEqual([0, 50, 100, 150, 200]);
  });

  it('answers DESCRIBE with H.264 (sprop-parameter-sets of the clip) and PCMA', () => {
    const sdp = parseSdp(rig().camera.sdp());
    expect(sdp.media.map((m) => m.rtpmaps.get(m.payloadTypes[0] ?? -1)?.encodingName)).toEqual(['H264', 'PCMA']);
    const sprop = sdp.media[0]?.fmtps.get(96)?.get('sprop-parameter-sets') ?? '';
    const [sps] = sprop.split(',').map((b) => Buffer.from(b, 'base64'));
    expect(h264NalType(sps ?? new Uint8Array([0]))).toBe(7);
  });

  it('sends RTCP sender reports mapping its RTP clock to the wall clock (RFC 3550 §6.4.1)', () => {
    const r = rig();
    r.runTo(12_000);
    const reports = r.rtcp.map((p) => parseRtcpCompound(p)[0]);
    expect(reports).toHaveLength(3); // on subscribe, at 5 s and at 10 s
    const last = reports[2];
    if (last?.type !== 'sr') throw new Error('not a sender report');
    const firstTimestamp = r.video[0]?.timestamp ?? 0;
    expect(last.rtpTimestamp).toBe((firstTimestamp + 10_000 * 90) >>> 0);
    expect(last.packetCount).toBe(r.videoArrivalMs.filter((t) => t <= 10_000).length);
    expect(last.ntpSeconds).toBe(Math.floor((1_700_000_000_000 + 10_000) / 1000) + 2_208_988_800);
  });

  it('a stall sends nothing for its length, then resumes on a keyframe with timestamps that kept time', () => {
    const r = rig();
    r.runTo(1000);
    r.camera.stall(3000);
    const before = r.video.length;
    r.runTo(3990);
    expect(r.video.length).toBe(before);
    r.runTo(6000);
    const resumed = r.video[before];
    expect(r.videoArrivalMs[before]).toBeGreaterThanOrEqual(4000);
    expect(h264NalType(resumed?.payload ?? new Uint8Array([0]))).toBe(7);
    const lastBefore = r.video[before - 1];
    expect(((resumed?.timestamp ?? 0) - (lastBefore?.timestamp ?? 0)) >>> 0).toBe(3000 * 90); // 1000 ms to 4000 ms
    expect(resumed?.sequenceNumber).toBe(((lastBefore?.sequenceNumber ?? 0) + 1) & 0xffff);
  });

  it('the stall fault stalls for its length after every 10 s of streaming', () => {
    const r = rig({ faults: [parseFault('stall:2')] });
    r.runTo(STALL_FLOW_S * 1000 + 5000);
    const gaps = r.videoArrivalMs.slice(1).map((t, i) => t - (r.videoArrivalMs[i] ?? 0));
    expect(Math.max(...gaps)).toBeGreaterThanOrEqual(2000);
    expect(Math.max(...gaps)).toBeLessThan(2000 + 2100); // resumes at the next keyframe at most a GOP later
    expect(r.camera.stats.stalls).toBe(1);
  });

  it('a resolution switch sends the 720p clip from its IDR with the new SPS in-band and changes the SDP', () => {
    const r = rig();
    r.runTo(1000);
    const sdp1080 = r.camera.sdp();
    const before = r.video.length;
    expect(r.camera.switchResolution()).toBe(true);
    r.runTo(1100);
    const first = r.video[before];
    expect(h264NalType(first?.payload ?? new Uint8Array([0]))).toBe(7);
    expect(first?.payload.length).toBeLessThan(64);
    expect(r.camera.stats.videoClip).toBe('h264-720p25');
    expect(r.camera.sdp()).not.toBe(sdp1080);
    expectContinuous(r.video, 3600);
  });

  it('the H.265 camera has no other size to switch to', () => {
    const camera = new SimulatedCamera({
      number: 3,
      video: clip(library.video, 'h265-720p25'),
      startMs: 0,
      nowMs: () => 0,
      wallClockMs: () => 0,
      onDrop: () => undefined,
    });
    expect(camera.switchResolution()).toBe(false);
    const sdp = parseSdp(camera.sdp());
    expect(sdp.media.map((m) => m.rtpmaps.get(96)?.encodingName)).toEqual(['H265']);
  });

  it('garbage bursts mix non-RTP bytes and in-sequence RTP packets with random payloads', () => {
    const r = rig({ faults: [parseFault('garbage:2')] });
    r.runTo(2500);
    expect(r.camera.stats.garbagePackets).toBe(GARBAGE_PACKETS_PER_BURST);
    const notRtp = r.raw.filter((p) => (p[0] ?? 0) >> 6 !== 2);
    expect(notRtp).toHaveLength(GARBAGE_PACKETS_PER_BURST / 2);
    expectContinuous(r.video, undefined);
  });

  it('the drop fault asks the simulator to close connections every N seconds', () => {
    const r = rig({ faults: [parseFault('drop:3')] });
    r.runTo(10_000);
    expect(r.drops()).toBe(3);
    expect(r.camera.stats.drops).toBe(3);
  });

  it('setFaults changes faults at run time, counting periods from then', () => {
    const r = rig();
    r.runTo(5000);
    r.camera.setFaults([parseFault('drop:1')]);
    r.runTo(5990);
    expect(r.drops()).toBe(0);
    r.runTo(7000);
    expect(r.drops()).toBe(2);
  });

  it('skips frames instead of bursting them after the process fell behind', () => {
    const r = rig();
    r.runTo(1000);
    const before = framesOf(r.video).length;
    r.runTo(4000, 3000); // one 3 s pause of the event loop
    const burst = framesOf(r.video).length - before;
    expect(burst).toBeLessThanOrEqual(14); // at most MAX_LATE_MS (500 ms) of frames
    expect(r.camera.stats.skippedFrames).toBeGreaterThan(50);
  });
});

describe('parseFault', () => {
  it('reads kind:seconds', () => {
    expect(parseFault('resolution:8')).toEqual({ kind: 'resolution', seconds: 8 });
    expect(parseFault('stall:0.5')).toEqual({ kind: 'stall', seconds: 0.5 });
  });

  it('refuses unknown kinds and bad periods with PSVIS_ERR_CAMSIM_FAULT', () => {
    for (const bad of ['reboot:3', 'drop', 'drop:0', 'drop:-1', 'drop:1e9', 'garbage:x']) {
      let code: string | undefined;
      try {
        parseFault(bad);
      } catch (err) {
        code = err instanceof PsvisError ? err.code : 'not a PsvisError';
      }
      expect(code).toBe('PSVIS_ERR_CAMSIM_FAULT');
    }
  });
});
