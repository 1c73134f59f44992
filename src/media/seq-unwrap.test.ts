import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SEQ_IN_ORDER,
  SEQ_LATE,
  SEQ_RESTART,
  SequenceTracker,
  TimestampUnwrapper,
  rtpTimestampDiff,
  toRtpTimestamp32,
} from './seq-unwrap.ts';

describe('SequenceTracker (RFC 3550 Appendix A.1)', () => {
  it('counts a gap across the 16-bit wrap and extends the highest sequence number', () => {
    const t = new SequenceTracker();
    expect([65534, 65535, 2, 3].map((s) => t.check(s))).toEqual([SEQ_IN_ORDER, SEQ_IN_ORDER, 2, SEQ_IN_ORDER]);
    expect(t.packetsLost).toBe(2);
    expect(t.extendedHighestSeq).toBe(65536 + 3);
  });

  it('drops duplicates and late packets, counting them', () => {
    const t = new SequenceTracker();
    expect([10, 11, 11, 13, 12].map((s) => t.check(s))).toEqual([0, 0, SEQ_LATE, 1, SEQ_LATE]);
    expect(t.packetsLate).toBe(2);
  });

  it('believes a restart (camera reboot) only when the next packet follows it (probation)', () => {
    const t = new SequenceTracker();
    t.check(100);
    expect(t.check(40000)).toBe(SEQ_LATE);
    expect(t.check(40001)).toBe(SEQ_RESTART);
    expect(t.check(40002)).toBe(SEQ_IN_ORDER);
  });
});

describe('TimestampUnwrapper (RFC 3550 §5.1 32-bit timestamps)', () => {
  it('keeps counting past 2^32 and steps back for B-frames', () => {
    const u = new TimestampUnwrapper();
    expect(u.unwrap(0xffff_f000)).toBe(0xffff_f000);
    expect(u.unwrap(0x0000_0e10)).toBe(2 ** 32 + 0xe10);
    expect(u.unwrap(0xffff_fe00)).toBe(0xffff_fe00);
  });

  it('inverts toRtpTimestamp32 for any monotonic series with steps under 2^31', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.array(fc.integer({ min: 0, max: 2 ** 30 }), { maxLength: 20 }),
        (start, steps) => {
          const u = new TimestampUnwrapper();
          let ts = start;
          const base = u.unwrap(toRtpTimestamp32(ts)) - toRtpTimestamp32(ts);
          for (const s of steps) {
            ts += s;
            expect(u.unwrap(toRtpTimestamp32(ts))).toBe(ts - start + toRtpTimestamp32(start) + base);
            expect(rtpTimestampDiff(ts, ts - s)).toBe(s);
          }
        },
      ),
    );
  });
});
