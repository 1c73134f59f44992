// The little of SDP (RFC 4566) the RTSP session needs: each media section's kind, payload
// type, rtpmap and a=control, and how a control resolves to a SETUP URL (RFC 2326 §C.1.1).
// Full SDP parsing (fmtp, parameter sets) belongs to src/media.
import { PsvisError } from '../../errors/psvis-error.ts';

/** Most media sections psvis sets up from one SDP; cameras send two or three. */
export const MAX_SDP_MEDIA_SECTIONS = 16;

/** One m= section as the RTSP session sees it. */
export interface SdpTrack {
  /** `video`, `audio`, `application`, … as in the m= line. */
  readonly media: string;
  /** First payload type of the m= line. */
  readonly payloadType: number;
  /** Encoding name from a=rtpmap, upper-cased (`H264`, `H265`, `PCMA`), or '' when absent. */
  readonly encoding: string;
  readonly clockRate: number;
  /** a=control value, or '' when the section has none. */
  readonly control: string;
}

/** Static payload types of RFC 3551 §6 that cameras send without a=rtpmap. */
const STATIC_PAYLOADS: Readonly<Record<number, readonly [string, number]>> = {
  0: ['PCMU', 8000],
  8: ['PCMA', 8000],
  26: ['JPEG', 90000],
  33: ['MP2T', 90000],
};

/** Session-level a=control and the media sections of an SDP. */
export interface SdpSessionTracks {
  readonly sessionControl: string;
  readonly tracks: readonly SdpTrack[];
}

/** Reads media sections and controls from SDP text. */
export function parseSdpTracks(sdp: string): SdpSessionTracks {
  let sessionControl = '';
  const tracks: {
    media: string;
    payloadType: number;
    encoding: string;
    clockRate: number;
    control: string;
  }[] = [];
  for (const rawLine of sdp.split(/\r?\n/)) {
    const line = rawLine.trim();
    const current = tracks[tracks.length - 1];
    if (line.startsWith('m=')) {
      const m = /^m=(\S+) (\d+)(?:\/\d+)? (\S+)(?: (\d+))?/.exec(line);
      if (m === null) {
        throw new PsvisError('PSVIS_ERR_RTSP_SDP_INVALID', 'SDP media line is not valid', { line });
      }
      if (tracks.length >= MAX_SDP_MEDIA_SECTIONS) {
        throw new PsvisError('PSVIS_ERR_RTSP_SDP_INVALID', 'SDP has too many media sections', {
          max: MAX_SDP_MEDIA_SECTIONS,
        });
      }
      const payloadType = Number(m[4] ?? -1);
      const known = STATIC_PAYLOADS[payloadType];
      tracks.push({
        media: m[1] ?? '',
        payloadType,
        encoding: known?.[0] ?? '',
        clockRate: known?.[1] ?? 0,
        control: '',
      });
    } else if (line.startsWith('a=control:')) {
      const control = line.slice('a=control:'.length).trim();
      if (current === undefined) sessionControl = control;
      else current.control = control;
    } else if (line.startsWith('a=rtpmap:') && current !== undefined) {
      const m = /^a=rtpmap:(\d+) ([^/\s]+)\/(\d+)/.exec(line);
      if (m !== null && Number(m[1]) === current.payloadType) {
        current.encoding = (m[2] ?? '').toUpperCase();
        current.clockRate = Number(m[3]);
      }
    }
  }
  return { sessionControl, tracks };
}

/**
 * The URL a control attribute names. Absolute controls are used as they are; relative ones are
 * appended to the base with one `/`, not resolved as RFC 3986 would (which drops the last path
 * segment): Dahua's base ends in `?channel=1&subtype=0/` and expects `…/trackID=0` after it,
 * and ffmpeg, live555 and gortsplib all append.
 */
export function resolveControlUrl(base: string, control: string): string {
  if (control === '' || control === '*') return base;
  if (/^rtsps?:\/\//i.test(control)) return control;
  return base.endsWith('/') ? base + control : `${base}/${control}`;
}
