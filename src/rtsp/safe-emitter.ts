// A typed event emitter whose listeners cannot break the emitter: a listener that throws is
// reported to `onListenerError` and the remaining listeners still run (STYLE.md §8).

type Listener = (...args: unknown[]) => void;

/** Event name → listener argument tuple. */
export type EventMap = Record<string, unknown[]>;

/** Typed emitter; subclasses call `emit`, users call `on`/`off`. */
export class SafeEmitter<Events extends EventMap> {
  private readonly listeners = new Map<keyof Events, Listener[]>();
  /** Listener exceptions caught so far. */
  listenerErrors = 0;

  constructor(private readonly onListenerError?: (err: unknown, event: string) => void) {}

  /** Adds a listener; returns the function that removes it. */
  on<K extends keyof Events & string>(event: K, listener: (...args: Events[K]) => void): () => void {
    // Copy-on-write: emit (once per RTP packet) iterates the stored array without copying it.
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener as unknown as Listener]);
    return () => {
      this.off(event, listener);
    };
  }

  /** Removes a listener added with `on`. */
  off<K extends keyof Events & string>(event: K, listener: (...args: Events[K]) => void): void {
    const list = this.listeners.get(event);
    if (list === undefined) return;
    this.listeners.set(
      event,
      list.filter((l) => l !== (listener as unknown as Listener)),
    );
  }

  /** Calls each listener of `event`; a throwing listener is counted and reported, never rethrown. */
  protected emit<K extends keyof Events & string>(event: K, ...args: Events[K]): void {
    const list = this.listeners.get(event);
    if (list === undefined || list.length === 0) return;
    // An index loop: a for…of iterator per emit is garbage on the hot path.
    for (let i = 0; i < list.length; i++) {
      const listener = list[i] as Listener;
      try {
        listener(...(args as unknown[]));
      } catch (err) {
        this.listenerErrors++;
        this.onListenerError?.(err, event);
      }
    }
  }
}
