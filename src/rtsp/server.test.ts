// RtspServer against real clients: ffprobe/ffmpeg reading streams relayed from gstreamer's RTSP
// server, psvis's own RtspClient, and a raw TCP reader that stops reading.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ffmpegReadRtsp, ffprobeRtsp, startGstRtspServer, type GstRtspPeer } from '../../test/peers/gst-rtsp.ts';
import { RtspClient } from './client.ts';
import { RtspServer, withTrackControls, type StreamSource } from './server.ts';

/** A stream fed by hand: whatever `push` gets goes to the track's subscribers. */
class RelaySource implements StreamSource {
  private readonly subscribers = new Map<number, Set<(p: Uint8Array) => void>>();
  constructor(private readonly sdpText: string) {}
  sdp(): string {
    return this.sdpText;
  }
  subscribe(track: number, onRtp: (p: Uint8Array) => void): () => void {
    const set = this.subscribers.get(track) ?? new Set();
    set.add(onRtp);
    this.subscribers.set(track, set);
    return () => set.delete(onRtp);
  }
  push(track: number, packet: Uint8Array): void {
    for (const s of this.subscribers.get(track) ?? []) s(packet);
  }
  get subscriberCount(): number {
    let n = 0;
    for (const s of this.subscribers.values()) n += s.size;
    return n;
  }
}

describe('withTrackControls', () => {
  it('sets one a=control per media section and * at session level', () => {
    const sdp =
      'v=0\r\ns=x\r\na=control:rtsp://old/\r\nm=video 0 RTP/AVP 96\r\na=control:old\r\nm=audio 0 RTP/AVP 8\r\n';
    expect(withTrackControls(sdp)).toBe(
      'v=0\r\ns=x\r\na=control:*\r\nm=video 0 RTP/AVP 96\r\na=control:trackID=0\r\nm=audio 0 RTP/AVP 8\r\na=control:trackID=1\r\n',
    );
  });
});

describe('RtspServer relaying gstreamer streams to ffprobe, ffmpeg and RtspClient', () => {
  let peer: GstRtspPeer;
  let server: RtspServer;
  const upstream: RtspClient[] = [];
  const sources = new Map<string, RelaySource>();

  beforeAll(async () => {
    peer = await startGstRtspServer();
    server = new RtspServer({
      auth: { realm: 'psvis-test', passwordFor: (u) => (u === 'viewer' ? 'v1ew' : undefined) },
    });
    await server.start();
    for (const path of ['h264', 'h265'] as const) {
      const client = new RtspClient({ url: peer.url(path) });
      let relay: RelaySource | undefined;
      client.on('sdp', (sdp) => {
        relay = new RelaySource(sdp);
        sources.set(path, relay);
        server.setStream(`cam/${path}`, relay);
      });
      client.on('rtp', (track, bytes) => relay?.push(track, bytes));
      await client.start();
      upstream.push(client);
    }
  });
  afterAll(async () => {
    for (const c of upstream) await c.close();
    await server.close();
    await peer.stop();
  });

  for (const [path, codec] of [
    ['h264', 'h264'],
    ['h265', 'hevc'],
  ] as const) {
    for (const transport of ['tcp', 'udp'] as const) {
      it(`ffprobe reads ${codec} and pcm_alaw from the served ${path} stream over ${transport}`, async () => {
        const streams = await ffprobeRtsp(`rtsp://viewer:v1ew@127.0.0.1:${server.port}/cam/${path}`, transport);
        expect(streams.map((s) => s.codec_name).sort()).toEqual([codec, 'pcm_alaw'].sort());
        expect(streams.find((s) => s.codec_type === 'video')?.width).toBe(320);
      });
    }
  }

  it('ffmpeg copies 2 s of video (25 fps, less the wait for the first keyframe, at most 1 s)', async () => {
    const frames = await ffmpegReadRtsp(`rtsp://viewer:v1ew@127.0.0.1:${server.port}/cam/h264`, 2);
    expect(frames).toBeGreaterThanOrEqual(20);
  });

  it('ffprobe with a wrong password is refused', async () => {
    await expect(ffprobeRtsp(`rtsp://viewer:nope@127.0.0.1:${server.port}/cam/h264`)).rejects.toThrow(/401/);
  });

  for (const transport of ['tcp', 'udp'] as const) {
    it(`RtspClient round trip through the own server over ${transport}: continuous sequence numbers`, async () => {
      const client = new RtspClient({
        url: `rtsp://viewer:v1ew@127.0.0.1:${server.port}/cam/h264`,
        transport,
      });
      const info = await client.start();
      expect(info.tracks.map((t) => t.encoding)).toEqual(['H264', 'PCMA']);
      let gaps = 0;
      let last = -1;
      let count = 0;
      client.on('rtp', (track, bytes) => {
        if (track !== 0) return;
        const seq = (bytes[2] ?? 0) * 256 + (bytes[3] ?? 0);
        if (last >= 0 && seq !== ((last + 1) & 0xffff)) gaps++;
        last = seq;
        count++;
      });
      await new Promise((r) => setTimeout(r, 1500));
      await client.close();
      expect(count).toBeGreaterThan(25);
      expect(gaps).toBe(0);
    });
  }

  it('answers 404 for an unknown stream', async () => {
    const client = new RtspClient({ url: `rtsp://viewer:v1ew@127.0.0.1:${server.port}/cam/none` });
    await expect(client.start()).rejects.toMatchObject({ code: 'PSVIS_ERR_RTSP_STATUS', details: { statusCode: 404 } });
  });
});

/** An RTP packet of `size` bytes with sequence number `seq` (RFC 3550 §5.1 fixed header). */
function rtpPacket(seq: number, size: number): Uint8Array {
  const p = new Uint8Array(size);
  p[0] = 0x80;
  p[1] = 96;
  p[2] = (seq >> 8) & 0xff;
  p[3] = seq & 0xff;
  p[11] = 1;
  return p;
}

describe('RtspServer backpressure', () => {
  it('drops whole packets for a client that stops reading and none for one that reads', async () => {
    const server = new RtspServer({ udp: false, maxQueuedBytesPerClient: 256 * 1024 });
    await server.start();
    const source = new RelaySource(
      'v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=t\r\nt=0 0\r\nm=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\n',
    );
    server.setStream('slow', source);
    // The slow reader: a raw socket that sets up, plays, then never reads again.
    const raw = connect(server.port, '127.0.0.1');
    await new Promise((r) => raw.once('connect', r));
    const url = `rtsp://127.0.0.1:${server.port}/slow`;
    const sendAndWait = async (text: string): Promise<string> => {
      const answer = new Promise<string>((resolve) =>
        raw.once('data', (d: Buffer) => {
          resolve(d.toString());
        }),
      );
      raw.write(text);
      return answer;
    };
    const setup = await sendAndWait(
      `SETUP ${url}/trackID=0 RTSP/1.0\r\nCSeq: 1\r\nTransport: RTP/AVP/TCP;unicast;interleaved=0-1\r\n\r\n`,
    );
    const session = /Session: ([^;\r\n]+)/.exec(setup)?.[1] ?? '';
    await sendAndWait(`PLAY ${url} RTSP/1.0\r\nCSeq: 2\r\nSession: ${session}\r\n\r\n`);
    raw.pause();
    const fast = new RtspClient({ url });
    await fast.start();
    let fastCount = 0;
    fast.on('rtp', () => fastCount++);
    const packetBytes = 1200;
    const batches = 300;
    const perBatch = 100;
    let seq = 0;
    for (let b = 0; b < batches; b++) {
      for (let i = 0; i < perBatch; i++) source.push(0, rtpPacket(seq++ & 0xffff, packetBytes));
      await new Promise((r) => setTimeout(r, 2));
    }
    await new Promise((r) => setTimeout(r, 300));
    const stats = server.stats;
    await fast.close();
    raw.destroy();
    await server.close();
    const total = batches * perBatch;
    // 36 MB pushed; the paused socket holds what the kernel buffers plus 256 KiB, then drops.
    expect(stats.droppedPackets).toBeGreaterThan(total / 2);
    expect(fastCount).toBe(total);
    expect(stats.sentPackets + stats.droppedPackets).toBe(2 * total);
  });
});

describe('RtspClient timeouts against the own server', () => {
  it('closes with PSVIS_ERR_RTSP_READ_TIMEOUT when no RTP comes for readTimeoutMs, keep-alives notwithstanding', async () => {
    const server = new RtspServer({ udp: false });
    await server.start();
    server.setStream(
      'silent',
      new RelaySource('v=0\r\ns=t\r\nt=0 0\r\nm=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\n'),
    );
    const client = new RtspClient({
      url: `rtsp://127.0.0.1:${server.port}/silent`,
      readTimeoutMs: 400,
      keepAliveIntervalMs: 100,
    });
    const closed = new Promise<string>((resolve) =>
      client.on('close', (r) => {
        resolve(r.code);
      }),
    );
    await client.start();
    const started = performance.now();
    expect(await closed).toBe('PSVIS_ERR_RTSP_READ_TIMEOUT');
    const elapsedMs = performance.now() - started;
    expect(elapsedMs).toBeGreaterThanOrEqual(350);
    expect(elapsedMs).toBeLessThan(1000);
    await server.close();
  });
});
