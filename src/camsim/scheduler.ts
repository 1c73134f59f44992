// One timer paces every simulated camera: a tick asks each camera to send what is due by now.
// Hundreds of cameras on hundreds of timers would cost more in timer churn than in sending.
import type { TimerHandle, Timers } from '../rtsp/timers.ts';

/** Default tick: a quarter of a 25 fps frame, so no frame leaves more than 10 ms late. */
export const DEFAULT_TICK_MS = 10;

/** Something the scheduler drives: sends everything due at or before `nowMs`. */
export interface Paced {
  pump(nowMs: number): void;
}

/** Options of the shared frame scheduler. */
export interface FrameSchedulerOptions {
  readonly timers: Timers;
  readonly tickMs?: number;
  /** Called when a camera's pump throws, so one broken camera cannot stop the others. */
  readonly onError?: (err: unknown) => void;
}

/** The shared pacing timer: add() cameras, start(), close(). */
export class FrameScheduler {
  private readonly members = new Set<Paced>();
  private readonly tickMs: number;
  private timer: TimerHandle | undefined;
  private nextTickMs = 0;
  private running = false;

  constructor(private readonly options: FrameSchedulerOptions) {
    this.tickMs = options.tickMs ?? DEFAULT_TICK_MS;
  }

  /** Paces `member` from the next tick on. */
  add(member: Paced): void {
    this.members.add(member);
  }

  /** Stops pacing `member`. */
  remove(member: Paced): void {
    this.members.delete(member);
  }

  /** Starts ticking. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.nextTickMs = this.options.timers.nowMs() + this.tickMs;
    this.arm();
  }

  /** Stops ticking; members stay registered. */
  close(): void {
    this.running = false;
    if (this.timer !== undefined) this.options.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Runs one tick now (tests with fake timers call it through their clock instead). */
  tick(): void {
    const now = this.options.timers.nowMs();
    for (const member of this.members) {
      try {
        member.pump(now);
      } catch (err) {
        this.options.onError?.(err);
      }
    }
  }

  private arm(): void {
    const { timers } = this.options;
    // Ticks are aimed at a fixed grid so timer lateness does not accumulate into drift.
    const delayMs = Math.max(0, this.nextTickMs - timers.nowMs());
    this.timer = timers.setTimeout(() => {
      this.timer = undefined;
      if (!this.running) return;
      this.tick();
      const now = timers.nowMs();
      this.nextTickMs += this.tickMs;
      // After a long event-loop pause, realign instead of firing a run of back-to-back ticks.
      if (this.nextTickMs < now) this.nextTickMs = now + this.tickMs;
      this.arm();
    }, delayMs);
  }
}
