import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = resolve('bin/psvis.mjs');
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'psvis-cli-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function run(args: string[], env: Record<string, string> = {}, input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    cwd: tempDir(),
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
    ...(input !== undefined ? { input } : {}),
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      s.close(() => {
        res(typeof addr === 'object' && addr !== null ? addr.port : 0);
      });
    });
  });
}

describe('psvis command', () => {
  it('prints help for every command', () => {
    for (const args of [
      ['--help'],
      ['start', '--help'],
      ['migrate', '--help'],
      ['user', 'add', '--help'],
      ['user', 'passwd', '--help'],
      ['verify', '--help'],
    ]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.out).toMatch(/Usage: psvis/);
    }
  });

  it('exits non-zero with one line naming the problem for bad input', () => {
    const unknown = run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.err.trim().split('\n')).toHaveLength(1);
    expect(unknown.err).toContain('unknown command "frobnicate"');
    const badFlag = run(['verify', '--bogus']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.err).toContain('--bogus');
    const badConfig = run(['migrate'], { PSVIS_HTTP_PORT: 'eighty' });
    expect(badConfig.code).toBe(1);
    expect(badConfig.err.trim().split('\n')).toHaveLength(1);
    expect(badConfig.err).toContain('PSVIS_HTTP_PORT');
    expect(badConfig.err).toContain('PSVIS_ERR_CONFIG');
  });

  it('migrates, adds a user, changes a password and verifies the audit chain offline', () => {
    const dataDir = tempDir();
    const env = { PSVIS_DATA_DIR: dataDir };
    expect(run(['migrate'], env).out).toContain('0001-foundation');
    expect(run(['migrate'], env).out).toContain('up to date');
    const noOrg = run(
      ['user', 'add', '--username', 'x', '--org', 'missing', '--role', 'auditor', '--password', 'long-enough-password'],
      env,
    );
    expect(noOrg.code).toBe(1);
    expect(noOrg.err).toContain('PSVIS_ERR_NOT_FOUND');
    const badRole = run(
      ['user', 'add', '--username', 'x', '--org', 'o', '--role', 'king', '--password', 'long-enough-password'],
      env,
    );
    expect(badRole.code).toBe(2);
    const verify = run(['verify', '--audit', '--json'], env);
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.out)).toMatchObject({ audit: { ok: true } });
  });

  it('npm start: serves /api/v1/health, prints the admin password once, records the demo camera, and stops cleanly on SIGTERM', async () => {
    const dataDir = tempDir();
    const port = await freePort();
    const cameraPort = await freePort();
    const child = spawn(process.execPath, [BIN, 'start'], {
      cwd: tempDir(),
      env: {
        PATH: process.env['PATH'] ?? '',
        PSVIS_DATA_DIR: dataDir,
        PSVIS_HTTP_PORT: String(port),
        PSVIS_DEMO_CAMERA_PORT: String(cameraPort),
        PSVIS_RESTREAM_PORT: '0',
        PSVIS_LOG_LEVEL: 'warn',
      },
    });
    let out = '';
    const collect = (b: Buffer) => {
      out += b.toString();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const started = Date.now();
    let health = 0;
    while (Date.now() - started < 15_000 && health !== 200) {
      health = await fetch(`http://127.0.0.1:${port}/api/v1/health`).then(
        (r) => r.status,
        () => 0,
      );
      if (health !== 200)
        await new Promise((r) => {
          setTimeout(r, 200);
        });
    }
    expect(health).toBe(200);
    const password = /password:\s+(\S+)/.exec(out)?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(12);
    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    expect(login.status).toBe(200);
    // A new user sees recording at once: the demo unit's simulated camera is registered and online.
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const cams = (await (await fetch(`http://127.0.0.1:${port}/api/v1/cameras`, { headers: { cookie } })).json()) as {
      items: { id: string; mainStreamUrl: string | null }[];
    };
    const demo = cams.items.find((c) => c.mainStreamUrl === `rtsp://127.0.0.1:${cameraPort}/cam/1`);
    expect(demo).toBeDefined();
    let online = false;
    for (let i = 0; i < 50 && !online; i++) {
      const s = (await (
        await fetch(`http://127.0.0.1:${port}/api/v1/cameras/${demo?.id ?? ''}/status`, { headers: { cookie } })
      ).json()) as {
        online?: boolean;
        framesIn?: number;
      };
      online = s.online === true && (s.framesIn ?? 0) > 0;
      if (!online) {
        await new Promise((r) => {
          setTimeout(r, 200);
        });
      }
    }
    expect(online).toBe(true);
    const exited = new Promise<number | null>((res) => {
      child.on('exit', (code) => {
        res(code);
      });
    });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toContain('psvis stopped');
    // The shutdown checkpoint signed the head: the chain verifies with nothing unsigned.
    const v = run(['verify', '--json'], { PSVIS_DATA_DIR: dataDir });
    const report = JSON.parse(v.out) as { audit: { ok: boolean; lastSeq: number; checkpoints: number } };
    expect(report.audit.ok).toBe(true);
    expect(report.audit.checkpoints).toBeGreaterThan(0);
    // A second start prints no password: the admin exists.
    const again = spawnSync(process.execPath, [BIN, 'user', 'passwd', '--username', 'admin', '--password-stdin'], {
      env: { PATH: process.env['PATH'] ?? '', PSVIS_DATA_DIR: dataDir },
      input: 'a-new-admin-password\n',
      encoding: 'utf8',
    });
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('password of admin changed');
  });
});
