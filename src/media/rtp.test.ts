import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PsvisError } from '../errors/psvis-error.ts';
import { parseRtpPacket, RtpPacketReader, serializeRtpPacket } from './rtp.ts';

const hex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s.replace(/\s+/g, ''), 'hex'));

/** The PsvisError code `fn` throws ('none' if it returns, 'not-psvis' for any other error). */
function thrownCode(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return err instanceof PsvisError ? err.code : 'not-psvis';
  }
  return 'none';
}

describe('parseRtpPacket (RFC 3550 §5.1)', () => {
  it('reads the fixed header of an H.264 packet as ffmpeg 5.1 sends it (PT 96, marker set)', () => {
    const bytes = hex('80e0 0bee 5dbc3f40 1b2c3d4e 65 88 84 00');
    const p = parseRtpPacket(bytes);
    expect(p).toMatchObject({
      payloadType: 96,
      marker: true,
      sequenceNumber: 0x0bee,
      timestamp: 0x5dbc3f40,
      ssrc: 0x1b2c3d4e,
    });
    expect(p.csrcs).toEqual([]);
    expect(p.extension).toBeUndefined();
    expect([...p.payload]).toEqual([0x65, 0x88, 0x84, 0x00]);
    expect(p.payload.buffer).toBe(bytes.buffer); // a view, not a copy
  });

  it('reads CSRCs, a header extension (§5.3.1) and strips padding', () => {
    // V=2 P=1 X=1 CC=2, PT 8; 2 CSRCs; extension profile 0xBEDE, 1 word; payload 2 bytes; 3 padding bytes.
    const bytes = hex('b2 08 0001 00000010 00000001  00000002 00000003  bede0001 11223344  d5d5  000003');
    const p = parseRtpPacket(bytes);
    expect(p.csrcs).toEqual([2, 3]);
    expect(p.extension?.profile).toBe(0xbede);
    expect([...(p.extension?.data ?? [])]).toEqual([0x11, 0x22, 0x33, 0x44]);
    expect([...p.payload]).toEqual([0xd5, 0xd5]);
  });

  it.each([
    ['too short', '80e0 0001 00000000 000000'],
    ['version 1', '40e0 0001 00000000 00000000'],
    ['CSRC list past the end', '83e0 0001 00000000 00000000 00000001'],
    ['extension past the end', '90e0 0001 00000000 00000000 bede0002 00000000'],
    ['padding count 0', 'a0e0 0001 00000000 00000000 0000'],
    ['padding larger than the packet', 'a0e0 0001 00000000 00000000 0020'],
  ])('rejects %s with PSVIS_ERR_MEDIA_RTP', (_name, h) => {
    expect(thrownCode(() => parseRtpPacket(hex(h)))).toBe('PSVIS_ERR_MEDIA_RTP');
  });

  it('round-trips any packet through serialize and parse, leaving the input untouched', () => {
    const packet = fc.record(
      {
        payloadType: fc.integer({ min: 0, max: 127 }),
        sequenceNumber: fc.integer({ min: 0, max: 0xffff }),
        timestamp: fc.integer({ min: 0, max: 0xffff_ffff }),
        ssrc: fc.integer({ min: 0, max: 0xffff_ffff }),
        marker: fc.boolean(),
        csrcs: fc.array(fc.integer({ min: 0, max: 0xffff_ffff }), { maxLength: 15 }),
        extension: fc.record({
          profile: fc.integer({ min: 0, max: 0xffff }),
          data: fc.integer({ min: 0, max: 8 }).chain((w) => fc.uint8Array({ minLength: w * 4, maxLength: w * 4 })),
        }),
        payload: fc.uint8Array({ maxLength: 1500 }),
      },
      { requiredKeys: ['payloadType', 'sequenceNumber', 'timestamp', 'ssrc', 'marker', 'csrcs', 'payload'] },
    );
    fc.assert(
      fc.property(packet, (p) => {
        const bytes = serializeRtpPacket(p);
        const copy = Uint8Array.from(bytes);
        const back = parseRtpPacket(bytes);
        expect({ ...back, payload: [...back.payload] }).toEqual({ ...p, payload: [...p.payload] });
        expect(bytes).toEqual(copy);
      }),
    );
  });

  it('throws nothing but PsvisError on arbitrary bytes (fuzz)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          const p = parseRtpPacket(bytes);
          expect(p.payload.length).toBeLessThanOrEqual(bytes.length - 12);
        } catch (err) {
          expect(err).toBeInstanceOf(PsvisError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('RtpPacketReader (one object for every packet of a stream)', () => {
  const packet = fc.record({
    payloadType: fc.integer({ min: 0, max: 127 }),
    sequenceNumber: fc.integer({ min: 0, max: 0xffff }),
    timestamp: fc.integer({ min: 0, max: 0xffff_ffff }),
    ssrc: fc.integer({ min: 0, max: 0xffff_ffff }),
    marker: fc.boolean(),
    csrcs: fc.array(fc.integer({ min: 0, max: 0xffff_ffff }), { maxLength: 15 }),
    payload: fc.uint8Array({ maxLength: 1500 }),
  });

  it('reads a packet inside a larger buffer as parseRtpPacket reads it alone, leaving the buffer untouched', () => {
    fc.assert(
      fc.property(packet, fc.uint8Array({ maxLength: 40 }), fc.uint8Array({ maxLength: 40 }), (p, before, after) => {
        const bytes = serializeRtpPacket(p);
        const buffer = new Uint8Array([...before, ...bytes, ...after]);
        const copy = Uint8Array.from(buffer);
        const reader = new RtpPacketReader();
        const read = reader.read(buffer, before.length, bytes.length);
        const alone = parseRtpPacket(bytes);
        expect(read).toBe(reader); // no header extension: the reader itself, no new object
        expect({ ...read, payload: [...read.payload] }).toEqual({ ...alone, payload: [...alone.payload] });
        expect(read.payload.buffer).toBe(buffer.buffer); // a view, not a copy
        expect(buffer).toEqual(copy);
      }),
    );
  });

  it('leaves the payload of an earlier packet intact when it reads the next (a depacketizer keeps payloads)', () => {
    const reader = new RtpPacketReader();
    const first = reader.read(hex('80e0 0001 00000001 00000002 7c85 aabbcc'));
    const firstPayload = first.payload;
    reader.read(hex('8060 0002 00000001 00000002 7c05 ddeeff11'));
    expect([...firstPayload]).toEqual([0x7c, 0x85, 0xaa, 0xbb, 0xcc]);
    expect(reader.sequenceNumber).toBe(2);
    expect(reader.marker).toBe(false);
  });

  it('returns a packet of its own for one with a header extension (§5.3.1), and rejects a range outside the bytes', () => {
    const reader = new RtpPacketReader();
    const withExtension = reader.read(hex('90e0 0001 00000000 00000000 bede0001 11223344 65'));
    expect(withExtension).not.toBe(reader);
    expect(withExtension.extension?.profile).toBe(0xbede);
    expect(thrownCode(() => reader.read(hex('80e0 0001 00000000 00000000 65'), 4, 13))).toBe('PSVIS_ERR_MEDIA_RTP');
  });
});
