// Sliding-window rates in fixed buckets: O(1) per frame and no allocation, unlike a list of samples.

/** Bytes and video frames per second over the last `windowMs`, in `bucketMs` steps. */
export class RateWindow {
  private readonly bucketIds: Float64Array;
  private readonly bytes: Float64Array;
  private readonly frames: Float64Array;
  private firstMs: number | undefined;

  constructor(
    windowMs: number,
    private readonly bucketMs: number,
  ) {
    const n = Math.max(1, Math.ceil(windowMs / bucketMs));
    this.bucketIds = new Float64Array(n).fill(-1);
    this.bytes = new Float64Array(n);
    this.frames = new Float64Array(n);
  }

  /** Records `bytes` (and one video frame when `videoFrame`) at wall time `nowMs`. */
  add(nowMs: number, bytes: number, videoFrame: boolean): void {
    this.firstMs ??= nowMs;
    const id = Math.floor(nowMs / this.bucketMs);
    const slot = id % this.bucketIds.length;
    if (this.bucketIds[slot] !== id) {
      this.bucketIds[slot] = id;
      this.bytes[slot] = 0;
      this.frames[slot] = 0;
    }
    this.bytes[slot] = (this.bytes[slot] ?? 0) + bytes;
    if (videoFrame) this.frames[slot] = (this.frames[slot] ?? 0) + 1;
  }

  /** Rates at `nowMs`; the span is shorter than the window while the stream is young. */
  rates(nowMs: number): { bitsPerSecond: number; videoFramesPerSecond: number } {
    if (this.firstMs === undefined) return { bitsPerSecond: 0, videoFramesPerSecond: 0 };
    const n = this.bucketIds.length;
    const oldestId = Math.floor(nowMs / this.bucketMs) - n + 1;
    const spanMs = nowMs - Math.max(oldestId * this.bucketMs, this.firstMs);
    if (spanMs <= 0) return { bitsPerSecond: 0, videoFramesPerSecond: 0 };
    let bytes = 0;
    let frames = 0;
    for (let i = 0; i < n; i++) {
      if ((this.bucketIds[i] ?? -1) >= oldestId) {
        bytes += this.bytes[i] ?? 0;
        frames += this.frames[i] ?? 0;
      }
    }
    return { bitsPerSecond: (bytes * 8 * 1000) / spanMs, videoFramesPerSecond: (frames * 1000) / spanMs };
  }
}
