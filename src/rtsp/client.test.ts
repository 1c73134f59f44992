// RtspClient against gstreamer's RTSP server (a real third-party peer), TCP and UDP, with Digest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PsvisError } from '../errors/psvis-error.ts';
import { startGstRtspServer, type GstRtspPeer } from '../../test/peers/gst-rtsp.ts';
import { RtspClient } from './client.ts';

const USER = 'admin';
const PASSWORD = 'Pa55:w@rd';
const RECEIVE_MS = 2000;

/** Receives for RECEIVE_MS and returns per-track packet counts and sequence gaps. */
async function receive(client: RtspClient): Promise<{ packets: number[]; gaps: number[]; rtcp: number[] }> {
  const packets: number[] = [];
  const gaps: number[] = [];
  const rtcp: number[] = [];
  const lastSeq = new Map<number, number>();
  client.on('rtp', (track, bytes) => {
    packets[track] = (packets[track] ?? 0) + 1;
    const seq = (bytes[2] ?? 0) * 256 + (bytes[3] ?? 0);
    const prev = lastSeq.get(track);
    if (prev !== undefined && seq !== ((prev + 1) & 0xffff)) gaps[track] = (gaps[track] ?? 0) + 1;
    lastSeq.set(track, seq);
  });
  client.on('rtcp', (track) => {
    rtcp[track] = (rtcp[track] ?? 0) + 1;
  });
  await new Promise((r) => setTimeout(r, RECEIVE_MS));
  return { packets, gaps, rtcp };
}

describe('RtspClient against gstreamer rtsp-server with Digest auth', () => {
  let peer: GstRtspPeer;
  beforeAll(async () => {
    peer = await startGstRtspServer({ username: USER, password: PASSWORD });
  });
  afterAll(async () => {
    await peer.stop();
  });

  for (const path of ['h264', 'h265'] as const) {
    for (const transport of ['tcp', 'udp'] as const) {
      it(`receives ${path} video and PCMA audio over ${transport} with continuous sequence numbers`, async () => {
        const client = new RtspClient({
          url: peer.url(path),
          credentials: { username: USER, password: PASSWORD },
          transport,
          rtcpIntervalMs: 500,
        });
        const closes: PsvisError[] = [];
        client.on('close', (r) => closes.push(r));
        const info = await client.start();
        expect(info.tracks.map((t) => [t.media, t.encoding])).toEqual([
          ['video', path.toUpperCase()],
          ['audio', 'PCMA'],
        ]);
        expect(info.tracks.every((t) => t.transport === transport)).toBe(true);
        const { packets, gaps } = await receive(client);
        await client.close();
        // 25 fps for 2 s is at least 50 video packets; audiotestsrc sends 1024-sample (128-ms) PCMA packets, ~15.
        expect(packets[0] ?? 0).toBeGreaterThan(30);
        expect(packets[1] ?? 0).toBeGreaterThan(10);
        expect(gaps).toEqual([]);
        expect(closes.map((c) => c.code)).toEqual(['PSVIS_ERR_RTSP_CLOSED']);
      });
    }
  }

  it('reports a wrong password as PSVIS_ERR_RTSP_AUTH_FAILED', async () => {
    const client = new RtspClient({ url: peer.url('h264').replace('rtsp://', `rtsp://${USER}:wrong@`) });
    await expect(client.start()).rejects.toMatchObject({ code: 'PSVIS_ERR_RTSP_AUTH_FAILED' });
  });

  it('reports missing credentials as PSVIS_ERR_RTSP_AUTH_FAILED', async () => {
    const client = new RtspClient({ url: peer.url('h264') });
    await expect(client.start()).rejects.toMatchObject({ code: 'PSVIS_ERR_RTSP_AUTH_FAILED' });
  });

  it('takes percent-encoded credentials from the URL', async () => {
    const url = peer.url('h264').replace('rtsp://', `rtsp://${USER}:${encodeURIComponent(PASSWORD)}@`);
    const client = new RtspClient({ url, mediaKinds: ['video'] });
    const info = await client.start();
    expect(info.tracks).toHaveLength(1);
    await client.close();
  });

  it('a throwing rtp listener does not break the session', async () => {
    const errors: unknown[] = [];
    const client = new RtspClient({
      url: peer.url('h264'),
      credentials: { username: USER, password: PASSWORD },
      onListenerError: (err) => errors.push(err),
    });
    client.on('rtp', () => {
      throw new Error('listener bug');
    });
    await client.start();
    const { packets } = await receive(client);
    await client.close();
    expect(packets[0] ?? 0).toBeGreaterThan(30);
    expect(errors.length).toBeGreaterThan(30);
  });
});

describe('RtspClient failures', () => {
  it('a refused connection closes with PSVIS_ERR_RTSP_CONNECTION_LOST', async () => {
    const client = new RtspClient({ url: 'rtsp://127.0.0.1:1/none' });
    await expect(client.start()).rejects.toMatchObject({ code: 'PSVIS_ERR_RTSP_CONNECTION_LOST' });
  });

  it('rejects a non-rtsp URL with PSVIS_ERR_RTSP_BAD_URL', () => {
    expect(() => new RtspClient({ url: 'http://cam/x' })).toThrow(PsvisError);
  });
});
