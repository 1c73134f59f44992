import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CameraSimulator } from '../../src/camsim/simulator.ts';
import { pdfText } from '../../src/governance/test-support.ts';
import { CONSOLE_DIST_DIR } from '../../src/http/console.ts';
import { launchChromium } from '../support/chromium.ts';
import { startTestPsvis, type TestPsvis } from '../support/psvis.ts';
import { create } from '../support/registry.ts';

// Footage access end to end in Debian's Chromium (issue #7): in a 辽宁 jurisdiction, where the
// head of the requesting organ approves (辽宁 第十七条) and two officers with their 执法证件 act
// together (辽宁 第十八条), officer A files a copy request naming officer B; the approver approves
// with the approval document and its scan; A opens the sitting and B confirms it with B's own
// password (a wrong one is refused with the article); the granted footage plays, a copy makes the
// signed evidence package; the request's register shows every field the texts name, and the
// printed register form carries them. Screenshots go to test-artifacts/access/.

const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts', 'access');
const VIEWPORT = { width: 1366, height: 768 };
const CAMERA = '一层大厅入口';
const UNIT = '甲商场';
const ORGAN = '沈阳市公安局和平分局';
const OFFICERS = {
  officerA: { name: '王警官', role: 'police_officer', credentialNo: '辽执 210012' },
  officerB: { name: '李警官', role: 'police_officer', credentialNo: '辽执 210034' },
  approver: { name: '和平分局局长', role: 'police_approver', credentialNo: '' },
} as const;
type Login = keyof typeof OFFICERS;
const password = (user: Login) => `${user}-password-for-tests`;
const REQUEST = {
  legalBasis: '《中华人民共和国刑事诉讼法》第五十四条',
  purpose: '侦办甲商场盗窃案',
  caseNo: '沈和公(刑)立字〔2026〕88号',
  destination: '和平分局刑警大队案卷',
  document: '沈和公(刑)审字〔2026〕15号',
  unitHandler: '商场安保主管 陈某',
};

/** The playing position of the sitting's video, in seconds. */
const CURRENT_TIME = `(document.querySelector('[data-testid="access-playback"] video')?.currentTime ?? 0)`;

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
    return (el.getAttribute('title') ?? '').trim() !== '';
  };
  const unlabelled = fields.filter((el) => !named(el)).map((el) => el.outerHTML.slice(0, 160));
  return { unlabelled, scrollWidth: document.documentElement.scrollWidth };
})()`;

interface RegisterSheet {
  fields: { field: string; labelZh: string; articles: string[] }[];
  rows: { id: string; action: string; values: Record<string, string> }[];
}

describe('footage access in Chromium: request, approval, two-officer sitting, copy, register', () => {
  let t: TestPsvis | undefined;
  let sim: CameraSimulator | undefined;
  /** One browser (its own profile, its own session cookie) per signed-in user. */
  const browsers: Awaited<ReturnType<typeof launchChromium>>[] = [];
  let cameraId = '';
  let requestId = '';
  /** One signed-in tab per user, each in its own browser context (its own session cookie). */
  const pages = new Map<Login, Page>();
  const consoleErrors: string[] = [];
  /** Console errors a step expects (Chromium logs a refused request's status); removed once seen. */
  const expectedErrors: RegExp[] = [];

  beforeAll(async () => {
    if (!existsSync(join(CONSOLE_DIST_DIR, 'index.html'))) {
      throw new Error('the web console is not built: run node scripts/build-web.mjs (npm test does)');
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    sim = new CameraSimulator({ cameras: 1, port: 0, profile: '720p-h264-aac' });
    await sim.start();
    t = await startTestPsvis('sqlite', { env: { PSVIS_RECORDING_SEGMENT_SECONDS: '5' } });
    const admin = t.admin;
    // 辽宁 第十七条: police requests are approved by the head of the requesting organ itself.
    const city = await create(admin, '/api/v1/jurisdictions', {
      name: '沈阳市',
      level: 'city',
      profileId: 'liaoning-2008',
    });
    const district = await create(admin, '/api/v1/jurisdictions', {
      name: '和平区',
      level: 'district',
      parentId: city,
    });
    const unit = await create(admin, '/api/v1/organizations', { name: UNIT, kind: 'unit', jurisdictionId: district });
    const police = await create(admin, '/api/v1/organizations', {
      name: ORGAN,
      kind: 'police',
      jurisdictionId: district,
    });
    const siteId = await create(admin, '/api/v1/sites', {
      orgId: unit,
      name: '一层',
      placeCategory: 'culture_sports_entertainment',
    });
    const systemId = await create(admin, '/api/v1/systems', {
      orgId: unit,
      name: '商场监控',
      lifecycle: 'in_use',
      inUseAt: '2026-01-05',
    });
    cameraId = await create(admin, '/api/v1/cameras', {
      systemId,
      siteId,
      name: CAMERA,
      deviceId: '21010200001320000001',
      locationCategory: 'entrance',
      mainStreamUrl: sim.url(1),
    });
    for (const [username, u] of Object.entries(OFFICERS)) {
      await create(admin, '/api/v1/users', {
        username,
        displayName: u.name,
        orgId: police,
        role: u.role,
        password: password(username as Login),
      });
    }
    // Some footage first: the request asks for a range that holds a few seconds of it.
    const deadline = Date.now() + 45_000;
    for (;;) {
      const from = new Date(Date.now() - 10 * 60_000).toISOString();
      const to = new Date(Date.now() + 60_000).toISOString();
      const tl = await admin.get<{ recordedMs: number }>(`/api/v1/cameras/${cameraId}/timeline?from=${from}&to=${to}`);
      if (tl.status === 200 && tl.body.recordedMs >= 8_000) break;
      if (Date.now() > deadline) throw new Error(`no footage recorded: ${JSON.stringify(tl.body)}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }, 90_000);

  // Each step builds on the one before: after a failure the rest would only time out.
  beforeEach((ctx) => {
    if (ctx.task.suite?.tasks.some((task) => task.result?.state === 'fail')) ctx.skip();
  });

  afterAll(async () => {
    for (const b of browsers) await b.close();
    await t?.close();
    await sim?.close();
  });

  /** A tab signed in as `user` in a browser of its own, watched for console errors. */
  async function signIn(user: Login): Promise<Page> {
    if (t === undefined) throw new Error('not started');
    const browser = await launchChromium();
    browsers.push(browser);
    const page = await browser.context.newPage();
    await page.setViewportSize(VIEWPORT);
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      const i = expectedErrors.findIndex((re) => re.test(m.text()));
      if (i >= 0) expectedErrors.splice(i, 1);
      else consoleErrors.push(`${user} ${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => consoleErrors.push(`${user} ${page.url()}: ${e.message}`));
    await page.goto(`${t.psvis.url()}/access`);
    await page.getByLabel('用户名').fill(user);
    await page.getByLabel('密码').fill(password(user));
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('access-page').waitFor();
    pages.set(user, page);
    return page;
  }

  function tab(user: Login): Page {
    const page = pages.get(user);
    if (page === undefined) throw new Error(`${user} is not signed in`);
    return page;
  }

  /** Screenshots the page and checks it: no console errors, every field labelled, no sideways scroll. */
  async function checkPage(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
    const audit = await page.evaluate<{ unlabelled: string[]; scrollWidth: number }>(PAGE_AUDIT);
    expect(audit.unlabelled, `${name}: form fields without a label`).toEqual([]);
    expect(audit.scrollWidth, `${name}: scrolls sideways at 1366x768`).toBeLessThanOrEqual(VIEWPORT.width);
    expect(consoleErrors, `${name}: console errors`).toEqual([]);
  }

  it('officer A files a copy request for the camera and a recorded range, naming officer B', async () => {
    const page = await signIn('officerA');
    await checkPage(page, '01-officer-list');
    await page.getByTestId('access-new-footage').click();
    const form = page.getByTestId('footage-request-form');
    await form.waitFor();
    await form.getByLabel('法律依据').fill(REQUEST.legalBasis);
    await form.getByLabel('事由/用途').fill(REQUEST.purpose);
    await form.getByLabel('案件编号').fill(REQUEST.caseNo);
    await form.getByLabel('摄像机 1').click();
    await page.locator('.ant-select-item-option', { hasText: CAMERA }).click();
    await form.getByLabel('时间范围 1', { exact: true }).click();
    await page.getByText('最近 1 小时').click();
    await form.getByText('复制', { exact: true }).click();
    await form.getByLabel('去向').fill(REQUEST.destination);
    // The first officer is the one signed in; 执法证件 is preselected (辽宁 第十八条 asks for it).
    await expect(form.getByLabel('民警 1 账号').inputValue()).resolves.toBe('officerA');
    await form.getByLabel('民警 1 证件号码').fill(OFFICERS.officerA.credentialNo);
    await form.getByLabel('民警 2 账号').fill('officerB');
    await form.getByLabel('民警 2 证件号码').fill(OFFICERS.officerB.credentialNo);
    await checkPage(page, '02-request-form');
    await page.getByRole('button', { name: '提交申请' }).click();

    const drawer = page.getByTestId('access-drawer');
    await drawer.getByTestId('access-route').waitFor();
    requestId = new URL(page.url()).searchParams.get('request') ?? '';
    expect(requestId).not.toBe('');
    await expect(drawer.getByTestId('access-status').getAttribute('data-status')).resolves.toBe('pending');
    await expect(drawer.getByTestId('access-route-article').innerText()).resolves.toBe('辽宁 第十七条');
    await expect(drawer.getByTestId('access-route-approval').innerText()).resolves.toBe('经本机关负责人批准');
    await expect(drawer.getByTestId('access-route-approvers').innerText()).resolves.toBe(OFFICERS.approver.name);
    await expect(drawer.getByTestId('access-awaiting').innerText()).resolves.toContain(OFFICERS.approver.name);
    const officers = await drawer.getByTestId('access-officers-table').innerText();
    for (const o of [OFFICERS.officerA, OFFICERS.officerB]) {
      expect(officers).toContain(o.name);
      expect(officers).toContain(o.credentialNo);
    }
    await checkPage(page, '03-request-filed');
  }, 60_000);

  it('the approver finds it awaiting them and approves it with the approval document and its scan', async () => {
    const page = await signIn('approver');
    const row = page.locator(`[data-request-id="${requestId}"]`);
    await row.waitFor();
    await checkPage(page, '04-approver-inbox');
    await row.getByTestId('access-open').click();
    await page.getByTestId('access-approve').click();
    const form = page.getByTestId('approve-form');
    await form.waitFor();
    await form.getByLabel('批准文件文号').fill(REQUEST.document);
    await expect(form.getByLabel('签发机关').inputValue()).resolves.toBe(ORGAN);
    await form.locator('input[type=file]').setInputFiles({
      name: '批准文件.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.concat([Buffer.from(`%PDF-1.4\n% ${REQUEST.document}\n`), Buffer.alloc(1024, 0x20)]),
    });
    await checkPage(page, '05-approve');
    await page.getByRole('button', { name: '批准', exact: true }).last().click();
    const status = page.getByTestId('access-drawer').getByTestId('access-status');
    await expect.poll(() => status.getAttribute('data-status')).toBe('approved');
    await expect(page.getByTestId('access-scan-download').innerText()).resolves.toContain('批准文件.pdf');
    await checkPage(page, '06-approved');
  }, 60_000);

  it('officer A opens the sitting; officer B confirms it with their own password, a wrong one is refused with the article', async () => {
    const page = tab('officerA');
    await page.reload();
    await page.getByRole('tab', { name: '调阅' }).click();
    await page.getByTestId('access-sitting-open').click();
    const form = page.getByTestId('sitting-form');
    await form.waitFor();
    // One other officer is named: already chosen.
    await expect(form.getByText(`${OFFICERS.officerB.name}（officerB`).count()).resolves.toBe(1);
    expectedErrors.push(/status of 403/);
    await form.getByLabel('第二名办理人员的密码').fill('not-the-password');
    await page.getByRole('button', { name: '开始调阅' }).last().click();
    const refusal = page.getByTestId('error-alert');
    await refusal.waitFor();
    await expect(refusal.innerText()).resolves.toContain('PSVIS_ERR_SITTING_PARTNER');
    await expect(refusal.getByTestId('error-articles').innerText()).resolves.toContain('辽宁 第十八条');
    expect(expectedErrors).toEqual([]);
    await checkPage(page, '07-partner-refused');

    await form.getByLabel('第二名办理人员的密码').fill(password('officerB'));
    await form.getByLabel('单位经办人（录制人员）').fill(REQUEST.unitHandler);
    await page.getByRole('button', { name: '开始调阅' }).last().click();
    const sitting = page.getByTestId('access-sitting');
    await sitting.waitFor();
    await expect(sitting.innerText()).resolves.toContain(`${OFFICERS.officerA.name}、${OFFICERS.officerB.name}`);
  }, 60_000);

  it('plays the granted footage: the video’s time advances', async () => {
    const page = tab('officerA');
    await page.waitForFunction(`${CURRENT_TIME} > 0.5`, undefined, { timeout: 30_000 });
    const t0 = await page.evaluate<number>(CURRENT_TIME);
    await page.waitForFunction(`${CURRENT_TIME} > ${t0 + 1}`, undefined, { timeout: 15_000 });
    await expect(page.getByTestId('access-timeline').getByTestId('timeline-span').count()).resolves.toBeGreaterThan(0);
    await checkPage(page, '08-sitting-playing');
  }, 60_000);

  it('copies the footage: the export completes and downloads the signed evidence package of the request', async () => {
    const page = tab('officerA');
    await page.getByTestId('playback-export').click();
    await page.getByTestId('access-export-start').click();
    await page.locator('[data-testid="access-export-progress"][data-status="done"]').waitFor({ timeout: 45_000 });
    await checkPage(page, '09-copy-done');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('access-export-download').click(),
    ]);
    const path = await download.path();
    const zip = readFileSync(path);
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
    const text = zip.toString('utf8');
    for (const name of ['footage.mp4', 'manifest.json', 'manifest.sig']) expect(text).toContain(name);
    // The manifest names the request, its organ, case and destination (stored uncompressed).
    expect(text).toContain(`"accessRequestId": "${requestId}"`);
    expect(text).toContain(`"requestingUnit": "${ORGAN}"`);
    expect(text).toContain(`"caseNo": "${REQUEST.caseNo}"`);
    expect(text).toContain(`"destination": "${REQUEST.destination}"`);
    await page.getByTestId('access-export-close').click();
    await page.getByTestId('access-sitting-close').click();
    await page.getByTestId('access-sitting-start').waitFor();
  }, 90_000);

  it('shows the register of the request with every field the 辽宁 and national texts name, and their values', async () => {
    const page = tab('officerA');
    await page.getByRole('tab', { name: '登记记录' }).click();
    const table = page.getByTestId('access-register-table');
    await table.locator('tbody tr[data-row-key]').nth(1).waitFor();
    const sheet = await page.request.get(`${t?.psvis.url() ?? ''}/api/v1/access-requests/${requestId}/register`);
    expect(sheet.status()).toBe(200);
    const api = (await sheet.json()) as RegisterSheet;
    // 辽宁 第十四条(四): 录制人员、时间、用途; 国家 第十六条第二款(三): 事由、内容、单位和人员姓名.
    expect(api.fields.map((f) => f.field).sort()).toEqual(
      ['accessorNames', 'accessorUnit', 'at', 'content', 'purpose', 'recordedBy'].sort(),
    );
    const headerCells = table.getByTestId('access-register-field');
    const headers: (string | null)[] = [];
    for (let i = 0; i < (await headerCells.count()); i++)
      headers.push(await headerCells.nth(i).getAttribute('data-field'));
    // (The table may render its header cells twice: a visible row and a hidden one that measures widths.)
    expect([...new Set(headers)].sort()).toEqual(api.fields.map((f) => f.field).sort());

    expect(api.rows.map((r) => r.action).sort()).toEqual(['export', 'playback']);
    for (const row of api.rows) {
      const tr = table.locator(`tr[data-row-key="${row.id}"]`);
      for (const f of api.fields) {
        const shown = await tr.locator(`span[data-field="${f.field}"]`).innerText();
        expect(shown, `${row.action} ${f.field}`).toBe(row.values[f.field]);
        expect(shown.trim(), `${row.action} ${f.field}`).not.toBe('');
      }
      expect(row.values['accessorNames']).toBe(`${OFFICERS.officerA.name}、${OFFICERS.officerB.name}`);
      expect(row.values['accessorUnit']).toBe(ORGAN);
      expect(row.values['purpose']).toBe(REQUEST.purpose);
      expect(row.values['recordedBy']).toBe(REQUEST.unitHandler);
      expect(row.values['content']).toContain(CAMERA);
    }
    expect(api.rows.find((r) => r.action === 'export')?.values['content']).toContain('导出');
    await checkPage(page, '10-register');
  }, 60_000);

  it('prints the register form: a PDF with both officers, the purpose and each access', async () => {
    const page = tab('officerA');
    const link = page.getByTestId('access-register-pdf');
    await expect(link.innerText()).resolves.toContain(CAMERA);
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/api\/v1\/access-register\/form\.pdf\?/);
    const res = await page.request.get(`${t?.psvis.url() ?? ''}${href ?? ''}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/pdf');
    // Table cells wrap long values across lines; these short ones stay whole.
    const text = pdfText(await res.body());
    for (const s of [
      OFFICERS.officerA.name,
      OFFICERS.officerB.name,
      REQUEST.purpose,
      CAMERA,
      '复制（导出）',
      '回放查阅',
    ]) {
      expect(text).toContain(s);
    }
  }, 30_000);
});
