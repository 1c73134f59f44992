// Packetize → depacketize round trips for every codec, with random frame sizes (NALs and AUs
// larger than the payload limit included), loss, duplication, reordering and marker-less cameras.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AacDepacketizer } from './aac-depacketizer.ts';
import { AacPacketizer } from './aac-packetizer.ts';
import { G711Depacketizer } from './g711-depacketizer.ts';
import { G711Packetizer } from './g711-packetizer.ts';
import { H264Depacketizer } from './h264-depacketizer.ts';
import { H264Packetizer } from './h264-packetizer.ts';
import { H265Depacketizer } from './h265-depacketizer.ts';
import { H265Packetizer } from './h265-packetizer.ts';
import { isH264KeyNal, isH265KeyNal } from './nal-types.ts';
import { parseRtpPacket, serializeRtpPacket } from './rtp.ts';
import type { MediaFrame, RtpPacket } from './types.ts';

interface Depacketizer {
  push(p: RtpPacket): readonly MediaFrame[];
  readonly framesOut: number;
  readonly framesDropped: number;
  readonly packetsLate: number;
  readonly packetsLost: number;
}

// A frame without its memory lease (MediaFrame.lease), to compare with the originals.
function plain(f: MediaFrame): MediaFrame {
  return { codec: f.codec, pts: f.pts, dts: f.dts, keyframe: f.keyframe, units: f.units };
}

function feed(d: Depacketizer, packets: readonly RtpPacket[]): MediaFrame[] {
  const out: MediaFrame[] = [];
  for (const p of packets) for (const f of d.push(p)) out.push(plain(f));
  return out;
}

function packetizeAll(codec: Codec, frames: readonly MediaFrame[], max: number): RtpPacket[] {
  const p = codec.make(max, 0);
  return frames.flatMap((f) => p.packetize(f));
}

/** Every emitted frame equals an original; pts compared modulo 2^32, since unwrapping starts at the first packet seen. */
function expectEachFromOriginals(out: readonly MediaFrame[], frames: readonly MediaFrame[]): void {
  const norm = (f: MediaFrame): MediaFrame => ({ ...plain(f), pts: f.pts % 2 ** 32, dts: f.dts % 2 ** 32 });
  const byPts = new Map(frames.map((f) => [f.pts % 2 ** 32, norm(f)]));
  for (const f of out) expect(norm(f)).toEqual(byPts.get(f.pts % 2 ** 32));
}

function cloneFrames(frames: readonly MediaFrame[]): MediaFrame[] {
  return frames.map((f) => ({ ...f, units: f.units.map((u) => Uint8Array.from(u)) }));
}

/** Frames with pts starting anywhere in the 32-bit range (so some wrap) and growing by `step`. */
function framesArb(
  unitsArb: fc.Arbitrary<Uint8Array[]>,
  codec: MediaFrame['codec'],
  step: number,
  isKey: (u: Uint8Array) => boolean,
): fc.Arbitrary<MediaFrame[]> {
  return fc
    .tuple(fc.integer({ min: 0, max: 0xffff_ffff }), fc.array(unitsArb, { minLength: 1, maxLength: 8 }))
    .map(([start, list]) =>
      list.map((units, i) => ({
        codec,
        pts: start + i * step,
        dts: start + i * step,
        keyframe: units.some(isKey),
        units,
      })),
    );
}

// Slices as encoders write them: the first of a picture has first_mb_in_slice = 0 (MSB of the
// byte after the header set), later ones do not; parameter sets lead when present.
function slices(header: (type: number) => number[], types: number[]) {
  return fc
    .tuple(
      fc.constantFrom(...types),
      fc.array(fc.uint8Array({ minLength: 1, maxLength: 4000 }), { minLength: 1, maxLength: 4 }),
    )
    .map(([type, bodies]) =>
      bodies.map((body, i) => {
        const first = i === 0 ? (body[0] ?? 0) | 0x80 : (body[0] ?? 0) & 0x7f;
        return Uint8Array.of(...header(type), first, ...body.subarray(1));
      }),
    );
}
const h264Units = fc
  .tuple(
    fc.boolean(),
    slices((t) => [0x60 | t], [1, 5]),
  )
  .map(([withSets, nals]) =>
    withSets ? [Uint8Array.of(0x67, 0x42, 0x00, 0x1e, 0xab), Uint8Array.of(0x68, 0xce, 0x3c, 0x80), ...nals] : nals,
  );
const h265Units = fc
  .tuple(
    fc.boolean(),
    slices((t) => [t << 1, 0x01], [1, 19, 21]),
  )
  .map(([withSets, nals]) =>
    withSets
      ? [Uint8Array.of(0x40, 0x01, 0x0c), Uint8Array.of(0x42, 0x01, 0x01), Uint8Array.of(0x44, 0x01, 0xc1), ...nals]
      : nals,
  );

const aacUnits = fc.uint8Array({ minLength: 1, maxLength: 8191 }).map((au) => [au]);
const g711Units = fc.uint8Array({ minLength: 1, maxLength: 1000 }).map((u) => [u]);

interface Codec {
  name: string;
  frames: fc.Arbitrary<MediaFrame[]>;
  make(maxPayloadBytes: number, seq0: number): { packetize(f: MediaFrame): RtpPacket[] };
  depacketizer(): Depacketizer;
}

const VIDEO: Codec[] = [
  {
    name: 'H.264 (RFC 6184 single NAL, STAP-A, FU-A)',
    frames: framesArb(h264Units, 'h264', 3600, isH264KeyNal),
    make: (max, seq0) =>
      new H264Packetizer({
        payloadType: 96,
        ssrc: 1,
        maxPayloadBytes: max,
        initialSequenceNumber: seq0,
        aggregateParameterSets: true,
      }),
    depacketizer: () => new H264Depacketizer(),
  },
  {
    name: 'H.265 (RFC 7798 single NAL, AP, FU)',
    frames: framesArb(h265Units, 'h265', 3600, isH265KeyNal),
    make: (max, seq0) =>
      new H265Packetizer({
        payloadType: 96,
        ssrc: 1,
        maxPayloadBytes: max,
        initialSequenceNumber: seq0,
        aggregateParameterSets: true,
      }),
    depacketizer: () => new H265Depacketizer(),
  },
];

const AAC: Codec = {
  name: 'AAC (RFC 3640 AAC-hbr, fragmented AUs)',
  frames: framesArb(aacUnits, 'aac', 1024, () => true),
  make: (max, seq0) =>
    new AacPacketizer({ payloadType: 97, ssrc: 2, maxPayloadBytes: max, initialSequenceNumber: seq0 }),
  depacketizer: () => new AacDepacketizer(),
};

const maxPayload = fc.integer({ min: 100, max: 1400 });
const seq0 = fc.integer({ min: 0xfff0, max: 0xffff }); // so sequence numbers wrap inside a run

describe.each([...VIDEO, AAC])('$name round trip', (codec) => {
  it('packetize → serialize → parse → depacketize gives back every frame; markers end frames; input untouched', () => {
    fc.assert(
      fc.property(codec.frames, maxPayload, seq0, (frames, max, s0) => {
        const before = cloneFrames(frames);
        const p = codec.make(max, s0);
        const perFrame = frames.map((f) => p.packetize(f));
        const packets = perFrame.flat().map((pkt) => parseRtpPacket(serializeRtpPacket(pkt)));
        for (const list of perFrame) {
          expect(list.map((x) => x.marker)).toEqual(list.map((_, i) => i === list.length - 1));
          for (const x of list) expect(x.payload.length).toBeLessThanOrEqual(max);
        }
        packets.forEach((x, i) => {
          expect(x.sequenceNumber).toBe((s0 + i) & 0xffff);
        });
        const d = codec.depacketizer();
        expect(feed(d, packets)).toEqual(frames);
        expect(frames).toEqual(before);
        expect(d.framesDropped + d.packetsLost + d.packetsLate).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  it('loses packets at random: every frame it emits equals an original one, the rest are counted', () => {
    fc.assert(
      fc.property(
        codec.frames,
        maxPayload,
        fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
        (frames, max, keep) => {
          const packets = packetizeAll(codec, frames, max);
          // The stream's first packet is kept: before it nothing tells what a lost head held (a
          // first slice that arrives looks like a whole picture even if SPS/PPS went before it).
          const kept = packets.filter((_, i) => i === 0 || keep[i % keep.length] === true);
          const d = codec.depacketizer();
          const out = feed(d, kept);
          expectEachFromOriginals(out, frames);
          // RFC 3550 A.1: every gap between packets that arrived is counted as lost.
          let gaps = 0;
          for (let i = 1; i < kept.length; i++) {
            gaps += (((kept[i]?.sequenceNumber ?? 0) - (kept[i - 1]?.sequenceNumber ?? 0) + 0x10000) & 0xffff) - 1;
          }
          expect(d.packetsLost).toBe(gaps);
          if (kept.length === packets.length) expect(out).toEqual(frames);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('drops duplicated and reordered packets as late, never emitting a corrupted frame', () => {
    fc.assert(
      fc.property(codec.frames, maxPayload, fc.nat(), (frames, max, at) => {
        const packets = packetizeAll(codec, frames, max);
        const i = at % packets.length;
        const dup = [...packets.slice(0, i + 1), ...packets.slice(i)];
        const d1 = codec.depacketizer();
        expect(feed(d1, dup)).toEqual(frames);
        expect(d1.packetsLate).toBe(1);
        if (packets.length < 3) return;
        const j = 1 + (at % (packets.length - 2)); // the first packet stays first, as above
        const swapped = [...packets];
        [swapped[j], swapped[j + 1]] = [packets[j + 1] as RtpPacket, packets[j] as RtpPacket];
        const d2 = codec.depacketizer();
        const out = feed(d2, swapped);
        expectEachFromOriginals(out, frames);
        expect(d2.packetsLate).toBe(1);
      }),
      { numRuns: 100 },
    );
  });
});

describe.each(VIDEO)('$name from a camera that never sets the marker bit', (codec) => {
  it('emits each access unit when the next timestamp arrives', () => {
    fc.assert(
      fc.property(codec.frames, maxPayload, (frames, max) => {
        const packets = packetizeAll(codec, frames, max).map((p) => ({ ...p, marker: false }));
        expect(feed(codec.depacketizer(), packets)).toEqual(frames.slice(0, -1));
      }),
      { numRuns: 100 },
    );
  });
});

describe('G.711 round trip (RFC 3551)', () => {
  const frames = framesArb(g711Units, 'pcma', 160, () => true);
  it('splits frames over the payload limit and gives back every sample at its own timestamp', () => {
    fc.assert(
      fc.property(frames, fc.integer({ min: 1, max: 400 }), (list, max) => {
        const before = cloneFrames(list);
        const p = new G711Packetizer('pcma', { payloadType: 8, ssrc: 3, maxPayloadBytes: max });
        const d = new G711Depacketizer('pcma');
        for (const f of list) {
          const out = feed(
            d,
            p.packetize(f).map((x) => parseRtpPacket(serializeRtpPacket(x))),
          );
          expect(Buffer.concat(out.map((o) => o.units[0] ?? new Uint8Array(0)))).toEqual(Buffer.from(f.units[0] ?? []));
          let pts = f.pts;
          for (const o of out) {
            expect(o.pts).toBe(pts);
            pts += o.units[0]?.length ?? 0;
          }
        }
        expect(list).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });

  it('marks only the first packet of the stream (RFC 3551 §4.1 talkspurt start)', () => {
    const p = new G711Packetizer('pcmu', { payloadType: 0, ssrc: 3 });
    const f = { codec: 'pcmu' as const, pts: 0, dts: 0, keyframe: true, units: [new Uint8Array(160)] };
    expect([...p.packetize(f), ...p.packetize({ ...f, pts: 160 })].map((x) => x.marker)).toEqual([true, false]);
  });
});

describe('depacketizers under arbitrary packets (fuzz)', () => {
  const packet = fc.record({
    payloadType: fc.constant(96),
    sequenceNumber: fc.integer({ min: 0, max: 0xffff }),
    timestamp: fc.integer({ min: 0, max: 0xffff_ffff }),
    ssrc: fc.constant(1),
    marker: fc.boolean(),
    csrcs: fc.constant([] as number[]),
    payload: fc.uint8Array({ maxLength: 300 }),
  });
  const makers: [string, () => Depacketizer][] = [
    ['H.264', () => new H264Depacketizer()],
    ['H.265', () => new H265Depacketizer()],
    ['AAC', () => new AacDepacketizer()],
    ['G.711', () => new G711Depacketizer('pcma')],
  ];
  it.each(makers)('%s never throws and never emits an empty unit', (_name, make) => {
    fc.assert(
      fc.property(fc.array(packet, { maxLength: 40 }), (packets) => {
        const d = make();
        for (const f of feed(d, packets)) for (const u of f.units) expect(u.length).toBeGreaterThan(0);
        expect(d.framesOut).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});
