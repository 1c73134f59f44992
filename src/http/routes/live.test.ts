import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPsvis, type ApiClient, type TestPsvis } from '../../../test/support/psvis.ts';
import { create, seedUnit } from '../../../test/support/registry.ts';
import { openTestWebSocket } from '../../delivery/live/test-support.ts';

// The live routes' refusals, which the console shows in the user's language: each one carries its
// message in both languages. No picture is needed, so the camera's stream is nowhere.
describe('refusals of the live routes', () => {
  let t: TestPsvis;
  let cameraId: string;
  let auditor: ApiClient;
  beforeAll(async () => {
    t = await startTestPsvis('sqlite');
    const unit = await seedUnit(t.admin, ['rtsp://127.0.0.1:9/nowhere']);
    cameraId = unit.cameraIds[0] ?? '';
    await create(t.admin, '/api/v1/users', {
      username: 'auditor',
      orgId: unit.orgId,
      role: 'auditor',
      password: 'auditor-password-1',
    });
    auditor = t.client();
    expect((await auditor.login('auditor', 'auditor-password-1')).status).toBe(200);
  });
  afterAll(async () => {
    await t.close();
  });

  const refusedRole = {
    code: 'PSVIS_ERR_FORBIDDEN',
    message: '审计员不能观看实时视频 / role auditor may not watch live video',
    details: {
      role: 'auditor',
      messageZh: '审计员不能观看实时视频',
      messageEn: 'role auditor may not watch live video',
    },
  };

  it('refuses a role that may not watch, naming the role in both languages, over HLS and WebSocket', async () => {
    const hls = await auditor.get(`/api/v1/cameras/${cameraId}/live.m3u8`);
    expect(hls.status).toBe(403);
    expect(hls.body).toMatchObject(refusedRole);
    const ws = await openTestWebSocket(t.psvis.url(), `/api/v1/cameras/${cameraId}/live.ws`, auditor.cookie);
    expect(ws.status).toBe(403);
    expect(JSON.parse(ws.body)).toMatchObject(refusedRole);
  });

  it('asks an anonymous upgrade to sign in, in both languages', async () => {
    const ws = await openTestWebSocket(t.psvis.url(), `/api/v1/cameras/${cameraId}/live.ws`, null);
    expect(ws.status).toBe(401);
    expect(JSON.parse(ws.body)).toMatchObject({
      code: 'PSVIS_ERR_UNAUTHENTICATED',
      details: {
        messageZh: '请先登录（POST /api/v1/auth/login）',
        messageEn: 'sign in first (POST /api/v1/auth/login)',
      },
    });
  });

  it('tells a plain GET of live.ws to open a WebSocket, and HLS of the sub-stream to use live.ws', async () => {
    const plain = await t.admin.get(`/api/v1/cameras/${cameraId}/live.ws`);
    expect(plain.status).toBe(426);
    expect(plain.body).toMatchObject({
      code: 'PSVIS_ERR_WEBSOCKET_REQUIRED',
      details: {
        messageZh: expect.stringContaining('请以 WebSocket 打开此地址') as unknown,
        messageEn: expect.stringContaining('open this URL as a WebSocket') as unknown,
      },
    });
    const sub = await t.admin.get(`/api/v1/cameras/${cameraId}/live.m3u8?stream=sub`);
    expect(sub.status).toBe(404);
    expect(sub.body).toMatchObject({
      code: 'PSVIS_ERR_LIVE_SUBSTREAM',
      details: {
        cameraId,
        messageZh: '实时 HLS 只提供主码流；请通过 live.ws?stream=sub 观看子码流',
        messageEn: 'live HLS serves the main stream only; watch the sub-stream over live.ws?stream=sub',
      },
    });
  });
});
