import { useEffect, useState, type RefObject } from 'react';
import { LiveMsePlayer, type LivePlayerState, type LiveStreamInfo } from './live-mse-player.ts';

/** Which of a camera's streams to watch (live.ws?stream=sub for the sub-stream). */
export type LiveStream = 'main' | 'sub';

/** What a live tile shows about its player. */
export interface LivePlayerView {
  state: LivePlayerState;
  latencyMs: number | null;
  info: LiveStreamInfo | null;
}

/** The live WebSocket URL of a camera's stream, on the page's own host (the session cookie applies). */
export function liveWebSocketUrl(cameraId: string, stream: LiveStream): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const query = stream === 'sub' ? '?stream=sub' : '';
  return `${scheme}://${location.host}/api/v1/cameras/${encodeURIComponent(cameraId)}/live.ws${query}`;
}

/**
 * Plays a camera's live stream in `videoRef` while `enabled`; a new camera or stream starts a new
 * connection, unmounting or disabling closes it (and so ends the view in the access register).
 */
export function useLiveMsePlayer(
  videoRef: RefObject<HTMLVideoElement | null>,
  cameraId: string,
  stream: LiveStream,
  enabled: boolean,
): LivePlayerView {
  const [view, setView] = useState<LivePlayerView>({ state: { kind: 'connecting' }, latencyMs: null, info: null });
  useEffect(() => {
    const video = videoRef.current;
    if (!enabled || video === null) return;
    setView({ state: { kind: 'connecting' }, latencyMs: null, info: null });
    const player = new LiveMsePlayer({
      video,
      url: liveWebSocketUrl(cameraId, stream),
      onState: (state) => {
        setView((v) => ({ ...v, state }));
      },
      onLatency: (latencyMs) => {
        setView((v) => ({ ...v, latencyMs }));
      },
      onStreamInfo: (info) => {
        setView((v) => ({ ...v, info }));
      },
    });
    player.start();
    return () => {
      player.close();
    };
  }, [videoRef, cameraId, stream, enabled]);
  return view;
}
