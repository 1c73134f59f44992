// A typed event emitter for monitoring observers (STYLE.md §8): a listener that throws is counted
// and reported, and the emitter (the hub's publish path) and the other listeners carry on.

type AnyListener = (...args: unknown[]) => void;

/** Event name → listener argument tuple. */
export type EventMap = Record<string, unknown[]>;

/** Typed emitter with isolated listeners; owners call `emit`, observers call `on`. */
export class IsolatedEmitter<Events extends EventMap> {
  private readonly listeners = new Map<keyof Events, AnyListener[]>();
  /** Listener exceptions caught so far. */
  errors = 0;

  /** `onError` sees each caught exception; it must not throw (a throw there is swallowed too). */
  constructor(private readonly onError?: (err: unknown, event: string) => void) {}

  /** Adds a listener; returns the function that removes it. */
  on<K extends keyof Events & string>(event: K, listener: (...args: Events[K]) => void): () => void {
    // Copy-on-write so an emit in progress keeps iterating the list it started with.
    const stored = listener as unknown as AnyListener;
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), stored]);
    return () => {
      this.listeners.set(
        event,
        (this.listeners.get(event) ?? []).filter((l) => l !== stored),
      );
    };
  }

  /** True when `event` has a listener: a hot caller skips building the arguments otherwise. */
  has(event: keyof Events & string): boolean {
    const list = this.listeners.get(event);
    return list !== undefined && list.length > 0;
  }

  /** Calls each listener of `event`; never throws. */
  emit<K extends keyof Events & string>(event: K, ...args: Events[K]): void {
    const list = this.listeners.get(event);
    if (list === undefined) return;
    // An index loop: emit runs once per RTP packet, and a for…of iterator per call is garbage.
    for (let i = 0; i < list.length; i++) {
      const listener = list[i] as AnyListener;
      try {
        listener(...args);
      } catch (err) {
        this.report(err, event);
      }
    }
  }

  /** Counts and reports an exception from a callback the owner called on its own. */
  report(err: unknown, event: string): void {
    this.errors++;
    try {
      this.onError?.(err, event);
    } catch {
      // The error reporter itself failed; the count above still records the original error.
      this.errors++;
    }
  }
}
