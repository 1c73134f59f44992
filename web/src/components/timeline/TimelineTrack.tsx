import dayjs from 'dayjs';
import { memo, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { msAt, xOf, type TimeView } from './time-view.ts';
import { useElementWidth } from './useElementWidth.ts';

/** A stretch of recorded footage. */
export interface TrackSpan {
  fromMs: number;
  toMs: number;
}

/** A stretch without footage and why (offline, overrun, disk_full, paused, crash, stall). */
export interface TrackGap extends TrackSpan {
  cause: string;
}

/** A hold pinning footage. */
export interface TrackHold extends TrackSpan {
  kind: string;
  reference: string;
  released: boolean;
}

/** Colour of recorded footage. */
export const RECORDED_COLOR = '#52c41a';
/** Colour of a hold's band. */
export const HOLD_COLOR = '#722ed1';
/** Colour of each gap cause (src/recording/segment-index.ts GapCause); others use UNKNOWN_GAP_COLOR. */
export const GAP_COLORS: Readonly<Record<string, string>> = {
  offline: '#8c8c8c',
  overrun: '#fa8c16',
  disk_full: '#f5222d',
  paused: '#1677ff',
  crash: '#eb2f96',
  stall: '#fadb14',
};
/** Colour of a gap whose cause this console does not know. */
export const UNKNOWN_GAP_COLOR = '#bfbfbf';
const PLAYHEAD_COLOR = '#cf1322';

/** Words the track shows in its hover text (the page supplies them in the user's language). */
export interface TrackLabels {
  recorded: string;
  none: string;
  gap: (cause: string) => string;
  hold: (kind: string, reference: string, released: boolean) => string;
}

const HEIGHT = 30;
const BAR_Y = 3;
const BAR_H = 18;
const HOLD_Y = 24;
const HOLD_H = 4;
/** Wheel notch: 20 % closer or farther. */
const WHEEL_ZOOM = 1.25;

const find = <T extends TrackSpan>(list: readonly T[], ms: number) => list.find((s) => ms >= s.fromMs && ms < s.toMs);

/**
 * One camera's day as an SVG track: recorded spans, gaps coloured by cause, holds as a band
 * below, the playhead. Click or drag to seek (the seek happens on release), the wheel zooms about
 * the pointer, and as a slider it takes the arrow keys (±1/50 of the view) and +/- (zoom).
 */
export const TimelineTrack = memo(function TimelineTrack({
  cameraId,
  label,
  view,
  spans,
  gaps,
  holds,
  playheadMs,
  labels,
  onSeek,
  onZoom,
}: {
  cameraId: string;
  label: string;
  view: TimeView;
  spans: readonly TrackSpan[];
  gaps: readonly TrackGap[];
  holds: readonly TrackHold[];
  playheadMs: number | null;
  labels: TrackLabels;
  onSeek: (ms: number) => void;
  onZoom: (factor: number, anchorMs: number) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const [hoverX, setHoverX] = useState<number | null>(null);
  const [dragMs, setDragMs] = useState<number | null>(null);

  // React's wheel listener is passive and cannot keep the page from scrolling: a native one can.
  const zoomRef = useRef({ onZoom, view, width });
  useEffect(() => {
    zoomRef.current = { onZoom, view, width };
  });
  useEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const onWheel = (e: WheelEvent) => {
      if (e.deltaY === 0) return;
      e.preventDefault();
      const { onZoom: zoom, view: v, width: w } = zoomRef.current;
      const x = e.clientX - el.getBoundingClientRect().left;
      zoom(e.deltaY > 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM, msAt(x, v, w));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      el.removeEventListener('wheel', onWheel);
    };
  }, []);

  const xAt = (e: PointerEvent) => e.clientX - (ref.current?.getBoundingClientRect().left ?? 0);
  const visible = <T extends TrackSpan>(list: readonly T[]) =>
    list.filter((s) => s.toMs > view.fromMs && s.fromMs < view.toMs);
  const rect = (s: TrackSpan) => {
    const x0 = Math.max(0, xOf(s.fromMs, view, width));
    const x1 = Math.min(width, xOf(s.toMs, view, width));
    return { x: x0, width: Math.max(1, x1 - x0) };
  };

  const hoverMs = hoverX === null ? null : msAt(hoverX, view, width);
  let hoverText: string | null = null;
  if (hoverMs !== null) {
    const gap = find(gaps, hoverMs);
    const hold = find(holds, hoverMs);
    const what =
      find(spans, hoverMs) !== undefined ? labels.recorded : gap !== undefined ? labels.gap(gap.cause) : labels.none;
    hoverText = `${dayjs(hoverMs).format('HH:mm:ss')} ${what}${hold !== undefined ? ` · ${labels.hold(hold.kind, hold.reference, hold.released)}` : ''}`;
  }

  const shownMs = dragMs ?? playheadMs;
  const span = view.toMs - view.fromMs;
  const onKeyDown = (e: KeyboardEvent) => {
    const at = playheadMs ?? view.fromMs;
    const moves: Record<string, number> = {
      ArrowLeft: -span / 50,
      ArrowRight: span / 50,
      PageUp: -span / 5,
      PageDown: span / 5,
    };
    const move = moves[e.key];
    if (move !== undefined) {
      e.preventDefault();
      onSeek(at + move);
    } else if (e.key === '+' || e.key === '=') {
      e.preventDefault();
      onZoom(1 / WHEEL_ZOOM, at);
    } else if (e.key === '-') {
      e.preventDefault();
      onZoom(WHEEL_ZOOM, at);
    }
  };

  return (
    <div
      ref={ref}
      data-testid="timeline"
      data-camera-id={cameraId}
      data-view-from={new Date(view.fromMs).toISOString()}
      data-view-to={new Date(view.toMs).toISOString()}
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuemin={view.fromMs}
      aria-valuemax={view.toMs}
      aria-valuenow={playheadMs ?? view.fromMs}
      aria-valuetext={playheadMs === null ? labels.none : dayjs(playheadMs).format('YYYY-MM-DD HH:mm:ss')}
      onKeyDown={onKeyDown}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        setDragMs(msAt(xAt(e), view, width));
      }}
      onPointerMove={(e) => {
        const x = xAt(e);
        setHoverX(x);
        if (dragMs !== null) setDragMs(msAt(x, view, width));
      }}
      onPointerUp={(e) => {
        if (dragMs === null) return;
        const ms = msAt(xAt(e), view, width);
        setDragMs(null);
        onSeek(ms);
      }}
      onPointerCancel={() => {
        setDragMs(null);
      }}
      onPointerLeave={() => {
        setHoverX(null);
      }}
      style={{ position: 'relative', height: HEIGHT, cursor: 'pointer', touchAction: 'none', userSelect: 'none' }}
    >
      <svg width={width} height={HEIGHT} style={{ display: 'block' }}>
        <rect x={0} y={BAR_Y} width={width} height={BAR_H} fill="#f5f5f5" />
        {visible(gaps).map((g) => (
          <rect
            key={`g${g.fromMs}`}
            data-testid="timeline-gap"
            data-cause={g.cause}
            {...rect(g)}
            y={BAR_Y}
            height={BAR_H}
            fill={GAP_COLORS[g.cause] ?? UNKNOWN_GAP_COLOR}
            fillOpacity={0.55}
          >
            <title>{labels.gap(g.cause)}</title>
          </rect>
        ))}
        {visible(spans).map((s) => (
          <rect
            key={`s${s.fromMs}`}
            data-testid="timeline-span"
            data-from={new Date(s.fromMs).toISOString()}
            data-to={new Date(s.toMs).toISOString()}
            {...rect(s)}
            y={BAR_Y}
            height={BAR_H}
            fill={RECORDED_COLOR}
          />
        ))}
        {visible(holds).map((h) => (
          <rect
            key={`h${h.fromMs}${h.kind}`}
            {...rect(h)}
            y={HOLD_Y}
            height={HOLD_H}
            fill={HOLD_COLOR}
            fillOpacity={h.released ? 0.35 : 1}
          >
            <title>{labels.hold(h.kind, h.reference, h.released)}</title>
          </rect>
        ))}
        {hoverX !== null && <line x1={hoverX} x2={hoverX} y1={0} y2={HEIGHT} stroke="#595959" strokeDasharray="2 2" />}
        {shownMs !== null && shownMs >= view.fromMs && shownMs <= view.toMs && (
          <line
            data-testid="timeline-playhead"
            x1={xOf(shownMs, view, width)}
            x2={xOf(shownMs, view, width)}
            y1={0}
            y2={HEIGHT}
            stroke={PLAYHEAD_COLOR}
            strokeWidth={2}
          />
        )}
      </svg>
      {hoverText !== null && hoverX !== null && (
        <div
          role="tooltip"
          style={{
            position: 'absolute',
            bottom: HEIGHT + 2,
            left: Math.min(Math.max(0, hoverX - 80), Math.max(0, width - 220)),
            zIndex: 10,
            padding: '2px 8px',
            borderRadius: 4,
            fontSize: 12,
            whiteSpace: 'nowrap',
            pointerEvents: 'none',
            color: '#fff',
            background: 'rgba(0,0,0,0.8)',
          }}
        >
          {hoverText}
        </div>
      )}
    </div>
  );
});
