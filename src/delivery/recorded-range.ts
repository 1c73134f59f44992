// Footage of a camera in a wall-time range, read from the index alone: the segment rows that
// overlap it and, inside each, the fragments to play or export, starting at the keyframe at or
// before the range start so the first picture decodes. No file is opened here.
import type { Kysely, Selectable } from 'kysely';
import type { Database, RecordingSegmentTable } from '../db/schema.ts';
import { PsvisError } from '../errors/psvis-error.ts';

/** A file is at most one segment period long; this bounds the index scan before `from` (DESIGN.md: default 60 s). */
export const MAX_SEGMENT_LOOKBACK_MS = 24 * 3600 * 1000;

/** The index columns playback and export need. */
export type RangeSegmentRow = Pick<
  Selectable<RecordingSegmentTable>,
  | 'id'
  | 'seq'
  | 'path'
  | 'start_time'
  | 'end_time'
  | 'duration_ms'
  | 'bytes'
  | 'fragments'
  | 'sha256'
  | 'prev_sha256'
  | 'chain_hash'
>;

/** One fragment (moof + mdat) located in its file and on the wall clock. */
export interface FragmentRef {
  readonly index: number;
  readonly offsetBytes: number;
  readonly lengthBytes: number;
  readonly startWallMs: number;
  readonly durationMs: number;
  readonly keyframe: boolean;
}

/** A file and the fragments of it that fall in the range. */
export interface SegmentSlice {
  readonly segment: RangeSegmentRow;
  /** Bytes [0, initBytes) of the file are its init segment (ftyp + moov). */
  readonly initBytes: number;
  readonly fragments: readonly FragmentRef[];
}

/** Segment rows of `cameraId` overlapping [fromMs, toMs), oldest first; one indexed query. */
export async function segmentsInRange(
  db: Kysely<Database>,
  cameraId: string,
  fromMs: number,
  toMs: number,
): Promise<RangeSegmentRow[]> {
  return (
    db
      .selectFrom('recording_segments')
      .select(['id', 'seq', 'path', 'start_time', 'end_time', 'duration_ms', 'bytes', 'fragments', 'sha256'])
      .select(['prev_sha256', 'chain_hash'])
      .where('camera_id', '=', cameraId)
      .where('deleted_at', 'is', null)
      // Bounded below so the (camera_id, start_time) index scan stays within the range.
      .where('start_time', '>=', new Date(fromMs - MAX_SEGMENT_LOOKBACK_MS).toISOString())
      .where('start_time', '<', new Date(toMs).toISOString())
      .where('end_time', '>', new Date(fromMs).toISOString())
      .orderBy('start_time')
      .execute()
  );
}

/** Every fragment of a segment row with its byte length and wall-clock span. */
export function fragmentsOf(segment: RangeSegmentRow): { initBytes: number; fragments: FragmentRef[] } {
  const entries = JSON.parse(segment.fragments) as [number, number, number][];
  const startMs = Date.parse(segment.start_time);
  const fragments = entries.map(([offsetBytes, startOffsetMs, keyframe], i): FragmentRef => {
    const next = entries[i + 1];
    // The last fragment runs to the end of the file and of the segment's duration.
    const endOffsetMs = next?.[1] ?? Math.max(segment.duration_ms, startOffsetMs);
    return {
      index: i,
      offsetBytes,
      lengthBytes: (next?.[0] ?? segment.bytes) - offsetBytes,
      startWallMs: startMs + startOffsetMs,
      durationMs: Math.max(0, endOffsetMs - startOffsetMs),
      keyframe: keyframe === 1,
    };
  });
  return { initBytes: entries[0]?.[0] ?? segment.bytes, fragments };
}

/**
 * The fragments covering [fromMs, toMs): the first starts at the last keyframe at or before
 * fromMs (within its file), so the range plays from a decodable picture; files without a
 * fragment in range are left out.
 */
export function sliceRange(segments: readonly RangeSegmentRow[], fromMs: number, toMs: number): SegmentSlice[] {
  const out: SegmentSlice[] = [];
  for (const segment of segments) {
    const { initBytes, fragments } = fragmentsOf(segment);
    const inRange = fragments.filter((f) => f.startWallMs < toMs && f.startWallMs + f.durationMs > fromMs);
    const first = inRange[0];
    if (first === undefined) continue;
    let start = first.index;
    while (start > 0 && fragments[start]?.keyframe !== true) start--;
    const last = inRange[inRange.length - 1]?.index ?? first.index;
    out.push({ segment, initBytes, fragments: fragments.slice(start, last + 1) });
  }
  return out;
}

/** 404 when the range holds no footage. */
export function noFootage(cameraId: string, fromMs: number, toMs: number): PsvisError {
  return new PsvisError(
    'PSVIS_ERR_NO_FOOTAGE',
    `camera ${cameraId} has no recorded footage between ${new Date(fromMs).toISOString()} and ${new Date(toMs).toISOString()}; GET /api/v1/cameras/${cameraId}/timeline shows what exists`,
    { cameraId, from: new Date(fromMs).toISOString(), to: new Date(toMs).toISOString() },
    404,
  );
}

/** Checks a requested range: from before to, and no longer than `maxMs`. */
export function checkRange(fromMs: number, toMs: number, maxMs: number): void {
  if (!(fromMs < toMs)) {
    throw new PsvisError('PSVIS_ERR_VALIDATION', '`from` must be before `to`', { issues: [{ field: 'query.to' }] });
  }
  if (toMs - fromMs > maxMs) {
    throw new PsvisError(
      'PSVIS_ERR_RANGE_TOO_LONG',
      `the range is longer than ${Math.round(maxMs / 3_600_000)} h; ask for shorter ranges`,
      { maxMs, requestedMs: toMs - fromMs },
      400,
    );
  }
}
