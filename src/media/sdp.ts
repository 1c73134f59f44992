// SDP (RFC 4566) as RTSP cameras send it in DESCRIBE answers, and as psvis's simulator and
// restream write it. Parsing is lenient: every tolerated vendor quirk is named where it is handled.

import { PsvisError } from '../errors/psvis-error.ts';

/** Largest SDP psvis reads; real camera SDPs are 0.5-2 KiB. */
export const MAX_SDP_BYTES = 64 * 1024;
/** Most media sections psvis reads from one SDP. */
export const MAX_SDP_MEDIA = 32;

/** RFC 4566 §6 media direction attributes. */
export type SdpDirection = 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';

/** One a=rtpmap (RFC 4566 §6); the encoding name is upper-cased, since cameras vary its case. */
export interface SdpRtpMap {
  readonly payloadType: number;
  readonly encodingName: string;
  readonly clockRate: number;
  readonly channels?: number;
}

/** One attribute line, `a=name:value` or `a=name`. */
export interface SdpAttribute {
  readonly name: string;
  readonly value: string;
}

/** One m= section. */
export interface SdpMedia {
  readonly type: string;
  readonly port: number;
  readonly proto: string;
  /** The formats as written on the m= line. */
  readonly formats: readonly string[];
  /** The numeric formats (RTP payload types). */
  readonly payloadTypes: readonly number[];
  readonly rtpmaps: ReadonlyMap<number, SdpRtpMap>;
  /** a=fmtp parameters per payload type; names lower-cased (RFC 6184 §8.1: case-insensitive). */
  readonly fmtps: ReadonlyMap<number, ReadonlyMap<string, string>>;
  /** a=control as written. */
  readonly control?: string;
  /** The control URL resolved against Content-Base (or the request URL), when one was given. */
  readonly controlUrl?: string;
  readonly direction: SdpDirection;
  readonly attributes: readonly SdpAttribute[];
}

/** A parsed session description. */
export interface SdpSession {
  readonly origin?: string;
  readonly sessionName?: string;
  readonly control?: string;
  /** Aggregate control URL (RTSP PLAY/TEARDOWN), resolved like media control URLs. */
  readonly controlUrl?: string;
  readonly attributes: readonly SdpAttribute[];
  readonly media: readonly SdpMedia[];
}

/** Where relative a=control URLs are resolved from (RFC 2326 §C.1.1: Content-Base, else the request URL). */
export interface SdpBase {
  readonly requestUrl?: string;
  readonly contentBase?: string;
}

interface MutableMedia {
  type: string;
  port: number;
  proto: string;
  formats: string[];
  payloadTypes: number[];
  rtpmaps: Map<number, SdpRtpMap>;
  fmtps: Map<number, Map<string, string>>;
  control?: string;
  direction?: SdpDirection;
  attributes: SdpAttribute[];
}

const DIRECTIONS: ReadonlySet<string> = new Set(['sendrecv', 'sendonly', 'recvonly', 'inactive']);

function fail(reason: string, details: Record<string, unknown> = {}): never {
  throw new PsvisError('PSVIS_ERR_MEDIA_SDP', `unusable SDP: ${reason}`, details);
}

function isDirection(s: string): s is SdpDirection {
  return DIRECTIONS.has(s);
}

/** Resolves an a=control value against a base URL (RFC 2326 §C.1.1). */
export function resolveControlUrl(control: string | undefined, base: string | undefined): string | undefined {
  if (control === undefined || control === '' || control === '*') return base;
  // Hikvision and others send absolute URLs (rtsp://ip/Streaming/Channels/101/trackID=1): use as is.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(control)) return control;
  if (base === undefined) return undefined;
  if (control.startsWith('/')) {
    try {
      return new URL(control, base).toString();
    } catch {
      return undefined; // a base that is no URL resolves nothing
    }
  }
  // Not RFC 3986 merging: Dahua's Content-Base ends in a query ("...&proto=Onvif/"), and the
  // camera expects "trackID=0" appended to it, as ffmpeg and live555 do.
  return base.endsWith('/') ? base + control : `${base}/${control}`;
}

function parseFmtpParams(text: string): Map<string, string> {
  const params = new Map<string, string>();
  // Several cameras put spaces after ';' (go2rtc TestBugSDP4, MERCURY) or end with ';'.
  for (const part of text.split(';')) {
    const p = part.trim();
    if (p === '') continue;
    const eq = p.indexOf('=');
    // Split at the first '=' only: base64 values end in '=' padding.
    if (eq < 0) params.set(p.toLowerCase(), '');
    else params.set(p.slice(0, eq).trim().toLowerCase(), p.slice(eq + 1).trim());
  }
  return params;
}

function parseMediaLine(value: string): MutableMedia {
  const parts = value.split(/\s+/);
  const port = Number.parseInt((parts[1] ?? '').split('/')[0] ?? '', 10);
  const formats = parts.slice(3);
  const payloadTypes: number[] = [];
  for (const f of formats) {
    if (/^\d{1,3}$/.test(f) && Number(f) <= 127) payloadTypes.push(Number(f));
  }
  return {
    type: (parts[0] ?? '').toLowerCase(),
    port: Number.isFinite(port) ? port : 0,
    proto: parts[2] ?? '',
    formats,
    payloadTypes,
    rtpmaps: new Map(),
    fmtps: new Map(),
    attributes: [],
  };
}

function parseRtpmap(value: string): SdpRtpMap | undefined {
  const m = /^(\d{1,3})\s+([^/\s]+)\/(\d+)(?:\/(\d+))?/.exec(value);
  if (m === null) return undefined;
  const clockRate = Number(m[3]);
  const base = { payloadType: Number(m[1]), encodingName: (m[2] ?? '').toUpperCase(), clockRate };
  return m[4] === undefined ? base : { ...base, channels: Number(m[4]) };
}

/** Parses an SDP; relative a=control URLs are resolved against `base` when given. */
export function parseSdp(text: string, base: SdpBase = {}): SdpSession {
  if (text.length > MAX_SDP_BYTES) fail('longer than 64 KiB', { length: text.length });
  const sessionAttributes: SdpAttribute[] = [];
  const media: MutableMedia[] = [];
  let origin: string | undefined;
  let sessionName: string | undefined;
  let sessionControl: string | undefined;
  let sessionDirection: SdpDirection | undefined;
  let sawSdpLine = false;
  // LF-only line ends (many embedded RTSP servers) and lone CRs are accepted as well as CRLF.
  for (const raw of text.split(/\r\n|\n|\r/)) {
    // Trailing spaces (seen after fmtp lines) and indentation are dropped.
    const line = raw.trim();
    if (line.length < 2 || line[1] !== '=') continue; // not an SDP line: skipped, not fatal
    const key = line[0];
    const value = line.slice(2);
    const current = media[media.length - 1];
    if (key === 'v') sawSdpLine = true;
    else if (key === 'o' && current === undefined) origin = value;
    else if (key === 's' && current === undefined) sessionName = value;
    else if (key === 'm') {
      sawSdpLine = true;
      if (media.length >= MAX_SDP_MEDIA) fail('too many media sections', { max: MAX_SDP_MEDIA });
      media.push(parseMediaLine(value));
    } else if (key === 'a') {
      const colon = value.indexOf(':');
      const name = (colon < 0 ? value : value.slice(0, colon)).trim();
      const attrValue = colon < 0 ? '' : value.slice(colon + 1).trim();
      const attribute = { name, value: attrValue };
      const lname = name.toLowerCase();
      if (current === undefined) {
        sessionAttributes.push(attribute);
        if (lname === 'control') sessionControl = attrValue;
        else if (isDirection(lname)) sessionDirection = lname;
        continue;
      }
      current.attributes.push(attribute);
      if (lname === 'control')
        current.control ??= attrValue; // some cameras repeat it (go2rtc TestBugSDP1)
      else if (isDirection(lname)) current.direction = lname;
      else if (lname === 'rtpmap') {
        const map = parseRtpmap(attrValue);
        if (map !== undefined) current.rtpmaps.set(map.payloadType, map);
      } else if (lname === 'fmtp') {
        const m = /^(\d{1,3})\s*(.*)$/.exec(attrValue);
        if (m === null) continue;
        const pt = Number(m[1]);
        // Quirk (go2rtc TestBugSDP2): the video's a=fmtp:96 placed under the audio section.
        // Give it to the latest earlier section listing that payload type when this one does not.
        let owner = current;
        if (!current.payloadTypes.includes(pt) && !current.rtpmaps.has(pt)) {
          for (let i = media.length - 2; i >= 0; i--) {
            const earlier = media[i];
            if (earlier?.payloadTypes.includes(pt) === true) {
              owner = earlier;
              break;
            }
          }
        }
        owner.fmtps.set(pt, parseFmtpParams(m[2] ?? ''));
      }
    }
  }
  if (!sawSdpLine) fail('no v= or m= line', { length: text.length });
  // RFC 2326 §C.1.1: the base is Content-Base, else the request URL.
  const baseUrl = base.contentBase ?? base.requestUrl;
  const sessionControlUrl = resolveControlUrl(sessionControl, baseUrl);
  return {
    ...(origin === undefined ? {} : { origin }),
    // Quirk: some cameras omit s= (RFC 4566 requires it); the session name is then absent.
    ...(sessionName === undefined ? {} : { sessionName }),
    ...(sessionControl === undefined ? {} : { control: sessionControl }),
    ...(sessionControlUrl === undefined ? {} : { controlUrl: sessionControlUrl }),
    attributes: sessionAttributes,
    media: media.map((m) => {
      // Quirk: Dahua NVRs omit a=control on the audio section; such a section is set up at the
      // base URL, the aggregate one, as RFC 2326 §C.1.1 prescribes for a missing control.
      const controlUrl = resolveControlUrl(m.control, baseUrl);
      return {
        type: m.type,
        port: m.port,
        proto: m.proto,
        formats: m.formats,
        payloadTypes: m.payloadTypes,
        rtpmaps: m.rtpmaps,
        fmtps: m.fmtps,
        ...(m.control === undefined ? {} : { control: m.control }),
        ...(controlUrl === undefined ? {} : { controlUrl }),
        // RFC 4566 §6: a media direction overrides the session's; the default is sendrecv.
        direction: m.direction ?? sessionDirection ?? 'sendrecv',
        attributes: m.attributes,
      };
    }),
  };
}
