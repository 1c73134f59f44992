import type { ReaderOptions } from '../hub/contracts.ts';
import type { Hub } from '../hub/hub.ts';
import type { SegmentWriter } from './segment-writer.ts';

/**
 * Feeds a camera's hub into its segment writer through a never-drop reader: frames and track
 * changes are written; an overrun becomes an 'overrun' gap and an offline period an 'offline' gap,
 * so loss is always a recorded row, never a silent hole (STYLE.md 9). While the writer's backlog
 * for the disk is full it stops reading, so a slow disk fills the hub's bounded queue (an overrun
 * gap) rather than memory. Returns a function that detaches the reader.
 */
export function recordFromHub(
  hub: Hub,
  writer: SegmentWriter,
  onError: (err: unknown) => void,
  /** The reader's queue bounds (default: the hub's recorder limits). */
  bounds: Pick<ReaderOptions, 'maxQueuedFrames' | 'maxQueuedBytes'> = {},
): () => void {
  let offlineSinceMs: number | null = null;
  let closed = false;
  let waitingForWriter = false;
  const resume = (): void => {
    waitingForWriter = false;
    if (!detached) pump();
  };
  let detached = false;
  const gap = (fromMs: number, toMs: number, cause: 'overrun' | 'offline', details: Record<string, unknown>) => {
    writer.gap(fromMs, toMs, cause, details).catch(onError);
  };
  const pump = (drainAll = false): void => {
    if (waitingForWriter && !drainAll) return;
    for (;;) {
      if (!drainAll && !writer.hasRoom()) {
        // The reader stays unarmed until read() finds it empty: resume() reads on.
        waitingForWriter = true;
        writer.whenRoom().then(resume, onError);
        return;
      }
      const item = reader.read();
      if (item === undefined) return;
      if (closed) {
        if (item.kind === 'frame') item.frame.lease?.release();
        return;
      }
      switch (item.kind) {
        case 'frame':
          // The writer takes over the queue's lease and releases it once the bytes are on disk.
          writer.push(item.frame);
          break;
        case 'tracks':
          writer.setTracks(item.tracks);
          break;
        case 'overrun':
          gap(item.overrun.fromWall.getTime(), item.overrun.untilWall.getTime(), 'overrun', {
            frames: item.overrun.frames,
            bytes: item.overrun.bytes,
          });
          break;
        case 'offline':
          offlineSinceMs ??= item.at.getTime();
          break;
        case 'online':
          if (offlineSinceMs !== null) gap(offlineSinceMs, item.at.getTime(), 'offline', {});
          offlineSinceMs = null;
          break;
        case 'end':
          closed = true;
          break;
      }
    }
  };
  const reader = hub.addReader({
    name: 'recorder',
    policy: 'never-drop',
    start: 'next-keyframe',
    releasesFrames: true,
    onReadable: () => {
      pump();
    },
    ...bounds,
  });
  pump();
  return () => {
    if (detached) return;
    detached = true;
    // What waits in the queue (the writer was behind) is written, not dropped: the queue is bounded.
    pump(true);
    closed = true;
    reader.close();
  };
}
