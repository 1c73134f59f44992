// Retention as a legal floor: the sweeper deletes a file only past its camera's effective floor and
// under no hold; any earlier delete is refused with the article (国家 第十七条: at least 30 days;
// 辽宁 第十四条(七): important footage 1 year). Swept rows stay as audited tombstones so the chain verifies.
// A swept file is removed through recording_pending_unlinks: queued with its tombstone, retried every
// sweep until gone, so a crash or a failed unlink never leaves a file on disk for good.
import { statfs, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely, Selectable } from 'kysely';
import type { AuditLog } from '../audit/audit-log.ts';
import type { Clock } from '../clock.ts';
import { newId } from '../db/ids.ts';
import type { Database, HoldTable } from '../db/schema.ts';
import { bilingualError, cite, lawRefusal } from '../errors/bilingual.ts';
import { PsvisError } from '../errors/psvis-error.ts';
import type { Actor } from '../identity/scope.ts';
import type { SegmentRow } from './segment-index.ts';
import { RETENTION_DELETED_ACTION } from './verify.ts';

const DAY_MS = 86_400_000;
/** How often the sweeper runs by default. */
export const DEFAULT_SWEEP_INTERVAL_MS = 10 * 60_000;
/** Segments deleted (and audited) per batch. */
export const SWEEP_BATCH = 500;
/** Queued file removals retried per sweep at most (in batches of SWEEP_BATCH); the queue is visited in turns. */
export const UNLINK_RETRIES_PER_SWEEP = 5_000;
/** Files a PSVIS_ERR_RETENTION_UNLINK report names; its counts cover the rest. */
const UNLINK_FAILURES_NAMED = 10;
/** How long a hold lasts when its end is not given: 辽宁 第十四条(七)'s year for important footage; extend it if needed. */
export const DEFAULT_HOLD_DAYS = 365;

/** The jurisdiction's floor for a camera, from the compliance engine. */
export type RetentionFloorFn = (cameraId: string, asOf: Date) => Promise<{ days: number; article: string }>;

/** The floor that applies: the stricter of the profile's and the unit's own setting. */
export interface EffectiveFloor {
  days: number;
  article: string;
  /** The citations the floor rests on, each apart; none when the unit's own longer setting is the floor. */
  articles: string[];
  source: 'profile' | 'unit_setting';
}

/** A hold row. */
export type HoldRow = Selectable<HoldTable>;

/** What a hold pins. */
export interface HoldInput {
  cameraId: string;
  from: Date;
  to: Date;
  kind: 'case' | 'important' | 'legal_order';
  reference: string;
  reason: string;
  /** When the hold ends (国家 第十七条: a hold names its end); DEFAULT_HOLD_DAYS after `to` when absent. */
  until?: Date | undefined;
}

/** Options of the retention service (config key: recording.sweepIntervalMinutes). */
export interface RetentionOptions {
  audit: AuditLog;
  clock: Clock;
  recordingsDir: string;
  retentionFloor: RetentionFloorFn;
  sweepIntervalMs?: number;
  /** Sweep failures, and PSVIS_ERR_RETENTION_UNLINK reports of files not removed (retried next sweep). */
  onError?: (err: unknown) => void;
  /** Removes a file by absolute path; node:fs/promises unlink unless a test injects a failing one. */
  unlink?: (absolutePath: string) => Promise<void>;
  /** Queued removals retried per sweep at most; UNLINK_RETRIES_PER_SWEEP by default. */
  unlinkRetriesPerSweep?: number;
}

/** What a sweep did. */
export interface SweepResult {
  /** Segments tombstoned (and audited) by this sweep. */
  deleted: number;
  bytes: number;
  /** Files of tombstoned segments removed (or found already gone), this sweep's and earlier ones'. */
  filesRemoved: number;
  /** Files that could not be removed; they stay queued and are retried next sweep. */
  filesFailed: number;
}

/** A queued removal with what decides whether it may happen. */
interface PendingUnlink {
  segment_id: string;
  attempts: number;
  path: string;
  /** The segment's tombstone; null means it is live and its file must stay. */
  deleted_at: string | null;
  /** A live segment naming the same file, if any: its file must stay. */
  live_id: string | null;
}

/** A disk forecast for one storage volume. */
export interface DiskForecast {
  path: string;
  totalBytes: number;
  freeBytes: number;
  /** Footage bytes currently kept on the volume. */
  storedBytes: number;
  /** At the rate of the last hour. */
  bytesPerDay: number;
  /** Days of footage the volume holds at that rate; null when nothing is being recorded. */
  daysThatFit: number | null;
  /** The strictest effective floor among the cameras recorded there. */
  floorDays: number;
  floorArticle: string | null;
  /** True when the volume cannot hold the floor (国家 第十七条): alarm ahead of time. */
  warning: boolean;
}

const overlaps = (h: { start_time: string; end_time: string }, s: { start_time: string; end_time: string }) =>
  h.start_time < s.end_time && h.end_time > s.start_time;

/** A hold's end (`until`) that is not in the future; the console says 保全期限 for it. */
const untilInThePast = (): PsvisError =>
  bilingualError(
    'PSVIS_ERR_VALIDATION',
    { zh: '保全期限须晚于当前时间', en: 'a hold must end in the future (until)' },
    { field: 'until' },
  );

/** No hold by that id. */
const holdNotFound = (id: string): PsvisError =>
  bilingualError('PSVIS_ERR_NOT_FOUND', { zh: `未找到保全 ${id}`, en: `no hold ${id}` }, { hold: id }, 404);

/** A released hold is not released or extended again. */
const holdReleased = (id: string): PsvisError =>
  bilingualError('PSVIS_ERR_CONFLICT', { zh: '该保全已解除', en: 'the hold is already released' }, { hold: id }, 409);

/** Sweeper, refused early deletes, holds and the disk forecast. */
export class Retention {
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<unknown> = Promise.resolve();
  /** Where the next sweep's retry of queued removals resumes (a segment id; '' = the start). */
  private unlinkCursor = '';

  constructor(private readonly opts: RetentionOptions) {}

  private get db(): Kysely<Database> {
    return this.opts.audit.db;
  }

  /** Runs the sweeper on its interval. */
  start(): Promise<void> {
    this.timer = setInterval(() => {
      this.sweeping = this.sweep().catch((err: unknown) => this.opts.onError?.(err));
    }, this.opts.sweepIntervalMs ?? DEFAULT_SWEEP_INTERVAL_MS);
    this.timer.unref();
    return Promise.resolve();
  }

  /** Stops the sweeper and waits for a sweep in progress. */
  async close(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    await this.sweeping;
  }

  /** The camera's effective floor: the stricter of the jurisdiction's and the unit's own retention_days. */
  async effectiveFloor(cameraId: string): Promise<EffectiveFloor> {
    const profile = await this.opts.retentionFloor(cameraId, this.opts.clock.now());
    const camera = await this.db
      .selectFrom('cameras')
      .select('retention_days')
      .where('id', '=', cameraId)
      .executeTakeFirst();
    const own = camera?.retention_days ?? null;
    if (own !== null && own > profile.days)
      return { days: own, article: 'unit setting (cameras.retention_days)', articles: [], source: 'unit_setting' };
    // The compliance engine names a floor resting on several texts as one sentence ("国家 第十七条、辽宁 第十四条(七)").
    const articles = profile.article.split('、').filter((a) => a !== '');
    return { days: profile.days, article: profile.article, articles, source: 'profile' };
  }

  /**
   * Removes the files of earlier sweeps that are still on disk, then deletes files past their floor
   * and under no hold, in audited batches; returns how many.
   */
  async sweep(): Promise<SweepResult> {
    const now = this.opts.clock.now();
    await this.expireHolds();
    const files = await this.retryPendingUnlinks();
    let deleted = 0;
    let bytes = 0;
    const cameras = await this.db
      .selectFrom('recording_segments')
      .select('camera_id')
      .distinct()
      .where('deleted_at', 'is', null)
      .execute();
    for (const { camera_id: cameraId } of cameras) {
      const floor = await this.effectiveFloor(cameraId);
      const cutoffIso = new Date(now.getTime() - floor.days * DAY_MS).toISOString();
      const holds = await this.activeHolds(cameraId);
      for (;;) {
        const rows = await this.db
          .selectFrom('recording_segments')
          .selectAll()
          .where('camera_id', '=', cameraId)
          .where('deleted_at', 'is', null)
          .where('end_time', '<=', cutoffIso)
          .orderBy('seq', 'asc')
          .limit(SWEEP_BATCH)
          .execute();
        const free = rows.filter((r) => !holds.some((h) => overlaps(h, r)));
        if (free.length > 0) {
          const removed = await this.tombstone(null, cameraId, free, {
            floorDays: floor.days,
            article: floor.article,
            reason: 'retention',
          });
          files.removed += removed.removed;
          files.failed += removed.failed;
          deleted += free.length;
          for (const r of free) bytes += r.bytes;
        }
        if (rows.length < SWEEP_BATCH || free.length === 0) break;
      }
    }
    return { deleted, bytes, filesRemoved: files.removed, filesFailed: files.failed };
  }

  /**
   * Deletes a camera's footage in [from, to] on request (API, CLI). Refused inside the floor with
   * PSVIS_ERR_RETENTION_FLOOR and the articles (国家 第十七条: at least 30 days), and under a hold with
   * PSVIS_ERR_HOLD; both in the two languages, audited.
   */
  async deleteRange(actor: Actor, cameraId: string, from: Date, to: Date): Promise<{ deleted: number }> {
    const floor = await this.effectiveFloor(cameraId);
    const cutoffMs = this.opts.clock.now().getTime() - floor.days * DAY_MS;
    const range = { start_time: from.toISOString(), end_time: to.toISOString() };
    let refusal: PsvisError | null = null;
    if (to.getTime() > cutoffMs) {
      // A floor the unit set itself, longer than the law's, rests on no article: it says so instead.
      refusal = lawRefusal(
        'PSVIS_ERR_RETENTION_FLOOR',
        floor.source === 'profile'
          ? {
              zh: `录像须至少保存 ${floor.days} 天（${cite(floor.articles)}），最近 ${floor.days} 天内的录像不得删除`,
              en: `footage of the last ${floor.days} days may not be deleted (${cite(floor.articles)})`,
            }
          : {
              zh: `本单位为该摄像机设定录像保存 ${floor.days} 天，最近 ${floor.days} 天内的录像不得删除`,
              en: `footage of the last ${floor.days} days may not be deleted (the unit's own retention setting for the camera)`,
            },
        floor.articles,
        { floorDays: floor.days, source: floor.source, deletableUntil: new Date(cutoffMs).toISOString() },
        422,
      );
    } else {
      const held = (await this.activeHolds(cameraId)).filter((h) => overlaps(h, range));
      if (held.length > 0) {
        refusal = bilingualError(
          'PSVIS_ERR_HOLD',
          {
            zh: '该时段的录像处于保全中，须先解除保全',
            en: 'the range is under a hold; release the hold first',
          },
          { holds: held.map((h) => ({ id: h.id, kind: h.kind, reference: h.reference })) },
          409,
        );
      }
    }
    if (refusal !== null) {
      await this.opts.audit.append({
        ...this.actorOf(actor),
        action: 'recording.delete.refused',
        targetType: 'camera',
        targetId: cameraId,
        details: { from: range.start_time, to: range.end_time, code: refusal.code, ...refusal.details },
      });
      throw refusal;
    }
    const rows = await this.db
      .selectFrom('recording_segments')
      .selectAll()
      .where('camera_id', '=', cameraId)
      .where('deleted_at', 'is', null)
      .where('start_time', '>=', range.start_time)
      .where('end_time', '<=', range.end_time)
      .orderBy('seq', 'asc')
      .execute();
    if (rows.length > 0)
      await this.tombstone(actor, cameraId, rows, { reason: 'request', floorDays: floor.days, article: floor.article });
    return { deleted: rows.length };
  }

  /** Pins a range of a camera's footage until released (audited). */
  async createHold(actor: Actor, h: HoldInput): Promise<HoldRow> {
    if (h.to.getTime() <= h.from.getTime()) {
      throw bilingualError(
        'PSVIS_ERR_VALIDATION',
        { zh: '保全时段的结束时间须晚于开始时间', en: 'a hold must end after it starts' },
        { from: h.from, to: h.to },
      );
    }
    const until = h.until ?? new Date(h.to.getTime() + DEFAULT_HOLD_DAYS * DAY_MS);
    if (until.getTime() <= this.opts.clock.now().getTime()) {
      throw untilInThePast();
    }
    const row: HoldRow = {
      id: newId(this.opts.clock.now().getTime()),
      camera_id: h.cameraId,
      start_time: h.from.toISOString(),
      end_time: h.to.toISOString(),
      kind: h.kind,
      reference: h.reference,
      reason: h.reason,
      created_by: actor.userId,
      created_at: this.opts.clock.now().toISOString(),
      released_at: null,
      released_by: null,
      until: until.toISOString(),
      placed_by_role: actor.role,
      placed_by_org_id: actor.orgId,
      release_reason: null,
    };
    await this.opts.audit.transaction(async (trx, record) => {
      await trx.insertInto('holds').values(row).execute();
      await record({
        ...this.actorOf(actor),
        action: 'recording.hold.create',
        targetType: 'hold',
        targetId: row.id,
        details: { ...row },
      });
    });
    return row;
  }

  /** Releases a hold (audited); the footage then follows its floor again. */
  async releaseHold(actor: Actor, id: string, reason?: string): Promise<HoldRow> {
    return this.opts.audit.transaction(async (trx, record) => {
      const row = await trx.selectFrom('holds').selectAll().where('id', '=', id).executeTakeFirst();
      if (row === undefined) throw holdNotFound(id);
      if (row.released_at !== null) throw holdReleased(id);
      const released = {
        ...row,
        released_at: this.opts.clock.now().toISOString(),
        released_by: actor.userId,
        release_reason: reason ?? null,
      };
      await trx
        .updateTable('holds')
        .set({
          released_at: released.released_at,
          released_by: released.released_by,
          release_reason: released.release_reason,
        })
        .where('id', '=', id)
        .execute();
      await record({
        ...this.actorOf(actor),
        action: 'recording.hold.release',
        targetType: 'hold',
        targetId: id,
        details: { cameraId: row.camera_id, reason: released.release_reason },
      });
      return released;
    });
  }

  /** Moves an open hold's end (audited): a case can outlast the end first named. */
  async extendHold(actor: Actor, id: string, until: Date, reason: string): Promise<HoldRow> {
    return this.opts.audit.transaction(async (trx, record) => {
      const row = await trx.selectFrom('holds').selectAll().where('id', '=', id).executeTakeFirst();
      if (row === undefined) throw holdNotFound(id);
      if (row.released_at !== null) throw holdReleased(id);
      if (until.getTime() <= this.opts.clock.now().getTime()) {
        throw untilInThePast();
      }
      const extended = { ...row, until: until.toISOString() };
      await trx.updateTable('holds').set({ until: extended.until }).where('id', '=', id).execute();
      await record({
        ...this.actorOf(actor),
        action: 'recording.hold.extend',
        targetType: 'hold',
        targetId: id,
        details: { cameraId: row.camera_id, from: row.until, to: extended.until, reason },
      });
      return extended;
    });
  }

  /** Ends holds whose end has passed (audited, one event each); returns how many. */
  async expireHolds(): Promise<number> {
    const nowIso = this.opts.clock.now().toISOString();
    const due = await this.db
      .selectFrom('holds')
      .selectAll()
      .where('released_at', 'is', null)
      .where('until', 'is not', null)
      .where('until', '<=', nowIso)
      .execute();
    for (const h of due) {
      await this.opts.audit.transaction(async (trx, record) => {
        const done = await trx
          .updateTable('holds')
          .set({ released_at: nowIso, release_reason: 'expired' })
          .where('id', '=', h.id)
          .where('released_at', 'is', null)
          .executeTakeFirst();
        if (Number(done.numUpdatedRows) === 0) return;
        await record({
          action: 'recording.hold.expire',
          targetType: 'hold',
          targetId: h.id,
          details: { cameraId: h.camera_id, until: h.until, kind: h.kind, reference: h.reference },
        });
      });
    }
    return due.length;
  }

  /** A hold by id, or undefined. */
  async getHold(id: string): Promise<HoldRow | undefined> {
    return this.db.selectFrom('holds').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Holds of the given cameras (all when null), newest first. */
  async listHolds(cameraIds: readonly string[] | null, includeReleased = false): Promise<HoldRow[]> {
    if (cameraIds !== null && cameraIds.length === 0) return [];
    let q = this.db.selectFrom('holds').selectAll().orderBy('created_at', 'desc');
    if (cameraIds !== null) q = q.where('camera_id', 'in', cameraIds);
    if (!includeReleased) q = q.where('released_at', 'is', null);
    return q.execute();
  }

  /** Days of footage the recordings volume holds at the last hour's rate, against the strictest floor. */
  async forecast(): Promise<DiskForecast[]> {
    const nowMs = this.opts.clock.now().getTime();
    const fs = await statfs(this.opts.recordingsDir);
    const live = this.db.selectFrom('recording_segments').where('deleted_at', 'is', null);
    const stored = await live.select((eb) => eb.fn.sum<number | string | null>('bytes').as('b')).executeTakeFirst();
    const recent = await live
      .where('end_time', '>', new Date(nowMs - 3_600_000).toISOString())
      .select((eb) => eb.fn.sum<number | string | null>('bytes').as('b'))
      .executeTakeFirst();
    const cameras = await live.select('camera_id').distinct().execute();
    let floorDays = 0;
    let floorArticle: string | null = null;
    for (const c of cameras) {
      const f = await this.effectiveFloor(c.camera_id);
      if (f.days > floorDays) [floorDays, floorArticle] = [f.days, f.article];
    }
    const storedBytes = Number(stored?.b ?? 0);
    const bytesPerDay = Number(recent?.b ?? 0) * 24;
    const freeBytes = fs.bavail * fs.bsize;
    const daysThatFit = bytesPerDay === 0 ? null : (freeBytes + storedBytes) / bytesPerDay;
    return [
      {
        path: this.opts.recordingsDir,
        totalBytes: fs.blocks * fs.bsize,
        freeBytes,
        storedBytes,
        bytesPerDay,
        daysThatFit,
        floorDays,
        floorArticle,
        warning: daysThatFit !== null && daysThatFit < floorDays,
      },
    ];
  }

  private async activeHolds(cameraId: string): Promise<HoldRow[]> {
    const nowIso = this.opts.clock.now().toISOString();
    return this.db
      .selectFrom('holds')
      .selectAll()
      .where('camera_id', '=', cameraId)
      .where('released_at', 'is', null)
      .where((eb) => eb.or([eb('until', 'is', null), eb('until', '>', nowIso)]))
      .execute();
  }

  private actorOf(actor: Actor | null) {
    return actor === null ? {} : { actorUserId: actor.userId, actorOrgId: actor.orgId };
  }

  /**
   * Marks rows deleted, queues their files for removal and audits the batch in one transaction, then
   * removes the files.
   */
  private async tombstone(
    actor: Actor | null,
    cameraId: string,
    rows: SegmentRow[],
    why: Record<string, unknown>,
  ): Promise<UnlinkTally> {
    const nowIso = this.opts.clock.now().toISOString();
    const ids = rows.map((r) => r.id);
    await this.opts.audit.transaction(async (trx, record) => {
      await trx.updateTable('recording_segments').set({ deleted_at: nowIso }).where('id', 'in', ids).execute();
      for (let i = 0; i < ids.length; i += SWEEP_BATCH) {
        await trx
          .insertInto('recording_pending_unlinks')
          .values(ids.slice(i, i + SWEEP_BATCH).map((id) => ({ segment_id: id, queued_at: nowIso, attempts: 0 })))
          .execute();
      }
      await record({
        ...this.actorOf(actor),
        action: RETENTION_DELETED_ACTION,
        targetType: 'camera',
        targetId: cameraId,
        details: {
          ...why,
          segments: rows.map((r) => ({ id: r.id, seq: r.seq, path: r.path, sha256: r.sha256, endTime: r.end_time })),
        },
      });
    });
    // The tombstone, its audit event and the queued removal commit first: a crash or a failed unlink
    // here leaves a queued row the next sweep retries, never a silent loss nor a file kept for good.
    const tally: UnlinkTally = { removed: 0, failed: 0 };
    for (let i = 0; i < ids.length; i += SWEEP_BATCH) {
      const batch = await this.pendingUnlinks()
        .where('u.segment_id', 'in', ids.slice(i, i + SWEEP_BATCH))
        .execute();
      addTally(tally, await this.unlinkPending(batch));
    }
    return tally;
  }

  /**
   * Retries queued removals, UNLINK_RETRIES_PER_SWEEP at most, from where the last sweep stopped and
   * round to where this one started: the queue stays small, and a file that keeps failing does not
   * keep the others waiting.
   */
  private async retryPendingUnlinks(): Promise<UnlinkTally> {
    const tally: UnlinkTally = { removed: 0, failed: 0 };
    const startedAt = this.unlinkCursor;
    let after = startedAt;
    // Set once the end of the queue is reached: the second pass goes from the start up to startedAt.
    let upTo: string | null = null;
    let budget = this.opts.unlinkRetriesPerSweep ?? UNLINK_RETRIES_PER_SWEEP;
    while (budget > 0) {
      const limit = Math.min(SWEEP_BATCH, budget);
      let q = this.pendingUnlinks().where('u.segment_id', '>', after);
      if (upTo !== null) q = q.where('u.segment_id', '<=', upTo);
      const batch = await q.orderBy('u.segment_id', 'asc').limit(limit).execute();
      const last = batch.at(-1);
      if (last !== undefined) {
        addTally(tally, await this.unlinkPending(batch));
        after = last.segment_id;
        this.unlinkCursor = after;
        budget -= batch.length;
      }
      if (batch.length < limit) {
        if (upTo !== null || startedAt === '') {
          this.unlinkCursor = '';
          break;
        }
        [after, upTo, this.unlinkCursor] = ['', startedAt, ''];
      }
    }
    return tally;
  }

  /** Queued removals with their segment's tombstone and any live segment naming the same file. */
  private pendingUnlinks() {
    return (
      this.db
        .selectFrom('recording_pending_unlinks as u')
        .innerJoin('recording_segments as s', 's.id', 'u.segment_id')
        // Same camera and start (indexed) and same path: a live row for the file, were there ever one.
        .leftJoin('recording_segments as l', (j) =>
          j
            .onRef('l.camera_id', '=', 's.camera_id')
            .onRef('l.start_time', '=', 's.start_time')
            .onRef('l.path', '=', 's.path')
            .on('l.deleted_at', 'is', null),
        )
        .select(['u.segment_id', 'u.attempts', 's.path', 's.deleted_at', 'l.id as live_id'])
    );
  }

  /** Removes the files of a batch of queued removals; ENOENT counts as removed, failures stay queued. */
  private async unlinkPending(batch: readonly PendingUnlink[]): Promise<UnlinkTally> {
    const removeFile = this.opts.unlink ?? unlink;
    const nowIso = this.opts.clock.now().toISOString();
    const done = new Set<string>();
    const kept: { segmentId: string; path: string; liveSegmentId: string | null }[] = [];
    const failedByCode = new Map<string, string[]>();
    const failed: { segmentId: string; path: string; code: string; attempts: number }[] = [];
    for (const p of batch) {
      if (done.has(p.segment_id)) continue;
      // 国家 第十七条: a file goes only once its segment is tombstoned, and never while a live segment names it.
      if (p.deleted_at === null || p.live_id !== null) {
        kept.push({ segmentId: p.segment_id, path: p.path, liveSegmentId: p.live_id });
        done.add(p.segment_id);
        continue;
      }
      try {
        await removeFile(join(this.opts.recordingsDir, p.path));
        done.add(p.segment_id);
      } catch (err) {
        const errno = (err as { code?: unknown }).code;
        const code = typeof errno === 'string' ? errno : 'UNKNOWN';
        if (code === 'ENOENT') {
          done.add(p.segment_id);
        } else {
          const ids = failedByCode.get(code);
          if (ids === undefined) failedByCode.set(code, [p.segment_id]);
          else ids.push(p.segment_id);
          failed.push({ segmentId: p.segment_id, path: p.path, code, attempts: p.attempts + 1 });
        }
      }
    }
    const doneIds = [...done];
    if (doneIds.length > 0)
      await this.db.deleteFrom('recording_pending_unlinks').where('segment_id', 'in', doneIds).execute();
    for (const [code, ids] of failedByCode) {
      await this.db
        .updateTable('recording_pending_unlinks')
        .set((eb) => ({ attempts: eb('attempts', '+', 1), last_attempt_at: nowIso, last_error: code }))
        .where('segment_id', 'in', ids)
        .execute();
    }
    if (failed.length > 0 || kept.length > 0) {
      const said: string[] = [];
      if (failed.length > 0)
        said.push(`${failed.length} swept file(s) could not be removed; retried at the next sweep`);
      if (kept.length > 0)
        said.push(`${kept.length} file(s) kept: the segment is not tombstoned or a live segment names the file`);
      this.opts.onError?.(
        new PsvisError('PSVIS_ERR_RETENTION_UNLINK', said.join('; '), {
          failed: failed.length,
          files: failed.slice(0, UNLINK_FAILURES_NAMED),
          kept: kept.length,
          keptFiles: kept.slice(0, UNLINK_FAILURES_NAMED),
        }),
      );
    }
    return { removed: doneIds.length - kept.length, failed: failed.length };
  }
}

/** Files removed and not removed by one pass. */
interface UnlinkTally {
  removed: number;
  failed: number;
}

function addTally(into: UnlinkTally, t: UnlinkTally): void {
  into.removed += t.removed;
  into.failed += t.failed;
}
