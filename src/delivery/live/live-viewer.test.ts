import { describe, expect, it } from 'vitest';
import { systemClock } from '../../clock.ts';
import { Hub } from '../../hub/hub.ts';
import { CountingLease } from '../../media/test-lease.ts';
import type { MediaFrame } from '../../media/types.ts';
import { encodeTestH264, h264Frames } from '../../recording/test-media.ts';
import { LiveViewer, type LiveViewerSummary } from './live-viewer.ts';
import type { WebSocketConnection } from './websocket.ts';

const media = h264Frames(encodeTestH264({ seconds: 3, gop: 25, width: 160, height: 120 }));

/** A socket whose unsent backlog the test sets, recording what the viewer sends. */
class FakeConnection {
  bufferedBytes = 0;
  readonly texts: string[] = [];
  readonly binaries: number[] = [];
  /** Write callbacks not yet called: the socket still holds those chunks. */
  readonly unwritten: (() => void)[] = [];
  private closeListener: ((code: number) => void) | undefined;
  sendText(text: string): void {
    this.texts.push(text);
  }
  sendBinary(_chunks: readonly Uint8Array[], bytes: number, onWritten?: () => void): void {
    this.binaries.push(bytes);
    if (onWritten !== undefined) this.unwritten.push(onWritten);
  }
  /** The socket writes everything it holds. */
  flush(): void {
    for (const done of this.unwritten.splice(0)) done();
  }
  onClose(l: (code: number) => void): void {
    this.closeListener = l;
  }
  close(): void {
    this.closeListener?.(1000);
  }
}

function setUp(): { hub: Hub; conn: FakeConnection; viewer: LiveViewer; ended: LiveViewerSummary[] } {
  const hub = new Hub({ cameraId: 'cam', clock: systemClock });
  hub.setTracks([media.track]);
  const conn = new FakeConnection();
  const ended: LiveViewerSummary[] = [];
  const viewer = new LiveViewer({
    hub,
    connection: conn as unknown as WebSocketConnection,
    clock: systemClock,
    name: 'test',
    maxSocketBufferedBytes: 1000,
    onEnd: (s) => ended.push(s),
  });
  return { hub, conn, viewer, ended };
}

describe('a live viewer', () => {
  it('sends the JSON init message and init segment, then one fragment per frame', () => {
    const { hub, conn, viewer } = setUp();
    viewer.start();
    media.frames.slice(0, 30).forEach((f) => {
      hub.publish(f);
    });
    expect(JSON.parse(conn.texts[0] ?? '{}')).toMatchObject({
      type: 'init',
      mimeType: expect.stringMatching(/avc1/) as string,
    });
    expect(conn.binaries).toHaveLength(1 + 30);
  });

  it('skips frames up to the next keyframe while the socket backlog is over its bound, and counts them', () => {
    const { hub, conn, viewer, ended } = setUp();
    viewer.start();
    const frames: MediaFrame[] = media.frames;
    frames.slice(0, 5).forEach((f) => {
      hub.publish(f);
    });
    conn.bufferedBytes = 5000; // the network stalls
    frames.slice(5, 10).forEach((f) => {
      hub.publish(f);
    });
    conn.bufferedBytes = 0; // drained mid-GOP: still no resume until a keyframe
    frames.slice(10, 25).forEach((f) => {
      hub.publish(f);
    });
    const beforeKeyframe = conn.binaries.length;
    hub.publish(frames[25] as MediaFrame); // the next GOP's keyframe
    expect(beforeKeyframe).toBe(1 + 5);
    expect(conn.binaries.length).toBe(beforeKeyframe + 1);
    conn.close();
    expect(ended[0]).toMatchObject({ droppedBySocket: 20, droppedGops: 1, fragments: 6, reason: 'client' });
    expect(hub.stats().readers).toBe(0);
  });

  it('releases each frame once the socket wrote it, or at once when it is skipped or cannot start the stream', () => {
    const { hub, conn, viewer } = setUp();
    const leases = media.frames.map(() => new CountingLease());
    const frames = media.frames.map((f, i) => ({ ...f, lease: leases[i] }));
    // As a source does: its own hold ends once the frame is published.
    const publish = (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        hub.publish(frames[i] as MediaFrame);
        leases[i]?.release();
      }
    };
    viewer.start();
    publish(0, 5);
    // Sent, not yet written: the socket's chunks are still views of the frames (the hub's GOP
    // cache holds the current GOP besides).
    expect(leases.slice(0, 5).map((l) => l.refs)).toEqual([2, 2, 2, 2, 2]);
    conn.flush();
    expect(leases.slice(0, 5).map((l) => l.refs)).toEqual([1, 1, 1, 1, 1]);
    conn.bufferedBytes = 5000; // skipped to the next keyframe: released at once
    publish(5, 10);
    expect(leases.slice(5, 10).map((l) => l.refs)).toEqual([1, 1, 1, 1, 1]);
    conn.bufferedBytes = 0;
    publish(10, 30);
    conn.close();
    conn.flush();
    hub.close(); // lets the cached GOP go
    expect(leases.slice(0, 30).filter((l) => l.refs !== 0 || l.overReleased !== 0 || l.pinned)).toEqual([]);
  });

  it('ends with reason hub-closed when the camera goes away', () => {
    const { hub, viewer, ended } = setUp();
    viewer.start();
    hub.close();
    expect(ended[0]?.reason).toBe('hub-closed');
  });
});
