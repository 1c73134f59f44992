// Bounds of the hub's memory, named so they can be found and argued about (STYLE.md §4).
// A reader's queue is bounded by frames AND bytes: frames bound the bookkeeping, bytes the memory
// (a 4K keyframe can be 1 MB, an audio frame 200 bytes).

/** Live viewers: about 4 s at 25 fps video plus audio; past it they lose whole GOPs. */
export const LIVE_QUEUE_MAX_FRAMES = 256;
/** Live viewers: 8 MiB, enough for the cached GOP of an 8 Mbit/s camera with a 4 s GOP. */
export const LIVE_QUEUE_MAX_BYTES = 8 * 1024 * 1024;
/** Recorder: rides out a disk stall of ~20 s at 25 fps plus audio before it overruns. */
export const RECORDER_QUEUE_MAX_FRAMES = 2048;
/** Recorder: 64 MiB, ~60 s at 8 Mbit/s. */
export const RECORDER_QUEUE_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Cap of the cached GOP a late joiner starts from. A camera with a 10 s "smart" GOP at 8 Mbit/s
 * would need 10 MB; past the cap the cache is dropped and joiners wait for the next keyframe
 * (a slower first picture, never unbounded memory).
 */
export const GOP_CACHE_MAX_BYTES = 8 * 1024 * 1024;
/** Frame cap of the cached GOP: 10 s of 25 fps video plus 50 audio frames per second is 750. */
export const GOP_CACHE_MAX_FRAMES = 1024;

/**
 * How long a camera keeps its GOP cache after its last live viewer left (HubOptions.gopCacheIdleMs,
 * as psvis runs). Cameras on a live wall, or switched between, start at once; a camera nobody
 * watched for this long holds no GOP (about 1 MB at 4 Mbit/s, GOP 2 s, times every camera of a
 * recording-only installation), and its next first viewer waits for a keyframe, as go2rtc's and
 * MediaMTX's always do.
 */
export const LIVE_GOP_CACHE_IDLE_MS = 5 * 60_000;

/** Window for the hub's bitrate and frame rate. */
export const STATS_WINDOW_MS = 5000;
/** Resolution of that window: rates move in steps of one bucket. */
export const STATS_BUCKET_MS = 1000;
