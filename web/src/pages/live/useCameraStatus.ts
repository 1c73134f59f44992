import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.ts';

/** A camera's reception status (main stream, with the sub-stream's in `sub`). */
export type CameraStatus = paths['/api/v1/cameras/{id}/status']['get']['responses'][200]['content']['application/json'];
/** The status of one stream of a camera. */
export type StreamStatus = Omit<CameraStatus, 'cameraId' | 'sub'>;

/** How often a tile refreshes bitrate, fps and online state. */
export const STATUS_POLL_MS = 2000;

/** Polls GET /cameras/{id}/status every two seconds while the tile shows the camera. */
export function useCameraStatus(cameraId: string) {
  return useQuery({
    queryKey: ['camera-status', cameraId],
    queryFn: () => unwrap(api.GET('/api/v1/cameras/{id}/status', { params: { path: { id: cameraId } } })),
    refetchInterval: STATUS_POLL_MS,
    staleTime: 0,
  });
}
