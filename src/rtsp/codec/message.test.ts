// RTSP message codec and framer: vectors from RFC 2326 and from camera exchanges published in
// issue threads, round trips, random chunking and fuzzing.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PsvisError } from '../../errors/psvis-error.ts';
import { RtspFramer } from './framer.ts';
import {
  MAX_RTSP_MESSAGE_BYTES,
  bodyText,
  getHeader,
  getHeaders,
  makeRequest,
  makeResponse,
  serializeInterleaved,
  serializeRequest,
  serializeResponse,
  type RtspItem,
} from './message.ts';

const enc = new TextEncoder();

// RFC 2326 §14.2 (streaming of a container file): DESCRIBE and its answer, CRLF added.
const RFC2326_DESCRIBE = 'DESCRIBE rtsp://foo/twister RTSP/1.0\r\nCSeq: 1\r\n\r\n';
const RFC2326_SDP =
  'v=0\r\no=- 2890844256 2890842807 IN IP4 172.16.2.93\r\ns=RTSP Session\r\ni=An Example of RTSP Session Usage\r\na=control:rtsp://foo/twister\r\nt=0 0\r\nm=audio 0 RTP/AVP 0\r\na=control:rtsp://foo/twister/audio\r\nm=video 0 RTP/AVP 26\r\na=control:rtsp://foo/twister/video\r\n';
const RFC2326_DESCRIBE_REPLY = `RTSP/1.0 200 OK\r\nCSeq: 1\r\nContent-Type: application/sdp\r\nContent-Length: ${RFC2326_SDP.length}\r\n\r\n${RFC2326_SDP}`;
const RFC2326_SETUP =
  'SETUP rtsp://foo/twister/audio RTSP/1.0\r\nCSeq: 2\r\nTransport: RTP/AVP;unicast;client_port=8000-8001\r\n\r\n';
const RFC2326_SETUP_REPLY =
  'RTSP/1.0 200 OK\r\nCSeq: 2\r\nTransport: RTP/AVP;unicast;client_port=8000-8001;server_port=9000-9001\r\nSession: 12345678\r\n\r\n';

// Dahua camera 401 as captured in scottlamb/retina#62.
const DAHUA_401 =
  'RTSP/1.0 401 Unauthorized\r\nCSeq: 1\r\nWWW-Authenticate: Digest realm="Login to 4K01FD2PAJ6E3FF", nonce="203c8d27b595204504dfa65fd22586bd"\r\n\r\n';
// Hikvision answer with two challenges, one header each, as logged in google/ExoPlayer#9800.
const HIKVISION_401 =
  'RTSP/1.0 401 Unauthorized\r\nCSeq: 1\r\nWWW-Authenticate: Digest realm="IP Camera(C1214)", nonce="0191a41d87c28cd52b3e9c8adc99291c", stale="FALSE"\r\nWWW-Authenticate: Basic realm="IP Camera(C1214)"\r\nDate:  Tue, Dec 21 2021 12:08:36 GMT\r\n\r\n';

function interleaved(channel: number, length: number, fill: number): Uint8Array {
  return serializeInterleaved(channel, new Uint8Array(length).fill(fill));
}

/** A recorded-looking session: RTSP exchange, then interleaved RTP/RTCP mixed with a keep-alive answer. */
function recordedSession(): Uint8Array {
  const parts: Uint8Array[] = [
    enc.encode(RFC2326_DESCRIBE_REPLY),
    enc.encode(RFC2326_SETUP_REPLY),
    interleaved(0, 1400, 0xaa),
    interleaved(1, 52, 0xbb),
    enc.encode('RTSP/1.0 200 OK\r\nCSeq: 5\r\nSession: 12345678\r\n\r\n'),
    interleaved(0, 0, 0),
    interleaved(2, 65535, 0x24),
    enc.encode(DAHUA_401),
  ];
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Items with bodies and payloads replaced by digests: deep equality on 64-KiB arrays is slow. */
function summary(items: RtspItem[]): string[] {
  return items.map((i) => {
    const bytes = i.kind === 'interleaved' ? i.payload : i.body;
    const digest = createHash('sha256').update(bytes).digest('hex');
    const head = i.kind === 'interleaved' ? `$${i.channel}` : JSON.stringify({ ...i, body: undefined });
    return `${head}:${bytes.length}:${digest}`;
  });
}

function pushAll(framer: RtspFramer, bytes: Uint8Array, cuts: number[]): RtspItem[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const items: RtspItem[] = [];
  let prev = 0;
  for (const p of [...points, bytes.length]) {
    items.push(...framer.push(bytes.subarray(prev, p)));
    prev = p;
  }
  return items;
}

describe('RtspFramer', () => {
  it('parses RFC 2326 §14.2 DESCRIBE request and its SDP answer', () => {
    const f = new RtspFramer();
    const [req] = f.push(enc.encode(RFC2326_DESCRIBE));
    expect(req).toMatchObject({ kind: 'request', method: 'DESCRIBE', uri: 'rtsp://foo/twister' });
    const [res] = f.push(enc.encode(RFC2326_DESCRIBE_REPLY));
    expect(res?.kind).toBe('response');
    if (res?.kind !== 'response') return;
    expect(res.statusCode).toBe(200);
    expect(getHeader(res.headers, 'content-type')).toBe('application/sdp');
    expect(bodyText(res)).toBe(RFC2326_SDP);
    expect(f.bufferedBytes).toBe(0);
  });

  it('keeps both WWW-Authenticate headers of a Hikvision 401 (ExoPlayer#9800)', () => {
    const [res] = new RtspFramer().push(enc.encode(HIKVISION_401));
    expect(res?.kind === 'response' && getHeaders(res.headers, 'www-authenticate')).toHaveLength(2);
  });

  it('tolerates LF-only lines, lower-case names and folded headers', () => {
    const text = 'RTSP/1.0 200 OK\ncseq: 3\nsession: abc;\n timeout=30\ncontent-length: 2\n\nhi';
    const [res] = new RtspFramer().push(enc.encode(text));
    expect(res?.kind).toBe('response');
    if (res?.kind !== 'response') return;
    expect(getHeader(res.headers, 'CSeq')).toBe('3');
    expect(getHeader(res.headers, 'Session')).toBe('abc; timeout=30');
    expect(bodyText(res)).toBe('hi');
  });

  it('feeds a range of a larger buffer as push takes the same bytes alone, handing frames as (bytes, offset, length)', () => {
    const frames = new Uint8Array([...interleaved(0, 40, 1), ...interleaved(1, 12, 2), ...enc.encode(HIKVISION_401)]);
    const buffer = new Uint8Array([9, 9, 9, ...frames, 7, 7]);
    const got: string[] = [];
    const viaFeed = new RtspFramer();
    viaFeed.feed(
      buffer,
      {
        interleaved: (channel, bytes, offset, length) => {
          expect(bytes).toBe(buffer); // no copy, no view: the caller's bytes and where the frame lies
          got.push(`$${channel}:${[...bytes.subarray(offset, offset + length)].join(',')}`);
        },
        message: (m) => got.push(m.kind),
      },
      3,
      3 + frames.length,
    );
    const expected = new RtspFramer()
      .push(frames)
      .map((i) => (i.kind === 'interleaved' ? `$${i.channel}:${[...i.payload].join(',')}` : i.kind));
    expect(got).toEqual(expected);
  });

  it('splits interleaved frames (RFC 2326 §10.12) and copies payloads out of its buffer', () => {
    const f = new RtspFramer();
    const input = new Uint8Array([...interleaved(0, 4, 7), ...interleaved(1, 2, 9)]);
    const copy = input.slice();
    const items = f.push(input);
    expect(items).toEqual([
      { kind: 'interleaved', channel: 0, payload: new Uint8Array([7, 7, 7, 7]) },
      { kind: 'interleaved', channel: 1, payload: new Uint8Array([9, 9]) },
    ]);
    expect(input).toEqual(copy);
    const first = items[0];
    f.push(interleaved(0, 4, 1));
    expect(first?.kind === 'interleaved' && [...first.payload]).toEqual([7, 7, 7, 7]);
  });

  it('resynchronises past garbage to the next $ or start line, counting skipped bytes', () => {
    const f = new RtspFramer();
    const junk = enc.encode('\x01\x02hello world\r\nNOT A START LINE\r\n');
    const items = f.push(new Uint8Array([...junk, ...enc.encode(RFC2326_SETUP_REPLY), ...interleaved(0, 3, 1)]));
    expect(items.map((i) => i.kind)).toEqual(['response', 'interleaved']);
    expect(f.skippedBytes).toBe(junk.length);
  });

  it('refuses a Content-Length beyond MAX_RTSP_MESSAGE_BYTES with PSVIS_ERR_RTSP_MESSAGE_TOO_LARGE', () => {
    const text = `RTSP/1.0 200 OK\r\nCSeq: 1\r\nContent-Length: ${MAX_RTSP_MESSAGE_BYTES}\r\n\r\n`;
    expect(() => new RtspFramer().push(enc.encode(text))).toThrow(
      expect.objectContaining({ code: 'PSVIS_ERR_RTSP_MESSAGE_TOO_LARGE' }) as Error,
    );
  });

  it('refuses an endless header block and too many headers', () => {
    const f = new RtspFramer();
    expect(() => f.push(enc.encode('RTSP/1.0 200 OK\r\n' + 'X: y\r\n'.repeat(20_000)))).toThrow(PsvisError);
    expect(() => new RtspFramer().push(enc.encode('RTSP/1.0 200 OK\r\n' + 'X: y\r\n'.repeat(100) + '\r\n'))).toThrow(
      expect.objectContaining({ code: 'PSVIS_ERR_RTSP_MALFORMED' }) as Error,
    );
  });

  it('yields the same items from a recorded session however it is chunked', () => {
    const session = recordedSession();
    const whole = new RtspFramer().push(session);
    const expected = summary(whole);
    expect(whole.map((i) => i.kind)).toEqual([
      'response',
      'response',
      'interleaved',
      'interleaved',
      'response',
      'interleaved',
      'interleaved',
      'response',
    ]);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: session.length }), { maxLength: 40 }), (cuts) => {
        expect(summary(pushAll(new RtspFramer(), session, cuts))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('byte-at-a-time pushing yields the same items', () => {
    const session = recordedSession();
    const f = new RtspFramer();
    const items: RtspItem[] = [];
    for (let i = 0; i < session.length; i++) items.push(...f.push(session.subarray(i, i + 1)));
    expect(summary(items)).toEqual(summary(new RtspFramer().push(session)));
  });

  it('random bytes throw nothing but PsvisError', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 2000 }), { maxLength: 10 }), (chunks) => {
        const f = new RtspFramer();
        for (const c of chunks) {
          try {
            f.push(c);
          } catch (err) {
            expect(err).toBeInstanceOf(PsvisError);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('random mutations of the recorded session throw nothing but PsvisError', () => {
    const session = recordedSession();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: session.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }),
        (edits) => {
          const mutated = session.slice();
          for (const [at, value] of edits) mutated[at] = value;
          try {
            new RtspFramer().push(mutated);
          } catch (err) {
            expect(err).toBeInstanceOf(PsvisError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('serializeRequest / serializeResponse', () => {
  it('round-trips the RFC 2326 §14.2 SETUP exchange byte for byte', () => {
    const [req] = new RtspFramer().push(enc.encode(RFC2326_SETUP));
    const [res] = new RtspFramer().push(enc.encode(RFC2326_SETUP_REPLY));
    if (req?.kind !== 'request' || res?.kind !== 'response') throw new Error('not parsed');
    expect(new TextDecoder().decode(serializeRequest(req))).toBe(RFC2326_SETUP);
    expect(new TextDecoder().decode(serializeResponse(res))).toBe(RFC2326_SETUP_REPLY);
  });

  it('round-trips generated requests with bodies and does not mutate them', () => {
    const token = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,15}$/);
    const value = fc.stringMatching(/^[!-~]([ -~]{0,40}[!-~])?$/);
    fc.assert(
      fc.property(
        fc.constantFrom('OPTIONS', 'DESCRIBE', 'SETUP', 'GET_PARAMETER'),
        fc.array(fc.tuple(token, value), { maxLength: 10 }),
        fc.uint8Array({ maxLength: 500 }),
        (method, headerPairs, body) => {
          const headers = headerPairs.filter(([n]) => n.toLowerCase() !== 'content-length');
          const request = makeRequest(method, 'rtsp://cam/ch1', headers, body);
          const frozen = JSON.stringify(request);
          const [parsed] = new RtspFramer().push(serializeRequest(request));
          expect(JSON.stringify(request)).toBe(frozen);
          expect(parsed).toMatchObject({ kind: 'request', method, uri: 'rtsp://cam/ch1', body });
          if (parsed?.kind !== 'request') return;
          const withoutLength = parsed.headers.filter(([n]) => n !== 'Content-Length');
          expect(withoutLength).toEqual(headers);
        },
      ),
    );
  });

  it('writes the body length whatever Content-Length was given', () => {
    const bytes = serializeResponse(makeResponse(200, [['Content-Length', '999']], 'abc'));
    expect(new TextDecoder().decode(bytes)).toBe('RTSP/1.0 200 OK\r\nContent-Length: 3\r\n\r\nabc');
  });

  it('refuses header injection with CR/LF', () => {
    expect(() => serializeRequest(makeRequest('OPTIONS', '*', [['X', 'a\r\nEvil: 1']]))).toThrow(
      expect.objectContaining({ code: 'PSVIS_ERR_RTSP_MALFORMED' }) as Error,
    );
  });
});
