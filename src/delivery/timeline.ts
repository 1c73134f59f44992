// A camera's timeline for a range: recorded spans (adjacent files merged), gaps with their cause,
// and holds. One indexed query per table and no file I/O, so a month of one camera (43 200
// one-minute files) answers quickly (issue 5 item 4).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { MAX_SEGMENT_LOOKBACK_MS } from './recorded-range.ts';

/** Files closer than this are one span: the next file starts at the keyframe that ended the last. */
export const SPAN_MERGE_TOLERANCE_MS = 1_000;
/** Longest range one timeline request may cover. */
export const MAX_TIMELINE_RANGE_MS = 62 * 24 * 3600 * 1000;

/** A stretch of continuous footage. */
export interface RecordedSpan {
  from: string;
  to: string;
  /** Files merged into this span. */
  segments: number;
}

/** A stretch without footage, and why (offline, overrun, disk_full, paused, crash, stall). */
export interface TimelineGap {
  from: string;
  to: string;
  cause: string;
}

/** A hold pinning part of the range. */
export interface TimelineHold {
  id: string;
  from: string;
  to: string;
  kind: string;
  reference: string;
  released: boolean;
}

/** What the timeline endpoint returns. */
export interface Timeline {
  cameraId: string;
  from: string;
  to: string;
  recordedMs: number;
  spans: RecordedSpan[];
  gaps: TimelineGap[];
  holds: TimelineHold[];
}

/** Merges [startMs, endMs) intervals sorted by start into spans, clipped to [fromMs, toMs). */
export function mergeSpans(
  intervals: Iterable<readonly [startMs: number, endMs: number]>,
  fromMs: number,
  toMs: number,
  toleranceMs = SPAN_MERGE_TOLERANCE_MS,
): { fromMs: number; toMs: number; segments: number }[] {
  const out: { fromMs: number; toMs: number; segments: number }[] = [];
  for (const [s, e] of intervals) {
    const start = Math.max(s, fromMs);
    const end = Math.min(e, toMs);
    if (end <= start) continue;
    const last = out[out.length - 1];
    if (last !== undefined && start - last.toMs <= toleranceMs) {
      last.toMs = Math.max(last.toMs, end);
      last.segments++;
    } else {
      out.push({ fromMs: start, toMs: end, segments: 1 });
    }
  }
  return out;
}

/** Builds the timeline of `cameraId` for [fromMs, toMs) from the index. */
export async function buildTimeline(
  db: Kysely<Database>,
  cameraId: string,
  fromMs: number,
  toMs: number,
): Promise<Timeline> {
  const from = new Date(fromMs).toISOString();
  const to = new Date(toMs).toISOString();
  // Only the two time columns: parsing 43 200 fragment lists would cost more than the query.
  const segments = await db
    .selectFrom('recording_segments')
    .select(['start_time', 'end_time'])
    .where('camera_id', '=', cameraId)
    .where('deleted_at', 'is', null)
    .where('start_time', '>=', new Date(fromMs - MAX_SEGMENT_LOOKBACK_MS).toISOString())
    .where('start_time', '<', to)
    .where('end_time', '>', from)
    .orderBy('start_time')
    .execute();
  const gaps = await db
    .selectFrom('recording_gaps')
    .select(['start_time', 'end_time', 'cause'])
    .where('camera_id', '=', cameraId)
    .where('start_time', '<', to)
    .where('end_time', '>', from)
    .orderBy('start_time')
    .execute();
  const holds = await db
    .selectFrom('holds')
    .select(['id', 'start_time', 'end_time', 'kind', 'reference', 'released_at'])
    .where('camera_id', '=', cameraId)
    .where('start_time', '<', to)
    .where('end_time', '>', from)
    .orderBy('start_time')
    .execute();
  const spans = mergeSpans(
    segments.map((s) => [Date.parse(s.start_time), Date.parse(s.end_time)] as const),
    fromMs,
    toMs,
  );
  const clip = (iso: string, lo: boolean) =>
    new Date(lo ? Math.max(Date.parse(iso), fromMs) : Math.min(Date.parse(iso), toMs)).toISOString();
  return {
    cameraId,
    from,
    to,
    recordedMs: spans.reduce((n, s) => n + (s.toMs - s.fromMs), 0),
    spans: spans.map((s) => ({
      from: new Date(s.fromMs).toISOString(),
      to: new Date(s.toMs).toISOString(),
      segments: s.segments,
    })),
    gaps: gaps.map((g) => ({ from: clip(g.start_time, true), to: clip(g.end_time, false), cause: g.cause })),
    holds: holds.map((h) => ({
      id: h.id,
      from: h.start_time,
      to: h.end_time,
      kind: h.kind,
      reference: h.reference,
      released: h.released_at !== null,
    })),
  };
}
