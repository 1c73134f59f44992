// When to try a camera again after a session fails: exponential backoff with jitter, bounded
// by a minimum and a maximum, forgotten after the session stayed healthy for a while. Pure:
// ingest owns the timer and the clock; this only does the arithmetic.
import { PsvisError } from '../errors/psvis-error.ts';

/** Settings of a reconnect policy. */
export interface ReconnectPolicyOptions {
  /** Delay before the first retry. */
  readonly minDelayMs?: number;
  /** Ceiling of any delay, jitter included. */
  readonly maxDelayMs?: number;
  /** Growth factor per failed attempt. */
  readonly multiplier?: number;
  /** Jitter as a fraction of the delay, spread evenly over ±jitterRatio (spreads a site's cameras). */
  readonly jitterRatio?: number;
  /** A session that lasted at least this long resets the attempt count. */
  readonly healthyAfterMs?: number;
  /** Source of uniform numbers in [0, 1); injected for tests. */
  readonly random?: () => number;
}

/** Defaults: 1 s, doubling, to 30 s, ±20 %, reset after a minute of good streaming. */
export const DEFAULT_RECONNECT_MIN_DELAY_MS = 1000;
export const DEFAULT_RECONNECT_MAX_DELAY_MS = 30_000;
export const DEFAULT_RECONNECT_MULTIPLIER = 2;
export const DEFAULT_RECONNECT_JITTER_RATIO = 0.2;
export const DEFAULT_RECONNECT_HEALTHY_AFTER_MS = 60_000;

/** Backoff with jitter; `nextDelayMs(attempt)` is pure, `onFailure`/`onSessionEnded` keep the count. */
export class ReconnectPolicy {
  private readonly minDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly multiplier: number;
  private readonly jitterRatio: number;
  private readonly healthyAfterMs: number;
  private readonly random: () => number;
  private failures = 0;

  constructor(options: ReconnectPolicyOptions = {}) {
    this.minDelayMs = options.minDelayMs ?? DEFAULT_RECONNECT_MIN_DELAY_MS;
    this.maxDelayMs = options.maxDelayMs ?? DEFAULT_RECONNECT_MAX_DELAY_MS;
    this.multiplier = options.multiplier ?? DEFAULT_RECONNECT_MULTIPLIER;
    this.jitterRatio = options.jitterRatio ?? DEFAULT_RECONNECT_JITTER_RATIO;
    this.healthyAfterMs = options.healthyAfterMs ?? DEFAULT_RECONNECT_HEALTHY_AFTER_MS;
    this.random = options.random ?? Math.random;
    const ok =
      this.minDelayMs >= 0 &&
      this.maxDelayMs >= this.minDelayMs &&
      this.multiplier >= 1 &&
      this.jitterRatio >= 0 &&
      this.jitterRatio < 1 &&
      this.healthyAfterMs >= 0;
    if (!ok) {
      throw new PsvisError('PSVIS_ERR_RTSP_RECONNECT_POLICY', 'reconnect policy settings are inconsistent', {
        minDelayMs: this.minDelayMs,
        maxDelayMs: this.maxDelayMs,
        multiplier: this.multiplier,
        jitterRatio: this.jitterRatio,
      });
    }
  }

  /** Attempts failed in a row since the last healthy session. */
  get consecutiveFailures(): number {
    return this.failures;
  }

  /** Delay before retry number `attempt` (1 = first retry): min·multiplierⁿ⁻¹ ± jitter, within [min, max]. */
  nextDelayMs(attempt: number): number {
    const n = Math.max(1, Math.floor(attempt));
    const base = Math.min(this.maxDelayMs, this.minDelayMs * Math.pow(this.multiplier, n - 1));
    const jitter = base * this.jitterRatio * (2 * this.random() - 1);
    return Math.round(Math.min(this.maxDelayMs, Math.max(this.minDelayMs, base + jitter)));
  }

  /** Records a failed attempt (or a session that ended early) and returns the delay before the next. */
  onFailure(): number {
    this.failures++;
    return this.nextDelayMs(this.failures);
  }

  /**
   * Records that a session which had started ended after `sessionDurationMs`; returns the delay
   * before reconnecting. A session that lived `healthyAfterMs` starts the backoff afresh.
   */
  onSessionEnded(sessionDurationMs: number): number {
    if (sessionDurationMs >= this.healthyAfterMs) this.failures = 0;
    return this.onFailure();
  }

  /** Forgets past failures (e.g. after the operator edited the camera). */
  reset(): void {
    this.failures = 0;
  }
}
