import { useEffect, useMemo, useRef, useState } from 'react';
import { clampView, followView, type TimeView } from '../../components/timeline/time-view.ts';
import { PlaybackControls, type Speed } from '../playback/PlaybackControls.tsx';
import { PlaybackVideo } from '../playback/PlaybackVideo.tsx';
import { SnapshotModal, type SnapshotRequest } from '../playback/SnapshotModal.tsx';
import { footageFrom, SyncedPlayback } from '../playback/synced-playback.ts';
import type { PlaybackPurpose } from '../playback/usePlaybackPurpose.ts';
import { useTimelines } from '../playback/useTimelines.ts';
import { GrantTimeline } from './GrantTimeline.tsx';
import { SittingExport } from './SittingExport.tsx';

/** Frame rate assumed for one-frame steps (PAL video). */
const FPS = 25;

/**
 * Recorded playback of one granted camera over its granted range and nothing else: the timeline
 * and every playlist stay inside the range, so the footage gate never has to refuse the console.
 * The playback page's player, controls and snapshot dialog do the work; the register takes its
 * 用途, organ and case from the request.
 */
export function GrantedPlayback({
  cameraId,
  cameraName,
  bounds,
  purpose: asked,
  canCopy,
}: {
  cameraId: string;
  cameraName: string;
  bounds: TimeView;
  purpose: PlaybackPurpose;
  canCopy: boolean;
}) {
  const { fromMs, toMs } = bounds;
  const range = useMemo(() => ({ fromMs, toMs }), [fromMs, toMs]);
  // The player reloads when its purpose changes: keep one object per text.
  const purpose = useMemo(
    () => ({ purpose: asked.purpose, caseNo: asked.caseNo, requestingUnit: asked.requestingUnit }),
    [asked.purpose, asked.caseNo, asked.requestingUnit],
  );
  const [clockMs, setClockMs] = useState<number | null>(null);
  const [sync] = useState(() => new SyncedPlayback(setClockMs));
  const [playing, setPlaying] = useState(true);
  const [speed, setSpeed] = useState<Speed>(1);
  const [view, setView] = useState<TimeView>(range);
  const [snapshot, setSnapshot] = useState<SnapshotRequest | null>(null);
  const [exporting, setExporting] = useState(false);
  const cameraIds = useMemo(() => [cameraId], [cameraId]);
  // A range reaching into the future is still being recorded: its timeline is read again.
  const [timeline] = useTimelines(cameraIds, range, range.toMs > Date.now());
  const spans = timeline?.data?.spans;

  useEffect(() => {
    sync.start();
    return () => {
      sync.close();
    };
  }, [sync]);
  useEffect(() => {
    sync.setBounds(range);
    sync.setOrder(cameraIds);
  }, [sync, range, cameraIds]);
  useEffect(() => {
    if (spans !== undefined) sync.setSpans(cameraId, spans);
  }, [sync, cameraId, spans]);
  // The sitting starts at the first footage of the granted range.
  useEffect(() => {
    if (clockMs !== null || spans === undefined) return;
    const start = footageFrom(spans, range.fromMs);
    if (start !== null && start < range.toMs) sync.seek(start);
  }, [sync, clockMs, spans, range]);
  // The first view shows the recorded part of the range, not hours of grant without footage.
  const fitted = useRef(false);
  useEffect(() => {
    const first = spans?.[0];
    const last = spans?.[spans.length - 1];
    if (fitted.current || first === undefined || last === undefined) return;
    fitted.current = true;
    const pad = (last.toMs - first.fromMs) * 0.05;
    setView(clampView({ fromMs: first.fromMs - pad, toMs: last.toMs + pad }, range));
  }, [spans, range]);
  // The timeline follows the playhead when it runs off the visible part (not when the user pans).
  const lastClock = useRef<number | null>(null);
  useEffect(() => {
    const prev = lastClock.current;
    lastClock.current = clockMs;
    if (clockMs === null) return;
    setView((v) => (prev !== null && prev >= v.fromMs && prev < v.toMs ? followView(v, clockMs, range) : v));
  }, [clockMs, range]);

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }} data-testid="access-playback">
      <div style={{ display: 'grid', height: 'min(40vh, 420px)', minHeight: 200, background: '#000' }}>
        <PlaybackVideo
          cameraId={cameraId}
          name={cameraName}
          sync={sync}
          purpose={purpose}
          active={false}
          leader={false}
          onActivate={() => undefined}
        />
      </div>
      <PlaybackControls
        enabled
        playing={playing}
        speed={speed}
        clockMs={clockMs}
        canExport={canCopy}
        onPlay={() => {
          sync.play();
          setPlaying(true);
        }}
        onPause={() => {
          sync.pause();
          setPlaying(false);
        }}
        onStep={(d) => {
          sync.step(d / FPS);
          setPlaying(false);
        }}
        onSpeed={(s) => {
          sync.setRate(s);
          setSpeed(s);
        }}
        onSnapshot={() => {
          if (clockMs !== null) setSnapshot({ cameraId, cameraName, atMs: clockMs, purpose: purpose.purpose });
        }}
        onExport={() => {
          setExporting(true);
        }}
      />
      <GrantTimeline
        cameraId={cameraId}
        cameraName={cameraName}
        timeline={timeline}
        view={view}
        bounds={range}
        playheadMs={clockMs}
        onView={setView}
        onSeek={(ms) => {
          sync.seek(Math.min(Math.max(ms, range.fromMs), range.toMs - 1));
        }}
      />
      <SnapshotModal
        request={snapshot}
        onClose={() => {
          setSnapshot(null);
        }}
      />
      {exporting && (
        <SittingExport
          cameraId={cameraId}
          cameraName={cameraName}
          bounds={range}
          spans={spans ?? []}
          onClose={() => {
            setExporting(false);
          }}
        />
      )}
    </div>
  );
}
