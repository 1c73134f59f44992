// Hand-built packets, one per clause of RFC 6184 / 7798 / 3640 the depacketizers act on.

import { describe, expect, it } from 'vitest';
import { AAC_LBR, AacDepacketizer } from './aac-depacketizer.ts';
import { FrameMemory } from './frame-memory.ts';
import { G711Depacketizer } from './g711-depacketizer.ts';
import { H264Depacketizer } from './h264-depacketizer.ts';
import { H265Depacketizer } from './h265-depacketizer.ts';
import type { RtpPacket } from './types.ts';

const pkt = (sequenceNumber: number, timestamp: number, marker: boolean, bytes: number[]): RtpPacket => ({
  payloadType: 96,
  sequenceNumber,
  timestamp,
  ssrc: 1,
  marker,
  csrcs: [],
  payload: Uint8Array.from(bytes),
});

describe('H264Depacketizer (RFC 6184)', () => {
  it('§5.7.1 STAP-A with SPS+PPS, then an FU-A IDR (§5.8): one keyframe with SPS and PPS as units', () => {
    const d = new H264Depacketizer();
    expect(d.push(pkt(1, 3000, false, [0x18, 0, 2, 0x67, 0x42, 0, 2, 0x68, 0xce]))).toEqual([]);
    expect(d.push(pkt(2, 3000, false, [0x7c, 0x85, 0x88, 0x80]))).toEqual([]);
    const [f] = d.push(pkt(3, 3000, true, [0x7c, 0x45, 0x11]));
    expect(f).toEqual({
      codec: 'h264',
      pts: 3000,
      dts: 3000,
      keyframe: true,
      units: [Uint8Array.of(0x67, 0x42), Uint8Array.of(0x68, 0xce), Uint8Array.of(0x65, 0x88, 0x80, 0x11)],
      lease: expect.any(Object) as unknown,
    });
    expect(d.framesOut).toBe(1);
  });

  it('§6.4 STAP-B, MTAP and FU-B are counted and drop the unit, never thrown', () => {
    const d = new H264Depacketizer();
    d.push(pkt(1, 0, false, [0x61, 0x80]));
    expect(d.push(pkt(2, 0, true, [0x19, 0, 0, 0, 1, 0x61]))).toEqual([]);
    expect(d.push(pkt(3, 90, true, [0x1d, 0x85, 0]))).toEqual([]);
    expect(d.packetsRejected).toBe(2);
    expect(d.framesDropped).toBe(2);
    expect(d.push(pkt(4, 180, true, [0x61, 0x80])).length).toBe(1); // and goes on
  });

  it('§5.8 an FU-A whose start fragment was lost is dropped, and the next unit comes through', () => {
    const d = new H264Depacketizer();
    d.push(pkt(10, 0, false, [0x7c, 0x85, 0x88]));
    expect(d.push(pkt(12, 0, true, [0x7c, 0x45, 0x11]))).toEqual([]);
    expect(d.packetsLost).toBe(1);
    expect(d.framesDropped).toBe(1);
    expect(d.push(pkt(13, 3600, true, [0x41, 0x80, 0x01]))).toMatchObject([{ pts: 3600, keyframe: false }]);
  });

  it('unwraps timestamps past 2^32 (a camera running 13 h at 90 kHz)', () => {
    const d = new H264Depacketizer();
    const a = d.push(pkt(1, 0xffff_fc18, true, [0x41, 0x80]));
    const b = d.push(pkt(2, 2600, true, [0x41, 0x80]));
    expect([a[0]?.pts, b[0]?.pts]).toEqual([0xffff_fc18, 2 ** 32 + 2600]);
  });

  it('joined mid-picture: a first packet that is not a picture start drops that unit', () => {
    const d = new H264Depacketizer();
    expect(d.push(pkt(1, 0, true, [0x41, 0x08]))).toEqual([]); // first_mb_in_slice != 0
    expect(d.framesDropped).toBe(1);
  });
});

describe('H265Depacketizer (RFC 7798, no DONL)', () => {
  it('§4.4.2 AP of VPS/SPS/PPS then §4.4.3 FU of an IDR_W_RADL: an IRAP keyframe', () => {
    const d = new H265Depacketizer();
    d.push(pkt(1, 0, false, [0x60, 0x01, 0, 3, 0x40, 0x01, 0x0c, 0, 3, 0x42, 0x01, 0x01, 0, 3, 0x44, 0x01, 0xc1]));
    d.push(pkt(2, 0, false, [0x62, 0x01, 0x93, 0xaf]));
    const [f] = d.push(pkt(3, 0, true, [0x62, 0x01, 0x53, 0x11]));
    expect(f?.keyframe).toBe(true);
    expect(f?.units.map((u) => [...u])).toEqual([
      [0x40, 0x01, 0x0c],
      [0x42, 0x01, 0x01],
      [0x44, 0x01, 0xc1],
      [0x26, 0x01, 0xaf, 0x11],
    ]);
  });

  it('a TRAIL_R picture is not a keyframe; PACI (type 50) is rejected with a count', () => {
    const d = new H265Depacketizer();
    expect(d.push(pkt(1, 0, true, [0x02, 0x01, 0x80]))[0]?.keyframe).toBe(false);
    expect(d.push(pkt(2, 9, true, [0x64, 0x01, 0, 0]))).toEqual([]);
    expect(d.packetsRejected).toBe(1);
  });
});

describe('AacDepacketizer (RFC 3640)', () => {
  it('§3.3.5 AAC-lbr: two 8-bit AU headers, two frames 1024 ticks apart', () => {
    const d = new AacDepacketizer(AAC_LBR);
    // AU-headers-length 16 bits; sizes 2 and 1 (6 bits) with index 0 / delta 0 (2 bits).
    const frames = d.push(pkt(1, 8000, true, [0x00, 0x10, 0x08, 0x04, 0xaa, 0xbb, 0xcc]));
    expect(frames.map((f) => [f.pts, [...(f.units[0] ?? [])]])).toEqual([
      [8000, [0xaa, 0xbb]],
      [9024, [0xcc]],
    ]);
  });

  it('§3.2.3 a fragmented AU whose first fragment was lost is skipped, not emitted short', () => {
    const d = new AacDepacketizer();
    const header = [0x00, 0x10, 0x00, 0x20]; // one AU of 4 bytes
    d.push(pkt(1, 0, true, [...header.slice(0, 2), 0x00, 0x08, 0x01])); // 1-byte AU, whole
    expect(d.push(pkt(3, 1024, true, [...header, 0x03, 0x04]))).toEqual([]);
    expect(d.framesDropped).toBe(1);
  });
});

describe('frames own their bytes (the receive buffer under the packets is reused at once)', () => {
  it('H.264 single NAL, STAP-A and FU-A units, AAC and G.711 frames survive the packets being overwritten', () => {
    const packets = [
      pkt(1, 3000, false, [0x18, 0, 2, 0x67, 0x42, 0, 2, 0x68, 0xce]),
      pkt(2, 3000, false, [0x06, 0x05, 0x01]),
      pkt(3, 3000, false, [0x7c, 0x85, 0x88, 0x80]),
      pkt(4, 3000, true, [0x7c, 0x45, 0x11]),
    ];
    const memory = new FrameMemory();
    const h264 = new H264Depacketizer(memory);
    const frames = packets.flatMap((p) => [...h264.push(p)]);
    // AU-headers-length 8 bits: one AU of 2 bytes (size 6 bits, index 2 bits).
    const aacPacket = pkt(1, 0, true, [0x00, 0x08, 0x08, 0x21, 0x22]);
    frames.push(...new AacDepacketizer(AAC_LBR, 1024, memory).push(aacPacket));
    const g711Packet = pkt(1, 0, true, [0xd5, 0xd5, 0x55]);
    frames.push(...new G711Depacketizer('pcma', memory).push(g711Packet));
    packets.push(aacPacket, g711Packet);
    const before = frames.map((f) => f.units.map((u) => Uint8Array.from(u)));
    for (const p of packets) p.payload.fill(0xee);
    expect(frames.map((f) => f.units)).toEqual(before);
    expect(before.flat()).toEqual([
      Uint8Array.of(0x67, 0x42),
      Uint8Array.of(0x68, 0xce),
      Uint8Array.of(0x06, 0x05, 0x01),
      Uint8Array.of(0x65, 0x88, 0x80, 0x11),
      Uint8Array.of(0x21, 0x22),
      Uint8Array.of(0xd5, 0xd5, 0x55),
    ]);
    // All of it in one block of the shared memory, not an ArrayBuffer per unit.
    expect(memory.buffersAllocated).toBe(1);
  });
});
