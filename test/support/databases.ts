import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A database a test runs against: SQLite always, PostgreSQL when PSVIS_TEST_DATABASE_URL is set. */
export interface TestDatabase {
  /** PostgreSQL URL of a fresh database, or undefined for SQLite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  cleanup(): Promise<void>;
}

/** How long a test database's cleanup waits for closed connections to leave: rounds × ms. */
const CLEANUP_WAIT_ROUNDS = 100;
const CLEANUP_WAIT_MS = 20;

/** The engines this run covers; CI sets PSVIS_TEST_DATABASE_URL, so it covers both. */
export const DATABASE_ENGINES: readonly ('sqlite' | 'postgres')[] =
  process.env['PSVIS_TEST_DATABASE_URL'] !== undefined && process.env['PSVIS_TEST_DATABASE_URL'] !== ''
    ? ['sqlite', 'postgres']
    : ['sqlite'];

/** Makes a fresh, empty database of `engine` and a temporary data directory. */
export async function freshDatabase(engine: 'sqlite' | 'postgres'): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'psvis-test-'));
  if (engine === 'sqlite') {
    return {
      databaseUrl: undefined,
      dataDir,
      cleanup: () => {
        rmSync(dataDir, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
  }
  const adminUrl = process.env['PSVIS_TEST_DATABASE_URL'] ?? '';
  const name = `psvis_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    dataDir,
    async cleanup() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      // A closed pool's connections may still be on their way out: dropping WITH (FORCE) under
      // them terminates them, and the FATAL reaches a client that no longer listens for errors
      // (an unhandled error that fails the run). Wait for them to leave; FORCE only after that.
      for (let i = 0; i < CLEANUP_WAIT_ROUNDS; i++) {
        const r = await c.query<{ n: string }>('SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1', [name]);
        if (Number(r.rows[0]?.n ?? 0) === 0) break;
        await new Promise((resolve) => setTimeout(resolve, CLEANUP_WAIT_MS));
      }
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
