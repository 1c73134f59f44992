// RTCP compound packets (RFC 3550 §6.4-§6.6): parse SR, RR, SDES, BYE; build RR and SR; map RTP
// time to wall-clock time through the latest sender report (RFC 3550 §6.4.1).

import { PsvisError } from '../errors/psvis-error.ts';
import { rtpTimestampDiff } from './seq-unwrap.ts';

/** RFC 3550 §12.1 packet types. */
export const RTCP_TYPE = { SR: 200, RR: 201, SDES: 202, BYE: 203, APP: 204 } as const;
/** RFC 3550 §6.5: SDES item type of the canonical name. */
export const SDES_CNAME = 1;
/** A compound packet never exceeds a UDP datagram or an RTSP interleaved frame. */
export const MAX_RTCP_PACKET_BYTES = 0xffff;
/** Seconds from the NTP epoch (1900) to the Unix epoch (1970), RFC 868. */
export const NTP_UNIX_OFFSET_SECONDS = 2_208_988_800;

/** One reception report block (RFC 3550 §6.4.1). */
export interface RtcpReportBlock {
  readonly ssrc: number;
  /** Fraction lost since the last report, 0..255 (fixed point /256). */
  readonly fractionLost: number;
  /** Cumulative packets lost (24-bit signed). */
  readonly cumulativeLost: number;
  readonly extendedHighestSeq: number;
  readonly jitter: number;
  /** Middle 32 bits of the NTP timestamp of the last SR received (0 if none). */
  readonly lastSr: number;
  /** Delay since that SR, in 1/65536 s. */
  readonly delaySinceLastSr: number;
}

/** Sender report (RFC 3550 §6.4.1). */
export interface RtcpSenderReport {
  readonly type: 'sr';
  readonly ssrc: number;
  readonly ntpSeconds: number;
  readonly ntpFraction: number;
  readonly rtpTimestamp: number;
  readonly packetCount: number;
  readonly octetCount: number;
  readonly reports: readonly RtcpReportBlock[];
}

/** Receiver report (RFC 3550 §6.4.2). */
export interface RtcpReceiverReport {
  readonly type: 'rr';
  readonly ssrc: number;
  readonly reports: readonly RtcpReportBlock[];
}

/** Source description (RFC 3550 §6.5); item values decoded as UTF-8. */
export interface RtcpSdes {
  readonly type: 'sdes';
  readonly chunks: readonly { readonly ssrc: number; readonly items: readonly { type: number; value: string }[] }[];
}

/** Goodbye (RFC 3550 §6.6). */
export interface RtcpBye {
  readonly type: 'bye';
  readonly ssrcs: readonly number[];
  readonly reason?: string;
}

/** The RTCP packets psvis understands; others in a compound packet are skipped. */
export type RtcpPacket = RtcpSenderReport | RtcpReceiverReport | RtcpSdes | RtcpBye;

function fail(reason: string, details: Record<string, unknown> = {}): never {
  throw new PsvisError('PSVIS_ERR_MEDIA_RTCP', `malformed RTCP packet: ${reason}`, details);
}

function u32(b: Uint8Array, i: number): number {
  return ((b[i] ?? 0) * 0x1000000 + (((b[i + 1] ?? 0) << 16) | ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0))) >>> 0;
}

function putU32(b: Uint8Array, i: number, v: number): void {
  b[i] = (v >>> 24) & 0xff;
  b[i + 1] = (v >>> 16) & 0xff;
  b[i + 2] = (v >>> 8) & 0xff;
  b[i + 3] = v & 0xff;
}

const textDecoder = new TextDecoder('utf-8', { fatal: false });
const textEncoder = new TextEncoder();

function parseReportBlocks(b: Uint8Array, start: number, count: number, end: number): RtcpReportBlock[] {
  if (start + count * 24 > end) fail('report blocks run past the packet', { count });
  const reports: RtcpReportBlock[] = [];
  for (let i = 0; i < count; i++) {
    const o = start + i * 24;
    const lost24 = u32(b, o + 4) & 0xffffff;
    reports.push({
      ssrc: u32(b, o),
      fractionLost: b[o + 4] ?? 0,
      cumulativeLost: lost24 >= 0x800000 ? lost24 - 0x1000000 : lost24,
      extendedHighestSeq: u32(b, o + 8),
      jitter: u32(b, o + 12),
      lastSr: u32(b, o + 16),
      delaySinceLastSr: u32(b, o + 20),
    });
  }
  return reports;
}

function parseSdes(b: Uint8Array, start: number, count: number, end: number): RtcpSdes {
  const chunks: { ssrc: number; items: { type: number; value: string }[] }[] = [];
  let o = start;
  for (let c = 0; c < count; c++) {
    if (o + 4 > end) fail('SDES chunk runs past the packet');
    const ssrc = u32(b, o);
    o += 4;
    const items: { type: number; value: string }[] = [];
    // RFC 3550 §6.5: items end with a null octet, then padding to the next 32-bit boundary.
    for (;;) {
      if (o >= end) fail('SDES chunk has no terminating null item');
      const type = b[o] ?? 0;
      if (type === 0) break;
      const len = b[o + 1];
      if (len === undefined || o + 2 + len > end) fail('SDES item runs past the packet');
      items.push({ type, value: textDecoder.decode(b.subarray(o + 2, o + 2 + len)) });
      o += 2 + len;
    }
    o = (o + 4) & ~3;
    chunks.push({ ssrc, items });
  }
  return { type: 'sdes', chunks };
}

function parseBye(b: Uint8Array, start: number, count: number, end: number): RtcpBye {
  if (start + count * 4 > end) fail('BYE SSRC list runs past the packet', { count });
  const ssrcs: number[] = [];
  for (let i = 0; i < count; i++) ssrcs.push(u32(b, start + i * 4));
  const r = start + count * 4;
  if (r < end) {
    const len = b[r] ?? 0;
    if (r + 1 + len > end) fail('BYE reason runs past the packet');
    return { type: 'bye', ssrcs, reason: textDecoder.decode(b.subarray(r + 1, r + 1 + len)) };
  }
  return { type: 'bye', ssrcs };
}

/** Parses a compound RTCP packet (RFC 3550 §6.1); unknown packet types (APP, feedback, XR) are skipped. */
export function parseRtcpCompound(bytes: Uint8Array): RtcpPacket[] {
  if (bytes.length < 4) fail('shorter than one RTCP header', { length: bytes.length });
  if (bytes.length > MAX_RTCP_PACKET_BYTES) fail('longer than 65535 bytes', { length: bytes.length });
  const out: RtcpPacket[] = [];
  let o = 0;
  while (o < bytes.length) {
    if (o + 4 > bytes.length) fail('trailing bytes after the last packet', { offset: o });
    const b0 = bytes[o] ?? 0;
    if (b0 >> 6 !== 2) fail('version is not 2', { offset: o });
    const count = b0 & 0x1f;
    const type = bytes[o + 1] ?? 0;
    const end = o + 4 + (((bytes[o + 2] ?? 0) << 8) | (bytes[o + 3] ?? 0)) * 4;
    if (end > bytes.length) fail('length runs past the end', { offset: o, type });
    let bodyEnd = end;
    if ((b0 & 0x20) !== 0) {
      // RFC 3550 §6.4.1: padding octets counted by the last octet of this packet.
      const padding = bytes[end - 1] ?? 0;
      if (padding === 0 || o + 4 + padding > end) fail('bad padding count', { offset: o });
      bodyEnd = end - padding;
    }
    switch (type) {
      case RTCP_TYPE.SR: {
        if (o + 28 > bodyEnd) fail('sender report shorter than 28 bytes', { offset: o });
        out.push({
          type: 'sr',
          ssrc: u32(bytes, o + 4),
          ntpSeconds: u32(bytes, o + 8),
          ntpFraction: u32(bytes, o + 12),
          rtpTimestamp: u32(bytes, o + 16),
          packetCount: u32(bytes, o + 20),
          octetCount: u32(bytes, o + 24),
          reports: parseReportBlocks(bytes, o + 28, count, bodyEnd),
        });
        break;
      }
      case RTCP_TYPE.RR: {
        if (o + 8 > bodyEnd) fail('receiver report shorter than 8 bytes', { offset: o });
        out.push({ type: 'rr', ssrc: u32(bytes, o + 4), reports: parseReportBlocks(bytes, o + 8, count, bodyEnd) });
        break;
      }
      case RTCP_TYPE.SDES:
        out.push(parseSdes(bytes, o + 4, count, bodyEnd));
        break;
      case RTCP_TYPE.BYE:
        out.push(parseBye(bytes, o + 4, count, bodyEnd));
        break;
      default:
        break; // RFC 3550 §6.1: receivers ignore packet types they do not know.
    }
    o = end;
  }
  return out;
}

/**
 * Unix time in ms of an NTP timestamp (RFC 5905 §6). Seconds with the top bit clear are taken
 * as NTP era 1 (from 2036-02-07), so the mapping keeps working past the 32-bit rollover.
 */
export function ntpToUnixMs(ntpSeconds: number, ntpFraction: number): number {
  const era = ntpSeconds < 0x8000_0000 ? 0x1_0000_0000 : 0;
  return (ntpSeconds + era - NTP_UNIX_OFFSET_SECONDS) * 1000 + (ntpFraction / 0x1_0000_0000) * 1000;
}

/** NTP seconds and fraction of a Unix time in ms (the inverse of `ntpToUnixMs`). */
export function unixMsToNtp(unixMs: number): { ntpSeconds: number; ntpFraction: number } {
  const total = unixMs / 1000 + NTP_UNIX_OFFSET_SECONDS;
  const seconds = Math.floor(total);
  const ntpFraction = Math.min(0xffff_ffff, Math.round((total - seconds) * 0x1_0000_0000));
  return { ntpSeconds: seconds % 0x1_0000_0000, ntpFraction };
}

/**
 * Wall-clock Unix ms of an RTP timestamp, from the latest sender report of the same SSRC
 * (RFC 3550 §6.4.1: the SR pairs an NTP time with the RTP time of the same instant).
 * `rtpTimestamp` may be the 32-bit wire value or an unwrapped one; it must lie within 2^31
 * ticks of the SR (6.6 h at 90 kHz), which a stream sending SRs every few seconds always does.
 */
export function rtpTimestampToUnixMs(
  rtpTimestamp: number,
  sr: Pick<RtcpSenderReport, 'ntpSeconds' | 'ntpFraction' | 'rtpTimestamp'>,
  clockRate: number,
): number {
  return (
    ntpToUnixMs(sr.ntpSeconds, sr.ntpFraction) + (rtpTimestampDiff(rtpTimestamp, sr.rtpTimestamp) * 1000) / clockRate
  );
}

/** RFC 3550 §6.4.1 LSR: the middle 32 bits of the SR's NTP timestamp. */
export function lastSrField(sr: Pick<RtcpSenderReport, 'ntpSeconds' | 'ntpFraction'>): number {
  return (((sr.ntpSeconds & 0xffff) << 16) | (sr.ntpFraction >>> 16)) >>> 0;
}

function writeReportBlocks(out: Uint8Array, start: number, reports: readonly RtcpReportBlock[]): void {
  reports.forEach((r, i) => {
    const o = start + i * 24;
    putU32(out, o, r.ssrc);
    putU32(out, o + 4, Math.max(-0x800000, Math.min(0x7fffff, r.cumulativeLost)) & 0xffffff);
    out[o + 4] = r.fractionLost & 0xff;
    putU32(out, o + 8, r.extendedHighestSeq);
    putU32(out, o + 12, r.jitter);
    putU32(out, o + 16, r.lastSr);
    putU32(out, o + 20, r.delaySinceLastSr);
  });
}

function sdesCname(ssrc: number, cname: string): Uint8Array {
  const text = textEncoder.encode(cname).subarray(0, 255);
  // header 4 + ssrc 4 + item (2 + len) + null, padded to 32 bits (RFC 3550 §6.5).
  const length = (4 + 4 + 2 + text.length + 1 + 3) & ~3;
  const out = new Uint8Array(length);
  out[0] = 0x81;
  out[1] = RTCP_TYPE.SDES;
  out[2] = ((length / 4 - 1) >> 8) & 0xff;
  out[3] = (length / 4 - 1) & 0xff;
  putU32(out, 4, ssrc);
  out[8] = SDES_CNAME;
  out[9] = text.length;
  out.set(text, 10);
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/**
 * A compound RR + SDES CNAME packet (RFC 3550 §6.1 requires both), which is also what keeps a
 * camera's RTSP/UDP session alive (RFC 2326 §A.2 lets servers time out silent receivers).
 */
export function buildReceiverReport(opts: {
  readonly ssrc: number;
  readonly cname: string;
  readonly reports?: readonly RtcpReportBlock[];
}): Uint8Array {
  const reports = (opts.reports ?? []).slice(0, 31);
  const rrLength = 8 + reports.length * 24;
  const rr = new Uint8Array(rrLength);
  rr[0] = 0x80 | reports.length;
  rr[1] = RTCP_TYPE.RR;
  rr[3] = rrLength / 4 - 1;
  rr[2] = ((rrLength / 4 - 1) >> 8) & 0xff;
  putU32(rr, 4, opts.ssrc);
  writeReportBlocks(rr, 8, reports);
  return concat(rr, sdesCname(opts.ssrc, opts.cname));
}

/** A compound SR + SDES CNAME packet, as the camera simulator and RTSP restream send (RFC 3550 §6.4.1). */
export function buildSenderReport(opts: {
  readonly ssrc: number;
  readonly cname: string;
  readonly unixMs: number;
  readonly rtpTimestamp: number;
  readonly packetCount: number;
  readonly octetCount: number;
}): Uint8Array {
  const sr = new Uint8Array(28);
  sr[0] = 0x80;
  sr[1] = RTCP_TYPE.SR;
  sr[3] = 6;
  const ntp = unixMsToNtp(opts.unixMs);
  putU32(sr, 4, opts.ssrc);
  putU32(sr, 8, ntp.ntpSeconds);
  putU32(sr, 12, ntp.ntpFraction);
  putU32(sr, 16, opts.rtpTimestamp >>> 0);
  putU32(sr, 20, opts.packetCount >>> 0);
  putU32(sr, 24, opts.octetCount >>> 0);
  return concat(sr, sdesCname(opts.ssrc, opts.cname));
}
