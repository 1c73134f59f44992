// RBSP bit reader for H.264/H.265 parameter sets and headers. Pure: bytes in, numbers out.
import { PsvisError } from '../errors/psvis-error.ts';

/** Longest Exp-Golomb prefix accepted: ue(v) values psvis reads fit in 32 bits (H.264 §9.1). */
export const MAX_EXP_GOLOMB_LEADING_ZEROS = 31;

/**
 * Removes emulation_prevention_three_byte (0x000003 → 0x0000) from a NAL unit payload, giving
 * the RBSP (ITU-T H.264 §7.4.1, H.265 §7.4.2). Returns the input itself when it holds none.
 */
export function unescapeRbsp(nal: Uint8Array): Uint8Array {
  let first = -1;
  for (let i = 2; i < nal.length; i++) {
    if (nal[i] === 3 && nal[i - 1] === 0 && nal[i - 2] === 0) {
      first = i;
      break;
    }
  }
  if (first < 0) return nal;
  const out = new Uint8Array(nal.length);
  out.set(nal.subarray(0, first), 0);
  let n = first;
  let zeros = 0;
  // The byte after an emulation prevention byte is never itself one (it is ≤ 3), so counting
  // zeros in the output restarts after each removal.
  for (let i = first + 1; i < nal.length; i++) {
    const b = nal[i] ?? 0;
    if (zeros >= 2 && b === 3) {
      zeros = 0;
      continue;
    }
    out[n++] = b;
    zeros = b === 0 ? zeros + 1 : 0;
  }
  return out.subarray(0, n);
}

/** Inserts emulation prevention bytes into an RBSP (inverse of `unescapeRbsp`, H.264 §7.4.1). */
export function escapeRbsp(rbsp: Uint8Array): Uint8Array {
  let extra = 0;
  let zeros = 0;
  for (const b of rbsp) {
    if (zeros >= 2 && b <= 3) {
      extra++;
      zeros = 0;
    }
    zeros = b === 0 ? zeros + 1 : 0;
  }
  if (extra === 0) return rbsp;
  const out = new Uint8Array(rbsp.length + extra);
  let n = 0;
  zeros = 0;
  for (const b of rbsp) {
    if (zeros >= 2 && b <= 3) {
      out[n++] = 3;
      zeros = 0;
    }
    out[n++] = b;
    zeros = b === 0 ? zeros + 1 : 0;
  }
  return out;
}

/** MSB-first bit reader over an RBSP with the descriptors of H.264 §7.2: u(n), ue(v), se(v). */
export class BitReader {
  private bitPos = 0;
  private readonly bitLength: number;

  constructor(private readonly bytes: Uint8Array) {
    this.bitLength = bytes.length * 8;
  }

  /** Bits not yet read. */
  get bitsLeft(): number {
    return this.bitLength - this.bitPos;
  }

  /** Bits read so far. */
  get position(): number {
    return this.bitPos;
  }

  /** u(n) for n in 0..32. */
  u(n: number): number {
    if (n < 0 || n > 32 || !Number.isInteger(n)) {
      throw new PsvisError('PSVIS_ERR_MEDIA_BITSTREAM', `cannot read ${n} bits at once`, { bits: n });
    }
    this.need(n);
    let value = 0;
    for (let i = 0; i < n; i++) {
      const byte = this.bytes[this.bitPos >>> 3] ?? 0;
      const bit = (byte >>> (7 - (this.bitPos & 7))) & 1;
      value = value * 2 + bit;
      this.bitPos++;
    }
    return value;
  }

  /** u(1) as a boolean flag. */
  flag(): boolean {
    return this.u(1) === 1;
  }

  /** ue(v): unsigned Exp-Golomb (H.264 §9.1). */
  ue(): number {
    let zeros = 0;
    while (this.u(1) === 0) {
      zeros++;
      if (zeros > MAX_EXP_GOLOMB_LEADING_ZEROS) {
        throw new PsvisError('PSVIS_ERR_MEDIA_BITSTREAM', 'Exp-Golomb code longer than 32 bits', {
          bitPosition: this.bitPos,
        });
      }
    }
    return 2 ** zeros - 1 + this.u(zeros);
  }

  /** se(v): signed Exp-Golomb, mapped per H.264 §9.1.1 Table 9-3. */
  se(): number {
    const k = this.ue();
    return k % 2 === 1 ? (k + 1) / 2 : k === 0 ? 0 : -(k / 2);
  }

  /** Skips n bits. */
  skip(n: number): void {
    if (n < 0 || !Number.isInteger(n)) {
      throw new PsvisError('PSVIS_ERR_MEDIA_BITSTREAM', `cannot skip ${n} bits`, { bits: n });
    }
    this.need(n);
    this.bitPos += n;
  }

  private need(n: number): void {
    if (this.bitPos + n > this.bitLength) {
      throw new PsvisError('PSVIS_ERR_MEDIA_BITSTREAM', 'read past the end of the RBSP', {
        bitPosition: this.bitPos,
        bitsWanted: n,
        bitLength: this.bitLength,
      });
    }
  }
}
