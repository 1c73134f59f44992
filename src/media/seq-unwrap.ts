// RTP sequence-number and timestamp bookkeeping shared by every depacketizer (RFC 3550 §5.1,
// Appendix A.1). Allocation-free: called once per packet for hundreds of cameras.

const SEQ_MOD = 0x1_0000;
const TS_MOD = 0x1_0000_0000;
const TS_HALF = 0x8000_0000;

/** RFC 3550 Appendix A.1: a forward jump larger than this is treated as a source restart, not loss. */
export const MAX_DROPOUT_PACKETS = 3000;
/** RFC 3550 Appendix A.1: a packet at most this far behind is late (reordered or duplicated). */
export const MAX_MISORDER_PACKETS = 100;

/** What `SequenceTracker.check` says about one packet. */
export const SEQ_IN_ORDER = 0;
/** The packet is late or a duplicate: drop it. */
export const SEQ_LATE = -1;
/** The sequence restarted (camera reboot, stream switch): whatever was in flight is damaged. */
export const SEQ_RESTART = -2;

/**
 * Follows one SSRC's 16-bit sequence numbers. `check` returns SEQ_IN_ORDER, a positive count of
 * packets missing just before this one, SEQ_LATE (drop it) or SEQ_RESTART.
 */
export class SequenceTracker {
  /** Packets missing from sequence gaps (not reduced when a late one turns up; those are `packetsLate`). */
  packetsLost = 0;
  /** Packets that arrived behind the highest seen: reordered beyond repair or duplicated. */
  packetsLate = 0;
  /** Packets accepted in order (RFC 3550 A.3 "received", for receiver reports). */
  packetsReceived = 0;
  /** Extended highest sequence number (RFC 3550 §6.4.1: cycles << 16 | max seq); -1 before the first. */
  extendedHighestSeq = -1;
  private probeSeq = -1;

  /** Classifies one packet's sequence number and updates the counters. */
  check(seq: number): number {
    if (this.extendedHighestSeq < 0) {
      this.extendedHighestSeq = seq;
      this.packetsReceived++;
      return SEQ_IN_ORDER;
    }
    const maxSeq = this.extendedHighestSeq % SEQ_MOD;
    const ahead = (seq - maxSeq + SEQ_MOD) % SEQ_MOD;
    if (ahead === 1) return this.accept(seq, 0);
    if (ahead !== 0 && ahead <= MAX_DROPOUT_PACKETS) {
      this.packetsLost += ahead - 1;
      return this.accept(seq, ahead - 1);
    }
    if (ahead === 0 || SEQ_MOD - ahead <= MAX_MISORDER_PACKETS) {
      this.packetsLate++;
      return SEQ_LATE;
    }
    // RFC 3550 A.1: a big jump is believed only when the next packet follows it (probation).
    if (seq === this.probeSeq) {
      this.probeSeq = -1;
      this.extendedHighestSeq = (Math.floor(this.extendedHighestSeq / SEQ_MOD) + 1) * SEQ_MOD + seq;
      this.packetsReceived++;
      return SEQ_RESTART;
    }
    this.probeSeq = (seq + 1) % SEQ_MOD;
    this.packetsLate++;
    return SEQ_LATE;
  }

  private accept(seq: number, lost: number): number {
    const cycles = Math.floor(this.extendedHighestSeq / SEQ_MOD);
    const wrapped = seq < this.extendedHighestSeq % SEQ_MOD;
    this.extendedHighestSeq = (wrapped ? cycles + 1 : cycles) * SEQ_MOD + seq;
    this.packetsReceived++;
    this.probeSeq = -1;
    return lost;
  }
}

/**
 * Extends 32-bit RTP timestamps (RFC 3550 §5.1, which wrap every 13 h at 90 kHz) into a number
 * that keeps counting. Steps are read as signed 32-bit, so B-frame reordering moves it back.
 */
export class TimestampUnwrapper {
  private last32 = -1;
  private lastUnwrapped = 0;

  /** The unwrapped value of a 32-bit RTP timestamp; the first call returns its input. */
  unwrap(ts32: number): number {
    if (this.last32 < 0) {
      this.last32 = ts32;
      this.lastUnwrapped = ts32;
      return ts32;
    }
    let delta = (ts32 - this.last32 + TS_MOD) % TS_MOD;
    if (delta >= TS_HALF) delta -= TS_MOD;
    this.last32 = ts32;
    this.lastUnwrapped += delta;
    return this.lastUnwrapped;
  }
}

/** Signed distance a - b between two RTP timestamps modulo 2^32 (either may be unwrapped). */
export function rtpTimestampDiff(a: number, b: number): number {
  let d = (a - b) % TS_MOD;
  if (d < 0) d += TS_MOD;
  return d >= TS_HALF ? d - TS_MOD : d;
}

/** The 32-bit RTP timestamp an unwrapped (or negative) timestamp goes out on the wire as. */
export function toRtpTimestamp32(ts: number): number {
  const t = Math.floor(ts) % TS_MOD;
  return t < 0 ? t + TS_MOD : t;
}
