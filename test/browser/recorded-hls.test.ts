import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CameraSimulator } from '../../src/camsim/simulator.ts';
import { launchChromium } from '../support/chromium.ts';
import { startTestPsvis, type TestPsvis } from '../support/psvis.ts';
import { seedUnit } from '../support/registry.ts';

// Debian's Chromium plays a recorded range through hls.js: psvis records a camsim 720p H.264 + AAC
// camera, then serves the range as an HLS VOD playlist with byte ranges into the recorded files.
// The test page is served on psvis's own origin (intercepted by the browser), so the session
// cookie applies as it would for the web console.

const HLS_JS = readFileSync(createRequire(import.meta.url).resolve('hls.js/dist/hls.min.js'), 'utf8');
const PAGE = `<!doctype html><meta charset="utf-8"><video id="v" muted autoplay playsinline width="640"></video>
<script src="/test/hls.min.js"></script>
<script>
  const video = document.getElementById('v');
  window.hlsStats = { errors: [], fatal: null };
  video.addEventListener('error', () => window.hlsStats.errors.push('media error ' + (video.error && video.error.code)));
  const hls = new Hls({ enableWorker: false });
  hls.on(Hls.Events.ERROR, (_e, d) => {
    window.hlsStats.errors.push(d.type + ':' + d.details + (d.fatal ? ':fatal' : ''));
    if (d.fatal) window.hlsStats.fatal = d.details;
  });
  hls.loadSource(new URLSearchParams(location.search).get('src'));
  hls.attachMedia(video);
</script>`;

describe('recorded HLS in Chromium through hls.js', () => {
  let sim: CameraSimulator;
  let t: TestPsvis;
  let context: BrowserContext;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let cameraId = '';
  let from = '';

  beforeAll(async () => {
    sim = new CameraSimulator({ cameras: 1, port: 0, profile: '720p-h264-aac' });
    await sim.start();
    t = await startTestPsvis('sqlite', { env: { PSVIS_RECORDING_SEGMENT_SECONDS: '5' } });
    from = new Date().toISOString();
    cameraId = (await seedUnit(t.admin, [sim.url(1)])).cameraIds[0] ?? '';
    // Two sealed 5 s files.
    await new Promise((r) => setTimeout(r, 13_000));
    browser = await launchChromium();
    context = browser.context;
  }, 90_000);
  afterAll(async () => {
    await browser.close();
    await t.close();
    await sim.close();
  });

  it('plays a recorded range: currentTime advances and hls.js reports no error', async () => {
    const base = t.psvis.url();
    const token = decodeURIComponent((t.admin.cookie ?? '').split('=')[1] ?? '');
    await context.addCookies([{ name: 'psvis_session', value: token, url: base }]);
    const page = await context.newPage();
    await page.route(`${base}/test/hls.html*`, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
    await page.route(`${base}/test/hls.min.js`, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: HLS_JS }),
    );
    const to = new Date().toISOString();
    const src = `/api/v1/cameras/${cameraId}/recordings.m3u8?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&purpose=${encodeURIComponent('浏览器回放测试')}`;
    await page.goto(`${base}/test/hls.html?src=${encodeURIComponent(src)}`);
    const currentTime = 'document.getElementById("v").currentTime';
    await page.waitForFunction(`${currentTime} > 0.5`, undefined, { timeout: 20_000 });
    const t0 = await page.evaluate<number>(currentTime);
    await page.waitForTimeout(2_000);
    const t1 = await page.evaluate<number>(currentTime);
    const stats = await page.evaluate<{ errors: string[]; fatal: string | null }>('window.hlsStats');
    await page.close();
    expect(stats.fatal).toBeNull();
    expect(stats.errors.filter((e) => e.startsWith('media error'))).toEqual([]);
    expect(t1 - t0).toBeGreaterThan(1);
    // The playback was registered (国家 第十六条(三)): who, when, which camera and range, and why.
    const reg = await t.admin.get<{ items: { action: string; cameraId: string; purpose: string | null }[] }>(
      `/api/v1/access-register?cameraId=${cameraId}`,
    );
    expect(reg.body.items.some((i) => i.action === 'playback' && i.purpose === '浏览器回放测试')).toBe(true);
  }, 60_000);
});
