import { Button, Spin, Typography } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { LivePlayerState } from '../../components/player/live-mse-player.ts';
import { useLiveMsePlayer, type LiveStream } from '../../components/player/useLiveMsePlayer.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useCameraStatus, type StreamStatus } from './useCameraStatus.ts';

/** The tile states a test can wait for (data-state). */
export type TileState = 'connecting' | 'playing' | 'unsupported' | 'offline' | 'error';

/** "2.4 Mbps", "850 kbps". */
export function formatBitrate(bitsPerSecond: number): string {
  return bitsPerSecond >= 1e6 ? `${(bitsPerSecond / 1e6).toFixed(1)} Mbps` : `${Math.round(bitsPerSecond / 1e3)} kbps`;
}

const isHevc = (mimeType: string) => /hvc1|hev1/i.test(mimeType);

/** Seconds until `atMs`, refreshed while the tile waits to reconnect. */
function useSecondsUntil(atMs: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (atMs === null) return;
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 250);
    return () => {
      clearInterval(timer);
    };
  }, [atMs]);
  return atMs === null ? 0 : Math.max(0, Math.ceil((atMs - now) / 1000));
}

const centered = {
  position: 'absolute',
  inset: 0,
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'center',
  justifyContent: 'center',
  gap: 6,
  padding: '28px 12px 12px',
  textAlign: 'center',
  color: '#fff',
  background: 'rgba(0,0,0,0.55)',
  overflow: 'auto',
} as const;

/**
 * A camera's live video in a tile: the status poll (bitrate, fps, online) gates the player, so an
 * offline camera says so instead of showing a black picture; latency comes from the player.
 */
export function LiveTileVideo({
  cameraId,
  stream,
  hasSubStream,
  onUseSubStream,
}: {
  cameraId: string;
  stream: LiveStream;
  hasSubStream: boolean;
  onUseSubStream: () => void;
}) {
  const { t } = useI18n();
  const videoRef = useRef<HTMLVideoElement>(null);
  const status = useCameraStatus(cameraId);
  const streamStatus: StreamStatus | null = stream === 'sub' ? (status.data?.sub ?? null) : (status.data ?? null);
  const receiving = streamStatus !== null && streamStatus.ingesting && streamStatus.online;
  const player = useLiveMsePlayer(videoRef, cameraId, stream, receiving);
  const retryAtMs = receiving && player.state.kind === 'error' ? player.state.retryAtMs : null;
  const retryIn = useSecondsUntil(retryAtMs);

  let state: TileState;
  let overlay: ReactNode = null;
  if (status.data === undefined && status.isError) {
    state = 'error';
    overlay = <ErrorAlert error={status.error} />;
  } else if (status.data === undefined) {
    state = 'connecting';
    overlay = <Spin aria-label={t('common.loading')} />;
  } else if (!receiving) {
    state = 'offline';
    overlay = <OfflineMessage status={streamStatus} stream={stream} />;
  } else {
    state = player.state.kind;
    overlay =
      state === 'playing' ? null : (
        <PlayerMessage
          state={player.state}
          retryIn={retryIn}
          canUseSub={hasSubStream && stream === 'main'}
          onUseSubStream={onUseSubStream}
        />
      );
  }

  return (
    <div
      data-testid="live-tile"
      data-camera-id={cameraId}
      data-stream={stream}
      data-state={state}
      style={{ position: 'absolute', inset: 0 }}
    >
      <video
        ref={videoRef}
        muted
        autoPlay
        playsInline
        aria-label={t('live.tile.video')}
        style={{ width: '100%', height: '100%', objectFit: 'contain', display: 'block', background: '#000' }}
      />
      {overlay !== null && <div style={centered}>{overlay}</div>}
      {state === 'playing' && streamStatus !== null && (
        <div
          data-testid="live-tile-stats"
          style={{
            position: 'absolute',
            left: 4,
            bottom: 4,
            padding: '0 6px',
            borderRadius: 2,
            fontSize: 11,
            lineHeight: '18px',
            color: '#fff',
            background: 'rgba(0,0,0,0.55)',
            fontVariantNumeric: 'tabular-nums',
            whiteSpace: 'nowrap',
            maxWidth: 'calc(100% - 8px)',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
          }}
        >
          {formatBitrate(streamStatus.bitsPerSecond)} · {streamStatus.framesPerSecond.toFixed(0)} fps ·{' '}
          {t('live.stats.latency', {
            ms: player.latencyMs === null ? '–' : Math.round(player.latencyMs),
          })}
          {player.info !== null && player.info.omitted.length > 0 && (
            <> · {t('live.stats.omitted', { codecs: player.info.omitted.map((o) => o.codec).join(', ') })}</>
          )}
        </div>
      )}
    </div>
  );
}

/** Why there is no picture: the camera is not received, or offline with its last error. */
function OfflineMessage({ status, stream }: { status: StreamStatus | null; stream: LiveStream }) {
  const { t } = useI18n();
  if (status === null) {
    return (
      <Typography.Text style={{ color: '#fff' }}>
        {t(stream === 'sub' ? 'live.offline.noSub' : 'live.offline.title')}
      </Typography.Text>
    );
  }
  return (
    <>
      <Typography.Text strong style={{ color: '#fff' }}>
        {t(status.ingesting ? 'live.offline.title' : 'live.offline.notIngesting')}
      </Typography.Text>
      {status.ingesting && status.lastError !== null && (
        <Typography.Text style={{ color: 'rgba(255,255,255,0.75)', fontSize: 12 }}>
          {status.lastError.message}
        </Typography.Text>
      )}
      {status.ingesting && (
        <Typography.Text style={{ color: 'rgba(255,255,255,0.6)', fontSize: 12 }}>
          {t('live.offline.retrying')}
        </Typography.Text>
      )}
    </>
  );
}

/** The player's own state: connecting, waiting to reconnect, offline, or a stream it cannot decode. */
function PlayerMessage({
  state,
  retryIn,
  canUseSub,
  onUseSubStream,
}: {
  state: LivePlayerState;
  retryIn: number;
  canUseSub: boolean;
  onUseSubStream: () => void;
}) {
  const { t } = useI18n();
  const text = (s: string, strong = false) => (
    <Typography.Text strong={strong} style={{ color: '#fff' }}>
      {s}
    </Typography.Text>
  );
  switch (state.kind) {
    case 'playing':
      return null;
    case 'connecting':
      return (
        <>
          <Spin />
          {text(t('live.player.connecting'))}
        </>
      );
    case 'offline':
      return text(t('live.offline.title'), true);
    case 'error':
      return (
        <>
          {text(t(`live.player.error.${state.reason}`), true)}
          {text(retryIn > 0 ? t('live.player.retryIn', { s: retryIn }) : t('live.player.connecting'))}
        </>
      );
    case 'unsupported':
      return (
        <div data-testid="live-tile-unsupported">
          {text(isHevc(state.mimeType) ? t('live.unsupported.hevc') : t('live.unsupported.other'), true)}
          <div style={{ fontSize: 12, marginTop: 4 }}>{text(t('live.unsupported.advice'))}</div>
          <div style={{ fontSize: 11, marginTop: 4, color: 'rgba(255,255,255,0.6)', wordBreak: 'break-all' }}>
            {state.mimeType}
          </div>
          {canUseSub && (
            <Button
              size="small"
              style={{ marginTop: 8 }}
              onClick={(e) => {
                e.stopPropagation();
                onUseSubStream();
              }}
            >
              {t('live.unsupported.useSub')}
            </Button>
          )}
        </div>
      );
  }
}
