// A FIFO ring buffer: O(1) push and shift without Array.prototype.shift's O(n) moves, growing by
// doubling; its bound is enforced by the reader, which knows frames from events.

/** Growable ring-buffer FIFO. */
export class RingQueue<T> {
  private items: (T | undefined)[];
  private head = 0;
  private count = 0;

  constructor(initialCapacity = 16) {
    this.items = new Array<T | undefined>(Math.max(2, initialCapacity));
  }

  /** Items queued. */
  get length(): number {
    return this.count;
  }

  /** Appends at the tail. */
  push(item: T): void {
    if (this.count === this.items.length) this.grow();
    this.items[(this.head + this.count) % this.items.length] = item;
    this.count++;
  }

  /** Removes and returns the head, or undefined when empty. */
  shift(): T | undefined {
    if (this.count === 0) return undefined;
    const item = this.items[this.head];
    this.items[this.head] = undefined; // release the frame for GC
    this.head = (this.head + 1) % this.items.length;
    this.count--;
    return item;
  }

  /** Drops every item. */
  clear(): void {
    this.items = new Array<T | undefined>(this.items.length);
    this.head = 0;
    this.count = 0;
  }

  private grow(): void {
    const next = new Array<T | undefined>(this.items.length * 2);
    for (let i = 0; i < this.count; i++) next[i] = this.items[(this.head + i) % this.items.length];
    this.items = next;
    this.head = 0;
  }
}
