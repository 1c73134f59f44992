// Re-muxing recorded fragments into one playable MP4 without transcoding: each moof + mdat is
// copied as recorded, with only mfhd.sequence_number and tfdt.baseMediaDecodeTime rewritten
// (ISO/IEC 14496-12 §8.8.5, §8.8.12) so the files of a range form one timeline from 0. Pure.
import { PsvisError } from '../../errors/psvis-error.ts';
import { listBoxes, parseFragments, type InitSegment } from '../../media/fmp4/reader.ts';

/** Where a track's timeline stands while concatenating. */
export interface RebaseState {
  /** Seconds of footage written so far (the end of the longest track). */
  endSeconds: number;
  /** Seconds to add to this file's decode times, set at its first fragment. */
  fileShiftSeconds: number | null;
  nextSequence: number;
}

/** A new state for a package starting at 0. */
export function newRebaseState(): RebaseState {
  return { endSeconds: 0, fileShiftSeconds: null, nextSequence: 1 };
}

/** Call at each new source file: its decode times start again at 0 (psvis writes each file from 0). */
export function startFile(state: RebaseState): void {
  state.fileShiftSeconds = null;
}

/** Tracks of two init segments are the same stream (same ids, codecs, sizes, parameter sets). */
export function sameTracks(a: InitSegment, b: InitSegment): boolean {
  if (a.tracks.length !== b.tracks.length) return false;
  return a.tracks.every((t, i) => {
    const u = b.tracks[i];
    if (u === undefined) return false;
    if (t.trackId !== u.trackId || t.codec !== u.codec || t.timescale !== u.timescale) return false;
    if (t.width !== u.width || t.height !== u.height) return false;
    const pa = t.parameterSets ?? [];
    const pb = u.parameterSets ?? [];
    return pa.length === pb.length && pa.every((p, j) => Buffer.compare(p, pb[j] ?? new Uint8Array(0)) === 0);
  });
}

function u32At(v: DataView, p: number): number {
  return v.getUint32(p);
}

/**
 * Rewrites one fragment in place (pass a copy): sequence number from the state, decode times
 * shifted so the file continues where the previous one ended. `primaryTrackId` sets the shift.
 */
export function rebaseFragment(
  fragment: Uint8Array,
  init: InitSegment,
  primaryTrackId: number,
  state: RebaseState,
): void {
  const parsed = parseFragments(fragment, init.trex);
  const first = parsed[0];
  if (parsed.length !== 1 || first === undefined) {
    throw new PsvisError('PSVIS_ERR_MEDIA_CONTAINER', 'expected exactly one moof in a fragment', {
      moofs: parsed.length,
    });
  }
  const timescale = new Map(init.tracks.map((t) => [t.trackId, t.timescale]));
  const firstDts = new Map<number, number>();
  for (const s of first.samples) if (!firstDts.has(s.trackId)) firstDts.set(s.trackId, s.dts);
  if (state.fileShiftSeconds === null) {
    const [trackId, dts] = firstDts.has(primaryTrackId)
      ? [primaryTrackId, firstDts.get(primaryTrackId) ?? 0]
      : ([...firstDts.entries()][0] ?? [primaryTrackId, 0]);
    state.fileShiftSeconds = state.endSeconds - dts / (timescale.get(trackId) ?? 90_000);
  }
  const shift = state.fileShiftSeconds;
  const v = new DataView(fragment.buffer, fragment.byteOffset, fragment.byteLength);
  const moof = listBoxes(fragment).find((b) => b.type === 'moof');
  if (moof === undefined) throw new PsvisError('PSVIS_ERR_MEDIA_CONTAINER', 'fragment has no moof');
  for (const b of listBoxes(fragment, moof.start + moof.headerBytes, moof.end)) {
    if (b.type === 'mfhd') v.setUint32(b.start + b.headerBytes + 4, state.nextSequence++);
    if (b.type !== 'traf') continue;
    const kids = listBoxes(fragment, b.start + b.headerBytes, b.end);
    const tfhd = kids.find((k) => k.type === 'tfhd');
    const tfdt = kids.find((k) => k.type === 'tfdt');
    if (tfhd === undefined || tfdt === undefined) continue;
    const trackId = u32At(v, tfhd.start + tfhd.headerBytes + 4);
    const ts = timescale.get(trackId) ?? 90_000;
    const p = tfdt.start + tfdt.headerBytes;
    const version = v.getUint8(p);
    const old = version === 1 ? Number(v.getBigUint64(p + 4)) : v.getUint32(p + 4);
    const rebased = Math.max(0, Math.round(old + shift * ts));
    if (version === 1) v.setBigUint64(p + 4, BigInt(rebased));
    else if (rebased <= 0xffffffff) v.setUint32(p + 4, rebased);
    else throw new PsvisError('PSVIS_ERR_MEDIA_CONTAINER', '32-bit tfdt overflows after rebasing', { trackId });
  }
  for (const s of first.samples) {
    const ts = timescale.get(s.trackId) ?? 90_000;
    state.endSeconds = Math.max(state.endSeconds, Math.max(0, (s.dts + s.duration) / ts + shift));
  }
}
