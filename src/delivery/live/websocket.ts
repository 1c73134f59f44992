// The WebSocket adapter around the pure codec: completes the opening handshake on a node:http
// 'upgrade' socket (RFC 6455 §4.2.2), writes unmasked frames out, answers pings (§5.5.2) and runs
// the closing handshake (§5.5.1, §7). It owns no policy: the live viewer decides what to send.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { isPsvisError } from '../../errors/psvis-error.ts';
import {
  CloseCode,
  Opcode,
  WebSocketFrameDecoder,
  decodeClosePayload,
  encodeClosePayload,
  encodeFrame,
  encodeFrameHeader,
  isValidWebSocketKey,
  websocketAccept,
} from './websocket-codec.ts';

/** How long a closing handshake may take before the socket is destroyed (§7.1.1). */
export const CLOSE_TIMEOUT_MS = 2000;

/** Writes a plain HTTP error on an upgrade socket and ends it (the handshake was refused). */
export function refuseUpgrade(socket: Duplex, status: number, body: Record<string, unknown>): void {
  const text = JSON.stringify(body);
  const reason =
    status === 401 ? 'Unauthorized' : status === 404 ? 'Not Found' : status === 403 ? 'Forbidden' : 'Bad Request';
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
  );
}

/** True when the request asks for a WebSocket upgrade with a valid key and version 13 (§4.2.1). */
export function isWebSocketRequest(req: IncomingMessage): boolean {
  return (
    req.method === 'GET' &&
    (req.headers.upgrade ?? '').toLowerCase() === 'websocket' &&
    req.headers['sec-websocket-version'] === '13' &&
    isValidWebSocketKey(req.headers['sec-websocket-key'])
  );
}

/** One accepted WebSocket: binary and text out, control frames handled, close reported once. */
export class WebSocketConnection {
  private readonly decoder = new WebSocketFrameDecoder();
  private closing = false;
  private closed = false;
  private closeListeners: ((code: number) => void)[] = [];
  private drainListeners: (() => void)[] = [];

  /** Completes the handshake for `req` on `socket` (call isWebSocketRequest first). */
  constructor(
    req: IncomingMessage,
    private readonly socket: Duplex,
    head: Buffer,
  ) {
    const accept = websocketAccept(req.headers['sec-websocket-key'] ?? '');
    socket.write(
      'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        `Sec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    // Live media wants each fragment on the wire now, not after Nagle's delay.
    (socket as Partial<{ setNoDelay: (on: boolean) => void }>).setNoDelay?.(true);
    socket.on('data', (chunk: Buffer) => {
      this.onData(chunk);
    });
    socket.on('drain', () => {
      for (const l of this.drainListeners) l();
    });
    socket.on('error', () => {
      socket.destroy();
    });
    socket.on('close', () => {
      this.finish(this.closing ? CloseCode.normal : 1006);
    });
    if (head.length > 0) this.onData(head);
  }

  /** Bytes written but not yet taken by the kernel (the socket's own buffer). */
  get bufferedBytes(): number {
    return (this.socket as Partial<{ writableLength: number }>).writableLength ?? 0;
  }

  /** False once a close began. */
  get open(): boolean {
    return !this.closing && !this.closed;
  }

  /** Called once when the connection is gone, with the close code (1006: dropped without a close). */
  onClose(listener: (code: number) => void): void {
    this.closeListeners.push(listener);
  }

  /** Called when the socket's buffer has drained. */
  onDrain(listener: () => void): void {
    this.drainListeners.push(listener);
  }

  /** Sends a text message. */
  sendText(text: string): void {
    if (!this.open) return;
    this.socket.write(encodeFrame(Opcode.text, new TextEncoder().encode(text)));
  }

  /**
   * Sends one binary message made of `chunks` (written in order, never concatenated).
   * `onWritten` is called once the socket is done with the chunks: written to the kernel, or
   * dropped because the connection closed (at once when it is not open).
   */
  sendBinary(chunks: readonly Uint8Array[], byteLength: number, onWritten?: () => void): void {
    if (!this.open) {
      onWritten?.();
      return;
    }
    // One writev for header and chunks: the fragment leaves in as few TCP segments as it can.
    const s = this.socket;
    s.cork();
    s.write(encodeFrameHeader(Opcode.binary, byteLength));
    const last = chunks.length - 1;
    for (let i = 0; i < last; i++) s.write(chunks[i]);
    // A stream calls write callbacks in order, and with an error for writes a destroy cut off.
    if (last >= 0)
      s.write(
        chunks[last],
        onWritten === undefined
          ? undefined
          : () => {
              onWritten();
            },
      );
    else onWritten?.();
    s.uncork();
  }

  /** Starts the closing handshake; the socket is destroyed if the peer does not answer in time. */
  close(code: number = CloseCode.normal, reason = ''): void {
    if (this.closing || this.closed) return;
    this.closing = true;
    this.socket.end(encodeFrame(Opcode.close, encodeClosePayload(code, reason)));
    setTimeout(() => {
      this.socket.destroy();
    }, CLOSE_TIMEOUT_MS).unref();
  }

  private onData(chunk: Buffer): void {
    let messages;
    try {
      messages = this.decoder.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
    } catch (err) {
      const tooBig = isPsvisError(err) && err.code === 'PSVIS_ERR_WEBSOCKET_MESSAGE_TOO_BIG';
      this.close(tooBig ? CloseCode.tooBig : CloseCode.protocolError, isPsvisError(err) ? err.message : 'bad frame');
      return;
    }
    for (const m of messages) {
      if (m.opcode === Opcode.ping && this.open) this.socket.write(encodeFrame(Opcode.pong, m.payload));
      else if (m.opcode === Opcode.close) {
        // Echo the peer's code (§5.5.1), then the server closes the TCP connection first (§7.1.1).
        if (!this.closing) {
          this.closing = true;
          const { code } = decodeClosePayload(m.payload);
          // 1005 means "no code" and must not itself be sent (§7.4.1): echo an empty close then.
          const payload = code === 1005 ? new Uint8Array(0) : encodeClosePayload(code);
          this.socket.end(encodeFrame(Opcode.close, payload));
        }
      }
      // Viewers have nothing to say yet: text and binary messages are ignored.
    }
  }

  private finish(code: number): void {
    if (this.closed) return;
    this.closed = true;
    for (const l of this.closeListeners) l(code);
    this.closeListeners = [];
    this.drainListeners = [];
  }
}
