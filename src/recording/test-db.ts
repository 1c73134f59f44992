// Test set-up shared by the recording tests: a fresh migrated database (SQLite, and PostgreSQL
// when PSVIS_TEST_DATABASE_URL is set), an audit log and a segment index, as test/audit-chain.test.ts does.
import { mkdir, open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AuditLog } from '../audit/audit-log.ts';
import { loadOrCreateInstallationKey } from '../audit/installation-key.ts';
import { ManualClock } from '../clock.ts';
import { openDatabase, type DatabaseHandle } from '../db/database.ts';
import { freshDatabase, type TestDatabase } from '../../test/support/databases.ts';
import { SegmentIndex } from './segment-index.ts';
import type { OpenSegmentFile } from './segment-writer.ts';

/** A migrated database with the recording components a test needs. */
export interface RecordingTestDb {
  tdb: TestDatabase;
  database: DatabaseHandle;
  audit: AuditLog;
  index: SegmentIndex;
  clock: ManualClock;
  publicKeyPem: string;
  recordingsDir: string;
  cleanup(): Promise<void>;
}

/** Opens a fresh database of `engine` at `startIso` on a manual clock. */
export async function openRecordingTestDb(
  engine: 'sqlite' | 'postgres',
  startIso = '2026-05-01T00:00:00.000Z',
): Promise<RecordingTestDb> {
  const tdb = await freshDatabase(engine);
  const database = openDatabase(
    tdb.databaseUrl !== undefined ? { postgresUrl: tdb.databaseUrl } : { sqliteFile: join(tdb.dataDir, 'psvis.db') },
  );
  await database.migrate();
  const clock = new ManualClock(startIso);
  const key = loadOrCreateInstallationKey(join(tdb.dataDir, 'keys'));
  const audit = new AuditLog({
    db: database.db,
    dialect: database.dialect,
    key,
    clock,
    checkpointEvery: 100,
    checkpointFile: null,
  });
  await audit.start();
  return {
    tdb,
    database,
    audit,
    index: new SegmentIndex(database.db, database.dialect, clock),
    clock,
    publicKeyPem: key.publicKeyPem,
    recordingsDir: join(tdb.dataDir, 'recordings'),
    async cleanup() {
      await database.close();
      await tdb.cleanup();
    },
  };
}

/**
 * Real segment files whose every write first runs `beforeWrite` (with the chunks and the file's
 * path), and every fsync `beforeSync`: tests make a slow, gated or full disk by waiting or
 * throwing there, or count what is written.
 */
export function segmentFilesWith(
  beforeWrite: (chunks: readonly Uint8Array[], path: string) => Promise<void> | void,
  beforeSync: () => Promise<void> | void = () => undefined,
): OpenSegmentFile {
  return async (path) => {
    await mkdir(dirname(path), { recursive: true });
    const fh = await open(path, 'wx');
    return {
      async writev(chunks) {
        await beforeWrite(chunks, path);
        return fh.writev(chunks as Uint8Array[]);
      },
      truncate: (n) => fh.truncate(n),
      async sync() {
        await beforeSync();
        await fh.sync();
      },
      close: () => fh.close(),
    };
  };
}
