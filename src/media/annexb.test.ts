import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PsvisError } from '../errors/psvis-error.ts';
import {
  AnnexBSplitter,
  MAX_NAL_BYTES,
  joinAnnexB,
  joinLengthPrefixed,
  lengthPrefixedParts,
  splitAnnexB,
  splitLengthPrefixed,
} from './annexb.ts';

const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ''), 'hex'));
const toHex = (nals: readonly Uint8Array[]): string[] => nals.map((n) => Buffer.from(n).toString('hex'));

/** NAL units as an escaped stream produces them: non-empty, first byte non-zero, no start code inside. */
const arbNal = fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => {
  const out = Uint8Array.from(b);
  out[0] = (out[0] ?? 0) | 0x01;
  for (let i = 2; i < out.length; i++) {
    if (out[i - 2] === 0 && out[i - 1] === 0 && (out[i] ?? 9) <= 3) out[i] = 0x04;
  }
  // A NAL unit never ends in a zero byte (rbsp_trailing_bits end in 1, §7.3.2.11).
  if (out[out.length - 1] === 0) out[out.length - 1] = 0x80;
  return out;
});

describe('splitAnnexB (H.264 Annex B)', () => {
  it('splits 3- and 4-byte start codes and drops trailing_zero_8bits', () => {
    const stream = hex(
      '00 00 00 01 67 42 00 1f | 00 00 01 68 ce 3c 80 00 00 | 00 00 00 01 65 88 84'.replace(/\|/g, ''),
    );
    const before = stream.slice();
    expect(toHex(splitAnnexB(stream))).toEqual(['6742001f', '68ce3c80', '658884']);
    expect(stream).toEqual(before);
  });

  it('returns views into the input, not copies', () => {
    const stream = hex('000001 6742 000001 68ce');
    const [sps] = splitAnnexB(stream);
    expect(sps?.buffer).toBe(stream.buffer);
  });

  it('ignores bytes before the first start code and empty units', () => {
    expect(toHex(splitAnnexB(hex('ffee 000001 000001 09f0 00000001')))).toEqual(['09f0']);
    expect(splitAnnexB(hex('6742001f'))).toEqual([]);
  });

  it('round-trips joinAnnexB for any NAL units', () => {
    fc.assert(
      fc.property(fc.array(arbNal, { maxLength: 20 }), (nals) => {
        expect(toHex(splitAnnexB(joinAnnexB(nals)))).toEqual(toHex(nals));
      }),
    );
  });
});

describe('length-prefixed samples (ISO 14496-15 §5.3.3)', () => {
  it('writes 4-byte big-endian lengths', () => {
    expect(Buffer.from(joinLengthPrefixed([hex('6742'), hex('68ce3c')])).toString('hex')).toBe(
      '0000000267420000000368ce3c',
    );
  });

  it('round-trips any NAL units, including via the zero-copy parts', () => {
    fc.assert(
      fc.property(fc.array(arbNal, { maxLength: 20 }), (nals) => {
        const joined = joinLengthPrefixed(nals);
        expect(toHex(splitLengthPrefixed(joined))).toEqual(toHex(nals));
        const { size, parts } = lengthPrefixedParts(nals);
        expect(size).toBe(joined.length);
        expect(Buffer.concat(parts)).toEqual(Buffer.from(joined));
      }),
    );
  });

  it('reads 1- and 2-byte length sizes', () => {
    expect(toHex(splitLengthPrefixed(hex('02 6742 01 68'), 1))).toEqual(['6742', '68']);
    expect(toHex(splitLengthPrefixed(hex('0002 6742'), 2))).toEqual(['6742']);
  });

  it('throws PSVIS_ERR_MEDIA_BITSTREAM on a truncated sample', () => {
    expect(() => splitLengthPrefixed(hex('00000005 6742'))).toThrow(PsvisError);
    expect(() => splitLengthPrefixed(hex('0000'))).toThrow(PsvisError);
  });

  it('throws nothing but PsvisError on any input', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.constantFrom<1 | 2 | 4>(1, 2, 4), (bytes, size) => {
        try {
          const nals = splitLengthPrefixed(bytes, size);
          expect(nals.reduce((n, x) => n + x.length + size, 0)).toBeLessThanOrEqual(bytes.length);
        } catch (err) {
          expect(err).toBeInstanceOf(PsvisError);
        }
      }),
    );
  });
});

describe('AnnexBSplitter', () => {
  it('gives the same units as splitAnnexB whatever the chunking', () => {
    fc.assert(
      fc.property(
        fc.array(arbNal, { maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        (nals, cuts, threeByte) => {
          let stream = joinAnnexB(nals);
          if (threeByte)
            stream = Uint8Array.from(
              Buffer.from(
                Buffer.from(stream)
                  .toString('hex')
                  .replace(/00000001/g, '000001'),
                'hex',
              ),
            );
          const splitter = new AnnexBSplitter();
          const got: Uint8Array[] = [];
          let pos = 0;
          let i = 0;
          while (pos < stream.length) {
            const n = cuts[i++ % cuts.length] ?? 1;
            const chunk = stream.slice(pos, pos + n);
            got.push(...splitter.push(chunk));
            chunk.fill(0xaa); // the caller may reuse its buffer
            pos += n;
          }
          got.push(...splitter.flush());
          expect(toHex(got)).toEqual(toHex(nals));
        },
      ),
    );
  });

  it('holds a unit back until the next start code arrives', () => {
    const s = new AnnexBSplitter();
    expect(s.push(hex('0000000167'))).toEqual([]);
    expect(s.push(hex('4200'))).toEqual([]);
    expect(toHex(s.push(hex('00 01 68')))).toEqual(['6742']);
    expect(toHex(s.flush())).toEqual(['68']);
    expect(s.flush()).toEqual([]);
  });

  it('refuses a unit larger than MAX_NAL_BYTES', () => {
    const s = new AnnexBSplitter();
    s.push(hex('00000165'));
    expect(() => s.push(new Uint8Array(MAX_NAL_BYTES + 1).fill(0x55))).toThrow(PsvisError);
  });
});
