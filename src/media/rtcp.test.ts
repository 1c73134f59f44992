import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PsvisError } from '../errors/psvis-error.ts';
import {
  buildReceiverReport,
  buildSenderReport,
  lastSrField,
  ntpToUnixMs,
  parseRtcpCompound,
  rtpTimestampToUnixMs,
  unixMsToNtp,
} from './rtcp.ts';

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

describe('parseRtcpCompound (RFC 3550 §6.4-§6.6)', () => {
  it('reads SR + SDES CNAME, skips an APP packet, reads BYE with a reason', () => {
    const bytes = hex(
      '80c8 0006 11223344 e6f3a1b2 80000000 00015f90 0000000a 00000fa0' + // SR, no report blocks
        '81ca 0003 11223344 0104 6361 6d31 0000' + // SDES CNAME "cam1" (+ null, padding)
        '80cc 0002 11223344 6e616d65' + // APP "name": skipped
        '81cb 0002 11223344 0362 7965', // BYE with reason "bye"
    );
    const packets = parseRtcpCompound(bytes);
    expect(packets).toEqual([
      {
        type: 'sr',
        ssrc: 0x11223344,
        ntpSeconds: 0xe6f3a1b2,
        ntpFraction: 0x80000000,
        rtpTimestamp: 90000,
        packetCount: 10,
        octetCount: 4000,
        reports: [],
      },
      { type: 'sdes', chunks: [{ ssrc: 0x11223344, items: [{ type: 1, value: 'cam1' }] }] },
      { type: 'bye', ssrcs: [0x11223344], reason: 'bye' },
    ]);
  });

  it('round-trips a receiver report with a block, and an SR built for the simulator', () => {
    const block = {
      ssrc: 7,
      fractionLost: 12,
      cumulativeLost: -3,
      extendedHighestSeq: 70000,
      jitter: 45,
      lastSr: 0x12345678,
      delaySinceLastSr: 65536,
    };
    const rr = buildReceiverReport({ ssrc: 99, cname: 'psvis', reports: [block] });
    expect(rr.length % 4).toBe(0);
    expect(parseRtcpCompound(rr)).toEqual([
      { type: 'rr', ssrc: 99, reports: [block] },
      { type: 'sdes', chunks: [{ ssrc: 99, items: [{ type: 1, value: 'psvis' }] }] },
    ]);
    const unixMs = Date.UTC(2024, 5, 1, 8, 0, 0, 250);
    const sr = parseRtcpCompound(
      buildSenderReport({ ssrc: 5, cname: 'sim', unixMs, rtpTimestamp: 123, packetCount: 4, octetCount: 5 }),
    )[0];
    expect(sr?.type).toBe('sr');
    if (sr?.type === 'sr') expect(ntpToUnixMs(sr.ntpSeconds, sr.ntpFraction)).toBeCloseTo(unixMs, 3);
  });

  it.each([
    ['a truncated header', '80c8 00'],
    ['version 1', '40c9 0001 00000001'],
    ['a length past the end', '80c9 0004 00000001'],
    ['a report block past the end', '81c9 0001 00000001'],
    ['an SDES item past the end', '81ca 0002 00000001 0109 6161'],
  ])('rejects %s with PSVIS_ERR_MEDIA_RTCP', (_name, h) => {
    expect(thrownCode(() => parseRtcpCompound(hex(h)))).toBe('PSVIS_ERR_MEDIA_RTCP');
  });

  it('throws nothing but PsvisError on arbitrary bytes, and leaves them untouched (fuzz)', () => {
    const seeded = fc.oneof(
      fc.uint8Array({ maxLength: 120 }),
      fc.uint8Array({ maxLength: 60 }).map((tail) => Uint8Array.of(0x81, 0xc9, 0x00, tail.length >> 2, ...tail)),
    );
    fc.assert(
      fc.property(seeded, (bytes) => {
        const copy = Uint8Array.from(bytes);
        try {
          parseRtcpCompound(bytes);
        } catch (err) {
          expect(err).toBeInstanceOf(PsvisError);
        }
        expect(bytes).toEqual(copy);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('RTP time → wall clock through the sender report (RFC 3550 §6.4.1)', () => {
  const srUnixMs = Date.UTC(2025, 0, 1, 0, 0, 0);
  const sr = { ...unixMsToNtp(srUnixMs), rtpTimestamp: 0xffff_ff00 };

  it('maps a timestamp 2 s after the SR, across the 32-bit wrap, to 2000 ms later', () => {
    const ts = (0xffff_ff00 + 180000) % 2 ** 32; // wrapped on the wire
    expect(rtpTimestampToUnixMs(ts, sr, 90000)).toBeCloseTo(srUnixMs + 2000, 3);
    expect(rtpTimestampToUnixMs(0xffff_ff00 + 180000, sr, 90000)).toBeCloseTo(srUnixMs + 2000, 3); // unwrapped
    expect(rtpTimestampToUnixMs(0xffff_ff00 - 8000, sr, 8000)).toBeCloseTo(srUnixMs - 1000, 3);
  });

  it('reads NTP era 1 (after 2036-02-07) and inverts unixMsToNtp', () => {
    expect(ntpToUnixMs(0, 0)).toBe(Date.UTC(2036, 1, 7, 6, 28, 16));
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const ntp = unixMsToNtp(ms);
        expect(Math.abs(ntpToUnixMs(ntp.ntpSeconds, ntp.ntpFraction) - ms)).toBeLessThan(0.001);
      }),
    );
  });

  it('gives the LSR field as the middle 32 bits of the NTP time', () => {
    expect(lastSrField({ ntpSeconds: 0xaabbccdd, ntpFraction: 0x11223344 })).toBe(0xccdd1122);
  });
});
