import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_ENGINES, freshDatabase, type TestDatabase } from '../../test/support/databases.ts';
import { PsvisError } from '../errors/psvis-error.ts';
import { openDatabase, translateConstraintError, type DatabaseHandle } from './database.ts';

const NOW = '2026-05-01T00:00:00.000Z';

/** What translateConstraintError made of `fn`'s failure. */
async function translated(fn: () => Promise<unknown>, what: Parameters<typeof translateConstraintError>[1]) {
  try {
    await fn();
  } catch (err) {
    return translateConstraintError(err, what);
  }
  throw new Error('the write did not fail');
}

/** SQLite's "FOREIGN KEY constraint failed" does not say which side of the reference failed: both are named. */
const eitherSide = (what: string) => ({
  messageZh: '该记录仍被其他记录引用，或其引用的记录不存在',
  messageEn: `${what} is referenced by other records or refers to a missing one`,
});

describe('constraint violations a person reads', () => {
  it('says a record already exists in both languages, naming it when named in both', () => {
    const named = translateConstraintError(
      { code: 'SQLITE_CONSTRAINT_UNIQUE' },
      { zh: '设备编码为 21010200001320000001 的摄像机', en: 'camera with device ID 21010200001320000001' },
    );
    expect(named).toBeInstanceOf(PsvisError);
    expect(named).toMatchObject({
      code: 'PSVIS_ERR_CONFLICT',
      httpStatus: 409,
      message:
        '设备编码为 21010200001320000001 的摄像机已存在 / camera with device ID 21010200001320000001 already exists',
      details: {
        messageZh: '设备编码为 21010200001320000001 的摄像机已存在',
        messageEn: 'camera with device ID 21010200001320000001 already exists',
      },
    });
    for (const code of ['23505', 'SQLITE_CONSTRAINT_PRIMARYKEY']) {
      expect(translateConstraintError({ code }, 'user li')).toMatchObject({
        code: 'PSVIS_ERR_CONFLICT',
        httpStatus: 409,
        message: '已存在相同的记录 / user li already exists',
        details: { messageZh: '已存在相同的记录', messageEn: 'user li already exists' },
      });
    }
  });

  it('tells a record still referenced from a reference to a missing one where PostgreSQL says which', () => {
    const referenced = { code: '23503', detail: 'Key (id)=(site-1) is still referenced from table "cameras".' };
    expect(translateConstraintError(referenced, 'site site-1')).toMatchObject({
      code: 'PSVIS_ERR_CONFLICT',
      httpStatus: 409,
      details: {
        messageZh: '该记录仍被其他记录引用，不能删除',
        messageEn: 'site site-1 is still referenced by other records',
      },
    });
    expect(translateConstraintError(referenced, { zh: '场所“site-1”', en: 'site site-1' })).toMatchObject({
      details: { messageZh: '场所“site-1”仍被其他记录引用，不能删除' },
    });
    const missing = { code: '23503', detail: 'Key (site_id)=(site-9) is not present in table "sites".' };
    expect(translateConstraintError(missing, 'camera')).toMatchObject({
      code: 'PSVIS_ERR_CONFLICT',
      httpStatus: 409,
      message: '该记录引用的记录不存在 / camera refers to a record that does not exist',
      details: { messageZh: '该记录引用的记录不存在', messageEn: 'camera refers to a record that does not exist' },
    });
    expect(translateConstraintError({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }, 'site site-1')).toMatchObject({
      code: 'PSVIS_ERR_CONFLICT',
      httpStatus: 409,
      details: eitherSide('site site-1'),
    });
  });

  it('passes any other error through untouched', () => {
    const other = new Error('disk full');
    expect(translateConstraintError(other, 'camera')).toBe(other);
    const notNull = { code: 'SQLITE_CONSTRAINT_NOTNULL' };
    expect(translateConstraintError(notNull, 'camera')).toBe(notNull);
  });
});

describe('a database that does not answer', () => {
  it("is PSVIS_ERR_DATABASE_UNAVAILABLE (503) in both languages, with the driver's own words", async () => {
    // Port 1 on the loopback refuses at once: nothing listens there.
    const database = openDatabase({ postgresUrl: 'postgresql://psvis@127.0.0.1:1/psvis' });
    try {
      const err: unknown = await database.ping().then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toMatchObject({ code: 'PSVIS_ERR_DATABASE_UNAVAILABLE', httpStatus: 503 });
      const { messageZh, messageEn } = (err as PsvisError).details;
      expect(messageZh).toMatch(/^数据库无法连接：\S/);
      expect(messageEn).toMatch(/^database unavailable: \S/);
      expect((err as PsvisError).message).toBe(`${String(messageZh)} / ${String(messageEn)}`);
    } finally {
      await database.close();
    }
  });
});

describe.each(DATABASE_ENGINES)('constraint violations of %s', (engine) => {
  let tdb: TestDatabase;
  let database: DatabaseHandle;

  beforeEach(async () => {
    tdb = await freshDatabase(engine);
    database = openDatabase(
      tdb.databaseUrl !== undefined ? { postgresUrl: tdb.databaseUrl } : { sqliteFile: join(tdb.dataDir, 'psvis.db') },
    );
    await database.migrate();
  });
  afterEach(async () => {
    await database.close();
    await tdb.cleanup();
  });

  const jurisdiction = (id: string, parentId: string | null) =>
    database.db
      .insertInto('jurisdictions')
      .values({ id, parent_id: parentId, name: id, level: 'city', created_at: NOW, updated_at: NOW })
      .execute();

  it('answers a duplicate, a delete of a referenced record and a reference to a missing one with PSVIS_ERR_CONFLICT in both languages', async () => {
    await jurisdiction('j-city', null);
    await jurisdiction('j-district', 'j-city');

    const duplicate = await translated(() => jurisdiction('j-city', null), {
      zh: '管辖区域“j-city”',
      en: 'jurisdiction j-city',
    });
    expect(duplicate).toMatchObject({
      code: 'PSVIS_ERR_CONFLICT',
      httpStatus: 409,
      details: { messageZh: '管辖区域“j-city”已存在', messageEn: 'jurisdiction j-city already exists' },
    });

    const referenced = await translated(
      () => database.db.deleteFrom('jurisdictions').where('id', '=', 'j-city').execute(),
      'jurisdiction j-city',
    );
    expect(referenced).toMatchObject({
      code: 'PSVIS_ERR_CONFLICT',
      httpStatus: 409,
      details:
        engine === 'postgres'
          ? {
              messageZh: '该记录仍被其他记录引用，不能删除',
              messageEn: 'jurisdiction j-city is still referenced by other records',
            }
          : eitherSide('jurisdiction j-city'),
    });

    const missing = await translated(() => jurisdiction('j-orphan', 'j-none'), 'jurisdiction j-orphan');
    expect(missing).toMatchObject({
      code: 'PSVIS_ERR_CONFLICT',
      httpStatus: 409,
      details:
        engine === 'postgres'
          ? {
              messageZh: '该记录引用的记录不存在',
              messageEn: 'jurisdiction j-orphan refers to a record that does not exist',
            }
          : eitherSide('jurisdiction j-orphan'),
    });
  });
});
