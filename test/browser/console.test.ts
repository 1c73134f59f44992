import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CameraSimulator } from '../../src/camsim/simulator.ts';
import { CONSOLE_DIST_DIR } from '../../src/http/console.ts';
import { launchChromium } from '../support/chromium.ts';
import { ADMIN_PASSWORD, startTestPsvis, type TestPsvis } from '../support/psvis.ts';
import { create } from '../support/registry.ts';

// The web console end to end in Debian's Chromium (issue #6): sign in, register a camera pointing
// at camsim, watch it live, play it back and seek, be refused a camera in a hotel room with the
// article, switch the language. Every page is screenshotted into test-artifacts/console/ and
// checked for console errors, unlabelled form fields and horizontal scrolling at 1366x768.

const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts', 'console');
const VIEWPORT = { width: 1366, height: 768 };

/** What a page must not have, collected as the test goes. */
interface PageProblems {
  consoleErrors: string[];
}

/** Form fields without an accessible name, and whether the page scrolls sideways. */
const PAGE_AUDIT = `(() => {
  const fields = [...document.querySelectorAll('input, select, textarea, [role="combobox"], [role="slider"]')]
    .filter((el) => el.type !== 'hidden' && el.getAttribute('aria-hidden') !== 'true' && el.offsetParent !== null);
  const named = (el) => {
    if ((el.getAttribute('aria-label') ?? '').trim() !== '') return true;
    const by = el.getAttribute('aria-labelledby');
    if (by && by.split(/\\s+/).some((id) => (document.getElementById(id)?.textContent ?? '').trim() !== '')) return true;
    if (el.id && document.querySelector('label[for="' + CSS.escape(el.id) + '"]')) return true;
    if (el.closest('label')) return true;
    // Like axe's label rule (Lighthouse): a title or a non-empty placeholder names a field too.
    return (el.getAttribute('title') ?? '').trim() !== '' || (el.getAttribute('placeholder') ?? '').trim() !== '';
  };
  const unlabelled = fields.filter((el) => !named(el)).map((el) => el.outerHTML.slice(0, 160));
  return { unlabelled, scrollWidth: document.documentElement.scrollWidth };
})()`;

/** Picks an option in an Ant Design select: click, type to search, take the first match. */
async function pick(select: Locator, text: string): Promise<void> {
  await select.click();
  await select.fill(text);
  await select.page().locator('.ant-select-dropdown:visible .ant-select-item-option').first().waitFor();
  await select.press('Enter');
}

/** A <video>'s playback position and readiness (typed by hand: this project's TypeScript has no DOM types). */
function videoState(video: Locator): Promise<{ currentTime: number; readyState: number }> {
  return video.evaluate((v: { currentTime: number; readyState: number }) => ({
    currentTime: v.currentTime,
    readyState: v.readyState,
  }));
}

/** The header's language switch option (an Ant Design Segmented: its radio input is hidden). */
function languageSwitch(page: Page, name: string): Locator {
  return page.locator('header .ant-segmented-item-label', { hasText: name });
}

interface Ctx {
  t: TestPsvis;
  sim: CameraSimulator;
  browser: Awaited<ReturnType<typeof launchChromium>>;
}

describe('web console in Chromium', () => {
  let started: Ctx | undefined;
  const ctx = (): Ctx => {
    if (started === undefined) throw new Error('set-up failed');
    return started;
  };
  let page: Page;
  const problems: PageProblems = { consoleErrors: [] };
  /** Console errors a step expects (a refused request logs its status); removed once seen. */
  const expectedErrors: RegExp[] = [];
  let cameraId = '';

  beforeAll(async () => {
    if (!existsSync(join(CONSOLE_DIST_DIR, 'index.html'))) {
      throw new Error('the web console is not built: run node scripts/build-web.mjs (npm test does)');
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    const sim = new CameraSimulator({ cameras: 1, port: 0, profile: '720p-h264-aac' });
    await sim.start();
    const t = await startTestPsvis('sqlite', { env: { PSVIS_RECORDING_SEGMENT_SECONDS: '5' } });
    const browser = await launchChromium();
    started = { t, sim, browser };
    const jurisdictionId = await create(t.admin, '/api/v1/jurisdictions', {
      name: '沈阳市',
      level: 'city',
      profileId: 'liaoning-2008',
    });
    const orgId = await create(t.admin, '/api/v1/organizations', { name: '甲宾馆', kind: 'unit', jurisdictionId });
    await create(t.admin, '/api/v1/sites', { orgId, name: '一层大厅', placeCategory: 'hotel' });
    await create(t.admin, '/api/v1/systems', { orgId, name: '监控系统', lifecycle: 'in_use', inUseAt: '2026-01-05' });
    page = await browser.context.newPage();
    await page.setViewportSize(VIEWPORT);
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      const i = expectedErrors.findIndex((re) => re.test(m.text()));
      if (i >= 0) expectedErrors.splice(i, 1);
      else problems.consoleErrors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.consoleErrors.push(`${page.url()}: ${e.message}`));
  }, 120_000);

  // A failed step leaves a picture of what the page showed.
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') {
      await page
        .screenshot({ path: join(ARTIFACTS, `failed-${task.name.replace(/\W+/g, '-')}.png`) })
        .catch(() => undefined);
    }
  });

  afterAll(async () => {
    await started?.browser.close();
    await started?.t.close();
    await started?.sim.close();
  });

  /** Screenshots the page and checks it: no console errors, every field labelled, no sideways scroll. */
  async function checkPage(name: string): Promise<void> {
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });
    const audit = await page.evaluate<{ unlabelled: string[]; scrollWidth: number }>(PAGE_AUDIT);
    expect(audit.unlabelled, `${name}: form fields without a label`).toEqual([]);
    expect(audit.scrollWidth, `${name}: scrolls sideways at 1366x768`).toBeLessThanOrEqual(VIEWPORT.width);
    expect(problems.consoleErrors, `${name}: console errors`).toEqual([]);
  }

  it('signs in and shows the organization and role; the menu holds what the role may open', async () => {
    await page.goto(ctx().t.psvis.url());
    await page.getByLabel('用户名').waitFor();
    await checkPage('01-login');
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('user-role').waitFor();
    expect(await page.getByTestId('user-role').innerText()).toContain('系统管理员');
    expect(await page.getByTestId('user-org').innerText()).toContain('psvis');
    const menu = page.getByRole('navigation', { name: '主菜单' });
    for (const item of ['首页', '实时预览', '录像回放', '系统与点位', '合规', '审计', '用户']) {
      await expect(menu.getByRole('link', { name: item }).count()).resolves.toBe(1);
    }
    await checkPage('02-overview');
  }, 60_000);

  it('registers a camera pointing at camsim from the registry page', async () => {
    const c = ctx();
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '系统与点位' }).click();
    await page.getByRole('tab', { name: '摄像机' }).click();
    await page.getByRole('button', { name: '新建摄像机' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('名称').fill('大堂入口');
    await dialog.getByLabel('设备编码').fill('21010200001320000001');
    await pick(dialog.getByLabel('所属单位'), '甲宾馆');
    await pick(dialog.getByLabel('所属系统'), '监控系统');
    await pick(dialog.getByLabel('所在场所'), '一层大厅');
    await pick(dialog.getByLabel('安装部位'), '出入口');
    await dialog.getByLabel('主码流地址').fill(c.sim.url(1));
    await dialog.getByRole('button', { name: /保存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: '大堂入口', exact: true }).waitFor();
    const cameras = await c.t.admin.get('/api/v1/cameras');
    const items = cameras.body['items'] as { id: string; name: string; mainStreamUrl: string | null }[];
    const camera = items.find((x) => x.name === '大堂入口');
    expect(camera?.mainStreamUrl).toBe(c.sim.url(1));
    cameraId = camera?.id ?? '';
    await checkPage('03-registry');
  }, 60_000);

  it('refuses a camera in a hotel room with the article and the penalty range, keeping the input', async () => {
    await page.getByRole('button', { name: '新建摄像机' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('名称').fill('8201 客房');
    await dialog.getByLabel('设备编码').fill('21010200001320000002');
    await pick(dialog.getByLabel('所属单位'), '甲宾馆');
    await pick(dialog.getByLabel('所属系统'), '监控系统');
    await pick(dialog.getByLabel('所在场所'), '一层大厅');
    await pick(dialog.getByLabel('安装部位'), '客房');
    // The refused request's 422 is logged by the browser as a failed resource load.
    expectedErrors.push(/status of 422/);
    await dialog.getByRole('button', { name: /保存/ }).click();
    const alert = dialog.getByTestId('error-alert');
    await alert.waitFor();
    expect(await alert.getByTestId('error-articles').innerText()).toMatch(/辽宁 第九条/);
    expect(await alert.getByTestId('error-penalties').innerText()).toMatch(/元/);
    expect(await dialog.getByLabel('名称').inputValue()).toBe('8201 客房');
    await checkPage('04-registry-refusal');
    await dialog.getByRole('button', { name: /取消/ }).click();
    await dialog.waitFor({ state: 'hidden' });
  }, 60_000);

  it('plays the camera on the live wall', async () => {
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '实时预览' }).click();
    await page.locator(`[data-testid=camera-tree-item][data-camera-id="${cameraId}"]`).click();
    const tile = page.locator(`[data-testid=live-tile][data-camera-id="${cameraId}"]`);
    await tile.and(page.locator('[data-state=playing]')).waitFor({ timeout: 20_000 });
    const video = tile.locator('video');
    await expect.poll(() => videoState(video).then((v) => v.currentTime), { timeout: 15_000 }).toBeGreaterThan(0);
    const t0 = (await videoState(video)).currentTime;
    await page.waitForTimeout(3_000);
    const t1 = (await videoState(video)).currentTime;
    expect(t1 - t0).toBeGreaterThan(2);
    await tile.getByTestId('live-tile-stats').waitFor();
    await checkPage('05-live');
  }, 60_000);

  it('plays back and seeks into a recorded span', async () => {
    const c = ctx();
    // Footage is indexed when a file closes (every 5 s here): wait for some 15 s of it.
    const deadline = Date.now() + 45_000;
    for (;;) {
      const now = Date.now();
      const r = await c.t.admin.get(
        `/api/v1/cameras/${cameraId}/timeline?from=${new Date(now - 3_600_000).toISOString()}&to=${new Date(now).toISOString()}`,
      );
      if (Number(r.body['recordedMs']) >= 15_000) break;
      if (Date.now() > deadline) throw new Error(`no recorded footage: ${JSON.stringify(r.body)}`);
      await page.waitForTimeout(1_000);
    }
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '录像回放' }).click();
    // A tree select (organization → site → camera): search, then click the camera's node.
    const cameras = page.locator('input#playback-cameras');
    await cameras.click();
    await cameras.fill('大堂入口');
    await page.locator('.ant-select-dropdown:visible').getByText('大堂入口', { exact: true }).click();
    await page.keyboard.press('Escape');
    const purpose = page.getByRole('dialog');
    await purpose.getByLabel('查阅事由').fill('核查大堂入口秩序');
    await purpose.getByRole('button', { name: '确定' }).click();
    await purpose.waitFor({ state: 'hidden' });
    const timeline = page.locator(`[data-testid=timeline][data-camera-id="${cameraId}"]`);
    const span = timeline.getByTestId('timeline-span').last();
    await span.waitFor();
    // From a day (≈ 90 s a pixel) towards minutes: zoom centres on the playhead, now, by the footage.
    for (let i = 0; i < 8; i++) await page.getByRole('button', { name: '放大时间轴' }).click();
    const box = await span.boundingBox();
    if (box === null) throw new Error('the recorded span has no box');
    // Seek into the middle of the newest recorded span.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const video = page.locator(
      `[data-testid=playback-tile][data-camera-id="${cameraId}"] [data-testid=playback-video]`,
    );
    const clock = page.getByTestId('playback-clock');
    await expect.poll(() => videoState(video).then((v) => v.readyState), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    const seekedTo = Date.parse((await clock.getAttribute('data-time')) ?? '');
    const from = Date.parse((await span.getAttribute('data-from')) ?? '');
    const to = Date.parse((await span.getAttribute('data-to')) ?? '');
    expect(seekedTo).toBeGreaterThanOrEqual(from - 1_000);
    expect(seekedTo).toBeLessThanOrEqual(to + 1_000);
    const t0 = (await videoState(video)).currentTime;
    await page.waitForTimeout(2_000);
    const t1 = (await videoState(video)).currentTime;
    expect(t1 - t0).toBeGreaterThan(1);
    await checkPage('06-playback');
  }, 120_000);

  it('shows compliance, audit and users pages', async () => {
    const nav = page.getByRole('navigation', { name: '主菜单' });
    await nav.getByRole('link', { name: '合规' }).click();
    await page.getByTestId('compliance-page').waitFor();
    await checkPage('07-compliance');
    await nav.getByRole('link', { name: '审计' }).click();
    await page.getByTestId('audit-page').waitFor();
    await page.getByTestId('audit-trail').waitFor();
    await checkPage('08-audit-trail');
    await page.getByRole('tab', { name: '查阅/复制/调取登记' }).click();
    await page.getByTestId('access-register').waitFor();
    await checkPage('09-access-register');
    await page.getByRole('tab', { name: '完整性校验' }).click();
    await page.getByTestId('verify-start').click();
    await page.getByTestId('verify-result').waitFor({ timeout: 30_000 });
    await checkPage('10-verify');
    await nav.getByRole('link', { name: '用户' }).click();
    await page.getByTestId('users-page').waitFor();
    await checkPage('11-users');
    // The management pages (issue #7) load clean too; their flows have tests of their own.
    const management: [string, string, string][] = [
      ['调阅审批', 'access-page', '15-access'],
      ['备案管理', 'filings-page', '16-filings'],
      ['监督检查', 'supervision-page', '17-supervision'],
      ['信息保全', 'holds-page', '18-holds'],
      ['可疑信息', 'reports-page', '19-reports'],
      ['运维值守', 'operations-page', '20-operations'],
    ];
    for (const [link, testId, shot] of management) {
      await nav.getByRole('link', { name: link }).click();
      await page.getByTestId(testId).waitFor();
      await checkPage(shot);
    }
    await nav.getByRole('link', { name: '首页' }).click();
    await page.getByTestId('overview-page').waitFor();
    await page.getByTestId('overview-availability-chart').waitFor();
    expect(await page.getByTestId('overview-cameras-online').getAttribute('aria-label')).toMatch(/1/);
    await checkPage('12-overview-recording');
  }, 90_000);

  it('switches the language to English and back', async () => {
    await languageSwitch(page, 'English').click();
    const nav = page.getByRole('navigation', { name: 'Main menu' });
    await nav.getByRole('link', { name: 'Overview' }).waitFor();
    expect(await page.getByTestId('user-role').innerText()).toContain('Administrator');
    await checkPage('13-overview-english');
    await nav.getByRole('link', { name: 'Systems & cameras' }).click();
    await page.getByRole('tab', { name: 'Cameras' }).waitFor();
    await checkPage('14-registry-english');
    await languageSwitch(page, '中文').click();
    await page.getByRole('navigation', { name: '主菜单' }).waitFor();
  }, 60_000);
});
