// Retention as a legal floor: the sweeper deletes a file only past its camera's effective floor and
// under no hold; any earlier delete is refused with the article (国家 第十七条: at least 30 days;
// 辽宁 第十四条(七): important footage 1 year). Swept rows stay as audited tombstones so the chain verifies.
import { statfs, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely, Selectable } from 'kysely';
import type { AuditLog } from '../audit/audit-log.ts';
import type { Clock } from '../clock.ts';
import { newId } from '../db/ids.ts';
import type { Database, HoldTable } from '../db/schema.ts';
import { PsvisError } from '../errors/psvis-error.ts';
import type { Actor } from '../identity/scope.ts';
import type { SegmentRow } from './segment-index.ts';
import { RETENTION_DELETED_ACTION } from './verify.ts';

const DAY_MS = 86_400_000;
/** How often the sweeper runs by default. */
export const DEFAULT_SWEEP_INTERVAL_MS = 10 * 60_000;
/** Segments deleted (and audited) per batch. */
export const SWEEP_BATCH = 500;
/** How long a hold lasts when its end is not given: 辽宁 第十四条(七)'s year for important footage; extend it if needed. */
export const DEFAULT_HOLD_DAYS = 365;

/** The jurisdiction's floor for a camera, from the compliance engine. */
export type RetentionFloorFn = (cameraId: string, asOf: Date) => Promise<{ days: number; article: string }>;

/** The floor that applies: the stricter of the profile's and the unit's own setting. */
export interface EffectiveFloor {
  days: number;
  article: string;
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
  onError?: (err: unknown) => void;
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

/** Sweeper, refused early deletes, holds and the disk forecast. */
export class Retention {
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<unknown> = Promise.resolve();

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
      return { days: own, article: 'unit setting (cameras.retention_days)', source: 'unit_setting' };
    return { days: profile.days, article: profile.article, source: 'profile' };
  }

  /** Deletes files past their floor and under no hold, in audited batches; returns how many. */
  async sweep(): Promise<{ deleted: number; bytes: number }> {
    const now = this.opts.clock.now();
    await this.expireHolds();
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
          await this.tombstone(null, cameraId, free, {
            floorDays: floor.days,
            article: floor.article,
            reason: 'retention',
          });
          deleted += free.length;
          for (const r of free) bytes += r.bytes;
        }
        if (rows.length < SWEEP_BATCH || free.length === 0) break;
      }
    }
    return { deleted, bytes };
  }

  /**
   * Deletes a camera's footage in [from, to] on request (API, CLI). Refused inside the floor with
   * PSVIS_ERR_RETENTION_FLOOR and the article, and under a hold with PSVIS_ERR_HOLD.
   */
  async deleteRange(actor: Actor, cameraId: string, from: Date, to: Date): Promise<{ deleted: number }> {
    const floor = await this.effectiveFloor(cameraId);
    const cutoffMs = this.opts.clock.now().getTime() - floor.days * DAY_MS;
    const range = { start_time: from.toISOString(), end_time: to.toISOString() };
    let refusal: PsvisError | null = null;
    if (to.getTime() > cutoffMs) {
      refusal = new PsvisError(
        'PSVIS_ERR_RETENTION_FLOOR',
        `footage of the last ${floor.days} days may not be deleted (${floor.article})`,
        { article: floor.article, floorDays: floor.days, deletableUntil: new Date(cutoffMs).toISOString() },
        422,
      );
    } else {
      const held = (await this.activeHolds(cameraId)).filter((h) => overlaps(h, range));
      if (held.length > 0) {
        refusal = new PsvisError(
          'PSVIS_ERR_HOLD',
          'the range is under a hold; release the hold first',
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
      throw new PsvisError('PSVIS_ERR_VALIDATION', 'a hold must end after it starts', { from: h.from, to: h.to });
    }
    const until = h.until ?? new Date(h.to.getTime() + DEFAULT_HOLD_DAYS * DAY_MS);
    if (until.getTime() <= this.opts.clock.now().getTime()) {
      throw new PsvisError('PSVIS_ERR_VALIDATION', 'a hold must end in the future (until)', { field: 'until' });
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
      if (row === undefined) throw new PsvisError('PSVIS_ERR_NOT_FOUND', `no hold ${id}`, {}, 404);
      if (row.released_at !== null) throw new PsvisError('PSVIS_ERR_CONFLICT', 'the hold is already released', {}, 409);
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
      if (row === undefined) throw new PsvisError('PSVIS_ERR_NOT_FOUND', `no hold ${id}`, {}, 404);
      if (row.released_at !== null) throw new PsvisError('PSVIS_ERR_CONFLICT', 'the hold is already released', {}, 409);
      if (until.getTime() <= this.opts.clock.now().getTime()) {
        throw new PsvisError('PSVIS_ERR_VALIDATION', 'a hold must end in the future (until)', { field: 'until' });
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

  /** Marks rows deleted and audits the batch in one transaction, then removes the files. */
  private async tombstone(
    actor: Actor | null,
    cameraId: string,
    rows: SegmentRow[],
    why: Record<string, unknown>,
  ): Promise<void> {
    const nowIso = this.opts.clock.now().toISOString();
    await this.opts.audit.transaction(async (trx, record) => {
      await trx
        .updateTable('recording_segments')
        .set({ deleted_at: nowIso })
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
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
    // The tombstone and its audit event commit first: a crash here leaves a file verify names as extra, never a silent loss.
    for (const r of rows) {
      await unlink(join(this.opts.recordingsDir, r.path)).catch((err: unknown) => {
        if ((err as { code?: unknown }).code !== 'ENOENT') this.opts.onError?.(err);
      });
    }
  }
}
