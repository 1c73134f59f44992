import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type Migration, type MigrationProvider } from 'kysely';
import pg from 'pg';
import { PsvisError } from '../errors/psvis-error.ts';
import type { Database } from './schema.ts';
import * as m0001 from './migrations/0001-foundation.ts';
import * as m0002 from './migrations/0002-recording.ts';
import * as m0003 from './migrations/0003-compliance.ts';
import * as m0004 from './migrations/0004-delivery.ts';
import * as m0005 from './migrations/0005-access.ts';
import * as m0006 from './migrations/0006-inspections.ts';
import * as m0007 from './migrations/0007-filings.ts';
import * as m0008 from './migrations/0008-pending-unlinks.ts';

/** The migrations, in order. A new migration is a new file added here; applied ones never change. */
const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-foundation': m0001,
  '0002-recording': m0002,
  '0003-compliance': m0003,
  '0004-delivery': m0004,
  '0005-access': m0005,
  '0006-inspections': m0006,
  '0007-filings': m0007,
  '0008-pending-unlinks': m0008,
};

/** Which database engine a connection talks to. */
export type DialectName = 'sqlite' | 'postgres';

/** An open database: the Kysely handle and its lifecycle. */
export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** Applies pending migrations; returns the names applied. */
  migrate(): Promise<string[]>;
  /** Runs a trivial query; throws PSVIS_ERR_DATABASE_UNAVAILABLE when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Where to connect: a PostgreSQL URL, or a SQLite file path. */
export type DatabaseTarget = { postgresUrl: string } | { sqliteFile: string };

// pg returns int8 as strings; nothing of ours exceeds 2^53, and COUNT(*) is int8.
function getTypeParser(
  oid: Parameters<typeof pg.types.getTypeParser>[0],
  format?: 'text' | 'binary',
): (value: string) => unknown {
  if (oid === pg.types.builtins.INT8) return Number;
  return pg.types.getTypeParser(oid, format) as (value: string) => unknown;
}

function pgPool(url: string): pg.Pool {
  return new pg.Pool({ connectionString: url, max: 10, types: { getTypeParser } });
}

/** Opens the database named by `target` (not yet migrated). */
export function openDatabase(target: DatabaseTarget): DatabaseHandle {
  let db: Kysely<Database>;
  let dialect: DialectName;
  if ('postgresUrl' in target) {
    dialect = 'postgres';
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pgPool(target.postgresUrl) }) });
  } else {
    dialect = 'sqlite';
    if (target.sqliteFile !== ':memory:') mkdirSync(dirname(target.sqliteFile), { recursive: true });
    const sqlite = new SQLite(target.sqliteFile);
    // WAL keeps readers off the writer's back; foreign keys are off by default in SQLite.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  }
  const provider: MigrationProvider = { getMigrations: () => Promise.resolve(MIGRATIONS) };
  return {
    db,
    dialect,
    async migrate() {
      const migrator = new Migrator({ db, provider });
      const { error, results } = await migrator.migrateToLatest();
      if (error !== undefined) {
        throw new PsvisError(
          'PSVIS_ERR_DATABASE_MIGRATION',
          `database migration failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
        );
      }
      return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    },
    async ping() {
      try {
        await sql`select 1`.execute(db);
      } catch (err) {
        throw new PsvisError(
          'PSVIS_ERR_DATABASE_UNAVAILABLE',
          `database unavailable: ${(err as Error).message}`,
          {},
          503,
        );
      }
    },
    async close() {
      await db.destroy();
    },
  };
}

/** Unique and foreign-key violations from either engine, as a PsvisError a client can act on. */
export function translateConstraintError(err: unknown, what: string): unknown {
  const e = err as { code?: unknown; constraint?: unknown; detail?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new PsvisError('PSVIS_ERR_CONFLICT', `${what} already exists`, {}, 409);
  }
  if (code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new PsvisError(
      'PSVIS_ERR_CONFLICT',
      `${what} is referenced by other records or refers to a missing one`,
      {},
      409,
    );
  }
  return err;
}
