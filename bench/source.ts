// The benchmark's RTSP source, in a process of its own so its CPU is counted for neither side:
// one simulated camera (camsim, profile 1080p-h264) that every recorder reads at the same URL.
// It counts, per RTSP session, the frames it hands to that session, which is the "frames sent"
// that frames on disk are compared with.
// Usage (forked by bench/record.ts): source.ts <fixturesDir> <maxClients>
import { CameraSimulator, CLIENTS_PER_CAMERA } from '../src/camsim/simulator.ts';
import { startsH264Keyframe } from './h264-keyframe.ts';
import { sampleSelf, serveIpc, type ProcessSample } from './ipc.ts';

/** The camsim profile of the benchmark: H.264 1920x1080 25 fps, video only. */
export const SOURCE_PROFILE = '1080p-h264';

/** Frames one RTSP session was handed by the source. */
export interface SubscriptionCount {
  /** Sessions are numbered from 1 in the order they started playing. */
  readonly id: number;
  /** Frames (RTP marker bit ends each) from the first keyframe on: recorders start on a keyframe. */
  readonly framesFromKeyframe: number;
  /** Frames before the first keyframe (no recorder can keep them; shown, not counted as loss). */
  readonly framesBeforeKeyframe: number;
  readonly muted: boolean;
  readonly ended: boolean;
}

/** What the source reports when sampled. */
export interface SourceSample extends ProcessSample {
  readonly cameraSentFrames: number;
  /** Frames the camera skipped because the source process fell behind (its pacing was late). */
  readonly cameraSkippedFrames: number;
  /** RTP packets the RTSP server dropped because a client's socket queue was full. */
  readonly serverDroppedPackets: number;
  readonly serverSessions: number;
}

interface Subscription {
  readonly id: number;
  framesFromKeyframe: number;
  framesBeforeKeyframe: number;
  counting: boolean;
  atFrameStart: boolean;
  muteRequested: boolean;
  muted: boolean;
  ended: boolean;
}

async function main(): Promise<void> {
  const [fixturesDir, maxClientsArg] = process.argv.slice(2);
  if (fixturesDir === undefined || maxClientsArg === undefined) {
    throw new Error('usage: source.ts <fixturesDir> <maxClients>');
  }
  // camsim allows CLIENTS_PER_CAMERA clients per camera (at least DEFAULT_MAX_CLIENTS): idle extra
  // cameras raise the limit to the run's largest N. They cost a counter update a frame (nobody
  // subscribes), and every recorder still reads /cam/1.
  const cameras = Math.max(1, Math.ceil(Number(maxClientsArg) / CLIENTS_PER_CAMERA));
  const simulator = new CameraSimulator({ cameras, profile: SOURCE_PROFILE, fixturesDir, udp: false });
  await simulator.start();
  const camera = simulator.camera(1);
  const subscriptions: Subscription[] = [];

  // The RTSP server subscribes once per session at PLAY; wrapping the camera's subscribe is the one
  // place that sees each session's packets without changing camsim for the benchmark's sake.
  const subscribe = camera.subscribe.bind(camera);
  camera.subscribe = (trackIndex, onRtp) => {
    if (trackIndex !== 0) return subscribe(trackIndex, onRtp);
    const sub: Subscription = {
      id: subscriptions.length + 1,
      framesFromKeyframe: 0,
      framesBeforeKeyframe: 0,
      counting: false,
      // The camera emits whole frames within one tick, so a session always starts between frames.
      atFrameStart: true,
      muteRequested: false,
      muted: false,
      ended: false,
    };
    subscriptions.push(sub);
    const unsubscribe = subscribe(0, (packet) => {
      if (sub.atFrameStart) {
        // Muting only between frames keeps every frame a session got whole.
        if (sub.muteRequested) sub.muted = true;
        if (!sub.counting && startsH264Keyframe(packet)) sub.counting = true;
      }
      if (sub.muted) return;
      onRtp(packet);
      const marker = ((packet[1] ?? 0) & 0x80) !== 0;
      if (marker) {
        if (sub.counting) sub.framesFromKeyframe++;
        else sub.framesBeforeKeyframe++;
      }
      sub.atFrameStart = marker;
    });
    return () => {
      sub.ended = true;
      unsubscribe();
    };
  };

  const sample = (): SourceSample => {
    const cameraStats = camera.stats;
    const serverStats = simulator.serverStats;
    return {
      ...sampleSelf(),
      cameraSentFrames: cameraStats.sentFrames,
      cameraSkippedFrames: cameraStats.skippedFrames,
      serverDroppedPackets: serverStats?.droppedPackets ?? 0,
      serverSessions: serverStats?.sessions ?? 0,
    };
  };

  serveIpc(
    {
      url: () => Promise.resolve(simulator.url(1)),
      sample: () => Promise.resolve(sample()),
      // Stops sending to every session now playing, at its next frame boundary; later sessions are untouched.
      mute: () => {
        for (const sub of subscriptions) sub.muteRequested = true;
        return Promise.resolve(null);
      },
      // Closes every session's connection (camsim's drop fault): ffmpeg then reads end of stream.
      disconnect: () => {
        camera.drop();
        return Promise.resolve(null);
      },
      subscriptions: (params) => {
        const afterId = typeof params === 'number' ? params : 0;
        const list: SubscriptionCount[] = subscriptions
          .filter((s) => s.id > afterId)
          .map(({ id, framesFromKeyframe, framesBeforeKeyframe, muted, ended }) => ({
            id,
            framesFromKeyframe,
            framesBeforeKeyframe,
            muted,
            ended,
          }));
        return Promise.resolve(list);
      },
    },
    () => simulator.close(),
  );
}

main().catch((err: unknown) => {
  console.error('bench source failed:', err);
  process.exit(1);
});
