// `psvis camsim` as a user types it: help, one-line refusals, and a run stopped from outside.
import { describe, expect, it } from 'vitest';
import { ffprobeRtsp, freePort } from '../../test/peers/gst-rtsp.ts';
import { CAMSIM_HELP, runCamsimCommand } from './command.ts';
import type { CameraSimulator } from './simulator.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('psvis camsim', () => {
  it('--help prints the usage, the profiles and the faults, and exits 0', async () => {
    const c = capture();
    expect(await runCamsimCommand(['--help'], c.io)).toBe(0);
    expect(c.out).toEqual([CAMSIM_HELP]);
    for (const word of ['--cameras', '--fault', 'drop:S', 'stall:S', 'resolution:S', 'garbage:S', '720p-h265']) {
      expect(CAMSIM_HELP).toContain(word);
    }
  });

  it.each([
    [['--cameras', '0']],
    [['--cameras', 'ten']],
    [['--port', '70000']],
    [['--profile', '4k-h266']],
    [['--fault', 'reboot:5']],
    [['--fault', 'drop:5', '--fault', 'drop:6']],
    [['--colour', 'red']],
    [['extra']],
  ])('refuses %j with exit 2 and one line naming the error code', async (args) => {
    const c = capture();
    expect(await runCamsimCommand(args, c.io)).toBe(2);
    expect(c.err).toHaveLength(1);
    expect(c.err[0]).toMatch(/^psvis camsim: .+ \(PSVIS_ERR_CAMSIM_(OPTIONS|FAULT)\)$/);
    expect(c.out).toEqual([]);
  });

  it('exits 1 with one line when the port is taken', async () => {
    const c = capture();
    const first = capture();
    const port = await freePort();
    const stop = new AbortController();
    let ready: (sim: CameraSimulator) => void = () => undefined;
    const started = new Promise<CameraSimulator>((resolve) => (ready = resolve));
    const running = runCamsimCommand(['--port', String(port)], first.io, { signal: stop.signal, onReady: ready });
    await started;
    expect(await runCamsimCommand(['--port', String(port)], c.io)).toBe(1);
    expect(c.err).toHaveLength(1);
    expect(c.err[0]).toMatch(/^psvis camsim: cannot serve: .*EADDRINUSE/);
    stop.abort();
    expect(await running).toBe(0);
  });

  it('serves the cameras it announces until stopped, then exits 0', async () => {
    const c = capture();
    const port = await freePort();
    const stop = new AbortController();
    let ready: (sim: CameraSimulator) => void = () => undefined;
    const started = new Promise<CameraSimulator>((resolve) => (ready = resolve));
    const running = runCamsimCommand(
      ['--cameras', '2', '--port', String(port), '--profile', '720p-h265', '--fault', 'garbage:30'],
      c.io,
      { signal: stop.signal, onReady: ready },
    );
    const sim = await started;
    expect(c.out[0]).toBe(
      `camsim: 2 camera(s) at rtsp://127.0.0.1:${port}/cam/1..2 (profile 720p-h265, faults garbage:30)`,
    );
    expect(c.out.slice(1)).toEqual([
      `  rtsp://127.0.0.1:${port}/cam/1  h265-720p25`,
      `  rtsp://127.0.0.1:${port}/cam/2  h265-720p25`,
    ]);
    expect(sim.camera(2).faults).toEqual([{ kind: 'garbage', seconds: 30 }]);
    const streams = await ffprobeRtsp(`rtsp://127.0.0.1:${port}/cam/2`);
    expect(streams.map((s) => s.codec_name)).toEqual(['hevc']);
    stop.abort();
    expect(await running).toBe(0);
    expect(c.out.at(-1)).toMatch(/^camsim: stopped \(\d+ packets sent, 0 dropped for slow clients\)$/);
    expect(c.err).toEqual([]);
  });
});
