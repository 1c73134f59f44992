import type { Clock } from '../clock.ts';

/** Failed logins allowed per account within the window before it is locked for the window. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** Failed logins allowed per client address within the window. */
export const MAX_FAILURES_PER_ADDRESS = 20;
/** The sliding window (and lock time) for failed logins. */
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
const MAX_TRACKED_KEYS = 100_000;

/**
 * Counts failed logins per account and per client address and refuses further attempts for a
 * while once either passes its limit (brute force and password spraying). In memory: a restart
 * forgets it, which an attacker cannot cause from outside.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();
  constructor(private readonly clock: Clock) {}

  /** Milliseconds until another attempt is allowed for this account or address, or 0. */
  retryAfterMs(username: string, ip: string): number {
    const now = this.clock.now().getTime();
    return Math.max(
      this.blockedFor(`u:${username.toLowerCase()}`, MAX_FAILURES_PER_ACCOUNT, now),
      this.blockedFor(`a:${ip}`, MAX_FAILURES_PER_ADDRESS, now),
    );
  }

  /** Records a failed attempt. */
  fail(username: string, ip: string): void {
    const now = this.clock.now().getTime();
    for (const key of [`u:${username.toLowerCase()}`, `a:${ip}`]) {
      const list = this.recent(key, now);
      list.push(now);
      this.failures.set(key, list);
    }
    if (this.failures.size > MAX_TRACKED_KEYS) this.prune(now);
  }

  /** A successful login clears the account's count (not the address's). */
  succeed(username: string): void {
    this.failures.delete(`u:${username.toLowerCase()}`);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => now - t < FAILURE_WINDOW_MS);
  }

  private blockedFor(key: string, limit: number, now: number): number {
    const list = this.recent(key, now);
    if (list.length < limit) return 0;
    const oldestCounted = list[list.length - limit] ?? now;
    return Math.max(0, oldestCounted + FAILURE_WINDOW_MS - now);
  }

  private prune(now: number): void {
    for (const [key, list] of this.failures) {
      if (list.every((t) => now - t >= FAILURE_WINDOW_MS)) this.failures.delete(key);
    }
  }
}
