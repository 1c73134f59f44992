import { LeftOutlined, RightOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Space, Spin, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TimelineAxis } from '../../components/timeline/TimelineAxis.tsx';
import {
  GAP_COLORS,
  HOLD_COLOR,
  RECORDED_COLOR,
  TimelineTrack,
  type TrackLabels,
} from '../../components/timeline/TimelineTrack.tsx';
import { panView, zoomView, type TimeView } from '../../components/timeline/time-view.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import type { DayTimeline } from './useTimelines.ts';

const LABEL_WIDTH = 150;
const KNOWN_CAUSES = ['offline', 'overrun', 'disk_full', 'paused', 'crash', 'stall'] as const;
const KNOWN_HOLDS = ['case', 'important', 'legal_order'] as const;
/** One button press: twice as close or twice as far. */
const BUTTON_ZOOM = 2;

function causeKey(cause: string): MessageKey | null {
  const c = KNOWN_CAUSES.find((k) => k === cause);
  return c === undefined ? null : `playback.cause.${c}`;
}

function holdKey(kind: string): MessageKey | null {
  const k = KNOWN_HOLDS.find((h) => h === kind);
  return k === undefined ? null : `playback.hold.${k}`;
}

/** "1 小时 30 分", "5 分", "45 秒": how wide the view is. */
function useSpanText() {
  const { t } = useI18n();
  return (spanMs: number) => {
    const s = Math.round(spanMs / 1000);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const parts = [h > 0 ? t('playback.zoom.hours', { n: h }) : '', m > 0 ? t('playback.zoom.minutes', { n: m }) : ''];
    const text = parts.filter((p) => p !== '').join(' ');
    return text === '' ? t('playback.zoom.seconds', { n: s }) : text;
  };
}

/** Zoom and pan buttons, the axis, one track per camera and the colour legend. */
export function TimelinePanel({
  cameras,
  timelines,
  view,
  bounds,
  playheadMs,
  seekable,
  onView,
  onSeek,
}: {
  cameras: readonly { id: string; name: string }[];
  timelines: readonly UseQueryResult<DayTimeline>[];
  view: TimeView;
  bounds: TimeView;
  playheadMs: number | null;
  /** Whether clicking seeks (the user may play footage). */
  seekable: boolean;
  onView: (v: TimeView) => void;
  onSeek: (ms: number) => void;
}) {
  const { t } = useI18n();
  const spanText = useSpanText();
  const labels = useMemo<TrackLabels>(
    () => ({
      recorded: t('playback.legend.recorded'),
      none: t('playback.legend.none'),
      gap: (cause) => {
        const k = causeKey(cause);
        return k === null ? t('playback.cause.other', { cause }) : t(k);
      },
      hold: (kind, reference, released) => {
        const k = holdKey(kind);
        const name = k === null ? kind : t(k);
        return t(released ? 'playback.hold.released' : 'playback.hold.active', { kind: name, reference });
      },
    }),
    [t],
  );
  const zoom = useCallback(
    (factor: number, anchorMs: number) => {
      onView(zoomView(view, factor, anchorMs, bounds));
    },
    [view, bounds, onView],
  );
  const center =
    playheadMs !== null && playheadMs >= view.fromMs && playheadMs <= view.toMs
      ? playheadMs
      : (view.fromMs + view.toMs) / 2;
  const span = view.toMs - view.fromMs;

  return (
    <div data-testid="timeline-panel" style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
        <Space.Compact>
          <Tooltip title={t('playback.zoom.in')}>
            <Button
              aria-label={t('playback.zoom.in')}
              icon={<ZoomInOutlined />}
              onClick={() => {
                zoom(1 / BUTTON_ZOOM, center);
              }}
            />
          </Tooltip>
          <Tooltip title={t('playback.zoom.out')}>
            <Button
              aria-label={t('playback.zoom.out')}
              icon={<ZoomOutOutlined />}
              onClick={() => {
                zoom(BUTTON_ZOOM, center);
              }}
            />
          </Tooltip>
          <Button
            onClick={() => {
              onView(bounds);
            }}
          >
            {t('playback.zoom.day')}
          </Button>
        </Space.Compact>
        <Space.Compact>
          <Tooltip title={t('playback.zoom.earlier')}>
            <Button
              aria-label={t('playback.zoom.earlier')}
              icon={<LeftOutlined />}
              onClick={() => {
                onView(panView(view, -span / 2, bounds));
              }}
            />
          </Tooltip>
          <Tooltip title={t('playback.zoom.later')}>
            <Button
              aria-label={t('playback.zoom.later')}
              icon={<RightOutlined />}
              onClick={() => {
                onView(panView(view, span / 2, bounds));
              }}
            />
          </Tooltip>
        </Space.Compact>
        <Typography.Text type="secondary" data-testid="timeline-view" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {dayjs(view.fromMs).format('HH:mm:ss')} –{' '}
          {dayjs(view.toMs).format(view.toMs === bounds.toMs ? '24:00:00' : 'HH:mm:ss')}
          {'（'}
          {spanText(span)}
          {'）'}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 'auto' }}>
          {t(seekable ? 'playback.zoom.hint' : 'playback.zoom.hintNoSeek')}
        </Typography.Text>
      </div>
      <div style={{ display: 'flex' }}>
        <div style={{ width: LABEL_WIDTH, flex: 'none' }} />
        <div style={{ flex: 1, minWidth: 0 }}>
          <TimelineAxis view={view} originMs={bounds.fromMs} />
        </div>
      </div>
      {cameras.map((c, i) => {
        const q = timelines[i];
        return (
          <div key={c.id} style={{ display: 'flex', alignItems: 'center' }}>
            <Typography.Text
              ellipsis
              title={c.name}
              style={{ width: LABEL_WIDTH, flex: 'none', paddingInlineEnd: 8, fontSize: 13 }}
            >
              {c.name}
            </Typography.Text>
            <div style={{ flex: 1, minWidth: 0 }}>
              {q === undefined || q.isPending ? (
                <Spin size="small" />
              ) : q.isError ? (
                <ErrorAlert error={q.error} />
              ) : (
                <TimelineTrack
                  cameraId={c.id}
                  label={t('playback.timeline.label', { name: c.name })}
                  view={view}
                  spans={q.data.spans}
                  gaps={q.data.gaps}
                  holds={q.data.holds}
                  playheadMs={playheadMs}
                  labels={labels}
                  onSeek={onSeek}
                  onZoom={zoom}
                />
              )}
            </div>
          </div>
        );
      })}
      <Legend />
    </div>
  );
}

/** What each colour means. */
function Legend() {
  const { t } = useI18n();
  const swatch = (color: string, opacity = 1) => (
    <span
      aria-hidden
      style={{
        display: 'inline-block',
        width: 12,
        height: 10,
        background: color,
        opacity,
        marginInlineEnd: 4,
        verticalAlign: 'middle',
      }}
    />
  );
  return (
    <div
      role="list"
      aria-label={t('playback.legend.title')}
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: '2px 14px',
        fontSize: 12,
        color: '#595959',
        paddingInlineStart: LABEL_WIDTH,
      }}
    >
      <span role="listitem">
        {swatch(RECORDED_COLOR)}
        {t('playback.legend.recorded')}
      </span>
      {KNOWN_CAUSES.map((c) => (
        <span role="listitem" key={c}>
          {swatch(GAP_COLORS[c] ?? '#bfbfbf', 0.55)}
          {t(`playback.cause.${c}`)}
        </span>
      ))}
      <span role="listitem">
        {swatch(HOLD_COLOR)}
        {t('playback.legend.hold')}
      </span>
    </div>
  );
}
