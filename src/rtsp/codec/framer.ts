// Splits an RTSP TCP byte stream into requests, responses and interleaved binary frames
// (RFC 2326 §10.12). `feed` is the receive path: each interleaved frame goes to the sink as
// (bytes, offset, length), with no item object, array or view made for it — at 1080p a camera
// sends ~400 packets a second, and per-packet objects were most of the ingest's garbage.
// Payloads that lie whole inside a fed chunk are handed as that chunk, not copied. Only an item
// split across chunks goes through the framer's own growing buffer (read/write offsets, no
// per-packet concatenation), and is copied out of it once, since that buffer is compacted and
// reused. `push` returns the same as items, for callers off the hot path.
import { PsvisError } from '../../errors/psvis-error.ts';
import {
  MAX_RTSP_HEADER_COUNT,
  MAX_RTSP_LINE_BYTES,
  MAX_RTSP_MESSAGE_BYTES,
  type RtspItem,
  type RtspRequest,
  type RtspResponse,
} from './message.ts';

/** Receives what `RtspFramer.feed` finds, in stream order. */
export interface RtspFrameSink {
  /**
   * One interleaved frame: `bytes[offset, offset + length)`. Those bytes are never written again
   * (by the framer or, per feed's contract, the caller), so views into them may be kept.
   */
  interleaved(channel: number, bytes: Uint8Array, offset: number, length: number): void;
  /** One whole request or response. */
  message(message: RtspRequest | RtspResponse): void;
}

/** Collects what `feed` finds as items (the `push` form). */
class ItemCollector implements RtspFrameSink {
  items: RtspItem[] = [];

  interleaved(channel: number, bytes: Uint8Array, offset: number, length: number): void {
    const payload =
      offset === 0 && length === bytes.length ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset + offset, length);
    this.items.push({ kind: 'interleaved', channel, payload });
  }

  message(message: RtspRequest | RtspResponse): void {
    this.items.push(message);
  }
}

const DOLLAR = 0x24;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
// Only items split across reads are buffered (a packet or an answer): it grows when one needs more.
const INITIAL_CAPACITY_BYTES = 4 * 1024;
/** Longest first token (method or `RTSP/1.0`) accepted before deciding bytes are garbage. */
const MAX_START_TOKEN_BYTES = 32;

const decoder = new TextDecoder();
const RESPONSE_LINE = /^RTSP\/(\d)\.(\d) (\d{3})(?: (.*))?$/;
const REQUEST_LINE = /^([A-Z][A-Z_-]*) (\S+) RTSP\/(\d)\.(\d)$/;

function isUpper(b: number): boolean {
  return b >= 0x41 && b <= 0x5a;
}

/** Incremental RTSP stream framer; `skippedBytes` counts garbage it resynchronised past. */
export class RtspFramer {
  /** The bytes being parsed: `owned` while items straddle chunks, else the caller's chunk. */
  private buf: Uint8Array;
  /** The framer's own buffer; only it is ever written to. */
  private owned = new Uint8Array(INITIAL_CAPACITY_BYTES);
  /** True while `buf` is a caller's chunk: payloads can then be views, it is never reused. */
  private borrowed = false;
  private readOffset = 0;
  private writeOffset = 0;
  /** Where the search for the end of the current header block resumes (absolute buffer index). */
  private scanOffset = 0;
  /** Bytes skipped while looking for the next `$` or start line. */
  skippedBytes = 0;

  /** Bytes buffered and not yet returned as items. */
  get bufferedBytes(): number {
    return this.writeOffset - this.readOffset;
  }

  constructor() {
    this.buf = this.owned;
  }

  /**
   * Takes a chunk and returns every complete item in it. Interleaved payloads may be views into
   * `chunk`, so the caller must not write into a chunk after pushing it (socket 'data' chunks are
   * fresh per read). Throws as `feed` does.
   */
  push(chunk: Uint8Array): RtspItem[] {
    const collector = new ItemCollector();
    this.feed(chunk, collector);
    return collector.items;
  }

  /**
   * Takes the chunk `bytes[from, to)` (default: all of `bytes`) and hands every complete item in
   * it to `sink`, in order. Interleaved payloads may be handed as `bytes` itself, so views the
   * sink keeps into them are only as stable as the caller keeps those bytes. The framer keeps no
   * view into `bytes` after the call: an incomplete item is copied into its own buffer. Throws
   * PsvisError (PSVIS_ERR_RTSP_MALFORMED / PSVIS_ERR_RTSP_MESSAGE_TOO_LARGE) when a message
   * breaks the limits; the framer then drops what it buffered, and the caller should close the
   * connection. A throw from the sink propagates the same way.
   */
  feed(bytes: Uint8Array, sink: RtspFrameSink, from = 0, to = bytes.length): void {
    try {
      let offset = from;
      while (offset < to) {
        if (this.readOffset === this.writeOffset) {
          this.parseBorrowed(bytes, offset, to, sink);
          break;
        }
        // An item straddles the previous chunk: complete just that one in the own buffer, so
        // the rest of this chunk can be parsed in place.
        const need = this.bytesToCompleteInterleaved(bytes, offset, to);
        const take = need > 0 && need <= to - offset ? need : to - offset;
        this.append(bytes, offset, offset + take);
        offset += take;
        this.drain(sink);
      }
    } catch (err) {
      this.reset();
      throw err;
    }
    if (this.readOffset === this.writeOffset) {
      this.readOffset = 0;
      this.writeOffset = 0;
      this.scanOffset = 0;
    }
  }

  /** Drops everything buffered. */
  reset(): void {
    this.buf = this.owned;
    this.borrowed = false;
    this.readOffset = 0;
    this.writeOffset = 0;
    this.scanOffset = 0;
  }

  private drain(sink: RtspFrameSink): void {
    while (this.next(sink));
  }

  /** Parses `chunk[offset, end)` in place (nothing buffered before it); keeps the incomplete tail. */
  private parseBorrowed(chunk: Uint8Array, offset: number, end: number, sink: RtspFrameSink): void {
    this.buf = chunk;
    this.borrowed = true;
    this.readOffset = offset;
    this.writeOffset = end;
    this.scanOffset = offset;
    try {
      this.drain(sink);
    } catch (err) {
      // Never keep a caller's chunk as the own buffer (reset() restores it too).
      this.buf = this.owned;
      this.borrowed = false;
      throw err;
    }
    const tailStart = this.readOffset;
    const scanFrom = this.scanOffset - tailStart;
    this.buf = this.owned;
    this.borrowed = false;
    this.readOffset = 0;
    this.writeOffset = 0;
    this.scanOffset = 0;
    if (tailStart < end) {
      this.append(chunk, tailStart, end);
      this.scanOffset = Math.max(0, scanFrom);
    }
  }

  /**
   * Bytes of `chunk[offset..]` that complete the interleaved frame buffered so far, or -1 when
   * what is buffered is not one whose length is known yet (messages take the whole chunk).
   */
  private bytesToCompleteInterleaved(chunk: Uint8Array, offset: number, end: number): number {
    const buffered = this.writeOffset - this.readOffset;
    if (this.buf[this.readOffset] !== DOLLAR) return -1;
    if (buffered + end - offset < 4) return -1;
    const hi = this.byteAt(2, buffered, chunk, offset);
    const lo = this.byteAt(3, buffered, chunk, offset);
    return 4 + ((hi << 8) | lo) - buffered;
  }

  // Byte k of the buffered bytes followed by chunk[offset..].
  private byteAt(k: number, buffered: number, chunk: Uint8Array, offset: number): number {
    return k < buffered ? (this.buf[this.readOffset + k] ?? 0) : (chunk[offset + k - buffered] ?? 0);
  }

  // Appends chunk[from, to) to the own buffer.
  private append(chunk: Uint8Array, from: number, to: number): void {
    const length = to - from;
    const needed = this.writeOffset - this.readOffset + length;
    if (this.writeOffset + length > this.buf.length) {
      if (needed <= this.buf.length) {
        this.buf.copyWithin(0, this.readOffset, this.writeOffset);
      } else {
        const grown = new Uint8Array(Math.max(needed, this.buf.length * 2));
        grown.set(this.buf.subarray(this.readOffset, this.writeOffset), 0);
        this.owned = grown;
        this.buf = grown;
      }
      this.scanOffset -= this.readOffset;
      this.writeOffset -= this.readOffset;
      this.readOffset = 0;
    }
    this.buf.set(from === 0 && to === chunk.length ? chunk : chunk.subarray(from, to), this.writeOffset);
    this.writeOffset += length;
  }

  private skip(count: number): void {
    this.readOffset += count;
    this.skippedBytes += count;
    this.scanOffset = this.readOffset;
  }

  // Hands the next whole item to the sink; false when none is complete yet.
  private next(sink: RtspFrameSink): boolean {
    for (;;) {
      const available = this.writeOffset - this.readOffset;
      if (available === 0) return false;
      const first = this.buf[this.readOffset] ?? 0;
      if (first === DOLLAR) return this.nextInterleaved(sink);
      if (first === CR || first === LF) {
        // Stray line ends between messages (some cameras send an extra CRLF after a body).
        this.skip(1);
        continue;
      }
      if (!isUpper(first)) {
        this.skip(1);
        continue;
      }
      const verdict = this.checkStartToken();
      if (verdict === 'more') return false;
      if (verdict === 'garbage') {
        this.skip(1);
        continue;
      }
      const item = this.nextMessage();
      if (item === undefined) return false;
      if (item !== 'again') {
        sink.message(item);
        return true;
      }
    }
  }

  /** Decides from the first token whether a start line can begin here (resynchronisation). */
  private checkStartToken(): 'ok' | 'more' | 'garbage' {
    const end = Math.min(this.writeOffset, this.readOffset + MAX_START_TOKEN_BYTES);
    const rtsp = [0x52, 0x54, 0x53, 0x50, 0x2f]; // "RTSP/"
    let isRtsp = true;
    for (let i = this.readOffset; i < end; i++) {
      const b = this.buf[i] ?? 0;
      const k = i - this.readOffset;
      if (b === SPACE) return k > 0 ? 'ok' : 'garbage';
      if (isRtsp && k < rtsp.length) {
        if (b !== rtsp[k]) isRtsp = false;
      }
      if (isRtsp && k >= rtsp.length) {
        if (!((b >= 0x30 && b <= 0x39) || b === 0x2e)) return 'garbage';
        continue;
      }
      if (!isRtsp && !(isUpper(b) || b === 0x5f || b === 0x2d)) return 'garbage';
    }
    return end - this.readOffset >= MAX_START_TOKEN_BYTES ? 'garbage' : 'more';
  }

  private nextInterleaved(sink: RtspFrameSink): boolean {
    const buf = this.buf;
    const at = this.readOffset;
    if (this.writeOffset - at < 4) return false;
    const channel = buf[at + 1] ?? 0;
    const length = ((buf[at + 2] ?? 0) << 8) | (buf[at + 3] ?? 0);
    const start = at + 4;
    if (this.writeOffset - start < length) return false;
    // Offsets move first: the sink may throw, and must find the framer past this frame.
    this.readOffset = start + length;
    this.scanOffset = this.readOffset;
    // A caller's chunk is never written again, so the sink may keep views into it; the own
    // buffer is compacted and reused, so a frame in it is copied out once.
    if (this.borrowed) sink.interleaved(channel, buf, start, length);
    else sink.interleaved(channel, buf.slice(start, start + length), 0, length);
    return true;
  }

  /** Index just past the blank line ending the header block, or -1 when not yet buffered. */
  private findHeaderEnd(): number {
    let i = Math.max(this.scanOffset, this.readOffset);
    for (; i < this.writeOffset; i++) {
      if (this.buf[i] !== LF) continue;
      // LF-only line ends are tolerated (RFC 2326 §4 asks for CRLF; some devices send LF).
      if (this.buf[i + 1] === LF && i + 1 < this.writeOffset) return i + 2;
      if (this.buf[i + 1] === CR && this.buf[i + 2] === LF && i + 2 < this.writeOffset) return i + 3;
    }
    // Resume two bytes back next time: the LF [CR] LF may straddle chunks.
    this.scanOffset = Math.max(this.readOffset, this.writeOffset - 2);
    return -1;
  }

  private nextMessage(): RtspRequest | RtspResponse | 'again' | undefined {
    // Judge the start line as soon as it is whole, so garbage is skipped without waiting for
    // a header block that may never come.
    const lineEnd = this.buf.subarray(this.readOffset, this.writeOffset).indexOf(LF);
    if (lineEnd < 0) {
      if (this.writeOffset - this.readOffset <= MAX_RTSP_LINE_BYTES) return undefined;
      this.skip(1);
      return 'again';
    }
    if (lineEnd > MAX_RTSP_LINE_BYTES) {
      this.skip(1);
      return 'again';
    }
    const startLine = decoder.decode(this.buf.subarray(this.readOffset, this.readOffset + lineEnd)).replace(/\r$/, '');
    const response = RESPONSE_LINE.exec(startLine);
    const request = response === null ? REQUEST_LINE.exec(startLine) : null;
    if (response === null && request === null) {
      this.skip(lineEnd + 1);
      return 'again';
    }
    const headerEnd = this.findHeaderEnd();
    if (headerEnd < 0) {
      if (this.writeOffset - this.readOffset > MAX_RTSP_MESSAGE_BYTES) {
        throw new PsvisError('PSVIS_ERR_RTSP_MESSAGE_TOO_LARGE', 'RTSP header block exceeds the size limit', {
          maxBytes: MAX_RTSP_MESSAGE_BYTES,
        });
      }
      return undefined;
    }
    const headerBytes = headerEnd - this.readOffset;
    if (headerBytes > MAX_RTSP_MESSAGE_BYTES) {
      throw new PsvisError('PSVIS_ERR_RTSP_MESSAGE_TOO_LARGE', 'RTSP header block exceeds the size limit', {
        bytes: headerBytes,
        maxBytes: MAX_RTSP_MESSAGE_BYTES,
      });
    }
    const text = decoder.decode(this.buf.subarray(this.readOffset + lineEnd + 1, headerEnd));
    const headers = parseHeaderLines(splitLines(text));
    let contentLength = 0;
    const lengthHeader = headers.find(([n]) => n.toLowerCase() === 'content-length');
    if (lengthHeader !== undefined) {
      const value = lengthHeader[1].trim();
      if (!/^\d{1,9}$/.test(value)) {
        throw new PsvisError('PSVIS_ERR_RTSP_MALFORMED', 'Content-Length is not a number', { value });
      }
      contentLength = Number(value);
    }
    if (headerBytes + contentLength > MAX_RTSP_MESSAGE_BYTES) {
      throw new PsvisError('PSVIS_ERR_RTSP_MESSAGE_TOO_LARGE', 'RTSP message exceeds the size limit', {
        bytes: headerBytes + contentLength,
        maxBytes: MAX_RTSP_MESSAGE_BYTES,
      });
    }
    if (this.writeOffset - headerEnd < contentLength) {
      // Resume the header-end search just before it, so waiting for the body costs nothing.
      this.scanOffset = Math.max(this.readOffset, headerEnd - 3);
      return undefined;
    }
    const body = this.buf.slice(headerEnd, headerEnd + contentLength);
    this.readOffset = headerEnd + contentLength;
    this.scanOffset = this.readOffset;
    if (response !== null) {
      const message: RtspResponse = {
        kind: 'response',
        statusCode: Number(response[3]),
        reason: response[4] ?? '',
        headers,
        body,
      };
      return message;
    }
    const message: RtspRequest = {
      kind: 'request',
      method: request?.[1] ?? '',
      uri: request?.[2] ?? '',
      headers,
      body,
    };
    return message;
  }
}

/** Splits a header block on CRLF or LF, dropping the terminating blank line. */
function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) {
    if (line.length > MAX_RTSP_LINE_BYTES) {
      throw new PsvisError('PSVIS_ERR_RTSP_MALFORMED', 'RTSP line exceeds the length limit', {
        bytes: line.length,
        maxBytes: MAX_RTSP_LINE_BYTES,
      });
    }
  }
  return lines;
}

/** Parses `Name: value` lines; folded continuation lines (leading space/tab) join the previous value. */
export function parseHeaderLines(lines: readonly string[]): [string, string][] {
  const headers: [string, string][] = [];
  for (const line of lines) {
    const last = headers[headers.length - 1];
    if ((line.startsWith(' ') || line.startsWith('\t')) && last !== undefined) {
      // RFC 2326 §4.2 (HTTP/1.1 LWS): a continuation line belongs to the previous header.
      last[1] = `${last[1]} ${line.trim()}`;
      if (last[1].length > MAX_RTSP_LINE_BYTES) {
        throw new PsvisError('PSVIS_ERR_RTSP_MALFORMED', 'RTSP header exceeds the length limit', {
          maxBytes: MAX_RTSP_LINE_BYTES,
        });
      }
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) {
      // A line without a colon is ignored rather than fatal: some cameras emit banners.
      continue;
    }
    headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    if (headers.length > MAX_RTSP_HEADER_COUNT) {
      throw new PsvisError('PSVIS_ERR_RTSP_MALFORMED', 'RTSP message has too many headers', {
        maxHeaders: MAX_RTSP_HEADER_COUNT,
      });
    }
  }
  return headers;
}
