// The shared pacing timer: one timer however many cameras, ticks on a grid, failures contained.
import { describe, expect, it } from 'vitest';
import type { TimerHandle, Timers } from '../rtsp/timers.ts';
import { FrameScheduler, type Paced } from './scheduler.ts';

/** Fake timers that count pending callbacks and run them when the clock is advanced. */
function fakeTimers() {
  let now = 0;
  let nextId = 1;
  const pending = new Map<number, { atMs: number; callback: () => void }>();
  let maxPending = 0;
  const timers: Timers = {
    setTimeout: (callback, delayMs) => {
      const id = nextId++;
      pending.set(id, { atMs: now + delayMs, callback });
      maxPending = Math.max(maxPending, pending.size);
      return id;
    },
    clearTimeout: (handle: TimerHandle) => {
      pending.delete(handle as number);
    },
    nowMs: () => now,
  };
  const advance = (ms: number, lateByMs = 0): void => {
    const end = now + ms;
    for (;;) {
      const due = [...pending.entries()].sort((a, b) => a[1].atMs - b[1].atMs)[0];
      if (due === undefined || due[1].atMs > end) break;
      pending.delete(due[0]);
      now = Math.max(now, due[1].atMs + lateByMs);
      due[1].callback();
    }
    now = Math.max(now, end);
  };
  return { timers, advance, pending, maxPending: () => maxPending };
}

describe('FrameScheduler', () => {
  it('paces 500 cameras with one timer, pumping each once per 10 ms tick', () => {
    const t = fakeTimers();
    const scheduler = new FrameScheduler({ timers: t.timers });
    const pumps: number[][] = [];
    for (let i = 0; i < 500; i++) {
      const calls: number[] = [];
      pumps.push(calls);
      scheduler.add({ pump: (now) => calls.push(now) });
    }
    scheduler.start();
    t.advance(1000);
    expect(t.maxPending()).toBe(1);
    expect(pumps.every((c) => c.length === 100)).toBe(true);
    expect(pumps[0]?.slice(0, 3)).toEqual([10, 20, 30]);
    scheduler.close();
    expect(t.pending.size).toBe(0);
  });

  it('keeps to its grid when each timer fires late, instead of drifting', () => {
    const t = fakeTimers();
    const scheduler = new FrameScheduler({ timers: t.timers });
    const calls: number[] = [];
    scheduler.add({ pump: (now) => calls.push(now) });
    scheduler.start();
    t.advance(1000, 3);
    expect(calls.length).toBeGreaterThanOrEqual(99);
    expect(calls.at(-1)).toBeGreaterThan(990);
  });

  it('a camera that throws is reported and the others are still pumped', () => {
    const t = fakeTimers();
    const errors: unknown[] = [];
    const scheduler = new FrameScheduler({ timers: t.timers, onError: (err) => errors.push(err) });
    let good = 0;
    const broken: Paced = {
      pump: () => {
        throw new Error('camera bug');
      },
    };
    scheduler.add(broken);
    scheduler.add({ pump: () => good++ });
    scheduler.start();
    t.advance(50);
    expect(good).toBe(5);
    expect(errors).toHaveLength(5);
    scheduler.remove(broken);
    t.advance(50);
    expect(errors).toHaveLength(5);
    scheduler.close();
  });
});
