// ISO BMFF box serialization (ISO/IEC 14496-12 §4.2): a box tree is described first, its sizes
// computed, then written into one allocation. No per-box or per-sample concatenation.
import { PsvisError } from '../../errors/psvis-error.ts';

/** A box: four-character type and its children (nested boxes or raw field bytes), in order. */
export interface Box {
  readonly type: string;
  readonly children: readonly (Box | Uint8Array)[];
}

/** Plain box header bytes: 32-bit size + type (§4.2). */
export const BOX_HEADER_BYTES = 8;
/** Header with a 64-bit largesize (size field = 1, §4.2). */
export const LARGE_BOX_HEADER_BYTES = 16;
const MAX_BOX32_BYTES = 0xffffffff;

/** Makes a box from children (nested boxes or field bytes). */
export function box(type: string, ...children: (Box | Uint8Array)[]): Box {
  if (type.length !== 4) throw new PsvisError('PSVIS_ERR_MEDIA_CONTAINER', 'box type must be 4 characters', { type });
  return { type, children };
}

/** Makes a FullBox (§4.2): version and 24-bit flags before the children. */
export function fullBox(type: string, version: number, flags: number, ...children: (Box | Uint8Array)[]): Box {
  return box(type, u32((version << 24) | (flags & 0xffffff)), ...children);
}

/** Total serialized size of a box including its header. */
export function boxSize(b: Box): number {
  let body = 0;
  for (const child of b.children) body += child instanceof Uint8Array ? child.length : boxSize(child);
  return body + BOX_HEADER_BYTES > MAX_BOX32_BYTES ? body + LARGE_BOX_HEADER_BYTES : body + BOX_HEADER_BYTES;
}

/** Writes a box header of `size` bytes at `offset`; returns the header length (8 or 16). */
export function writeBoxHeader(out: Uint8Array, offset: number, type: string, size: number): number {
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  if (size > MAX_BOX32_BYTES) {
    view.setUint32(offset, 1);
    writeFourcc(out, offset + 4, type);
    view.setBigUint64(offset + 8, BigInt(size));
    return LARGE_BOX_HEADER_BYTES;
  }
  view.setUint32(offset, size);
  writeFourcc(out, offset + 4, type);
  return BOX_HEADER_BYTES;
}

function writeFourcc(out: Uint8Array, offset: number, type: string): void {
  for (let i = 0; i < 4; i++) out[offset + i] = type.charCodeAt(i) & 0xff;
}

/** Writes a box at `offset` of `out`; returns the offset after it. */
export function writeBox(out: Uint8Array, offset: number, b: Box): number {
  const size = boxSize(b);
  let pos = offset + writeBoxHeader(out, offset, b.type, size);
  for (const child of b.children) {
    if (child instanceof Uint8Array) {
      out.set(child, pos);
      pos += child.length;
    } else {
      pos = writeBox(out, pos, child);
    }
  }
  return pos;
}

/** Serializes boxes back to back into one newly allocated buffer. */
export function serializeBoxes(boxes: readonly Box[]): Uint8Array {
  let total = 0;
  for (const b of boxes) total += boxSize(b);
  const out = new Uint8Array(total);
  let pos = 0;
  for (const b of boxes) pos = writeBox(out, pos, b);
  return out;
}

/** One unsigned byte. */
export function u8(n: number): Uint8Array {
  return new Uint8Array([n & 0xff]);
}

/** Big-endian unsigned 16 bits. */
export function u16(n: number): Uint8Array {
  return new Uint8Array([(n >>> 8) & 0xff, n & 0xff]);
}

/** Big-endian unsigned 32 bits. */
export function u32(n: number): Uint8Array {
  return new Uint8Array([(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);
}

/** Big-endian unsigned 64 bits from a safe integer. */
export function u64(n: number): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(n));
  return out;
}

/** A four-character code as 4 bytes. */
export function fourcc(type: string): Uint8Array {
  const out = new Uint8Array(4);
  writeFourcc(out, 0, type);
  return out;
}

/** `n` zero bytes (reserved fields). */
export function zeros(n: number): Uint8Array {
  return new Uint8Array(n);
}
