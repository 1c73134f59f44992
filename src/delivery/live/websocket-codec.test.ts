import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_CLIENT_MESSAGE_BYTES,
  Opcode,
  WebSocketFrameDecoder,
  decodeClosePayload,
  encodeClosePayload,
  encodeFrame,
  encodeFrameHeader,
  isValidWebSocketKey,
  websocketAccept,
} from './websocket-codec.ts';

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s/g, ''), 'hex'));
const MASK = hex('37fa213d');

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (err) {
    return (err as { code?: string }).code;
  }
  return undefined;
}

describe('the WebSocket opening handshake (RFC 6455 §4.2.2)', () => {
  it('derives the accept value of the RFC §1.3 example key', () => {
    expect(websocketAccept('dGhlIHNhbXBsZSBub25jZQ==')).toBe('s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
  });

  it('accepts only keys that are base64 of 16 bytes', () => {
    expect(isValidWebSocketKey('dGhlIHNhbXBsZSBub25jZQ==')).toBe(true);
    expect(isValidWebSocketKey('short')).toBe(false);
    expect(isValidWebSocketKey(undefined)).toBe(false);
  });
});

describe('frames psvis sends (RFC 6455 §5.7 examples)', () => {
  it('writes an unmasked single-frame text message', () => {
    expect(Buffer.from(encodeFrame(Opcode.text, new TextEncoder().encode('Hello'))).toString('hex')).toBe(
      '810548656c6c6f',
    );
  });

  it('uses the 16-bit length for 256 bytes and the 64-bit length for 64 KiB', () => {
    expect(Buffer.from(encodeFrameHeader(Opcode.binary, 256)).toString('hex')).toBe('827e0100');
    expect(Buffer.from(encodeFrameHeader(Opcode.binary, 65536)).toString('hex')).toBe('827f0000000000010000');
    expect(Buffer.from(encodeFrameHeader(Opcode.binary, 125)).toString('hex')).toBe('827d');
  });

  it('round-trips a close payload', () => {
    expect(decodeClosePayload(encodeClosePayload(1001, 'bye'))).toEqual({ code: 1001, reason: 'bye' });
    expect(decodeClosePayload(new Uint8Array(0))).toEqual({ code: 1005, reason: '' });
  });
});

describe('the decoder of client frames', () => {
  it('unmasks the RFC §5.7 masked "Hello" and leaves its input untouched', () => {
    const input = hex('818537fa213d7f9f4d5158');
    const copy = input.slice();
    const [msg] = new WebSocketFrameDecoder().push(input);
    expect(msg?.opcode).toBe(Opcode.text);
    expect(new TextDecoder().decode(msg?.payload)).toBe('Hello');
    expect(input).toEqual(copy);
  });

  it('reassembles a fragmented message with a ping between its fragments (§5.4)', () => {
    const d = new WebSocketFrameDecoder();
    const first = encodeFrame(Opcode.text, new TextEncoder().encode('Hel'), MASK);
    first[0] = (first[0] ?? 0) & 0x7f; // FIN off
    const ping = encodeFrame(Opcode.ping, new TextEncoder().encode('p'), MASK);
    const last = encodeFrame(Opcode.continuation, new TextEncoder().encode('lo'), MASK);
    const out = d.push(Uint8Array.from([...first, ...ping, ...last]));
    expect(out.map((m) => [m.opcode, new TextDecoder().decode(m.payload)])).toEqual([
      [Opcode.ping, 'p'],
      [Opcode.text, 'Hello'],
    ]);
  });

  it('returns nothing until a frame is complete, whatever the chunking', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 / 10 }), fc.integer({ min: 1, max: 50 }), (payload, step) => {
        const frame = encodeFrame(Opcode.binary, payload, MASK);
        const d = new WebSocketFrameDecoder();
        const got: Uint8Array[] = [];
        for (let i = 0; i < frame.length; i += step) {
          for (const m of d.push(frame.slice(i, i + step))) got.push(m.payload);
        }
        expect(got).toEqual([payload]);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses unmasked client frames (§5.1)', () => {
    expect(codeOf(() => new WebSocketFrameDecoder().push(hex('810548656c6c6f')))).toBe('PSVIS_ERR_WEBSOCKET_PROTOCOL');
  });

  it('refuses a fragmented or oversized control frame (§5.5)', () => {
    const ping = encodeFrame(Opcode.ping, new Uint8Array(126), MASK);
    expect(() => new WebSocketFrameDecoder().push(ping)).toThrow(/125 bytes/);
  });

  it('refuses a message over the bound before reading its payload', () => {
    const header = encodeFrameHeader(Opcode.binary, MAX_CLIENT_MESSAGE_BYTES + 1, MASK);
    expect(codeOf(() => new WebSocketFrameDecoder().push(header))).toBe('PSVIS_ERR_WEBSOCKET_MESSAGE_TOO_BIG');
  });

  it('refuses reserved bits and unknown opcodes', () => {
    expect(() => new WebSocketFrameDecoder().push(hex('c18037fa213d'))).toThrow(/reserved/);
    expect(() => new WebSocketFrameDecoder().push(hex('838037fa213d'))).toThrow(/opcode/);
  });

  it('never throws anything but a PsvisError on random input', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          new WebSocketFrameDecoder().push(bytes);
        } catch (err) {
          expect((err as { code?: string }).code).toMatch(/^PSVIS_ERR_WEBSOCKET_/);
        }
      }),
    );
  });
});
