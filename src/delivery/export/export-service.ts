// Evidence export jobs: footage.mp4 re-muxed from the recorded fragments (no transcode), a signed
// manifest and the public key, packed as <exportsDir>/<id>.zip. The package is written under a
// temporary name and renamed when whole, so a failed or interrupted export leaves nothing behind.
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditLog } from '../../audit/audit-log.ts';
import type { InstallationKey } from '../../audit/installation-key.ts';
import type { Clock } from '../../clock.ts';
import { newId } from '../../db/ids.ts';
import { PsvisError } from '../../errors/psvis-error.ts';
import type { Actor } from '../../identity/scope.ts';
import { parseInitSegment, type InitSegment } from '../../media/fmp4/reader.ts';
import type { AccessRegister } from '../access-register.ts';
import { checkRange, noFootage, segmentsInRange, sliceRange, type SegmentSlice } from '../recorded-range.ts';
import { ZipFileWriter, type ZipOutput } from '../zip/zip-file.ts';
import { newRebaseState, rebaseFragment, sameTracks, startFile } from './footage-remux.ts';
import * as M from './manifest.ts';

/** Longest range one export may cover (a day of one camera; split longer cases). */
export const MAX_EXPORT_RANGE_MS = 24 * 3600 * 1000;

/** What a user asks to export. */
export interface ExportRequest {
  cameraId: string;
  fromMs: number;
  toMs: number;
  purpose?: string | undefined;
  destination?: string | undefined;
  caseNo?: string | undefined;
  requestingUnit?: string | undefined;
  accessRequestId?: string | undefined;
}

/** An export job as the API shows it. */
export interface ExportStatus {
  id: string;
  cameraId: string;
  from: string;
  to: string;
  purpose: string;
  destination: string;
  status: 'running' | 'done' | 'failed';
  bytesDone: number;
  bytesTotal: number;
  zipBytes: number | null;
  zipSha256: string | null;
  footageSha256: string | null;
  error: string | null;
  createdBy: string;
  createdAt: string;
  finishedAt: string | null;
}

/** The output file: positioned writes, sync and close (tests inject a failing one). */
export type ExportOutput = ZipOutput & Pick<FileHandle, 'sync' | 'close'>;

/** Options of the export service. */
export interface EvidenceExportsOptions {
  audit: AuditLog;
  register: AccessRegister;
  clock: Clock;
  key: InstallationKey;
  recordingsDir: string;
  exportsDir: string;
  openOutput?: (path: string) => Promise<ExportOutput>;
}

const PARTIAL_SUFFIX = '.zip.partial';

/** Runs evidence exports and answers their progress. */
export class EvidenceExports {
  private readonly progress = new Map<string, { done: number; total: number }>();
  private readonly running = new Map<string, Promise<void>>();
  private closing = false;

  constructor(private readonly opts: EvidenceExportsOptions) {}

  /** Marks exports a previous run left unfinished as failed and removes their partial files. */
  async start(): Promise<void> {
    this.closing = false;
    const db = this.opts.audit.db;
    await db
      .updateTable('evidence_exports')
      .set({
        status: 'failed',
        error: 'interrupted: psvis stopped while exporting',
        finished_at: this.opts.clock.now().toISOString(),
      })
      .where('status', '=', 'running')
      .execute();
    await mkdir(this.opts.exportsDir, { recursive: true });
    for (const name of await readdir(this.opts.exportsDir)) {
      if (name.endsWith(PARTIAL_SUFFIX)) await rm(join(this.opts.exportsDir, name), { force: true });
    }
  }

  /** Stops running exports (each fails and removes its partial file) and waits for them. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.allSettled([...this.running.values()]);
  }

  /** Path of a finished package. */
  zipPath(id: string): string {
    return join(this.opts.exportsDir, `${id}.zip`);
  }

  /** Registers the export (用途、去向) and starts its job; the caller has checked scope and role. */
  async create(actor: Actor, req: ExportRequest): Promise<ExportStatus> {
    if (this.closing) throw new PsvisError('PSVIS_ERR_EXPORT_STATE', 'psvis is shutting down; export later', {}, 503);
    checkRange(req.fromMs, req.toMs, MAX_EXPORT_RANGE_MS);
    const db = this.opts.audit.db;
    const slices = sliceRange(await segmentsInRange(db, req.cameraId, req.fromMs, req.toMs), req.fromMs, req.toMs);
    if (slices.length === 0) throw noFootage(req.cameraId, req.fromMs, req.toMs);
    const id = newId(this.opts.clock.now().getTime());
    const createdAt = this.opts.clock.now().toISOString();
    const registerId = await this.opts.audit.transaction(async (trx, record) => {
      const rid = await this.opts.register.record(
        actor,
        { ...req, action: 'export', exportId: id, details: { sources: slices.length } },
        { trx, record },
      );
      await trx
        .insertInto('evidence_exports')
        .values({
          id,
          camera_id: req.cameraId,
          actor_user_id: actor.userId,
          actor_org_id: actor.orgId,
          range_from: new Date(req.fromMs).toISOString(),
          range_to: new Date(req.toMs).toISOString(),
          purpose: (req.purpose ?? '').trim(),
          destination: (req.destination ?? '').trim(),
          case_no: req.caseNo ?? null,
          requesting_unit: req.requestingUnit ?? null,
          register_id: rid,
          status: 'running',
          bytes_total: 0,
          bytes_done: 0,
          zip_bytes: null,
          zip_sha256: null,
          footage_sha256: null,
          error: null,
          created_at: createdAt,
          finished_at: null,
        })
        .execute();
      return rid;
    });
    this.progress.set(id, { done: 0, total: 0 });
    const job = this.run(id, actor, req, slices, registerId).finally(() => {
      this.running.delete(id);
      this.progress.delete(id);
    });
    this.running.set(id, job);
    return this.get(id);
  }

  /** An export's status, or 404. */
  async get(id: string): Promise<ExportStatus> {
    const r = await this.opts.audit.db
      .selectFrom('evidence_exports')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (r === undefined) throw new PsvisError('PSVIS_ERR_NOT_FOUND', `export ${id} not found`, { export: id }, 404);
    const live = this.progress.get(id);
    return {
      id: r.id,
      cameraId: r.camera_id,
      from: r.range_from,
      to: r.range_to,
      purpose: r.purpose,
      destination: r.destination,
      status: r.status as ExportStatus['status'],
      bytesDone: live?.done ?? r.bytes_done,
      bytesTotal: live?.total ?? r.bytes_total,
      zipBytes: r.zip_bytes,
      zipSha256: r.zip_sha256,
      footageSha256: r.footage_sha256,
      error: r.error,
      createdBy: r.actor_user_id,
      createdAt: r.created_at,
      finishedAt: r.finished_at,
    };
  }

  /** Resolves when the export's job has ended (tests, CLI). */
  async wait(id: string): Promise<ExportStatus> {
    await this.running.get(id);
    return this.get(id);
  }

  private async run(
    id: string,
    actor: Actor,
    req: ExportRequest,
    slices: SegmentSlice[],
    registerId: string,
  ): Promise<void> {
    const partial = join(this.opts.exportsDir, `${id}${PARTIAL_SUFFIX}`);
    let out: ExportOutput | null = null;
    try {
      await mkdir(this.opts.exportsDir, { recursive: true });
      out = await (this.opts.openOutput ?? ((p) => open(p, 'wx')))(partial);
      const result = await this.writePackage(out, id, actor, req, slices, registerId);
      await out.sync();
      await out.close();
      out = null;
      const zipSha256 = createHash('sha256')
        .update(await readFile(partial))
        .digest('hex');
      await rename(partial, this.zipPath(id));
      const now = this.opts.clock.now().toISOString();
      await this.opts.audit.transaction(async (trx, record) => {
        await trx
          .updateTable('evidence_exports')
          .set({
            status: 'done',
            bytes_done: result.footageBytes,
            bytes_total: result.footageBytes,
            zip_bytes: result.zipBytes,
            zip_sha256: zipSha256,
            footage_sha256: result.footageSha256,
            finished_at: now,
          })
          .where('id', '=', id)
          .execute();
        await trx.updateTable('access_register').set({ ended_at: now }).where('id', '=', registerId).execute();
        await record({
          actorUserId: actor.userId,
          actorOrgId: actor.orgId,
          action: 'export.completed',
          targetType: 'camera',
          targetId: req.cameraId,
          details: {
            exportId: id,
            registerId,
            zipSha256,
            footageSha256: result.footageSha256,
            zipBytes: result.zipBytes,
          },
        });
      });
    } catch (err) {
      await out?.close().catch(() => undefined);
      await rm(partial, { force: true });
      await rm(this.zipPath(id), { force: true });
      const message = err instanceof Error ? err.message : String(err);
      await this.opts.audit
        .transaction(async (trx, record) => {
          await trx
            .updateTable('evidence_exports')
            .set({ status: 'failed', error: message, finished_at: this.opts.clock.now().toISOString() })
            .where('id', '=', id)
            .execute();
          await record({
            actorUserId: actor.userId,
            actorOrgId: actor.orgId,
            action: 'export.failed',
            targetType: 'camera',
            targetId: req.cameraId,
            details: { exportId: id, registerId, error: message },
          });
        })
        .catch(() => undefined);
    }
  }

  private async writePackage(
    out: ExportOutput,
    id: string,
    actor: Actor,
    req: ExportRequest,
    slices: SegmentSlice[],
    registerId: string,
  ): Promise<{ footageBytes: number; footageSha256: string; zipBytes: number }> {
    const db = this.opts.audit.db;
    const camera = await db
      .selectFrom('cameras')
      .innerJoin('organizations', 'organizations.id', 'cameras.org_id')
      .select(['cameras.id', 'cameras.name', 'cameras.device_id', 'cameras.org_id', 'organizations.name as org_name'])
      .where('cameras.id', '=', req.cameraId)
      .executeTakeFirst();
    const user = await db.selectFrom('users').select(['username']).where('id', '=', actor.userId).executeTakeFirst();
    const actorOrg = await db
      .selectFrom('organizations')
      .select('name')
      .where('id', '=', actor.orgId)
      .executeTakeFirst();
    // Whole source files are read and re-hashed: footage that no longer matches its chain is not handed out.
    const files: { slice: SegmentSlice; bytes: Uint8Array; init: InitSegment }[] = [];
    for (const slice of slices) {
      const bytes = await readFile(join(this.opts.recordingsDir, slice.segment.path));
      const sha = createHash('sha256').update(bytes).digest('hex');
      if (sha !== slice.segment.sha256) {
        throw new PsvisError(
          'PSVIS_ERR_EXPORT_SOURCE_ALTERED',
          `recorded file ${slice.segment.path} does not match its index hash; run psvis verify`,
          { segmentId: slice.segment.id },
          409,
        );
      }
      const init = parseInitSegment(bytes.subarray(0, slice.initBytes));
      const first = files[0];
      if (first !== undefined && !sameTracks(first.init, init)) {
        throw new PsvisError(
          'PSVIS_ERR_EXPORT_TRACKS_CHANGED',
          `the stream's tracks change at ${slice.segment.start_time} (e.g. a new resolution); export the parts before and after separately`,
          { at: slice.segment.start_time },
          422,
        );
      }
      files.push({ slice, bytes, init });
      this.checkNotClosing();
    }
    const first = files[0];
    if (first === undefined) throw noFootage(req.cameraId, req.fromMs, req.toMs);
    let footageBytes = first.slice.initBytes;
    for (const f of files) for (const fr of f.slice.fragments) footageBytes += fr.lengthBytes;
    const progress = this.progress.get(id) ?? { done: 0, total: 0 };
    progress.total = footageBytes;
    const now = this.opts.clock.now();
    const zip = new ZipFileWriter(out);
    const hash = createHash('sha256');
    const put = async (data: Uint8Array) => {
      await zip.write(data);
      hash.update(data);
      progress.done += data.length;
    };
    await zip.begin(M.FOOTAGE_ENTRY, footageBytes, now);
    await put(first.bytes.subarray(0, first.slice.initBytes));
    const primary = first.init.tracks.find((t) => t.codec === 'h264' || t.codec === 'h265') ?? first.init.tracks[0];
    const state = newRebaseState();
    for (const f of files) {
      startFile(state);
      for (const fr of f.slice.fragments) {
        this.checkNotClosing();
        const copy = Uint8Array.from(f.bytes.subarray(fr.offsetBytes, fr.offsetBytes + fr.lengthBytes));
        rebaseFragment(copy, f.init, primary?.trackId ?? 1, state);
        await put(copy);
      }
    }
    await zip.end();
    const footageSha256 = hash.digest('hex');
    const firstFragment = first.slice.fragments[0];
    const lastFile = files[files.length - 1]?.slice;
    const lastFragment = lastFile?.fragments[lastFile.fragments.length - 1];
    const manifest: M.EvidenceManifest = {
      format: M.MANIFEST_FORMAT,
      exportId: id,
      createdAt: now.toISOString(),
      camera: {
        id: req.cameraId,
        name: camera?.name ?? '',
        deviceId: camera?.device_id ?? '',
        orgId: camera?.org_id ?? '',
        orgName: camera?.org_name ?? '',
      },
      range: { from: new Date(req.fromMs).toISOString(), to: new Date(req.toMs).toISOString() },
      footage: {
        file: M.FOOTAGE_ENTRY,
        bytes: footageBytes,
        sha256: footageSha256,
        from: new Date(firstFragment?.startWallMs ?? req.fromMs).toISOString(),
        to: new Date((lastFragment?.startWallMs ?? req.toMs) + (lastFragment?.durationMs ?? 0)).toISOString(),
        durationMs: Math.round(state.endSeconds * 1000),
        method: M.REMUX_METHOD,
      },
      sources: files.map(({ slice }) => M.manifestSource(slice)),
      exportedBy: {
        userId: actor.userId,
        username: user?.username ?? actor.username,
        displayName: actor.displayName,
        orgId: actor.orgId,
        orgName: actorOrg?.name ?? '',
        role: actor.role,
      },
      purpose: (req.purpose ?? '').trim(),
      destination: (req.destination ?? '').trim(),
      caseNo: req.caseNo ?? null,
      requestingUnit: req.requestingUnit ?? null,
      accessRequestId: req.accessRequestId ?? null,
      registerId,
      installation: { keyId: this.opts.key.keyId, algorithm: 'Ed25519' },
    };
    const enc = new TextEncoder();
    await zip.add(M.MANIFEST_ENTRY, enc.encode(`${JSON.stringify(manifest, null, 2)}\n`), now);
    await zip.add(M.SIGNATURE_ENTRY, enc.encode(`${this.opts.key.sign(M.manifestSigningBytes(manifest))}\n`), now);
    await zip.add(M.PUBLIC_KEY_ENTRY, enc.encode(this.opts.key.publicKeyPem), now);
    await zip.finish();
    return { footageBytes, footageSha256, zipBytes: zip.bytesWritten };
  }

  private checkNotClosing(): void {
    if (this.closing)
      throw new PsvisError('PSVIS_ERR_EXPORT_STATE', 'psvis stopped during the export; start it again', {}, 503);
  }
}
