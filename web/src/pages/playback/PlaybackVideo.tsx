import { Spin, Typography } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  RecordedHlsPlayer,
  type RecordedPlayerStatus,
  type WallWindow,
} from '../../components/player/recorded-hls-player.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { SyncedPlayback } from './synced-playback.ts';
import type { PlaybackPurpose } from './usePlaybackPurpose.ts';

/** The recorded HLS playlist of a window, with the purpose for the access register. */
export function playlistUrl(cameraId: string, w: WallWindow, p: PlaybackPurpose): string {
  const q = new URLSearchParams({
    from: new Date(w.fromMs).toISOString(),
    to: new Date(w.toMs).toISOString(),
    purpose: p.purpose,
  });
  if (p.caseNo !== '') q.set('caseNo', p.caseNo);
  if (p.requestingUnit !== '') q.set('requestingUnit', p.requestingUnit);
  return `/api/v1/cameras/${encodeURIComponent(cameraId)}/recordings.m3u8?${q.toString()}`;
}

/** How often the tile's own wall time is read. */
const WALL_READOUT_MS = 500;

const overlayStyle = {
  position: 'absolute',
  inset: 0,
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'center',
  justifyContent: 'center',
  gap: 8,
  padding: 12,
  textAlign: 'center',
  background: 'rgba(0,0,0,0.6)',
  overflow: 'auto',
} as const;

/**
 * One camera's recorded video: its hls.js player joins the synchronized playback while mounted;
 * loading, "no footage here" and every error are shown over the picture, never a silent black box.
 */
export function PlaybackVideo({
  cameraId,
  name,
  sync,
  purpose,
  active,
  leader,
  onActivate,
}: {
  cameraId: string;
  name: string;
  sync: SyncedPlayback;
  purpose: PlaybackPurpose;
  active: boolean;
  leader: boolean;
  onActivate: () => void;
}) {
  const { t } = useI18n();
  const videoRef = useRef<HTMLVideoElement>(null);
  const [status, setStatus] = useState<RecordedPlayerStatus>({ kind: 'idle' });
  const [omittedAudio, setOmittedAudio] = useState<string | null>(null);
  // This camera's own wall time, exposed (data-wall-time) so a test can check the sync.
  const [wallMs, setWallMs] = useState<number | null>(null);
  useEffect(() => {
    const video = videoRef.current;
    if (video === null) return;
    const player = new RecordedHlsPlayer({
      video,
      playlistUrl: (w) => playlistUrl(cameraId, w, purpose),
      onStatus: setStatus,
      onOmittedAudio: setOmittedAudio,
    });
    sync.attach(cameraId, player);
    const timer = setInterval(() => {
      setWallMs(player.wallNow());
    }, WALL_READOUT_MS);
    return () => {
      clearInterval(timer);
      sync.detach(cameraId);
      player.destroy();
    };
  }, [cameraId, sync, purpose]);

  let overlay: ReactNode = null;
  switch (status.kind) {
    case 'idle':
      overlay = <Typography.Text style={{ color: '#fff' }}>{t('playback.video.idle')}</Typography.Text>;
      break;
    case 'loading':
      overlay = <Spin />;
      break;
    case 'nofootage':
      overlay = <Typography.Text style={{ color: '#fff' }}>{t('playback.video.noFootage')}</Typography.Text>;
      break;
    case 'ended':
      overlay = <Typography.Text style={{ color: '#fff' }}>{t('playback.video.ended')}</Typography.Text>;
      break;
    case 'unsupported':
      overlay = (
        <div data-testid="playback-unsupported" style={{ color: '#fff' }}>
          <Typography.Text strong style={{ color: '#fff' }}>
            {t(/hvc1|hev1/i.test(status.mimeType) ? 'playback.video.unsupportedHevc' : 'playback.video.unsupported')}
          </Typography.Text>
          <div style={{ fontSize: 12, marginTop: 4 }}>{t('playback.video.unsupportedAdvice')}</div>
          <div style={{ fontSize: 11, marginTop: 4, opacity: 0.6, wordBreak: 'break-all' }}>{status.mimeType}</div>
        </div>
      );
      break;
    case 'error':
      overlay = (
        <div style={{ maxWidth: '100%' }} data-testid="playback-error">
          <ErrorAlert error={status.error} />
        </div>
      );
      break;
    case 'ready':
      break;
  }

  return (
    <div
      role="group"
      aria-label={name}
      data-testid="playback-tile"
      data-camera-id={cameraId}
      data-status={status.kind}
      data-wall-time={wallMs === null ? '' : new Date(wallMs).toISOString()}
      onClick={onActivate}
      style={{
        position: 'relative',
        minWidth: 0,
        minHeight: 0,
        background: '#000',
        boxShadow: active ? 'inset 0 0 0 2px #1677ff' : 'inset 0 0 0 1px #303030',
        cursor: 'pointer',
      }}
    >
      <video
        ref={videoRef}
        data-testid="playback-video"
        data-camera-id={cameraId}
        muted
        playsInline
        aria-label={name}
        style={{ width: '100%', height: '100%', objectFit: 'contain', display: 'block' }}
      />
      {overlay !== null && <div style={overlayStyle}>{overlay}</div>}
      <div
        style={{
          position: 'absolute',
          top: 0,
          insetInline: 0,
          padding: '2px 8px',
          fontSize: 12,
          color: '#fff',
          background: 'linear-gradient(rgba(0,0,0,0.65), rgba(0,0,0,0))',
          whiteSpace: 'nowrap',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          pointerEvents: 'none',
        }}
      >
        {name}
        {leader && ` · ${t('playback.video.leader')}`}
        {omittedAudio !== null && ` · ${t('playback.video.omittedAudio', { codec: omittedAudio })}`}
      </div>
    </div>
  );
}
