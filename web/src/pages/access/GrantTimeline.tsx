import { ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Space, Spin, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TimelineAxis } from '../../components/timeline/TimelineAxis.tsx';
import { TimelineTrack, type TrackLabels } from '../../components/timeline/TimelineTrack.tsx';
import { zoomView, type TimeView } from '../../components/timeline/time-view.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { DayTimeline } from '../playback/useTimelines.ts';
import { when } from '../../components/format/when.ts';

const KNOWN_CAUSES = ['offline', 'overrun', 'disk_full', 'paused', 'crash', 'stall'] as const;
const KNOWN_HOLDS = ['case', 'important', 'legal_order'] as const;
/** One button press: twice as close or twice as far. */
const BUTTON_ZOOM = 2;

/** The words of the track, in the playback page's vocabulary (gap causes, holds). */
function useTrackLabels(): TrackLabels {
  const { t } = useI18n();
  return useMemo(
    () => ({
      recorded: t('access.timeline.recorded'),
      none: t('access.timeline.none'),
      gap: (cause) => {
        const c = KNOWN_CAUSES.find((k) => k === cause);
        return c === undefined ? t('playback.cause.other', { cause }) : t(`playback.cause.${c}`);
      },
      hold: (kind, reference, released) => {
        const k = KNOWN_HOLDS.find((h) => h === kind);
        const name = k === undefined ? kind : t(`playback.hold.${k}`);
        return t(released ? 'playback.hold.released' : 'playback.hold.active', { kind: name, reference });
      },
    }),
    [t],
  );
}

/** The granted range as a timeline: recorded spans, gaps, the playhead; click to seek, wheel to zoom. */
export function GrantTimeline({
  cameraId,
  cameraName,
  timeline,
  view,
  bounds,
  playheadMs,
  onView,
  onSeek,
}: {
  cameraId: string;
  cameraName: string;
  timeline: UseQueryResult<DayTimeline> | undefined;
  view: TimeView;
  bounds: TimeView;
  playheadMs: number | null;
  onView: (v: TimeView) => void;
  onSeek: (ms: number) => void;
}) {
  const { t } = useI18n();
  const labels = useTrackLabels();
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
  return (
    <div data-testid="access-timeline" style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
        <Space.Compact>
          <Tooltip title={t('access.timeline.zoomIn')}>
            <Button
              aria-label={t('access.timeline.zoomIn')}
              icon={<ZoomInOutlined />}
              onClick={() => {
                zoom(1 / BUTTON_ZOOM, center);
              }}
            />
          </Tooltip>
          <Tooltip title={t('access.timeline.zoomOut')}>
            <Button
              aria-label={t('access.timeline.zoomOut')}
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
            {t('access.timeline.whole')}
          </Button>
        </Space.Compact>
        <Typography.Text type="secondary">
          {t('access.timeline.granted', {
            from: when(new Date(bounds.fromMs).toISOString()),
            to: when(new Date(bounds.toMs).toISOString()),
          })}
        </Typography.Text>
      </div>
      <TimelineAxis view={view} originMs={dayjs(bounds.fromMs).startOf('day').valueOf()} />
      {timeline === undefined || timeline.isPending ? (
        <Spin size="small" />
      ) : timeline.isError ? (
        <ErrorAlert error={timeline.error} />
      ) : (
        <TimelineTrack
          cameraId={cameraId}
          label={t('access.timeline.label', { name: cameraName })}
          view={view}
          spans={timeline.data.spans}
          gaps={timeline.data.gaps}
          holds={timeline.data.holds}
          playheadMs={playheadMs}
          labels={labels}
          onSeek={onSeek}
          onZoom={zoom}
        />
      )}
    </div>
  );
}
