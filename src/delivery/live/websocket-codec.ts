// WebSocket framing (RFC 6455), server side, pure: the opening-handshake accept value (§4.2.2),
// frame headers for what psvis sends (unmasked, §5.1) and a decoder for what clients send
// (masked, §5.3), with control-frame rules (§5.5) and message reassembly (§5.4).
import { createHash } from 'node:crypto';
import { PsvisError } from '../../errors/psvis-error.ts';

/** The GUID the accept value is derived with (RFC 6455 §1.3). */
export const WEBSOCKET_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
/** Largest message psvis accepts from a viewer: viewers only send control frames and tiny commands. */
export const MAX_CLIENT_MESSAGE_BYTES = 64 * 1024;
/** Control frames carry at most 125 payload bytes (§5.5). */
export const MAX_CONTROL_PAYLOAD_BYTES = 125;

/** Opcodes (§5.2). */
export const Opcode = {
  continuation: 0x0,
  text: 0x1,
  binary: 0x2,
  close: 0x8,
  ping: 0x9,
  pong: 0xa,
} as const;
/** One of the defined opcodes. */
export type OpcodeValue = (typeof Opcode)[keyof typeof Opcode];

/** Close status codes psvis uses (§7.4.1). */
export const CloseCode = {
  normal: 1000,
  goingAway: 1001,
  protocolError: 1002,
  tooBig: 1009,
  internalError: 1011,
} as const;

/** A whole message (data frames reassembled) or a control frame. */
export interface WebSocketMessage {
  readonly opcode: OpcodeValue;
  /** Unmasked payload. */
  readonly payload: Uint8Array;
}

/** Sec-WebSocket-Accept for a Sec-WebSocket-Key: base64(SHA-1(key + GUID)) (§4.2.2 step 5.4). */
export function websocketAccept(key: string): string {
  return createHash('sha1')
    .update(key.trim() + WEBSOCKET_GUID, 'latin1')
    .digest('base64');
}

/** True for a Sec-WebSocket-Key that is base64 of 16 bytes (§4.1 item 7). */
export function isValidWebSocketKey(key: string | undefined): key is string {
  return key !== undefined && /^[A-Za-z0-9+/]{22}==$/.test(key.trim());
}

/** A frame header (FIN set). With `mask` (4 bytes) the mask bit and key are written (client side). */
export function encodeFrameHeader(opcode: OpcodeValue, payloadBytes: number, mask?: Uint8Array): Uint8Array {
  const maskBytes = mask === undefined ? 0 : 4;
  // Payload length: 7 bits, or 126 + 16 bits, or 127 + 64 bits (§5.2).
  const lengthBytes = payloadBytes < 126 ? 0 : payloadBytes <= 0xffff ? 2 : 8;
  const out = new Uint8Array(2 + lengthBytes + maskBytes);
  const view = new DataView(out.buffer);
  out[0] = 0x80 | opcode;
  const maskBit = mask === undefined ? 0 : 0x80;
  if (lengthBytes === 0) out[1] = maskBit | payloadBytes;
  else if (lengthBytes === 2) {
    out[1] = maskBit | 126;
    view.setUint16(2, payloadBytes);
  } else {
    out[1] = maskBit | 127;
    view.setBigUint64(2, BigInt(payloadBytes));
  }
  if (mask !== undefined) out.set(mask.subarray(0, 4), 2 + lengthBytes);
  return out;
}

/** A whole frame in one buffer; masked (a copy) when `mask` is given. */
export function encodeFrame(opcode: OpcodeValue, payload: Uint8Array, mask?: Uint8Array): Uint8Array {
  const header = encodeFrameHeader(opcode, payload.length, mask);
  const out = new Uint8Array(header.length + payload.length);
  out.set(header, 0);
  out.set(payload, header.length);
  if (mask !== undefined) applyMask(out.subarray(header.length), mask);
  return out;
}

/** A close frame's payload: status code and UTF-8 reason, cut to fit a control frame (§5.5.1). */
export function encodeClosePayload(code: number, reason = ''): Uint8Array {
  const text = new TextEncoder().encode(reason).subarray(0, MAX_CONTROL_PAYLOAD_BYTES - 2);
  const out = new Uint8Array(2 + text.length);
  new DataView(out.buffer).setUint16(0, code);
  out.set(text, 2);
  return out;
}

/** Reads a close frame's payload; code 1005 (none given) when empty (§7.1.5). */
export function decodeClosePayload(payload: Uint8Array): { code: number; reason: string } {
  if (payload.length < 2) return { code: 1005, reason: '' };
  const code = ((payload[0] ?? 0) << 8) | (payload[1] ?? 0);
  return { code, reason: new TextDecoder().decode(payload.subarray(2)) };
}

/** XORs `data` in place with the 4-byte masking key (§5.3). */
export function applyMask(data: Uint8Array, mask: Uint8Array): void {
  for (let i = 0; i < data.length; i++) data[i] = (data[i] ?? 0) ^ (mask[i & 3] ?? 0);
}

function protocolError(message: string, details: Record<string, unknown> = {}): PsvisError {
  return new PsvisError('PSVIS_ERR_WEBSOCKET_PROTOCOL', message, details);
}

/**
 * Decodes what a client sends: frames must be masked (§5.1), control frames short and unfragmented
 * (§5.5), data messages reassembled from continuations (§5.4) and bounded. Throws
 * PSVIS_ERR_WEBSOCKET_PROTOCOL; the adapter then closes with 1002 (or 1009 for a too-big message).
 */
export class WebSocketFrameDecoder {
  private buffered: Uint8Array = new Uint8Array(0);
  private fragments: Uint8Array[] = [];
  private fragmentsOpcode: OpcodeValue | undefined;
  private fragmentsBytes = 0;

  constructor(
    private readonly maxMessageBytes = MAX_CLIENT_MESSAGE_BYTES,
    /** Server side: client frames must be masked (§5.1). A client decoding server frames passes false. */
    private readonly expectMasked = true,
  ) {}

  /** Feeds bytes; returns the messages completed by them (none while a frame is partial). */
  push(chunk: Uint8Array): WebSocketMessage[] {
    this.buffered = this.buffered.length === 0 ? chunk : concat(this.buffered, chunk);
    const out: WebSocketMessage[] = [];
    for (;;) {
      const consumed = this.next(out);
      if (consumed === 0) break;
      this.buffered = this.buffered.subarray(consumed);
    }
    return out;
  }

  /** Decodes one frame at the start of the buffer; returns the bytes it used, 0 when incomplete. */
  private next(out: WebSocketMessage[]): number {
    const b = this.buffered;
    if (b.length < 2) return 0;
    const b0 = b[0] ?? 0;
    const b1 = b[1] ?? 0;
    const fin = (b0 & 0x80) !== 0;
    // RSV bits need a negotiated extension; psvis negotiates none (§5.2).
    if ((b0 & 0x70) !== 0) throw protocolError('reserved bits set without an extension');
    const opcode = b0 & 0x0f;
    if (!isOpcode(opcode)) throw protocolError('unknown opcode', { opcode });
    const masked = (b1 & 0x80) !== 0;
    if (masked !== this.expectMasked) {
      throw protocolError(
        this.expectMasked ? 'client frames must be masked (RFC 6455 §5.1)' : 'server frames must not be masked',
      );
    }
    const maskBytes = masked ? 4 : 0;
    let length = b1 & 0x7f;
    let p = 2;
    if (length === 126) {
      if (b.length < 4) return 0;
      length = ((b[2] ?? 0) << 8) | (b[3] ?? 0);
      p = 4;
    } else if (length === 127) {
      if (b.length < 10) return 0;
      const big = new DataView(b.buffer, b.byteOffset + 2, 8).getBigUint64(0);
      if (big > BigInt(this.maxMessageBytes)) throw tooBig(Number(big), this.maxMessageBytes);
      length = Number(big);
      p = 10;
    }
    const control = (opcode & 0x8) !== 0;
    if (control && (!fin || length > MAX_CONTROL_PAYLOAD_BYTES)) {
      throw protocolError('control frames must be final and at most 125 bytes (RFC 6455 §5.5)', { opcode, length });
    }
    if (!control && this.fragmentsBytes + length > this.maxMessageBytes)
      throw tooBig(this.fragmentsBytes + length, this.maxMessageBytes);
    if (b.length < p + maskBytes + length) return 0;
    const payload = b.slice(p + maskBytes, p + maskBytes + length);
    if (masked) applyMask(payload, b.subarray(p, p + 4));
    if (control) {
      out.push({ opcode, payload });
    } else if (opcode === Opcode.continuation) {
      if (this.fragmentsOpcode === undefined) throw protocolError('continuation frame without a message to continue');
      this.fragments.push(payload);
      this.fragmentsBytes += length;
      if (fin) out.push(this.takeMessage(this.fragmentsOpcode));
    } else {
      if (this.fragmentsOpcode !== undefined) throw protocolError('new data frame inside a fragmented message');
      if (fin) out.push({ opcode, payload });
      else {
        this.fragmentsOpcode = opcode;
        this.fragments = [payload];
        this.fragmentsBytes = length;
      }
    }
    return p + maskBytes + length;
  }

  private takeMessage(opcode: OpcodeValue): WebSocketMessage {
    let payload: Uint8Array = new Uint8Array(this.fragmentsBytes);
    let p = 0;
    for (const f of this.fragments) {
      payload.set(f, p);
      p += f.length;
    }
    if (this.fragments.length === 1 && this.fragments[0] !== undefined) payload = this.fragments[0];
    this.fragments = [];
    this.fragmentsOpcode = undefined;
    this.fragmentsBytes = 0;
    return { opcode, payload };
  }
}

function tooBig(bytes: number, maxBytes: number): PsvisError {
  return new PsvisError('PSVIS_ERR_WEBSOCKET_MESSAGE_TOO_BIG', 'message larger than the server accepts', {
    bytes,
    maxBytes,
  });
}

function isOpcode(n: number): n is OpcodeValue {
  return n <= 0x2 || (n >= 0x8 && n <= 0xa);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
