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
    const list = this.listeners.get(event) ?? [];
    list.push(listener as unknown as Listener);
    this.listeners.set(event, list);
    return () => {
      this.off(event, listener);
    };
  }

  /** Removes a listener added with `on`. */
  off<K extends keyof Events & string>(event: K, listener: (...args: Events[K]) => void): void {
    const list = this.listeners.get(event);
    if (list === undefined) return;
    const i = list.indexOf(listener as unknown as Listener);
    if (i >= 0) list.splice(i, 1);
  }

  /** Calls each listener of `event`; a throwing listener is counted and reported, never rethrown. */
  protected emit<K extends keyof Events & string>(event: K, ...args: Events[K]): void {
    const list = this.listeners.get(event);
    if (list === undefined || list.length === 0) return;
    for (const listener of list.slice()) {
      try {
        listener(...(args as unknown[]));
      } catch (err) {
        this.listenerErrors++;
        this.onListenerError?.(err, event);
      }
    }
  }
}
