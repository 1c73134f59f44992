import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PsvisError } from '../errors/psvis-error.ts';
import { BitReader, escapeRbsp, unescapeRbsp } from './bit-reader.ts';

/** Exp-Golomb encoder (H.264 §9.1) for round trips: returns a bit string. */
function ueBits(value: number): string {
  const code = (value + 1).toString(2);
  return '0'.repeat(code.length - 1) + code;
}

function bitsToBytes(bits: string): Uint8Array {
  const padded = bits.padEnd(Math.ceil(bits.length / 8) * 8, '0');
  const out = new Uint8Array(padded.length / 8);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(padded.slice(i * 8, i * 8 + 8), 2);
  return out;
}

describe('unescapeRbsp (H.264 §7.4.1, H.265 §7.4.2)', () => {
  it('removes emulation_prevention_three_byte after two zero bytes', () => {
    const nal = new Uint8Array([0x67, 0, 0, 3, 1, 0, 0, 3, 0, 0, 0, 3, 3]);
    const before = nal.slice();
    expect([...unescapeRbsp(nal)]).toEqual([0x67, 0, 0, 1, 0, 0, 0, 0, 0, 3]);
    expect(nal).toEqual(before);
  });

  it('returns the input itself when nothing is escaped', () => {
    const nal = new Uint8Array([0x67, 0x42, 0, 0x1f, 0]);
    expect(unescapeRbsp(nal)).toBe(nal);
  });

  it('keeps a 0x03 that does not follow two zeros', () => {
    expect([...unescapeRbsp(new Uint8Array([0, 3, 0, 3, 0, 0, 3, 3]))]).toEqual([0, 3, 0, 3, 0, 0, 3]);
  });

  it('round-trips escapeRbsp for any RBSP', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (rbsp) => {
        const escaped = escapeRbsp(rbsp);
        // An escaped stream never contains a start code prefix (H.264 §7.4.1).
        for (let i = 2; i < escaped.length; i++) {
          expect(escaped[i - 2] === 0 && escaped[i - 1] === 0 && (escaped[i] ?? 9) <= 2).toBe(false);
        }
        expect([...unescapeRbsp(escaped)]).toEqual([...rbsp]);
      }),
    );
  });
});

describe('BitReader descriptors (H.264 §7.2)', () => {
  it('reads u(n) MSB first across byte boundaries', () => {
    const r = new BitReader(new Uint8Array([0b1010_1100, 0b0101_0011, 0xff, 0xff, 0xff, 0xff]));
    expect(r.u(1)).toBe(1);
    expect(r.u(3)).toBe(0b010);
    expect(r.u(8)).toBe(0b1100_0101);
    expect(r.flag()).toBe(false);
    r.skip(3);
    expect(r.u(32)).toBe(0xffffffff);
    expect(r.bitsLeft).toBe(0);
    expect(r.position).toBe(48);
  });

  it('decodes the ue(v) and se(v) codewords of Table 9-2 and 9-3', () => {
    // codeNum 0..8 = 1, 010, 011, 00100, 00101, 00110, 00111, 0001000, 0001001
    const r = new BitReader(bitsToBytes('1' + '010' + '011' + '00100' + '00101' + '00110' + '00111' + '0001000'));
    expect([r.ue(), r.ue(), r.ue(), r.ue(), r.ue(), r.ue(), r.ue(), r.ue()]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const s = new BitReader(bitsToBytes('1' + '010' + '011' + '00100' + '00101'));
    expect([s.se(), s.se(), s.se(), s.se(), s.se()]).toEqual([0, 1, -1, 2, -2]);
  });

  it('round-trips any sequence of ue(v) values up to 2^32 - 2', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 32 - 2 }), { maxLength: 30 }), (values) => {
        const r = new BitReader(bitsToBytes(values.map(ueBits).join('')));
        expect(values.map(() => r.ue())).toEqual(values);
      }),
    );
  });

  it('throws PSVIS_ERR_MEDIA_BITSTREAM reading past the end', () => {
    const r = new BitReader(new Uint8Array([0xff]));
    r.u(6);
    expect(() => r.u(3)).toThrow(expect.objectContaining({ code: 'PSVIS_ERR_MEDIA_BITSTREAM' }) as Error);
    expect(() => new BitReader(new Uint8Array(4)).ue()).toThrow(PsvisError);
    expect(() => {
      new BitReader(new Uint8Array(1)).skip(9);
    }).toThrow(PsvisError);
    expect(() => new BitReader(new Uint8Array(8)).u(33)).toThrow(PsvisError);
  });

  it('rejects Exp-Golomb prefixes longer than 31 zeros', () => {
    expect(() => new BitReader(new Uint8Array(9).fill(0, 0, 4).fill(0xff, 4)).ue()).toThrow(PsvisError);
  });

  it('throws nothing but PsvisError on any input', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 16 }), fc.array(fc.integer({ min: 0, max: 3 })), (bytes, ops) => {
        const r = new BitReader(bytes);
        try {
          for (const op of ops) {
            if (op === 0) r.ue();
            else if (op === 1) r.se();
            else if (op === 2) r.u(13);
            else r.skip(5);
          }
        } catch (err) {
          expect(err).toBeInstanceOf(PsvisError);
        }
      }),
    );
  });
});
