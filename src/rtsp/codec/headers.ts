// Structured RTSP header values: Transport (RFC 2326 §12.39), Session (§12.37), Range npt
// (§3.6, §12.29), RTP-Info (§12.33), Public (§12.28). Pure string work.
import { PsvisError } from '../../errors/psvis-error.ts';

/** One transport specification of a Transport header (RFC 2326 §12.39). */
export interface TransportSpec {
  /** `RTP/AVP` (UDP implied), `RTP/AVP/UDP`, `RTP/AVP/TCP`, or another profile as sent. */
  readonly protocol: string;
  readonly lowerTransport: 'UDP' | 'TCP';
  /** `unicast` (true), `multicast` (false); RFC 2326 §12.39 leaves it optional, unicast assumed. */
  readonly unicast: boolean;
  readonly interleaved?: readonly [number, number];
  readonly clientPort?: readonly [number, number];
  readonly serverPort?: readonly [number, number];
  readonly port?: readonly [number, number];
  /** Synchronization source the server will use, 8 hex digits on the wire. */
  readonly ssrc?: number;
  readonly mode?: string;
  readonly destination?: string;
  readonly source?: string;
  readonly ttl?: number;
}

function invalid(header: string, value: string): PsvisError {
  return new PsvisError('PSVIS_ERR_RTSP_MALFORMED', `RTSP ${header} header is not valid`, { header, value });
}

function parsePair(text: string, header: string, max: number): [number, number] {
  const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text.trim());
  if (m === null) throw invalid(header, text);
  const a = Number(m[1]);
  // A single number means the pair starting there (RFC 2326 §12.39 port and interleaved ranges).
  const b = m[2] === undefined ? a + 1 : Number(m[2]);
  if (a > max || b > max) throw invalid(header, text);
  return [a, b];
}

function unquote(text: string): string {
  const t = text.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
}

/** Parses one Transport header into its specifications, in preference order. */
export function parseTransport(value: string): TransportSpec[] {
  const specs: TransportSpec[] = [];
  for (const specText of value.split(',')) {
    if (specText.trim() === '') continue;
    const parts = specText.split(';').map((p) => p.trim());
    const protocol = parts[0] ?? '';
    if (!/^[A-Za-z0-9]+\/[A-Za-z0-9]+(\/[A-Za-z]+)?$/.test(protocol)) throw invalid('Transport', value);
    const lower = protocol.split('/')[2]?.toUpperCase();
    const spec: {
      -readonly [K in keyof TransportSpec]: TransportSpec[K];
    } = { protocol, lowerTransport: lower === 'TCP' ? 'TCP' : 'UDP', unicast: true };
    for (const param of parts.slice(1)) {
      if (param === '') continue;
      const eq = param.indexOf('=');
      const name = (eq < 0 ? param : param.slice(0, eq)).trim().toLowerCase();
      const arg = eq < 0 ? '' : unquote(param.slice(eq + 1));
      switch (name) {
        case 'unicast':
          spec.unicast = true;
          break;
        case 'multicast':
          spec.unicast = false;
          break;
        case 'interleaved':
          spec.interleaved = parsePair(arg, 'Transport', 255);
          break;
        case 'client_port':
          spec.clientPort = parsePair(arg, 'Transport', 65535);
          break;
        case 'server_port':
          spec.serverPort = parsePair(arg, 'Transport', 65535);
          break;
        case 'port':
          spec.port = parsePair(arg, 'Transport', 65535);
          break;
        case 'ssrc': {
          // §12.39 says 8 hex digits; some servers send fewer, which still parse as hex.
          if (/^[0-9A-Fa-f]{1,8}$/.test(arg)) spec.ssrc = parseInt(arg, 16) >>> 0;
          break;
        }
        case 'mode':
          spec.mode = arg.toUpperCase();
          break;
        case 'destination':
          if (arg !== '') spec.destination = arg;
          break;
        case 'source':
          if (arg !== '') spec.source = arg;
          break;
        case 'ttl':
          if (/^\d{1,3}$/.test(arg)) spec.ttl = Number(arg);
          break;
        default:
          // Unknown parameters are ignored (§12.39 lets transports add their own).
          break;
      }
    }
    specs.push(spec);
  }
  if (specs.length === 0) throw invalid('Transport', value);
  return specs;
}

/** Formats one transport specification, e.g. `RTP/AVP/TCP;unicast;interleaved=0-1`. */
export function formatTransport(spec: TransportSpec): string {
  const parts = [spec.protocol, spec.unicast ? 'unicast' : 'multicast'];
  if (spec.destination !== undefined) parts.push(`destination=${spec.destination}`);
  if (spec.source !== undefined) parts.push(`source=${spec.source}`);
  if (spec.interleaved !== undefined) parts.push(`interleaved=${spec.interleaved[0]}-${spec.interleaved[1]}`);
  if (spec.ttl !== undefined) parts.push(`ttl=${spec.ttl}`);
  if (spec.port !== undefined) parts.push(`port=${spec.port[0]}-${spec.port[1]}`);
  if (spec.clientPort !== undefined) parts.push(`client_port=${spec.clientPort[0]}-${spec.clientPort[1]}`);
  if (spec.serverPort !== undefined) parts.push(`server_port=${spec.serverPort[0]}-${spec.serverPort[1]}`);
  if (spec.ssrc !== undefined) parts.push(`ssrc=${spec.ssrc.toString(16).toUpperCase().padStart(8, '0')}`);
  if (spec.mode !== undefined) parts.push(`mode="${spec.mode}"`);
  return parts.join(';');
}

/** RFC 2326 §12.37: the session timeout when the server names none. */
export const DEFAULT_SESSION_TIMEOUT_S = 60;

/** A Session header: identifier and the server's inactivity timeout. */
export interface SessionHeader {
  readonly id: string;
  readonly timeoutS: number;
}

/** Parses `Session: 12345678;timeout=60` (RFC 2326 §12.37). */
export function parseSession(value: string): SessionHeader {
  const parts = value.split(';').map((p) => p.trim());
  const id = parts[0] ?? '';
  // session-id is 1*( ALPHA | DIGIT | safe ), §3.4; we accept any visible characters but no spaces.
  if (!/^[\x21-\x7e]{1,256}$/.test(id)) throw invalid('Session', value);
  let timeoutS = DEFAULT_SESSION_TIMEOUT_S;
  for (const p of parts.slice(1)) {
    const m = /^timeout\s*=\s*"?(\d{1,6})"?$/i.exec(p);
    // A zero timeout would make keep-alive spin; such cameras get the default.
    if (m !== null && Number(m[1]) > 0) timeoutS = Number(m[1]);
  }
  return { id, timeoutS };
}

/** Formats a Session header; the timeout is included only when it is not the default. */
export function formatSession(session: SessionHeader): string {
  return session.timeoutS === DEFAULT_SESSION_TIMEOUT_S ? session.id : `${session.id};timeout=${session.timeoutS}`;
}

/** A Range in normal play time (RFC 2326 §3.6); `startS` undefined means `now`. */
export interface NptRange {
  readonly startS?: number;
  readonly endS?: number;
}

function parseNptTime(text: string): number | undefined {
  if (text === '' || text === 'now') return undefined;
  const hms = /^(\d+):(\d{1,2}):(\d{1,2}(?:\.\d*)?)$/.exec(text);
  if (hms !== null) return Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3]);
  if (/^\d+(?:\.\d*)?$/.test(text)) return Number(text);
  throw invalid('Range', text);
}

/** Parses `npt=0.000-` / `npt=now-` / `npt=1:02:03.5-1:03:00` (RFC 2326 §3.6). */
export function parseRange(value: string): NptRange {
  const m = /^\s*npt\s*=\s*([^-\s;]*)\s*-\s*([^;\s]*)/i.exec(value);
  if (m === null) throw invalid('Range', value);
  const startS = parseNptTime(m[1] ?? '');
  const endS = parseNptTime(m[2] ?? '');
  return { ...(startS !== undefined && { startS }), ...(endS !== undefined && { endS }) };
}

/** Formats a Range header in npt, three decimals as cameras send it. */
export function formatRange(range: NptRange): string {
  const start = range.startS === undefined ? 'now' : range.startS.toFixed(3);
  const end = range.endS === undefined ? '' : range.endS.toFixed(3);
  return `npt=${start}-${end}`;
}

/** One stream's entry in an RTP-Info header (RFC 2326 §12.33). */
export interface RtpInfoEntry {
  readonly url: string;
  readonly seq?: number;
  readonly rtptime?: number;
}

/** Parses an RTP-Info header; entries are split at `,url=` since URLs may hold commas. */
export function parseRtpInfo(value: string): RtpInfoEntry[] {
  const entries: RtpInfoEntry[] = [];
  for (const entryText of value.split(/,\s*(?=url=)/i)) {
    let url: string | undefined;
    let seq: number | undefined;
    let rtptime: number | undefined;
    for (const param of entryText.split(';')) {
      const eq = param.indexOf('=');
      if (eq < 0) continue;
      const name = param.slice(0, eq).trim().toLowerCase();
      const arg = param.slice(eq + 1).trim();
      if (name === 'url') url = unquote(arg);
      else if (name === 'seq' && /^\d{1,5}$/.test(arg) && Number(arg) <= 0xffff) seq = Number(arg);
      else if (name === 'rtptime' && /^\d{1,10}$/.test(arg) && Number(arg) <= 0xffffffff) rtptime = Number(arg);
    }
    if (url === undefined) continue;
    entries.push({ url, ...(seq !== undefined && { seq }), ...(rtptime !== undefined && { rtptime }) });
  }
  return entries;
}

/** Formats an RTP-Info header. */
export function formatRtpInfo(entries: readonly RtpInfoEntry[]): string {
  return entries
    .map((e) => {
      let s = `url=${e.url}`;
      if (e.seq !== undefined) s += `;seq=${e.seq}`;
      if (e.rtptime !== undefined) s += `;rtptime=${e.rtptime}`;
      return s;
    })
    .join(',');
}

/** Method names in a Public header (RFC 2326 §12.28), upper-cased. */
export function parsePublic(value: string): string[] {
  return value
    .split(',')
    .map((m) => m.trim().toUpperCase())
    .filter((m) => m !== '');
}
