import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Empty, Space, Tag, TreeSelect, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { EXPORT_ROLES, VIEW_ROLES } from '../../app/access.ts';
import { useUser } from '../../app/session.tsx';
import { followView, type TimeView } from '../../components/timeline/time-view.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useCameraDirectory, type CameraDirectory } from '../live/useCameraDirectory.ts';
import { ExportModal, type ExportRequest } from './ExportModal.tsx';
import { PlaybackControls, type Speed } from './PlaybackControls.tsx';
import { PlaybackVideo } from './PlaybackVideo.tsx';
import { PurposeModal } from './PurposeModal.tsx';
import { SnapshotModal, type SnapshotRequest } from './SnapshotModal.tsx';
import { SyncedPlayback } from './synced-playback.ts';
import { TimelinePanel } from './TimelinePanel.tsx';
import { usePlaybackPurpose } from './usePlaybackPurpose.ts';
import { useTimelines } from './useTimelines.ts';
import { VideoGrid } from './VideoGrid.tsx';

/** Cameras played together. */
const MAX_CAMERAS = 4;
/** Frame rate assumed when the camera's is unknown (PAL video). */
const DEFAULT_FPS = 25;
/** Today's playback starts this far before the newest footage. */
const TODAY_START_BEFORE_END_MS = 5 * 60_000;

function dayBounds(day: Dayjs): TimeView {
  return { fromMs: day.startOf('day').valueOf(), toMs: day.startOf('day').add(1, 'day').valueOf() };
}

/** Where playback starts on a day: a few minutes before the newest footage today, else the first. */
function defaultStart(spans: readonly { fromMs: number; toMs: number }[], isToday: boolean): number | null {
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (first === undefined || last === undefined) return null;
  return isToday ? Math.max(last.fromMs, last.toMs - TODAY_START_BEFORE_END_MS) : first.fromMs;
}

/** The camera picker's tree: organizations and sites group, cameras are chosen. */
function cameraTreeData(directory: CameraDirectory | undefined) {
  return (directory?.orgs ?? []).map((o) => ({
    value: `org:${o.id}`,
    title: o.name,
    selectable: false,
    children: o.sites.map((s) => ({
      value: `site:${s.id}`,
      title: s.name,
      selectable: false,
      children: s.cameras.map((c) => ({ value: c.id, title: c.name, isLeaf: true })),
    })),
  }));
}

/** The leading camera's frame rate, for one-frame steps. */
function useFrameRate(cameraId: string | undefined): number {
  const status = useQuery({
    queryKey: ['camera-status', cameraId],
    enabled: cameraId !== undefined,
    staleTime: 60_000,
    queryFn: () => unwrap(api.GET('/api/v1/cameras/{id}/status', { params: { path: { id: cameraId ?? '' } } })),
  });
  const fps = status.data?.framesPerSecond ?? 0;
  return fps >= 1 ? fps : DEFAULT_FPS;
}

/**
 * 录像回放: up to four cameras of one day, each with its 24-hour timeline, played in step with the
 * first; the purpose of the sitting is asked once, before any footage is played.
 */
export function PlaybackPage() {
  const { t } = useI18n();
  const user = useUser();
  const canPlay = VIEW_ROLES.includes(user.role);
  const canExport = EXPORT_ROLES.includes(user.role);
  const directory = useCameraDirectory();
  const purpose = usePlaybackPurpose(user.id);
  const [cameraIds, setCameraIds] = useState<string[]>([]);
  const [day, setDay] = useState<Dayjs>(() => dayjs().startOf('day'));
  const bounds = useMemo(() => dayBounds(day), [day]);
  const isToday = day.isSame(dayjs(), 'day');
  const [view, setView] = useState<TimeView>(bounds);
  const [clockMs, setClockMs] = useState<number | null>(null);
  const [playing, setPlaying] = useState(true);
  const [speed, setSpeed] = useState<Speed>(1);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [askPurpose, setAskPurpose] = useState(false);
  const [requestedMs, setRequestedMs] = useState<number | null>(null);
  const [snapshot, setSnapshot] = useState<SnapshotRequest | null>(null);
  const [exporting, setExporting] = useState<ExportRequest | null>(null);
  const [sync] = useState(() => new SyncedPlayback(setClockMs));
  const timelines = useTimelines(cameraIds, bounds, isToday);
  const leaderId = cameraIds[0];
  const fps = useFrameRate(leaderId);
  const cameras = cameraIds.map((id) => ({ id, name: directory.data?.cameras.get(id)?.name ?? id }));
  const active = cameras.find((c) => c.id === activeId) ?? cameras[0];
  const playable = canPlay && purpose.value !== null && cameraIds.length > 0;

  useEffect(() => {
    sync.start();
    return () => {
      sync.close();
    };
  }, [sync]);
  useEffect(() => {
    sync.setBounds(bounds);
    setView(bounds);
  }, [sync, bounds]);
  useEffect(() => {
    sync.setOrder(cameraIds);
  }, [sync, cameraIds]);
  useEffect(() => {
    cameraIds.forEach((id, i) => {
      const data = timelines[i]?.data;
      if (data !== undefined) sync.setSpans(id, data.spans);
    });
  }, [sync, cameraIds, timelines]);
  // First position of a sitting or a day: where the user clicked, else the default start.
  const leaderSpans = timelines[0]?.data?.spans;
  useEffect(() => {
    if (!playable || clockMs !== null || leaderSpans === undefined) return;
    const start = requestedMs ?? defaultStart(leaderSpans, isToday);
    if (start === null) return;
    setRequestedMs(null);
    sync.seek(start);
  }, [playable, clockMs, leaderSpans, requestedMs, isToday, sync]);
  // The timeline follows the playhead when it runs off the visible part (not when the user pans).
  const lastClock = useRef<number | null>(null);
  useEffect(() => {
    const prev = lastClock.current;
    lastClock.current = clockMs;
    if (clockMs === null) return;
    setView((v) => (prev !== null && prev >= v.fromMs && prev < v.toMs ? followView(v, clockMs, bounds) : v));
  }, [clockMs, bounds]);

  const seek = (ms: number) => {
    if (!canPlay) return;
    if (purpose.value === null) {
      setRequestedMs(ms);
      setAskPurpose(true);
      return;
    }
    sync.seek(ms);
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('playback.title')}
        </Typography.Title>
        <Space size={6}>
          <label htmlFor="playback-cameras">{t('playback.cameras')}</label>
          <TreeSelect<string[]>
            id="playback-cameras"
            aria-label={t('playback.cameras')}
            data-testid="playback-cameras"
            multiple
            showSearch={{ treeNodeFilterProp: 'title' }}
            treeDefaultExpandAll
            loading={directory.isPending}
            maxCount={MAX_CAMERAS}
            placeholder={t('playback.camerasPlaceholder', { n: MAX_CAMERAS })}
            style={{ width: 340 }}
            maxTagCount="responsive"
            value={cameraIds}
            treeData={cameraTreeData(directory.data)}
            onChange={(ids) => {
              setCameraIds(ids.slice(0, MAX_CAMERAS));
            }}
            onOpenChange={(open) => {
              // Asked once per sitting, as soon as there is something to play (not over the open list).
              if (!open && canPlay && purpose.value === null && cameraIds.length > 0) setAskPurpose(true);
            }}
          />
        </Space>
        <Space size={6}>
          <label htmlFor="playback-day">{t('playback.day')}</label>
          <DatePicker
            id="playback-day"
            allowClear={false}
            value={day}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            onChange={(d: Dayjs | null) => {
              if (d !== null) setDay(d.startOf('day'));
            }}
          />
        </Space>
        {canPlay && (
          <Space size={4} style={{ marginInlineStart: 'auto', minWidth: 0 }}>
            <Typography.Text type="secondary">{t('playback.purpose.current')}：</Typography.Text>
            {purpose.value === null ? (
              <Tag>{t('playback.purpose.none')}</Tag>
            ) : (
              <Typography.Text
                ellipsis
                style={{ maxWidth: 200 }}
                title={purpose.value.purpose}
                data-testid="playback-purpose"
              >
                {purpose.value.purpose}
              </Typography.Text>
            )}
            <Button
              size="small"
              icon={<EditOutlined />}
              onClick={() => {
                setAskPurpose(true);
              }}
            >
              {t(purpose.value === null ? 'playback.purpose.fill' : 'playback.purpose.change')}
            </Button>
          </Space>
        )}
      </div>

      {!canPlay && <Alert type="info" showIcon title={t('playback.noPlayRole')} />}
      {cameraIds.length === 0 ? (
        <Empty description={t('playback.pickCameras', { n: MAX_CAMERAS })} />
      ) : (
        <>
          {canPlay && (
            <VideoGrid count={purpose.value === null ? 1 : cameras.length}>
              {purpose.value === null ? (
                <div style={{ display: 'grid', placeItems: 'center', gridColumn: '1 / -1' }}>
                  <Button
                    type="primary"
                    onClick={() => {
                      setAskPurpose(true);
                    }}
                  >
                    {t('playback.purpose.fillToPlay')}
                  </Button>
                </div>
              ) : (
                cameras.map((c, i) => (
                  <PlaybackVideo
                    key={c.id}
                    cameraId={c.id}
                    name={c.name}
                    sync={sync}
                    purpose={purpose.value ?? { purpose: '', caseNo: '', requestingUnit: '' }}
                    active={active?.id === c.id && cameras.length > 1}
                    leader={i === 0 && cameras.length > 1}
                    onActivate={() => {
                      setActiveId(c.id);
                    }}
                  />
                ))
              )}
            </VideoGrid>
          )}
          {canPlay && (
            <PlaybackControls
              enabled={playable}
              playing={playing}
              speed={speed}
              clockMs={clockMs}
              reportCameraId={cameraIds[0]}
              canExport={canExport}
              onPlay={() => {
                sync.play();
                setPlaying(true);
              }}
              onPause={() => {
                sync.pause();
                setPlaying(false);
              }}
              onStep={(d) => {
                sync.step(d / fps);
                setPlaying(false);
              }}
              onSpeed={(s) => {
                sync.setRate(s);
                setSpeed(s);
              }}
              onSnapshot={() => {
                if (active !== undefined && clockMs !== null) {
                  setSnapshot({
                    cameraId: active.id,
                    cameraName: active.name,
                    atMs: clockMs,
                    purpose: purpose.value?.purpose ?? '',
                  });
                }
              }}
              onExport={() => {
                if (active !== undefined && clockMs !== null)
                  setExporting({ cameraId: active.id, cameraName: active.name, atMs: clockMs });
              }}
            />
          )}
          <TimelinePanel
            cameras={cameras}
            timelines={timelines}
            view={view}
            bounds={bounds}
            playheadMs={clockMs}
            seekable={canPlay}
            onView={setView}
            onSeek={seek}
          />
        </>
      )}
      <PurposeModal
        open={askPurpose}
        initial={purpose.value}
        onCancel={() => {
          setAskPurpose(false);
          setRequestedMs(null);
        }}
        onSubmit={(p) => {
          purpose.set(p);
          setAskPurpose(false);
        }}
      />
      <SnapshotModal
        request={snapshot}
        onClose={() => {
          setSnapshot(null);
        }}
      />
      <ExportModal
        request={exporting}
        purpose={purpose.value}
        onClose={() => {
          setExporting(null);
        }}
      />
    </div>
  );
}
