// Camera profiles: which clips a simulated camera sends. The default mixes the kinds of camera
// a Chinese site has (1080p H.264 with G.711, 720p H.264 with AAC, 720p H.265 without audio).
import { PsvisError } from '../errors/psvis-error.ts';

/** The clips (names in fixtures/clips.json) one camera sends. */
export interface CameraProfile {
  readonly name: string;
  readonly video: string;
  /** The other picture size the resolution fault switches to (same codec and frame rate). */
  readonly alternateVideo?: string;
  readonly audio?: string;
  readonly description: string;
}

/** Profiles by name. */
export const CAMERA_PROFILES: readonly CameraProfile[] = [
  {
    name: '1080p-h264-pcma',
    video: 'h264-1080p25',
    alternateVideo: 'h264-720p25',
    audio: 'pcma-8k',
    description: 'H.264 1920x1080 25 fps with G.711 A-law 8 kHz',
  },
  {
    name: '720p-h264-aac',
    video: 'h264-720p25',
    alternateVideo: 'h264-1080p25',
    audio: 'aac-16k',
    description: 'H.264 1280x720 25 fps with AAC-LC 16 kHz',
  },
  { name: '720p-h265', video: 'h265-720p25', description: 'H.265 1280x720 25 fps, no audio' },
  {
    name: '1080p-h264',
    video: 'h264-1080p25',
    alternateVideo: 'h264-720p25',
    description: 'H.264 1920x1080 25 fps, no audio (the recording benchmark source)',
  },
];

/** The default: cameras cycle through these profiles, /cam/1 the first. */
export const MIXED_PROFILE = 'mixed';
const MIXED_CYCLE = ['1080p-h264-pcma', '720p-h264-aac', '720p-h265'] as const;

/** Names accepted by --profile. */
export function profileNames(): string[] {
  return [MIXED_PROFILE, ...CAMERA_PROFILES.map((p) => p.name)];
}

/** The profile camera `number` (1-based) gets under profile `name`. */
export function profileForCamera(name: string, number: number): CameraProfile {
  const wanted = name === MIXED_PROFILE ? MIXED_CYCLE[(number - 1) % MIXED_CYCLE.length] : name;
  const profile = CAMERA_PROFILES.find((p) => p.name === wanted);
  if (profile === undefined) {
    throw new PsvisError(
      'PSVIS_ERR_CAMSIM_PROFILE',
      `unknown camera profile "${name}": use ${profileNames().join('|')}`,
      {
        profile: name,
      },
    );
  }
  return profile;
}
