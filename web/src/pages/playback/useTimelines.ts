import { useQueries } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { WallWindow } from '../../components/player/recorded-hls-player.ts';
import type { TrackGap, TrackHold, TrackSpan } from '../../components/timeline/TimelineTrack.tsx';

/** A camera's day as the tracks draw it, in milliseconds. */
export interface DayTimeline {
  spans: TrackSpan[];
  gaps: TrackGap[];
  holds: TrackHold[];
  recordedMs: number;
}

/** While the day is today, the timeline is re-read this often (files are indexed as they seal). */
const TODAY_REFRESH_MS = 30_000;

const ms = (iso: string) => Date.parse(iso);

/** The timelines of `cameraIds` for the day `bounds` (GET /cameras/{id}/timeline). */
export function useTimelines(cameraIds: readonly string[], bounds: WallWindow, isToday: boolean) {
  return useQueries({
    queries: cameraIds.map((id) => ({
      queryKey: ['timeline', id, bounds.fromMs, bounds.toMs],
      refetchInterval: isToday ? TODAY_REFRESH_MS : (false as const),
      queryFn: async (): Promise<DayTimeline> => {
        const tl = await unwrap(
          api.GET('/api/v1/cameras/{id}/timeline', {
            params: {
              path: { id },
              query: { from: new Date(bounds.fromMs).toISOString(), to: new Date(bounds.toMs).toISOString() },
            },
          }),
        );
        return {
          spans: tl.spans.map((s) => ({ fromMs: ms(s.from), toMs: ms(s.to) })),
          gaps: tl.gaps.map((g) => ({ fromMs: ms(g.from), toMs: ms(g.to), cause: g.cause })),
          holds: tl.holds.map((h) => ({
            fromMs: ms(h.from),
            toMs: ms(h.to),
            kind: h.kind,
            reference: h.reference,
            released: h.released,
          })),
          recordedMs: tl.recordedMs,
        };
      },
    })),
  });
}
