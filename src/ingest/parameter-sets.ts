// Completes a video track's TrackInfo from parameter sets: the SDP's sprop-* when the camera sent
// them, else (or when they change) the SPS/PPS/VPS the camera repeats in-band before each IDR.
// Pure: NAL units in, a new TrackInfo out. A recorder cannot write an init segment without these.
import { parseH264Sps } from '../media/h264.ts';
import { parseH265Sps } from '../media/h265.ts';
import { H264_NAL, H265_NAL, h264NalType, h265NalType } from '../media/nal-types.ts';
import type { TrackInfo } from '../media/types.ts';

/** True when a video track has everything an fMP4 init segment needs (parameter sets). */
export function isTrackComplete(track: TrackInfo): boolean {
  if (track.codec === 'h264') return (track.parameterSets?.length ?? 0) >= 2;
  if (track.codec === 'h265') return (track.parameterSets?.length ?? 0) >= 3;
  return true;
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function pictureSize(track: TrackInfo, sps: Uint8Array): { width?: number; height?: number } {
  try {
    const parsed = track.codec === 'h264' ? parseH264Sps(sps) : parseH265Sps(sps);
    return { width: parsed.width, height: parsed.height };
  } catch {
    // An SPS psvis cannot read (a profile extension it lacks) still lets the stream be recorded;
    // only the size stays unknown.
    return {};
  }
}

/**
 * The track with the parameter sets among `units` (a frame's NAL units, possibly empty) and the
 * picture size from its SPS, or undefined when nothing changed. Copies the parameter sets, which
 * are views into received packets, so the track does not pin those packets in memory.
 */
export function completeVideoTrack(track: TrackInfo, units: readonly Uint8Array[]): TrackInfo | undefined {
  if (track.codec !== 'h264' && track.codec !== 'h265') return undefined;
  const h265 = track.codec === 'h265';
  const wanted: readonly number[] = h265 ? [H265_NAL.VPS, H265_NAL.SPS, H265_NAL.PPS] : [H264_NAL.SPS, H264_NAL.PPS];
  const current = track.parameterSets ?? [];
  const next: (Uint8Array | undefined)[] = wanted.map((_, i) => current[i]);
  for (const unit of units) {
    const i = wanted.indexOf(h265 ? h265NalType(unit) : h264NalType(unit));
    // The first of each kind in the access unit counts; cameras send one of each.
    if (i >= 0 && (next[i] === current[i] || next[i] === undefined)) next[i] = unit;
  }
  const changed = next.some((p, i) => !sameBytes(p, current[i]));
  const sizeKnown = track.width !== undefined && track.height !== undefined;
  if (!changed && sizeKnown) return undefined;
  const complete: Uint8Array[] = [];
  for (const p of next) {
    if (p === undefined) return undefined;
    complete.push(p === current[complete.length] ? p : p.slice());
  }
  const size = pictureSize(track, complete[h265 ? 1 : 0] ?? new Uint8Array(0));
  // Same sets and still no readable size: nothing new to announce.
  if (!changed && size.width === undefined) return undefined;
  const { width: _width, height: _height, ...rest } = track;
  return { ...rest, parameterSets: complete, ...size };
}
