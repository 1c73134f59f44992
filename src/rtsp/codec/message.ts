// RTSP 1.0 messages (RFC 2326 §6 request, §7 response) and their serialization.
// Pure: strings and bytes in, bytes out.
import { PsvisError } from '../../errors/psvis-error.ts';

/** Largest RTSP message (start line, headers and body) psvis accepts or sends. */
export const MAX_RTSP_MESSAGE_BYTES = 64 * 1024;
/** Most header lines one message may carry; real cameras send fewer than 20. */
export const MAX_RTSP_HEADER_COUNT = 64;
/** Longest single line (start line or header line, folded continuations included). */
export const MAX_RTSP_LINE_BYTES = 8 * 1024;

/** Header fields in wire order; names keep their case, lookups ignore it (RFC 2326 §4.2 via HTTP). */
export type RtspHeaders = readonly (readonly [name: string, value: string])[];

/** An RTSP request (RFC 2326 §6). */
export interface RtspRequest {
  readonly kind: 'request';
  readonly method: string;
  readonly uri: string;
  readonly headers: RtspHeaders;
  /** Body bytes (Content-Length of them); empty when there is none. */
  readonly body: Uint8Array;
}

/** An RTSP response (RFC 2326 §7). */
export interface RtspResponse {
  readonly kind: 'response';
  readonly statusCode: number;
  readonly reason: string;
  readonly headers: RtspHeaders;
  readonly body: Uint8Array;
}

/** One binary frame interleaved in the RTSP connection (RFC 2326 §10.12): `$`, channel, length, data. */
export interface InterleavedFrame {
  readonly kind: 'interleaved';
  readonly channel: number;
  readonly payload: Uint8Array;
}

/** What the framer yields from a TCP byte stream. */
export type RtspItem = RtspRequest | RtspResponse | InterleavedFrame;

const EMPTY = new Uint8Array(0);
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** First value of a header, case-insensitively; undefined when absent. */
export function getHeader(headers: RtspHeaders, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [n, v] of headers) if (n.toLowerCase() === lower) return v;
  return undefined;
}

/** Every value of a header in order (WWW-Authenticate may appear once per scheme, RFC 2617 §1.2). */
export function getHeaders(headers: RtspHeaders, name: string): string[] {
  const lower = name.toLowerCase();
  const out: string[] = [];
  for (const [n, v] of headers) if (n.toLowerCase() === lower) out.push(v);
  return out;
}

/** Body as UTF-8 text (SDP is UTF-8 per RFC 4566 §5 with a=charset absent). */
export function bodyText(message: RtspRequest | RtspResponse): string {
  return decoder.decode(message.body);
}

/** Builds a request; `body` may be text or bytes. */
export function makeRequest(
  method: string,
  uri: string,
  headers: RtspHeaders,
  body: Uint8Array | string = EMPTY,
): RtspRequest {
  return { kind: 'request', method, uri, headers, body: typeof body === 'string' ? encoder.encode(body) : body };
}

/** Builds a response; the reason phrase defaults to RFC 2326 §7.1.1's. */
export function makeResponse(
  statusCode: number,
  headers: RtspHeaders,
  body: Uint8Array | string = EMPTY,
  reason: string = reasonPhrase(statusCode),
): RtspResponse {
  return {
    kind: 'response',
    statusCode,
    reason,
    headers,
    body: typeof body === 'string' ? encoder.encode(body) : body,
  };
}

const REASONS: Readonly<Record<number, string>> = {
  200: 'OK',
  301: 'Moved Permanently',
  302: 'Moved Temporarily',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  454: 'Session Not Found',
  455: 'Method Not Valid in This State',
  459: 'Aggregate Operation Not Allowed',
  461: 'Unsupported Transport',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
  505: 'RTSP Version Not Supported',
};

/** The reason phrase RFC 2326 §7.1.1 gives a status code. */
export function reasonPhrase(statusCode: number): string {
  return REASONS[statusCode] ?? 'Unknown';
}

function checkToken(text: string, what: string): void {
  // A CR or LF in a header would let a value inject headers or a second message.
  if (/[\r\n]/.test(text)) {
    throw new PsvisError('PSVIS_ERR_RTSP_MALFORMED', `RTSP ${what} contains a line break`, { what });
  }
}

function serialize(startLine: string, headers: RtspHeaders, body: Uint8Array): Uint8Array {
  checkToken(startLine, 'start line');
  let head = startLine + '\r\n';
  let wroteLength = false;
  for (const [name, value] of headers) {
    checkToken(name, 'header name');
    checkToken(value, 'header value');
    if (name.toLowerCase() === 'content-length') {
      // The body decides the length (RFC 2326 §12.14); a stale value would desynchronise the peer.
      if (wroteLength) continue;
      wroteLength = true;
      if (body.length === 0 && value === '0') {
        head += `${name}: 0\r\n`;
      } else if (body.length > 0) {
        head += `${name}: ${body.length}\r\n`;
      }
      continue;
    }
    head += `${name}: ${value}\r\n`;
  }
  if (!wroteLength && body.length > 0) head += `Content-Length: ${body.length}\r\n`;
  head += '\r\n';
  const headBytes = encoder.encode(head);
  if (headBytes.length + body.length > MAX_RTSP_MESSAGE_BYTES) {
    throw new PsvisError('PSVIS_ERR_RTSP_MESSAGE_TOO_LARGE', 'RTSP message exceeds the size limit', {
      bytes: headBytes.length + body.length,
      maxBytes: MAX_RTSP_MESSAGE_BYTES,
    });
  }
  const out = new Uint8Array(headBytes.length + body.length);
  out.set(headBytes, 0);
  out.set(body, headBytes.length);
  return out;
}

/** Wire bytes of a request: `METHOD uri RTSP/1.0`, headers, blank line, body (RFC 2326 §6). */
export function serializeRequest(request: Omit<RtspRequest, 'kind'>): Uint8Array {
  if (!/^[A-Za-z_-]+$/.test(request.method) || /\s/.test(request.uri) || request.uri === '') {
    throw new PsvisError('PSVIS_ERR_RTSP_MALFORMED', 'RTSP request line is not valid', {
      method: request.method,
      uri: request.uri,
    });
  }
  return serialize(`${request.method} ${request.uri} RTSP/1.0`, request.headers, request.body);
}

/** Wire bytes of a response: `RTSP/1.0 code reason`, headers, blank line, body (RFC 2326 §7). */
export function serializeResponse(response: Omit<RtspResponse, 'kind'>): Uint8Array {
  if (!Number.isInteger(response.statusCode) || response.statusCode < 100 || response.statusCode > 999) {
    throw new PsvisError('PSVIS_ERR_RTSP_MALFORMED', 'RTSP status code is not three digits', {
      statusCode: response.statusCode,
    });
  }
  return serialize(`RTSP/1.0 ${response.statusCode} ${response.reason}`, response.headers, response.body);
}

/** Wire bytes of an interleaved frame (RFC 2326 §10.12): one copy of the payload. */
export function serializeInterleaved(channel: number, payload: Uint8Array): Uint8Array {
  if (!Number.isInteger(channel) || channel < 0 || channel > 255 || payload.length > 0xffff) {
    throw new PsvisError('PSVIS_ERR_RTSP_MALFORMED', 'interleaved frame channel or length out of range', {
      channel,
      bytes: payload.length,
    });
  }
  const out = new Uint8Array(4 + payload.length);
  out[0] = 0x24;
  out[1] = channel;
  out[2] = payload.length >> 8;
  out[3] = payload.length & 0xff;
  out.set(payload, 4);
  return out;
}
