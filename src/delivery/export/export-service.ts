// Evidence export jobs: footage.mp4 re-muxed from the recorded fragments (no transcode), a signed
// manifest and the public key, packed as <exportsDir>/<id>.zip. The package is written under a
// temporary name and renamed when whole, so a failed or interrupted export leaves nothing behind.
// With `watermark`, footage-watermarked.mp4 (a transcoded copy, watermark.ts) is packed beside it.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
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
import {
  DEFAULT_FFMPEG,
  WATERMARK_CODEC_ARGS,
  drawtextFilter,
  findWatermarkFont,
  transcodeWatermarked,
  watermarkText,
} from './watermark.ts';

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
  /** Also pack a transcoded copy with a visible watermark (requester, time, camera). */
  watermark?: boolean | undefined;
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
  /** ffmpeg for watermarked copies (default Debian's /usr/bin/ffmpeg). */
  ffmpegPath?: string;
  /** Font file of the watermark (default: the first of WATERMARK_FONT_CANDIDATES installed). */
  watermarkFontFile?: string;
}

const PARTIAL_SUFFIX = '.zip.partial';
// Work files of a watermarked export (the re-muxed input and ffmpeg's output), removed like the zip.
const WORK_SUFFIX = '.partial';
const CHUNK_BYTES = 1 << 20;

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
      if (name.endsWith(PARTIAL_SUFFIX) || name.endsWith(WORK_SUFFIX))
        await rm(join(this.opts.exportsDir, name), { force: true });
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
        {
          ...req,
          action: 'export',
          exportId: id,
          details: { sources: slices.length, ...(req.watermark === true ? { watermark: true } : {}) },
        },
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
    const work = this.workPaths(id);
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
            bytes_done: result.progressBytes,
            bytes_total: result.progressBytes,
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
            ...(result.watermarkedSha256 !== null ? { watermarkedSha256: result.watermarkedSha256 } : {}),
            zipBytes: result.zipBytes,
          },
        });
      });
    } catch (err) {
      await out?.close().catch(() => undefined);
      await rm(partial, { force: true });
      await rm(this.zipPath(id), { force: true });
      await rm(work.input, { force: true });
      await rm(work.output, { force: true });
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
    } finally {
      await rm(work.input, { force: true });
      await rm(work.output, { force: true });
    }
  }

  private workPaths(id: string): { input: string; output: string } {
    return {
      input: join(this.opts.exportsDir, `${id}.footage${WORK_SUFFIX}`),
      output: join(this.opts.exportsDir, `${id}.watermarked${WORK_SUFFIX}`),
    };
  }

  private async writePackage(
    out: ExportOutput,
    id: string,
    actor: Actor,
    req: ExportRequest,
    slices: SegmentSlice[],
    registerId: string,
  ): Promise<{
    footageBytes: number;
    footageSha256: string;
    watermarkedSha256: string | null;
    progressBytes: number;
    zipBytes: number;
  }> {
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
    // The transcode weighs as much as the re-mux: its share advances with ffmpeg's out_time_us.
    const watermark = req.watermark === true;
    progress.total = watermark ? 2 * footageBytes : footageBytes;
    const work = this.workPaths(id);
    const input = watermark ? await open(work.input, 'wx') : null;
    const now = this.opts.clock.now();
    const zip = new ZipFileWriter(out);
    const hash = createHash('sha256');
    const put = async (data: Uint8Array) => {
      await zip.write(data);
      await input?.write(data);
      hash.update(data);
      progress.done += data.length;
    };
    const primary = first.init.tracks.find((t) => t.codec === 'h264' || t.codec === 'h265') ?? first.init.tracks[0];
    const state = newRebaseState();
    try {
      await zip.begin(M.FOOTAGE_ENTRY, footageBytes, now);
      await put(first.bytes.subarray(0, first.slice.initBytes));
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
    } finally {
      await input?.close();
    }
    const footageSha256 = hash.digest('hex');
    const watermarked = watermark
      ? await this.addWatermarked(zip, work, now, footageBytes, state.endSeconds, progress, {
          displayName: actor.displayName,
          orgName: actorOrg?.name ?? '',
          exportedAt: now.toISOString(),
          cameraName: camera?.name ?? '',
          deviceId: camera?.device_id ?? '',
          heightPx: primary?.height ?? 720,
        })
      : null;
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
      ...(watermarked !== null ? { watermarked } : {}),
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
    return {
      footageBytes,
      footageSha256,
      watermarkedSha256: watermarked?.sha256 ?? null,
      progressBytes: progress.total,
      zipBytes: zip.bytesWritten,
    };
  }

  /** Transcodes the re-muxed footage with the watermark and packs the copy after footage.mp4. */
  private async addWatermarked(
    zip: ZipFileWriter,
    work: { input: string; output: string },
    now: Date,
    footageBytes: number,
    durationS: number,
    progress: { done: number; total: number },
    w: {
      displayName: string;
      orgName: string;
      exportedAt: string;
      cameraName: string;
      deviceId: string;
      heightPx: number;
    },
  ): Promise<M.WatermarkedCopy> {
    this.checkNotClosing();
    const text = watermarkText(w);
    const font = this.opts.watermarkFontFile ?? findWatermarkFont();
    // ffmpeg with fontconfig silently substitutes a missing font file; the manifest must name the real one.
    if (!existsSync(font)) {
      throw new PsvisError(
        'PSVIS_ERR_EXPORT_TRANSCODE',
        `watermark font ${font} is not installed; install fonts-noto-cjk or fix the font path`,
        { font },
        500,
      );
    }
    const filter = drawtextFilter(text, font, w.heightPx);
    const base = progress.done;
    await transcodeWatermarked({
      ffmpegPath: this.opts.ffmpegPath ?? DEFAULT_FFMPEG,
      input: work.input,
      output: work.output,
      filter,
      durationS,
      onProgress: (f) => {
        progress.done = base + Math.round(f * footageBytes);
      },
      shouldStop: () => this.closing,
    });
    const bytes = (await stat(work.output)).size;
    const hash = createHash('sha256');
    await zip.begin(M.WATERMARKED_ENTRY, bytes, now);
    const fh = await open(work.output, 'r');
    try {
      const buf = Buffer.alloc(CHUNK_BYTES);
      for (let pos = 0; pos < bytes;) {
        const { bytesRead } = await fh.read(buf, 0, Math.min(CHUNK_BYTES, bytes - pos), pos);
        if (bytesRead === 0) break;
        const chunk = buf.subarray(0, bytesRead);
        await zip.write(chunk);
        hash.update(chunk);
        pos += bytesRead;
      }
    } finally {
      await fh.close();
    }
    await zip.end();
    return {
      file: M.WATERMARKED_ENTRY,
      bytes,
      sha256: hash.digest('hex'),
      derived: true,
      derivedFrom: M.FOOTAGE_ENTRY,
      method: M.WATERMARK_METHOD,
      text,
      filter,
      codecArgs: [...WATERMARK_CODEC_ARGS],
    };
  }

  private checkNotClosing(): void {
    if (this.closing)
      throw new PsvisError('PSVIS_ERR_EXPORT_STATE', 'psvis stopped during the export; start it again', {}, 503);
  }
}
