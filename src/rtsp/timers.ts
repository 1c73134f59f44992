// Timers and a millisecond clock, injected into the RTSP client and server so tests can drive
// keep-alive, read timeouts and session expiry without waiting (STYLE.md §10).

/** Opaque handle of a scheduled callback. */
export type TimerHandle = object | number;

/** What the RTSP components need from the clock. */
export interface Timers {
  setTimeout(callback: () => void, delayMs: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
  /** Monotonic milliseconds. */
  nowMs(): number;
}

/** The process's timers and monotonic clock. */
export function realTimers(): Timers {
  return {
    setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
    clearTimeout: (handle) => {
      clearTimeout(handle as ReturnType<typeof setTimeout>);
    },
    nowMs: () => performance.now(),
  };
}
