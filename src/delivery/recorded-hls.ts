// Recorded HLS (RFC 8216, version 7): a VOD media playlist built from the index, whose segments
// are byte ranges of the recorded fMP4 files, so nothing is copied or re-muxed to play them.
import type { SegmentSlice } from './recorded-range.ts';

/** EXT-X-VERSION: 6+ is needed for EXT-X-MAP without I-frames-only (RFC 8216 §7); 7 as for fMP4 with its tags. */
export const HLS_VERSION = 7;

/** A playlist segment: one keyframe-to-keyframe run of fragments of one file. */
export interface PlaylistRun {
  offsetBytes: number;
  lengthBytes: number;
  startWallMs: number;
  durationMs: number;
}

/** Groups a file's fragments into runs that each start at a keyframe (so every segment decodes alone). */
export function keyframeRuns(slice: SegmentSlice): PlaylistRun[] {
  const runs: PlaylistRun[] = [];
  for (const f of slice.fragments) {
    const last = runs[runs.length - 1];
    if (last === undefined || f.keyframe) {
      runs.push({
        offsetBytes: f.offsetBytes,
        lengthBytes: f.lengthBytes,
        startWallMs: f.startWallMs,
        durationMs: f.durationMs,
      });
    } else {
      // Fragments of a file are contiguous, so a run is one byte range.
      last.lengthBytes = f.offsetBytes + f.lengthBytes - last.offsetBytes;
      last.durationMs = f.startWallMs + f.durationMs - last.startWallMs;
    }
  }
  return runs;
}

/** Builds the VOD playlist for the slices of a range; `fileUri` names a segment file's URL. */
export function buildRecordedPlaylist(slices: readonly SegmentSlice[], fileUri: (segmentId: string) => string): string {
  const perFile = slices.map((s) => ({ slice: s, runs: keyframeRuns(s) }));
  const longestMs = Math.max(1000, ...perFile.flatMap((f) => f.runs.map((r) => r.durationMs)));
  const lines = [
    '#EXTM3U',
    `#EXT-X-VERSION:${HLS_VERSION}`,
    // §4.3.3.1: every EXTINF rounded to the nearest integer must be ≤ the target duration.
    `#EXT-X-TARGETDURATION:${Math.ceil(longestMs / 1000)}`,
    '#EXT-X-MEDIA-SEQUENCE:0',
    '#EXT-X-PLAYLIST-TYPE:VOD',
    // §4.3.5.1: each segment starts at a keyframe (runs are cut at keyframes).
    '#EXT-X-INDEPENDENT-SEGMENTS',
  ];
  perFile.forEach(({ slice, runs }, i) => {
    if (runs.length === 0) return;
    // §4.3.2.3: each file's decode times start again at 0 and its tracks may differ, so every
    // file boundary is a discontinuity (which also covers the gaps between files).
    if (i > 0) lines.push('#EXT-X-DISCONTINUITY');
    const uri = fileUri(slice.segment.id);
    // §4.3.2.5: the init segment is the file's first bytes, up to its first fragment.
    lines.push(`#EXT-X-MAP:URI="${uri}",BYTERANGE="${slice.initBytes}@0"`);
    // §4.3.2.6: wall time of the first sample after the discontinuity.
    lines.push(`#EXT-X-PROGRAM-DATE-TIME:${new Date(runs[0]?.startWallMs ?? 0).toISOString()}`);
    for (const r of runs) {
      lines.push(`#EXTINF:${(r.durationMs / 1000).toFixed(3)},`);
      lines.push(`#EXT-X-BYTERANGE:${r.lengthBytes}@${r.offsetBytes}`);
      lines.push(uri);
    }
  });
  lines.push('#EXT-X-ENDLIST', '');
  return lines.join('\n');
}
