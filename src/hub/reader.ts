import type { BackpressurePolicy, HubFrameItem, HubItem, HubOverrun, HubReader, ReaderStats } from './contracts.ts';
import { RingQueue } from './item-queue.ts';

// One reader's bounded queue and its backpressure state machine. The hub calls `offer` once per
// published frame; everything here is O(1) and allocates nothing on the frame path except while
// an overrun ends (one item per run).

/** What a reader needs from its hub. */
export interface ReaderHost {
  detach(reader: QueuedReader): void;
  overrunStarted(reader: QueuedReader, fromWall: Date): void;
  overrunEnded(reader: QueuedReader, overrun: HubOverrun): void;
  reportError(err: unknown, where: string): void;
}

/** Settings the hub resolved from ReaderOptions and the limits. */
export interface QueuedReaderSettings {
  readonly name: string;
  readonly policy: BackpressurePolicy;
  readonly maxQueuedFrames: number;
  readonly maxQueuedBytes: number;
  readonly onReadable: (() => void) | undefined;
  /** The consumer releases frames' leases; otherwise queued frames are pinned. */
  readonly releasesFrames: boolean;
}

// flowing: frames are queued. waiting: no decodable start yet (join, reconnect), frames skipped.
// dropping (drop-gop) and overrun (never-drop): the queue overflowed, frames lost until a keyframe
// fits. ended: the hub closed, the queue can still be drained. closed: the reader left.
type ReaderState = 'flowing' | 'waiting' | 'dropping' | 'overrun' | 'ended' | 'closed';

/** The hub's implementation of HubReader. */
export class QueuedReader implements HubReader {
  readonly name: string;
  readonly policy: BackpressurePolicy;
  private readonly queue = new RingQueue<HubItem>();
  private state: ReaderState = 'waiting';
  // Edge trigger: wake the reader at the first push after it found the queue empty.
  private armed = true;
  private queuedFrames = 0;
  private queuedBytes = 0;
  private delivered = 0;
  private replayed = 0;
  private droppedFrames = 0;
  private droppedGops = 0;
  private overruns = 0;
  private overrunFramesDone = 0;
  private skippedFrames = 0;
  // The overrun run in progress (never-drop): first lost frame's arrival, frames, bytes.
  private runFromMs = 0;
  private runFrames = 0;
  private runBytes = 0;

  constructor(
    private readonly settings: QueuedReaderSettings,
    private readonly host: ReaderHost,
  ) {
    this.name = settings.name;
    this.policy = settings.policy;
  }

  read(): HubItem | undefined {
    const item = this.queue.shift();
    if (item === undefined) {
      this.armed = true;
      return undefined;
    }
    if (item.kind === 'frame') {
      this.queuedFrames--;
      this.queuedBytes -= item.bytes;
      this.delivered++;
    }
    return item;
  }

  stats(): ReaderStats {
    return {
      name: this.name,
      policy: this.policy,
      delivered: this.delivered,
      replayed: this.replayed,
      droppedFrames: this.droppedFrames,
      droppedGops: this.droppedGops,
      overruns: this.overruns,
      overrunFrames: this.overrunFramesDone + this.runFrames,
      skippedFrames: this.skippedFrames,
      queuedFrames: this.queuedFrames,
      queuedBytes: this.queuedBytes,
    };
  }

  close(): void {
    if (this.state === 'closed') return;
    const wasAttached = this.state !== 'ended';
    this.state = 'closed';
    if (this.settings.releasesFrames) {
      // The queue's leases: nobody will read these frames now.
      for (let item = this.queue.shift(); item !== undefined; item = this.queue.shift()) {
        if (item.kind === 'frame') item.frame.lease?.release();
      }
    }
    this.queue.clear();
    this.queuedFrames = 0;
    this.queuedBytes = 0;
    if (wasAttached) this.host.detach(this);
  }

  // join() runs inside addReader, before the caller holds the reader: it queues without waking,
  // and the still-armed trigger fires at the next push (or the caller reads right away).
  /** Queues the current tracks and the cached GOP (when all of it fits; otherwise waits for a keyframe). */
  join(tracks: HubItem | undefined, gop: readonly HubFrameItem[], gopBytes: number): void {
    if (tracks !== undefined) this.queue.push(tracks);
    if (gop.length === 0 || gop.length > this.settings.maxQueuedFrames || gopBytes > this.settings.maxQueuedBytes) {
      return;
    }
    for (const item of gop) {
      this.hold(item);
      this.queuedFrames++;
      this.queuedBytes += item.bytes;
      this.queue.push(item);
    }
    this.replayed += gop.length;
    this.state = 'flowing';
  }

  /** The hot path: one call per published frame. `resumePoint`: a keyframe a decoder can start from. */
  offer(item: HubFrameItem, resumePoint: boolean): void {
    switch (this.state) {
      case 'flowing':
        break;
      case 'waiting':
        if (!resumePoint) {
          this.skippedFrames++;
          return;
        }
        break;
      case 'dropping':
        if (!resumePoint || !this.fits(item.bytes)) {
          this.droppedFrames++;
          if (resumePoint) this.droppedGops++; // a whole further GOP starts being lost
          return;
        }
        break;
      case 'overrun':
        if (!resumePoint || !this.fits(item.bytes)) {
          this.loseToOverrun(item);
          return;
        }
        // The gap item goes before the keyframe, where the recorder must write its gap row.
        this.flushOverrun(item.receivedAtMs);
        break;
      case 'ended':
      case 'closed':
        return;
    }
    if (!this.fits(item.bytes)) {
      if (this.policy === 'drop-gop') {
        this.state = 'dropping';
        this.droppedFrames++;
        this.droppedGops++;
      } else {
        this.state = 'overrun';
        this.loseToOverrun(item);
      }
      return;
    }
    this.state = 'flowing';
    this.enqueueFrame(item);
  }

  /** Queues a tracks/online item; events are never dropped (they are few and tiny). */
  announce(item: HubItem, nowMs: number): void {
    if (this.state === 'ended' || this.state === 'closed') return;
    // A run of lost frames ends before the event, so the gap sits where it happened.
    this.flushOverrun(nowMs);
    this.push(item);
  }

  /** The source went offline: the gap so far is reported, then the reader waits for a keyframe. */
  offline(item: HubItem, nowMs: number): void {
    if (this.state === 'ended' || this.state === 'closed') return;
    this.announce(item, nowMs);
    this.state = 'waiting';
  }

  /** The hub closed: pending losses are reported, then 'end'; the queue stays readable. */
  end(item: HubItem, nowMs: number): void {
    if (this.state === 'ended' || this.state === 'closed') return;
    this.announce(item, nowMs);
    this.state = 'ended';
  }

  // An oversized frame is still accepted into an empty queue: otherwise a keyframe larger than
  // the byte bound would starve the reader forever.
  private fits(bytes: number): boolean {
    if (this.queuedFrames === 0) return true;
    return (
      this.queuedFrames < this.settings.maxQueuedFrames && this.queuedBytes + bytes <= this.settings.maxQueuedBytes
    );
  }

  // A queued frame is held for the consumer: a lease it will release, or pinned for good.
  private hold(item: HubFrameItem): void {
    const lease = item.frame.lease;
    if (lease === undefined) return;
    if (this.settings.releasesFrames) lease.retain();
    else lease.pin();
  }

  private enqueueFrame(item: HubFrameItem): void {
    this.hold(item);
    this.queuedFrames++;
    this.queuedBytes += item.bytes;
    this.push(item);
  }

  private push(item: HubItem): void {
    this.queue.push(item);
    if (!this.armed || this.settings.onReadable === undefined) return;
    this.armed = false;
    try {
      this.settings.onReadable();
    } catch (err) {
      this.host.reportError(err, 'onReadable');
    }
  }

  private loseToOverrun(item: HubFrameItem): void {
    if (this.runFrames === 0) {
      this.runFromMs = item.receivedAtMs;
      this.host.overrunStarted(this, new Date(item.receivedAtMs));
    }
    this.runFrames++;
    this.runBytes += item.bytes;
  }

  private flushOverrun(untilMs: number): void {
    if (this.runFrames === 0) return;
    const overrun: HubOverrun = {
      fromWall: new Date(this.runFromMs),
      untilWall: new Date(untilMs),
      frames: this.runFrames,
      bytes: this.runBytes,
    };
    this.overruns++;
    this.overrunFramesDone += this.runFrames;
    this.runFrames = 0;
    this.runBytes = 0;
    this.push({ kind: 'overrun', overrun });
    this.host.overrunEnded(this, overrun);
  }
}
