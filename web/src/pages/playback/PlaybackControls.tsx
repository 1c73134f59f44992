import {
  CameraOutlined,
  ExportOutlined,
  PauseOutlined,
  CaretRightOutlined,
  StepBackwardOutlined,
  StepForwardOutlined,
} from '@ant-design/icons';
import { Button, Segmented, Space, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { ReportButton } from '../reports/ReportButton.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** Playback speeds offered. */
export const SPEEDS = [0.5, 1, 2, 4, 8] as const;
/** One of SPEEDS. */
export type Speed = (typeof SPEEDS)[number];

/** Play/pause, frame steps, speed, the wall-clock readout, snapshot and export. */
export function PlaybackControls({
  enabled,
  playing,
  speed,
  clockMs,
  reportCameraId,
  canExport,
  onPlay,
  onPause,
  onStep,
  onSpeed,
  onSnapshot,
  onExport,
}: {
  enabled: boolean;
  playing: boolean;
  speed: Speed;
  clockMs: number | null;
  /** The camera a suspicious-information report from here names (the leading one); none: no button. */
  reportCameraId?: string | undefined;
  canExport: boolean;
  onPlay: () => void;
  onPause: () => void;
  onStep: (direction: -1 | 1) => void;
  onSpeed: (s: Speed) => void;
  onSnapshot: () => void;
  onExport: () => void;
}) {
  const { t } = useI18n();
  const noPosition = !enabled || clockMs === null;
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
      <Space.Compact>
        <Tooltip title={t('playback.control.stepBack')}>
          <Button
            aria-label={t('playback.control.stepBack')}
            icon={<StepBackwardOutlined />}
            disabled={noPosition}
            onClick={() => {
              onStep(-1);
            }}
          />
        </Tooltip>
        <Button
          type="primary"
          data-testid="playback-toggle"
          icon={playing ? <PauseOutlined /> : <CaretRightOutlined />}
          disabled={noPosition}
          onClick={playing ? onPause : onPlay}
        >
          {t(playing ? 'playback.control.pause' : 'playback.control.play')}
        </Button>
        <Tooltip title={t('playback.control.stepForward')}>
          <Button
            aria-label={t('playback.control.stepForward')}
            icon={<StepForwardOutlined />}
            disabled={noPosition}
            onClick={() => {
              onStep(1);
            }}
          />
        </Tooltip>
      </Space.Compact>
      <Space size={6}>
        <Typography.Text id="playback-speed-label">{t('playback.control.speed')}</Typography.Text>
        <Segmented<Speed>
          aria-labelledby="playback-speed-label"
          data-testid="playback-speed"
          size="small"
          value={speed}
          disabled={!enabled}
          onChange={onSpeed}
          options={SPEEDS.map((s) => ({ value: s, label: `${s}x` }))}
        />
      </Space>
      <span>
        <Typography.Text type="secondary">{t('playback.control.clock')}：</Typography.Text>
        <Typography.Text
          strong
          data-testid="playback-clock"
          data-time={clockMs === null ? '' : new Date(clockMs).toISOString()}
          style={{ fontVariantNumeric: 'tabular-nums' }}
        >
          {clockMs === null ? '—' : dayjs(clockMs).format('YYYY-MM-DD HH:mm:ss')}
        </Typography.Text>
      </span>
      <Space style={{ marginInlineStart: 'auto' }}>
        <Button icon={<CameraOutlined />} disabled={noPosition} onClick={onSnapshot} data-testid="playback-snapshot">
          {t('playback.control.snapshot')}
        </Button>
        {reportCameraId !== undefined && clockMs !== null && (
          <ReportButton cameraId={reportCameraId} at={new Date(clockMs)} source="playback" />
        )}
        {canExport && (
          <Button icon={<ExportOutlined />} disabled={noPosition} onClick={onExport} data-testid="playback-export">
            {t('playback.control.export')}
          </Button>
        )}
      </Space>
    </div>
  );
}
