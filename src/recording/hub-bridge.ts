import type { Hub } from '../hub/hub.ts';
import type { SegmentWriter } from './segment-writer.ts';

/**
 * Feeds a camera's hub into its segment writer through a never-drop reader: frames and track
 * changes are written; an overrun becomes an 'overrun' gap and an offline period an 'offline' gap,
 * so loss is always a recorded row, never a silent hole (STYLE.md 9). Returns a function that
 * detaches the reader.
 */
export function recordFromHub(hub: Hub, writer: SegmentWriter, onError: (err: unknown) => void): () => void {
  let offlineSinceMs: number | null = null;
  let closed = false;
  const gap = (fromMs: number, toMs: number, cause: 'overrun' | 'offline', details: Record<string, unknown>) => {
    writer.gap(fromMs, toMs, cause, details).catch(onError);
  };
  const pump = () => {
    for (let item = reader.read(); item !== undefined && !closed; item = reader.read()) {
      switch (item.kind) {
        case 'frame':
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
  const reader = hub.addReader({ name: 'recorder', policy: 'never-drop', start: 'next-keyframe', onReadable: pump });
  pump();
  return () => {
    closed = true;
    reader.close();
  };
}
