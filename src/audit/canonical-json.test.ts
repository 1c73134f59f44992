import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined }, 名: '值' })).toBe(
      '{"a":{"d":[1,{"y":2,"z":1}]},"b":1,"名":"值"}',
    );
  });

  it('is the same for the same object whatever the key insertion order, and parses back to it', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        const text = canonicalJson(obj);
        expect(canonicalJson(reversed)).toBe(text);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });

  it('refuses non-finite numbers rather than hashing something JSON cannot hold', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(TypeError);
  });
});
