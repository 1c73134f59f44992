import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock.ts';
import {
  FAILURE_WINDOW_MS,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
} from '../src/identity/login-throttle.ts';
import { ADMIN_PASSWORD, startTestPsvis, type TestPsvis } from './support/psvis.ts';

describe('login, sessions and throttling', () => {
  let t: TestPsvis;
  const clock = new ManualClock('2026-03-02T08:00:00Z');
  beforeAll(async () => {
    t = await startTestPsvis('sqlite', { clock, env: { PSVIS_SESSION_TTL_MINUTES: '30' } });
    const org = await t.admin.get<{ orgId: string }>('/api/v1/auth/session');
    const user = org.body as unknown as { user: { orgId: string } };
    for (const name of ['victim', 'other']) {
      const r = await t.admin.post('/api/v1/users', {
        username: name,
        orgId: user.user.orgId,
        role: 'unit_operator',
        password: `${name}-password-1`,
      });
      expect(r.status).toBe(201);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('sets an HTTP-only, SameSite=Strict session cookie', async () => {
    const c = t.client();
    const res = await fetch(`${c.base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^psvis_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
  });

  it(`locks an account after ${MAX_FAILURES_PER_ACCOUNT} failed logins, even against the right password, until the window passes`, async () => {
    const c = t.client();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      const r = await c.login('victim', 'wrong-password-x');
      expect(r.status).toBe(401);
      expect(r.body).toMatchObject({
        code: 'PSVIS_ERR_LOGIN_FAILED',
        message: '用户名或密码错误 / wrong user name or password',
        details: { messageZh: '用户名或密码错误', messageEn: 'wrong user name or password' },
      });
    }
    const locked = await c.login('victim', 'victim-password-1');
    expect(locked.status).toBe(429);
    expect(locked.body['code']).toBe('PSVIS_ERR_RATE_LIMITED');
    expect(locked.body['details']).toMatchObject({
      messageZh: expect.stringMatching(/^登录失败次数过多，请 \d+ 分钟后再试$/) as unknown,
      messageEn: expect.stringMatching(/^too many failed logins; try again in \d+ minute\(s\)$/) as unknown,
    });
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    clock.advance(FAILURE_WINDOW_MS + 1000);
    expect((await c.login('victim', 'victim-password-1')).status).toBe(200);
  });

  it(`throttles one address after ${MAX_FAILURES_PER_ADDRESS} failures across many accounts (password spraying)`, async () => {
    const c = t.client();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      expect((await c.login(`nobody-${i}`, 'guess-password')).status).toBe(401);
    }
    const r = await c.login('other', 'other-password-1');
    expect(r.status).toBe(429);
    clock.advance(FAILURE_WINDOW_MS + 1000);
    expect((await c.login('other', 'other-password-1')).status).toBe(200);
  });

  it('audits failed and successful logins', async () => {
    // The clock moved past the admin's session lifetime in the tests above.
    await t.admin.login('admin', ADMIN_PASSWORD);
    const events = await t.admin.get<{ items: { action: string; details: Record<string, unknown> }[] }>(
      '/api/v1/audit/events?action=auth.&limit=500',
    );
    const actions = events.body.items.map((e) => e.action);
    expect(actions).toContain('auth.login');
    expect(actions).toContain('auth.login.failed');
    expect(actions).toContain('auth.login.throttled');
    const failed = events.body.items.find((e) => e.action === 'auth.login.failed');
    expect(failed?.details['username']).toBeTypeOf('string');
  });

  it('expires an idle session and ends it at logout', async () => {
    const c = t.client();
    expect((await c.login('other', 'other-password-1')).status).toBe(200);
    expect((await c.get('/api/v1/auth/session')).status).toBe(200);
    clock.advance(31 * 60 * 1000);
    const expired = await c.get('/api/v1/auth/session');
    expect(expired.status).toBe(401);
    expect((await c.login('other', 'other-password-1')).status).toBe(200);
    expect((await c.post('/api/v1/auth/logout', {})).status).toBe(200);
    expect((await c.get('/api/v1/auth/session')).status).toBe(401);
  });

  it('refuses a weak password with its code', async () => {
    await t.admin.login('admin', ADMIN_PASSWORD);
    const s = (await t.admin.get('/api/v1/auth/session')).body as unknown as { user: { orgId: string } };
    const r = await t.admin.post('/api/v1/users', {
      username: 'weak',
      orgId: s.user.orgId,
      role: 'auditor',
      password: 'short',
    });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({
      code: 'PSVIS_ERR_WEAK_PASSWORD',
      details: {
        minLength: 12,
        messageZh: '密码须为 12–256 个字符',
        messageEn: 'a password must be 12 to 256 characters long',
      },
    });
  });

  it('names an organization it cannot find in both languages', async () => {
    await t.admin.login('admin', ADMIN_PASSWORD);
    const r = await t.admin.post('/api/v1/users', {
      username: 'orphan',
      orgId: 'org-none',
      role: 'auditor',
      password: 'orphan-password-1',
    });
    expect(r.status).toBe(404);
    expect(r.body).toMatchObject({
      code: 'PSVIS_ERR_NOT_FOUND',
      message: '未找到单位 org-none / organization org-none not found',
      details: { field: 'orgId', messageZh: '未找到单位 org-none', messageEn: 'organization org-none not found' },
    });
  });

  it('refuses a second user of the same name, naming the user in both languages', async () => {
    await t.admin.login('admin', ADMIN_PASSWORD);
    const s = (await t.admin.get('/api/v1/auth/session')).body as unknown as { user: { orgId: string } };
    const r = await t.admin.post('/api/v1/users', {
      username: 'victim',
      orgId: s.user.orgId,
      role: 'auditor',
      password: 'another-password-1',
    });
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({
      code: 'PSVIS_ERR_CONFLICT',
      message: '用户名为 victim 的用户已存在 / user victim already exists',
      details: { messageZh: '用户名为 victim 的用户已存在', messageEn: 'user victim already exists' },
    });
  });
});
