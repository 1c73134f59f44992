// Annex B byte streams (ITU-T H.264 Annex B, H.265 Annex B) and length-prefixed NAL units
// (ISO 14496-15 §4.3.2 / §5.3.3 AVCC/HVCC sample format). Split results are views, not copies.
import { PsvisError } from '../errors/psvis-error.ts';

/** Largest NAL unit the incremental splitter buffers before giving up (a 4K IDR is a few MB). */
export const MAX_NAL_BYTES = 16 * 1024 * 1024;

/** Length prefix size psvis writes in AVCC/HVCC samples (lengthSizeMinusOne = 3). */
export const NAL_LENGTH_PREFIX_BYTES = 4;

const START_CODE = new Uint8Array([0, 0, 0, 1]);

/** Index of the first byte of the next 0x000001 at or after `from`, or -1. */
export function findStartCode(bytes: Uint8Array, from: number): number {
  const end = bytes.length - 2;
  let i = Math.max(0, from);
  while (i < end) {
    // Skip ahead two bytes when the third one cannot end a start code (Boyer-Moore style).
    const b2 = bytes[i + 2];
    if (b2 !== undefined && b2 > 1) {
      i += 3;
      continue;
    }
    if (bytes[i] === 0 && bytes[i + 1] === 0 && b2 === 1) return i;
    i++;
  }
  return -1;
}

/** Last index (exclusive) of a NAL unit ending before `end`, dropping trailing_zero_8bits (§B.1.2). */
function trimTrailingZeros(bytes: Uint8Array, start: number, end: number): number {
  let e = end;
  while (e > start && bytes[e - 1] === 0) e--;
  return e;
}

/**
 * Splits an Annex B byte stream into NAL units (views into `bytes`). Bytes before the first
 * start code are ignored; zero bytes before a start code belong to it (H.264 §B.1.2).
 */
export function splitAnnexB(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let sc = findStartCode(bytes, 0);
  while (sc >= 0) {
    const start = sc + 3;
    const next = findStartCode(bytes, start);
    const end = trimTrailingZeros(bytes, start, next < 0 ? bytes.length : next);
    if (end > start) out.push(bytes.subarray(start, end));
    sc = next;
  }
  return out;
}

/** Joins NAL units into an Annex B stream with 4-byte start codes (one allocation). */
export function joinAnnexB(nals: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const nal of nals) size += START_CODE.length + nal.length;
  const out = new Uint8Array(size);
  let pos = 0;
  for (const nal of nals) {
    out.set(START_CODE, pos);
    out.set(nal, pos + START_CODE.length);
    pos += START_CODE.length + nal.length;
  }
  return out;
}

/** Joins NAL units into one AVCC/HVCC sample: each prefixed by its 4-byte big-endian length. */
export function joinLengthPrefixed(nals: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const nal of nals) size += NAL_LENGTH_PREFIX_BYTES + nal.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let pos = 0;
  for (const nal of nals) {
    view.setUint32(pos, nal.length);
    out.set(nal, pos + NAL_LENGTH_PREFIX_BYTES);
    pos += NAL_LENGTH_PREFIX_BYTES + nal.length;
  }
  return out;
}

/**
 * The parts of an AVCC/HVCC sample without copying NAL units: [len, nal, len, nal, ...] with
 * one shared allocation for all prefixes. A muxer or file writer writes the parts in order.
 */
export function lengthPrefixedParts(nals: readonly Uint8Array[]): { size: number; parts: Uint8Array[] } {
  const prefixes = new Uint8Array(nals.length * NAL_LENGTH_PREFIX_BYTES);
  const parts: Uint8Array[] = new Array<Uint8Array>(nals.length * 2);
  let size = 0;
  for (let i = 0; i < nals.length; i++) {
    const nal = nals[i] ?? prefixes.subarray(0, 0);
    const at = i * NAL_LENGTH_PREFIX_BYTES;
    const len = nal.length;
    prefixes[at] = len >>> 24;
    prefixes[at + 1] = (len >>> 16) & 0xff;
    prefixes[at + 2] = (len >>> 8) & 0xff;
    prefixes[at + 3] = len & 0xff;
    parts[2 * i] = prefixes.subarray(at, at + NAL_LENGTH_PREFIX_BYTES);
    parts[2 * i + 1] = nal;
    size += NAL_LENGTH_PREFIX_BYTES + len;
  }
  return { size, parts };
}

/** Splits one AVCC/HVCC sample into NAL units (views); lengthSize is 1, 2 or 4 (ISO 14496-15 §5.3.3.1). */
export function splitLengthPrefixed(bytes: Uint8Array, lengthSize: 1 | 2 | 4 = 4): Uint8Array[] {
  const out: Uint8Array[] = [];
  let pos = 0;
  while (pos < bytes.length) {
    if (pos + lengthSize > bytes.length) {
      throw new PsvisError('PSVIS_ERR_MEDIA_BITSTREAM', 'truncated NAL length prefix', { offset: pos, lengthSize });
    }
    let len = 0;
    for (let i = 0; i < lengthSize; i++) len = len * 256 + (bytes[pos + i] ?? 0);
    pos += lengthSize;
    if (pos + len > bytes.length) {
      throw new PsvisError('PSVIS_ERR_MEDIA_BITSTREAM', 'NAL length prefix runs past the sample', {
        offset: pos - lengthSize,
        nalBytes: len,
        bytesLeft: bytes.length - pos,
      });
    }
    if (len > 0) out.push(bytes.subarray(pos, pos + len));
    pos += len;
  }
  return out;
}

/** First buffer the incremental splitter allocates; it doubles as NAL units outgrow it. */
const SPLITTER_INITIAL_BYTES = 64 * 1024;

/**
 * Incremental Annex B splitter for reading .h264/.h265 files in chunks: `push` returns the NAL
 * units completed by the chunk (a NAL ends where the next start code begins), `flush` the last.
 * Chunks are copied once into an append-only buffer (amortized O(n) whatever the chunk size);
 * returned units are views into buffer regions the splitter never writes again.
 */
export class AnnexBSplitter {
  private buf = new Uint8Array(0);
  /** Pending bytes are buf[start, end): the NAL in progress, or tail bytes before any start code. */
  private start = 0;
  private end = 0;
  /** True once a start code has been seen, so the pending bytes begin a NAL unit. */
  private inNal = false;
  /** Absolute index in buf where the start code search resumes. */
  private scanFrom = 0;

  /** Feeds the next chunk of the stream; returns the NAL units it completed. */
  push(chunk: Uint8Array): Uint8Array[] {
    this.append(chunk);
    const view = this.buf.subarray(0, this.end);
    const out: Uint8Array[] = [];
    let nalStart = this.inNal ? this.start : -1;
    let sc = findStartCode(view, this.scanFrom);
    while (sc >= 0) {
      if (nalStart >= 0) {
        const nalEnd = trimTrailingZeros(view, nalStart, sc);
        if (nalEnd > nalStart) out.push(view.subarray(nalStart, nalEnd));
      }
      nalStart = sc + 3;
      sc = findStartCode(view, nalStart);
    }
    if (nalStart >= 0) {
      this.inNal = true;
      this.start = nalStart;
    } else {
      // Before the first start code only a partial start code (two zero bytes) matters.
      this.start = Math.max(this.start, this.end - 2);
    }
    // A start code may straddle this chunk and the next: rescan the last two bytes.
    this.scanFrom = Math.max(this.start, this.end - 2);
    if (this.end - this.start > MAX_NAL_BYTES) {
      throw new PsvisError('PSVIS_ERR_MEDIA_BITSTREAM', 'NAL unit larger than MAX_NAL_BYTES', {
        bufferedBytes: this.end - this.start,
        maxBytes: MAX_NAL_BYTES,
      });
    }
    return out;
  }

  /** Ends the stream: returns the last NAL unit, if any, and resets the splitter. */
  flush(): Uint8Array[] {
    const out: Uint8Array[] = [];
    if (this.inNal) {
      const nalEnd = trimTrailingZeros(this.buf, this.start, this.end);
      if (nalEnd > this.start) out.push(this.buf.subarray(this.start, nalEnd));
    }
    this.buf = new Uint8Array(0);
    this.start = 0;
    this.end = 0;
    this.inNal = false;
    this.scanFrom = 0;
    return out;
  }

  /** Copies a chunk after the pending bytes, moving them to a new buffer when full. */
  private append(chunk: Uint8Array): void {
    if (this.end + chunk.length > this.buf.length) {
      // Emitted units keep the old buffer alive; the new one holds only the pending bytes.
      const pending = this.end - this.start;
      const next = new Uint8Array(Math.max(SPLITTER_INITIAL_BYTES, 2 * (pending + chunk.length)));
      next.set(this.buf.subarray(this.start, this.end), 0);
      this.scanFrom -= this.start;
      this.buf = next;
      this.start = 0;
      this.end = pending;
    }
    this.buf.set(chunk, this.end);
    this.end += chunk.length;
  }
}
