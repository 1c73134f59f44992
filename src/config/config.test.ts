import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PsvisError } from '../errors/psvis-error.ts';
import { loadConfig } from './config.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'psvis-config-'));

function configError(fn: () => unknown): PsvisError {
  try {
    fn();
  } catch (err) {
    if (err instanceof PsvisError) return err;
    throw err;
  }
  throw new Error('expected a PsvisError');
}

describe('loadConfig', () => {
  it('uses the embedded defaults with no file and no environment', () => {
    const c = loadConfig({ file: null, env: {} });
    expect(c.http).toEqual({ host: '127.0.0.1', port: 8080 });
    expect(c.databaseUrl).toBeUndefined();
    expect(c.dataDir).toMatch(/\/data$/);
    expect(c.audit.checkpointEvery).toBe(100);
  });

  it('reads the YAML file and lets PSVIS_* variables win', () => {
    const d = dir();
    const file = join(d, 'psvis.yml');
    writeFileSync(file, 'http:\n  port: 9000\n  host: 0.0.0.0\ndataDir: /srv/psvis\n');
    const c = loadConfig({ file, env: { PSVIS_HTTP_PORT: '9100', PSVIS_DATABASE_URL: 'postgres://u@h/db' } });
    expect(c.http).toEqual({ host: '0.0.0.0', port: 9100 });
    expect(c.dataDir).toBe('/srv/psvis');
    expect(c.databaseUrl).toBe('postgres://u@h/db');
  });

  it('names the environment variable and what was expected for a bad value', () => {
    const e = configError(() => loadConfig({ file: null, env: { PSVIS_HTTP_PORT: 'eighty' } }));
    expect(e.code).toBe('PSVIS_ERR_CONFIG');
    expect(e.message).toContain('PSVIS_HTTP_PORT');
    expect(e.message).toContain('http.port');
    expect(e.message).toMatch(/number/);
  });

  it('names the key of a bad YAML value, an unknown key, and a non-PostgreSQL URL', () => {
    const d = dir();
    const file = join(d, 'psvis.yml');
    writeFileSync(file, 'http:\n  port: 70000\n');
    expect(configError(() => loadConfig({ file, env: {} })).message).toContain('http.port');
    writeFileSync(file, 'htp:\n  port: 1\n');
    expect(configError(() => loadConfig({ file, env: {} })).message).toMatch(/htp|unrecognized/i);
    const url = configError(() => loadConfig({ file: null, env: { PSVIS_DATABASE_URL: 'mysql://x' } }));
    expect(url.message).toContain('PSVIS_DATABASE_URL');
  });

  it('reports YAML that does not parse and a named file that does not exist', () => {
    const d = dir();
    const file = join(d, 'psvis.yml');
    writeFileSync(file, 'http: [unclosed\n');
    expect(configError(() => loadConfig({ file, env: {} })).message).toContain('not valid YAML');
    expect(configError(() => loadConfig({ file: join(d, 'missing.yml'), env: {} })).message).toContain(
      'does not exist',
    );
  });
});
