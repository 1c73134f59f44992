import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CameraSimulator } from '../src/camsim/simulator.ts';
import { ADMIN_PASSWORD, startTestPsvis, type TestPsvis } from './support/psvis.ts';
import { create, seedUnit } from './support/registry.ts';

// The RTSP restream as psvis wires it: psvis users with Basic authentication checked against
// their argon2 password, the same scope rule as the API, each session in the access register.

function ffprobe(
  url: string,
): Promise<{ code: number; streams: { codec_name: string; width?: number }[]; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'ffprobe',
      ['-v', 'error', '-rtsp_transport', 'tcp', '-show_streams', '-of', 'json', url],
      { timeout: 20_000 },
      (err, stdout, stderr) => {
        const streams =
          err === null ? (JSON.parse(stdout) as { streams: { codec_name: string; width?: number }[] }).streams : [];
        resolve({ code: err === null ? 0 : 1, streams, stderr });
      },
    );
  });
}

describe('RTSP restream wired into psvis', () => {
  let sim: CameraSimulator;
  let t: TestPsvis;
  let cameraId = '';
  beforeAll(async () => {
    sim = new CameraSimulator({ cameras: 1, port: 0, profile: '720p-h264-aac' });
    await sim.start();
    t = await startTestPsvis('sqlite');
    const unit = await seedUnit(t.admin, [sim.url(1)]);
    cameraId = unit.cameraIds[0] ?? '';
    const other = await create(t.admin, '/api/v1/organizations', {
      name: '乙',
      kind: 'unit',
      jurisdictionId: unit.jurisdictionId,
    });
    expect(
      (
        await t.admin.post('/api/v1/users', {
          username: 'outsider',
          orgId: other,
          role: 'unit_manager',
          password: 'outsider-password',
        })
      ).status,
    ).toBe(201);
    // Wait until ingest has frames, so the restream has something to describe.
    for (let i = 0; i < 50; i++) {
      const s = await t.admin.get(`/api/v1/cameras/${cameraId}/status`);
      if (s.body['online'] === true) break;
      await new Promise((r) => setTimeout(r, 200));
    }
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await sim.close();
  });

  const url = (user: string, password: string) =>
    `rtsp://${user}:${password}@127.0.0.1:${t.psvis.restream?.port ?? 0}/cameras/${cameraId}`;

  it('serves the camera to ffprobe with a psvis user name and password, and registers the session', async () => {
    const r = await ffprobe(url('admin', ADMIN_PASSWORD));
    expect(r.code, r.stderr).toBe(0);
    expect(r.streams.map((s) => s.codec_name).sort()).toEqual(['aac', 'h264']);
    const reg = await t.admin.get<{ items: { action: string; cameraId: string }[] }>(
      `/api/v1/access-register?cameraId=${cameraId}`,
    );
    expect(reg.status).toBe(200);
    expect(reg.body.items.some((i) => i.cameraId === cameraId)).toBe(true);
  });

  it('refuses a wrong password and a user who cannot see the camera', async () => {
    const wrong = await ffprobe(url('admin', 'not-the-password'));
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/401|Unauthorized/i);
    const outsider = await ffprobe(url('outsider', 'outsider-password'));
    expect(outsider.code).toBe(1);
    expect(outsider.stderr).toMatch(/404|Not Found/i);
  });
});
