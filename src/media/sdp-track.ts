// From SDP media sections to psvis tracks (and back): codec, clock, parameter sets from
// sprop-* (RFC 6184 §8.1, RFC 7798 §7.1), AAC config (RFC 3640 §4.1), G.711 static types.

import { AAC_HBR, AAC_LBR } from './aac-depacketizer.ts';
import type { AacPayloadFormat } from './aac-depacketizer.ts';
import { H264_NAL, H265_NAL, h264NalType, h265NalType } from './nal-types.ts';
import type { SdpDirection, SdpMedia } from './sdp.ts';
import type { Codec, TrackInfo } from './types.ts';

/** RFC 3551 Table 4: static payload types psvis reads without an a=rtpmap. */
const STATIC_PAYLOAD_TYPES: ReadonlyMap<number, { name: string; clockRate: number }> = new Map([
  [0, { name: 'PCMU', clockRate: 8000 }],
  [8, { name: 'PCMA', clockRate: 8000 }],
]);

/** A media section psvis can record: which payload type carries it and what the track is. */
export interface SdpTrack {
  readonly payloadType: number;
  readonly controlUrl?: string;
  readonly track: TrackInfo;
  /** mpeg4-generic AU-header layout, for AacDepacketizer. */
  readonly aacFormat?: AacPayloadFormat;
}

function decodeBase64List(value: string | undefined): Uint8Array[] {
  if (value === undefined) return [];
  // Quirk: some cameras end sprop-parameter-sets with a comma or pad it with spaces.
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => new Uint8Array(Buffer.from(s, 'base64')))
    .filter((b) => b.length > 0);
}

function decodeHex(value: string | undefined): Uint8Array | undefined {
  if (value === undefined || !/^([0-9a-f]{2})+$/i.test(value)) return undefined;
  return new Uint8Array(Buffer.from(value, 'hex'));
}

function toHex(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
}

function toBase64(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64');
}

/** Channel count of an AudioSpecificConfig (ISO 14496-3 §1.6.2.1), or undefined if not plain. */
export function aacConfigChannels(asc: Uint8Array): number | undefined {
  let bit = 0;
  const read = (n: number): number => {
    let v = 0;
    for (let i = 0; i < n; i++, bit++) v = (v << 1) | (((asc[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1);
    return v;
  };
  if (asc.length < 2) return undefined;
  if (read(5) === 31) read(6);
  if (read(4) === 15) read(24);
  const channels = read(4);
  if (bit > asc.length * 8) return undefined;
  return channels >= 1 && channels <= 6 ? channels : channels === 7 ? 8 : undefined;
}

function intParam(fmtp: ReadonlyMap<string, string> | undefined, key: string): number | undefined {
  const v = fmtp?.get(key);
  if (v === undefined || !/^\d+$/.test(v)) return undefined;
  return Number(v);
}

function aacFormatOf(fmtp: ReadonlyMap<string, string> | undefined): AacPayloadFormat {
  const defaults = fmtp?.get('mode')?.toLowerCase() === 'aac-lbr' ? AAC_LBR : AAC_HBR;
  const cts = intParam(fmtp, 'ctsdeltalength');
  const dts = intParam(fmtp, 'dtsdeltalength');
  const rap = intParam(fmtp, 'randomaccessindication');
  const state = intParam(fmtp, 'streamstateindication');
  return {
    sizeLength: intParam(fmtp, 'sizelength') ?? defaults.sizeLength,
    indexLength: intParam(fmtp, 'indexlength') ?? defaults.indexLength,
    indexDeltaLength: intParam(fmtp, 'indexdeltalength') ?? defaults.indexDeltaLength,
    ...(cts === undefined || cts === 0 ? {} : { ctsDeltaLength: cts }),
    ...(dts === undefined || dts === 0 ? {} : { dtsDeltaLength: dts }),
    ...(rap === 1 ? { randomAccessIndication: true } : {}),
    ...(state === undefined || state === 0 ? {} : { streamStateIndication: state }),
  };
}

function firstOfType(nals: Uint8Array[], typeOf: (n: Uint8Array) => number, type: number): Uint8Array | undefined {
  return nals.find((n) => typeOf(n) === type);
}

/**
 * The first payload type of a media section that psvis records (H.264, H.265, AAC, G.711),
 * as a track; undefined for anything else (metadata, MJPEG, ONVIF backchannel codecs psvis lacks).
 */
export function sdpMediaToTrack(media: SdpMedia): SdpTrack | undefined {
  for (const payloadType of media.payloadTypes) {
    const rtpmap = media.rtpmaps.get(payloadType);
    const fixed = STATIC_PAYLOAD_TYPES.get(payloadType);
    // Static types 0/8 are PCMU/PCMA even without (or with a mislabelled) rtpmap (go2rtc TestBugSDP2).
    const name = fixed?.name ?? rtpmap?.encodingName;
    const fmtp = media.fmtps.get(payloadType);
    const base = { payloadType, ...(media.controlUrl === undefined ? {} : { controlUrl: media.controlUrl }) };
    switch (name) {
      case 'H264': {
        const sets = decodeBase64List(fmtp?.get('sprop-parameter-sets'));
        const sps = firstOfType(sets, h264NalType, H264_NAL.SPS);
        const pps = firstOfType(sets, h264NalType, H264_NAL.PPS);
        const parameterSets = sps !== undefined && pps !== undefined ? { parameterSets: [sps, pps] } : {};
        return { ...base, track: { codec: 'h264', clockRate: rtpmap?.clockRate ?? 90000, ...parameterSets } };
      }
      case 'H265':
      case 'HEVC': {
        const vps = firstOfType(decodeBase64List(fmtp?.get('sprop-vps')), h265NalType, H265_NAL.VPS);
        const sps = firstOfType(decodeBase64List(fmtp?.get('sprop-sps')), h265NalType, H265_NAL.SPS);
        const pps = firstOfType(decodeBase64List(fmtp?.get('sprop-pps')), h265NalType, H265_NAL.PPS);
        const ok = vps !== undefined && sps !== undefined && pps !== undefined;
        const parameterSets = ok ? { parameterSets: [vps, sps, pps] } : {};
        return { ...base, track: { codec: 'h265', clockRate: rtpmap?.clockRate ?? 90000, ...parameterSets } };
      }
      case 'MPEG4-GENERIC': {
        const mode = fmtp?.get('mode')?.toLowerCase();
        if (mode !== undefined && mode !== 'aac-hbr' && mode !== 'aac-lbr') continue;
        if (rtpmap === undefined) continue;
        const asc = decodeHex(fmtp?.get('config'));
        const channels = (asc === undefined ? undefined : aacConfigChannels(asc)) ?? rtpmap.channels ?? 1;
        const track: TrackInfo = {
          codec: 'aac',
          clockRate: rtpmap.clockRate,
          channels,
          ...(asc === undefined ? {} : { audioSpecificConfig: asc }),
        };
        return { ...base, track, aacFormat: aacFormatOf(fmtp) };
      }
      case 'PCMA':
      case 'PCMU': {
        const codec: Codec = name === 'PCMA' ? 'pcma' : 'pcmu';
        const clockRate = fixed?.clockRate ?? rtpmap?.clockRate ?? 8000;
        return { ...base, track: { codec, clockRate, channels: rtpmap?.channels ?? 1 } };
      }
      default:
        continue;
    }
  }
  return undefined;
}

/** What `serializeSdp` writes for one media section. */
export interface SdpMediaInput {
  readonly type: string;
  readonly payloadType: number;
  readonly rtpmap?: { readonly encodingName: string; readonly clockRate: number; readonly channels?: number };
  readonly fmtp?: readonly (readonly [string, string])[];
  readonly control?: string;
  readonly direction?: SdpDirection;
  /** Default 0 (RTSP: ports come from SETUP). */
  readonly port?: number;
  /** Default RTP/AVP. */
  readonly proto?: string;
}

/** What `serializeSdp` writes for a session. */
export interface SdpSessionInput {
  readonly sessionName: string;
  /** Unicast address for the o= line; default 127.0.0.1. */
  readonly originAddress?: string;
  /** Session id for the o= line (RFC 4566 §5.2: NTP time is suggested); default 0. */
  readonly sessionId?: number;
  /** Aggregate control; default "*". */
  readonly control?: string;
  readonly media: readonly SdpMediaInput[];
}

/** An SDP text (RFC 4566, CRLF line ends) as the camera simulator answers DESCRIBE with. */
export function serializeSdp(s: SdpSessionInput): string {
  const lines = [
    'v=0',
    `o=- ${s.sessionId ?? 0} 0 IN IP4 ${s.originAddress ?? '127.0.0.1'}`,
    `s=${s.sessionName === '' ? '-' : s.sessionName}`,
    'c=IN IP4 0.0.0.0',
    't=0 0',
    `a=control:${s.control ?? '*'}`,
  ];
  for (const m of s.media) {
    lines.push(`m=${m.type} ${m.port ?? 0} ${m.proto ?? 'RTP/AVP'} ${m.payloadType}`);
    if (m.rtpmap !== undefined) {
      const ch = m.rtpmap.channels === undefined ? '' : `/${m.rtpmap.channels}`;
      lines.push(`a=rtpmap:${m.payloadType} ${m.rtpmap.encodingName}/${m.rtpmap.clockRate}${ch}`);
    }
    if (m.fmtp !== undefined && m.fmtp.length > 0) {
      lines.push(`a=fmtp:${m.payloadType} ${m.fmtp.map(([k, v]) => `${k}=${v}`).join(';')}`);
    }
    if (m.control !== undefined) lines.push(`a=control:${m.control}`);
    if (m.direction !== undefined) lines.push(`a=${m.direction}`);
  }
  return lines.join('\r\n') + '\r\n';
}

function hex2(n: number): string {
  return n.toString(16).padStart(2, '0').toUpperCase();
}

/**
 * The media section that announces a psvis track: packetization-mode=1 and sprop-parameter-sets
 * for H.264, sprop-vps/sps/pps for H.265, AAC-hbr with config for AAC, static 8/0 for G.711.
 */
export function trackToSdpMedia(track: TrackInfo, payloadType: number, control?: string): SdpMediaInput {
  const extra = control === undefined ? {} : { control };
  const sets = track.parameterSets ?? [];
  switch (track.codec) {
    case 'h264': {
      const fmtp: [string, string][] = [['packetization-mode', '1']];
      const sps = sets[0];
      if (sps !== undefined && sps.length >= 4) {
        fmtp.push(['profile-level-id', hex2(sps[1] ?? 0) + hex2(sps[2] ?? 0) + hex2(sps[3] ?? 0)]);
      }
      if (sets.length > 0) fmtp.push(['sprop-parameter-sets', sets.map(toBase64).join(',')]);
      const rtpmap = { encodingName: 'H264', clockRate: track.clockRate };
      return { type: 'video', payloadType, rtpmap, fmtp, ...extra };
    }
    case 'h265': {
      const fmtp: [string, string][] = [];
      const [vps, sps, pps] = sets;
      if (vps !== undefined) fmtp.push(['sprop-vps', toBase64(vps)]);
      if (sps !== undefined) fmtp.push(['sprop-sps', toBase64(sps)]);
      if (pps !== undefined) fmtp.push(['sprop-pps', toBase64(pps)]);
      return {
        type: 'video',
        payloadType,
        rtpmap: { encodingName: 'H265', clockRate: track.clockRate },
        fmtp,
        ...extra,
      };
    }
    case 'aac': {
      const fmtp: [string, string][] = [
        ['streamtype', '5'],
        ['profile-level-id', '1'],
        ['mode', 'AAC-hbr'],
        ['sizelength', '13'],
        ['indexlength', '3'],
        ['indexdeltalength', '3'],
      ];
      if (track.audioSpecificConfig !== undefined) fmtp.push(['config', toHex(track.audioSpecificConfig)]);
      const rtpmap = { encodingName: 'MPEG4-GENERIC', clockRate: track.clockRate, channels: track.channels ?? 1 };
      return { type: 'audio', payloadType, rtpmap, fmtp, ...extra };
    }
    case 'pcma':
    case 'pcmu': {
      // RFC 3551 Table 4: static payload types; the rtpmap is redundant but helps lenient parsers.
      const pt = track.codec === 'pcma' ? 8 : 0;
      const rtpmap = { encodingName: track.codec.toUpperCase(), clockRate: 8000, channels: 1 };
      return { type: 'audio', payloadType: pt, rtpmap, ...extra };
    }
  }
}
