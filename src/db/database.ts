import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type Migration, type MigrationProvider } from 'kysely';
import pg from 'pg';
import { bilingualError, type Words } from '../errors/bilingual.ts';
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
        // The engine's own message stays untranslated in both: it is what its documentation and logs say.
        const cause = error instanceof Error ? error.message : JSON.stringify(error);
        throw bilingualError('PSVIS_ERR_DATABASE_MIGRATION', {
          zh: `数据库迁移失败：${cause}`,
          en: `database migration failed: ${cause}`,
        });
      }
      return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    },
    async ping() {
      try {
        await sql`select 1`.execute(db);
      } catch (err) {
        const cause = (err as Error).message;
        throw bilingualError(
          'PSVIS_ERR_DATABASE_UNAVAILABLE',
          { zh: `数据库无法连接：${cause}`, en: `database unavailable: ${cause}` },
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

/** A foreign-key violation, as far as the engine tells which side of the reference failed. */
type BrokenReference = 'still_referenced' | 'missing_target' | 'either';

// PostgreSQL's detail names the side (23503: "Key (id)=(…) is still referenced from table …" on a
// delete, "Key (site_id)=(…) is not present in table …" on an insert or update) when its messages
// are in English (lc_messages); SQLite's "FOREIGN KEY constraint failed" does not. Not told: both named.
function brokenReference(detail: unknown): BrokenReference {
  if (typeof detail !== 'string') return 'either';
  if (detail.includes('is still referenced from table')) return 'still_referenced';
  if (detail.includes('is not present in table')) return 'missing_target';
  return 'either';
}

/** The words of a constraint violation, naming the record when the caller gives its name in both languages. */
function conflictWords(what: Words | string, kind: 'exists' | BrokenReference): Words {
  const named = typeof what !== 'string';
  const en = named ? what.en : what;
  switch (kind) {
    case 'exists':
      return { zh: named ? `${what.zh}已存在` : '已存在相同的记录', en: `${en} already exists` };
    case 'still_referenced':
      return {
        zh: `${named ? what.zh : '该记录'}仍被其他记录引用，不能删除`,
        en: `${en} is still referenced by other records`,
      };
    case 'missing_target':
      return {
        zh: `${named ? what.zh : '该记录'}引用的记录不存在`,
        en: `${en} refers to a record that does not exist`,
      };
    case 'either':
      return {
        zh: `${named ? what.zh : '该记录'}仍被其他记录引用，或其引用的记录不存在`,
        en: `${en} is referenced by other records or refers to a missing one`,
      };
  }
}

/**
 * Unique and foreign-key violations from either engine, as a PsvisError a client can act on
 * (PSVIS_ERR_CONFLICT, 409, the message in both languages). `what` names the record: in both
 * languages ({ zh: '设备编码为 … 的摄像机', en: 'camera with device ID …' }) the Chinese message
 * names it too; as English alone the Chinese message speaks of "the record".
 */
export function translateConstraintError(err: unknown, what: Words | string): unknown {
  const e = err as { code?: unknown; constraint?: unknown; detail?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return bilingualError('PSVIS_ERR_CONFLICT', conflictWords(what, 'exists'), {}, 409);
  }
  if (code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return bilingualError('PSVIS_ERR_CONFLICT', conflictWords(what, brokenReference(e.detail)), {}, 409);
  }
  return err;
}
