// RTP fixed header, CSRC list, header extension and padding (RFC 3550 §5.1, §5.3.1).

import { PsvisError } from '../errors/psvis-error.ts';
import type { RtpPacket } from './types.ts';

/** RFC 3550 §5.1: the only RTP version there is. */
export const RTP_VERSION = 2;
/** RFC 3550 §5.1: fixed header before CSRCs. */
export const RTP_HEADER_BYTES = 12;
/** An RTP packet never exceeds a UDP datagram or an RTSP interleaved frame (RFC 2326 §10.12: 16-bit length). */
export const MAX_RTP_PACKET_BYTES = 0xffff;

const NO_CSRCS: readonly number[] = Object.freeze([]);

function fail(reason: string, details: Record<string, unknown> = {}): never {
  throw new PsvisError('PSVIS_ERR_MEDIA_RTP', `malformed RTP packet: ${reason}`, details);
}

function u32(b: Uint8Array, i: number): number {
  return ((b[i] ?? 0) * 0x1000000 + (((b[i + 1] ?? 0) << 16) | ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0))) >>> 0;
}

const EMPTY = new Uint8Array(0);

/**
 * An RTP packet that one receiver reuses for every packet it reads (no object per packet: at 1080p
 * a camera sends ~400 a second). `read` overwrites the fields; `payload` is a fresh view each time,
 * so a depacketizer may keep the payload of a packet after the next one is read, never the packet.
 */
export class RtpPacketReader implements RtpPacket {
  payloadType = 0;
  sequenceNumber = 0;
  timestamp = 0;
  ssrc = 0;
  marker = false;
  csrcs: readonly number[] = NO_CSRCS;
  payload: Uint8Array = EMPTY;

  /**
   * Parses `bytes[offset, offset + length)` (RFC 3550 §5.1). Returns this reader, or a new packet
   * when the packet carries a header extension (§5.3.1; rare from cameras). Throws
   * PSVIS_ERR_MEDIA_RTP on a malformed packet, leaving the reader's fields unspecified.
   */
  read(bytes: Uint8Array, offset = 0, length = bytes.length - offset): RtpPacket {
    return readInto(this, bytes, offset, length);
  }
}

/** The fields `readInto` writes. */
interface MutableRtpPacket {
  payloadType: number;
  sequenceNumber: number;
  timestamp: number;
  ssrc: number;
  marker: boolean;
  csrcs: readonly number[];
  payload: Uint8Array;
}

function readInto(into: MutableRtpPacket, bytes: Uint8Array, start: number, length: number): RtpPacket {
  if (length < RTP_HEADER_BYTES) fail('shorter than the 12-byte fixed header', { length });
  if (length > MAX_RTP_PACKET_BYTES) fail('longer than 65535 bytes', { length });
  if (start < 0 || start + length > bytes.length) fail('range outside the bytes given', { start, length });
  const b0 = bytes[start] ?? 0;
  const b1 = bytes[start + 1] ?? 0;
  const version = b0 >> 6;
  if (version !== RTP_VERSION) fail('version is not 2', { version });
  const hasPadding = (b0 & 0x20) !== 0;
  const hasExtension = (b0 & 0x10) !== 0;
  const csrcCount = b0 & 0x0f;
  const end = start + length;
  let offset = start + RTP_HEADER_BYTES + csrcCount * 4;
  if (offset > end) fail('CSRC list runs past the end', { csrcCount, length });
  let csrcs = NO_CSRCS;
  if (csrcCount > 0) {
    const list: number[] = [];
    for (let i = 0; i < csrcCount; i++) list.push(u32(bytes, start + RTP_HEADER_BYTES + i * 4));
    csrcs = list;
  }
  let extension: { profile: number; data: Uint8Array } | undefined;
  if (hasExtension) {
    // RFC 3550 §5.3.1: 16-bit profile, 16-bit length in 32-bit words, then the words.
    if (offset + 4 > end) fail('header extension runs past the end', { length });
    const profile = ((bytes[offset] ?? 0) << 8) | (bytes[offset + 1] ?? 0);
    const words = ((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0);
    const extEnd = offset + 4 + words * 4;
    if (extEnd > end) fail('header extension runs past the end', { words, length });
    extension = { profile, data: view(bytes, offset + 4, extEnd) };
    offset = extEnd;
  }
  let payloadEnd = end;
  if (hasPadding) {
    // RFC 3550 §5.1: the last octet counts the padding octets, itself included.
    const padding = bytes[end - 1] ?? 0;
    if (padding === 0 || offset + padding > end) fail('bad padding count', { padding, length });
    payloadEnd = end - padding;
  }
  into.payloadType = b1 & 0x7f;
  into.sequenceNumber = ((bytes[start + 2] ?? 0) << 8) | (bytes[start + 3] ?? 0);
  into.timestamp = u32(bytes, start + 4);
  into.ssrc = u32(bytes, start + 8);
  into.marker = (b1 & 0x80) !== 0;
  into.csrcs = csrcs;
  into.payload = view(bytes, offset, payloadEnd);
  return extension === undefined ? into : { ...into, extension };
}

// A view of bytes[from, to) built directly: Buffer#subarray (sockets hand Buffers) costs a JS-level FastBuffer.
function view(bytes: Uint8Array, from: number, to: number): Uint8Array {
  return new Uint8Array(bytes.buffer, bytes.byteOffset + from, to - from);
}

/** Parses one RTP packet; `payload` and `extension.data` are views into `bytes`, not copies. */
export function parseRtpPacket(bytes: Uint8Array): RtpPacket {
  const packet: MutableRtpPacket = {
    payloadType: 0,
    sequenceNumber: 0,
    timestamp: 0,
    ssrc: 0,
    marker: false,
    csrcs: NO_CSRCS,
    payload: EMPTY,
  };
  return readInto(packet, bytes, 0, bytes.length);
}

function putU32(b: Uint8Array, i: number, v: number): void {
  b[i] = (v >>> 24) & 0xff;
  b[i + 1] = (v >>> 16) & 0xff;
  b[i + 2] = (v >>> 8) & 0xff;
  b[i + 3] = v & 0xff;
}

/** Writes an RTP packet (no padding) into a new buffer; the inverse of `parseRtpPacket`. */
export function serializeRtpPacket(p: RtpPacket): Uint8Array {
  if (p.csrcs.length > 15) fail('more than 15 CSRCs', { csrcCount: p.csrcs.length });
  if (p.payloadType < 0 || p.payloadType > 127) fail('payload type outside 0..127', { payloadType: p.payloadType });
  const ext = p.extension;
  if (ext !== undefined && ext.data.length % 4 !== 0) {
    fail('header extension is not a whole number of 32-bit words', { bytes: ext.data.length });
  }
  const extBytes = ext === undefined ? 0 : 4 + ext.data.length;
  const headerBytes = RTP_HEADER_BYTES + p.csrcs.length * 4 + extBytes;
  const total = headerBytes + p.payload.length;
  if (total > MAX_RTP_PACKET_BYTES) fail('longer than 65535 bytes', { length: total });
  const out = new Uint8Array(total);
  out[0] = (RTP_VERSION << 6) | (ext === undefined ? 0 : 0x10) | p.csrcs.length;
  out[1] = (p.marker ? 0x80 : 0) | p.payloadType;
  out[2] = (p.sequenceNumber >> 8) & 0xff;
  out[3] = p.sequenceNumber & 0xff;
  putU32(out, 4, p.timestamp >>> 0);
  putU32(out, 8, p.ssrc >>> 0);
  let offset = RTP_HEADER_BYTES;
  for (const csrc of p.csrcs) {
    putU32(out, offset, csrc >>> 0);
    offset += 4;
  }
  if (ext !== undefined) {
    out[offset] = (ext.profile >> 8) & 0xff;
    out[offset + 1] = ext.profile & 0xff;
    out[offset + 2] = (ext.data.length / 4) >> 8;
    out[offset + 3] = (ext.data.length / 4) & 0xff;
    out.set(ext.data, offset + 4);
    offset += extBytes;
  }
  out.set(p.payload, offset);
  return out;
}

/** Default largest RTP payload psvis sends: fits a 1500-byte Ethernet MTU under IP, UDP, RTP and a VPN. */
export const MAX_RTP_PAYLOAD_BYTES = 1400;

/** What every packetizer needs to stamp headers (RFC 3550 §5.1). */
export interface PacketizerOptions {
  readonly payloadType: number;
  readonly ssrc: number;
  /** Largest payload per packet; default MAX_RTP_PAYLOAD_BYTES. */
  readonly maxPayloadBytes?: number;
  /** RFC 3550 §5.1 says random; tests pin it. Default 0. */
  readonly initialSequenceNumber?: number;
}

/** Header state of one outgoing RTP stream: payload type, SSRC and the 16-bit sequence counter. */
export class RtpHeaderStamper {
  readonly payloadType: number;
  readonly ssrc: number;
  readonly maxPayloadBytes: number;
  /** Sequence number the next packet gets. */
  nextSequenceNumber: number;

  constructor(opts: PacketizerOptions, minPayloadBytes: number) {
    const maxPayloadBytes = opts.maxPayloadBytes ?? MAX_RTP_PAYLOAD_BYTES;
    if (!Number.isInteger(maxPayloadBytes) || maxPayloadBytes < minPayloadBytes || maxPayloadBytes > 0xffff - 12) {
      throw new PsvisError('PSVIS_ERR_MEDIA_PACKETIZE', 'maxPayloadBytes out of range', {
        maxPayloadBytes,
        minPayloadBytes,
      });
    }
    if (!Number.isInteger(opts.payloadType) || opts.payloadType < 0 || opts.payloadType > 127) {
      throw new PsvisError('PSVIS_ERR_MEDIA_PACKETIZE', 'payload type outside 0..127', {
        payloadType: opts.payloadType,
      });
    }
    this.payloadType = opts.payloadType;
    this.ssrc = opts.ssrc >>> 0;
    this.maxPayloadBytes = maxPayloadBytes;
    this.nextSequenceNumber = (opts.initialSequenceNumber ?? 0) & 0xffff;
  }

  /** A packet with the next sequence number (which then wraps past 65535). */
  packet(payload: Uint8Array, timestamp32: number, marker: boolean): RtpPacket {
    const sequenceNumber = this.nextSequenceNumber;
    this.nextSequenceNumber = (sequenceNumber + 1) & 0xffff;
    return {
      payloadType: this.payloadType,
      sequenceNumber,
      timestamp: timestamp32,
      ssrc: this.ssrc,
      marker,
      csrcs: NO_CSRCS,
      payload,
    };
  }
}
