// Crash recovery at start: a file the index does not know was being written when psvis died.
// It is cut to its last whole fragment, hashed, indexed as 'recovered' and chained; the time up to
// the restart becomes a 'crash' gap. Files psvis did not write, and rows whose file is gone, are
// reported and audited, never silently dropped (国家 第十五条: no 删改、隐匿、毁弃 of footage).
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditLog } from '../audit/audit-log.ts';
import type { Clock } from '../clock.ts';
import { isPsvisError } from '../errors/psvis-error.ts';
import { lastWholeFragmentEnd, parseFragments, parseInitSegment } from '../media/fmp4/reader.ts';
import { isSafeCameraId, parseSegmentFileName } from './chain.ts';
import type { FragmentEntry, SegmentIndex } from './segment-index.ts';

/** A torn file made whole again. */
export interface RecoveredFile {
  cameraId: string;
  path: string;
  /** Bytes cut off the end (the fragment in flight). */
  truncatedBytes: number;
  bytes: number;
  frames: number;
  durationMs: number;
}

/** What recovery found. */
export interface RecoveryReport {
  recovered: RecoveredFile[];
  /** Files under the recordings directory that are not psvis segments (or not fMP4): left in place. */
  orphans: { path: string; reason: string }[];
  /** Index rows whose file does not exist. */
  missing: { cameraId: string; seq: number; path: string }[];
}

/** Options of a recovery run. */
export interface RecoveryOptions {
  audit: AuditLog;
  index: SegmentIndex;
  clock: Clock;
  node: string;
  recordingsDir: string;
}

async function entries(dir: string): Promise<{ name: string; isDir: boolean }[]> {
  try {
    const list = await readdir(dir, { withFileTypes: true });
    return list.map((d) => ({ name: d.name, isDir: d.isDirectory() })).sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ENOENT') return [];
    throw err;
  }
}

/** End of the init segment (ftyp + moov) at the start of a file, or 0. */
function initSegmentEnd(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 0;
  for (let i = 0; i < 2 && pos + 8 <= bytes.length; i++) {
    const size = view.getUint32(pos);
    if (size < 8 || pos + size > bytes.length) return 0;
    pos += size;
  }
  return pos;
}

/** What a whole prefix of an fMP4 segment holds: frames, media duration and fragment offsets. */
export function describeSegment(bytes: Uint8Array): { frames: number; durationMs: number; fragments: FragmentEntry[] } {
  const init = parseInitSegment(bytes);
  const primary = init.tracks.find((t) => t.codec === 'h264' || t.codec === 'h265') ?? init.tracks[0];
  const timescale = primary?.timescale ?? 90_000;
  const fragments: FragmentEntry[] = [];
  let frames = 0;
  let endTicks = 0;
  for (const f of parseFragments(bytes, init.trex)) {
    frames += f.samples.length;
    const mine = f.samples.filter((s) => s.trackId === primary?.trackId);
    const first = mine[0] ?? f.samples[0];
    for (const s of mine) endTicks = Math.max(endTicks, s.dts + s.duration);
    fragments.push([
      f.moofOffset,
      Math.round(((first?.dts ?? 0) * 1000) / timescale),
      first?.keyframe === true ? 1 : 0,
    ]);
  }
  return { frames, durationMs: Math.round((endTicks * 1000) / timescale), fragments };
}

/** Recovers every camera directory under `recordingsDir`; see the file comment. */
export async function recoverRecordings(opts: RecoveryOptions): Promise<RecoveryReport> {
  const report: RecoveryReport = { recovered: [], orphans: [], missing: [] };
  const nowMs = opts.clock.now().getTime();
  const cameraDirs = (await entries(opts.recordingsDir)).filter((e) => e.isDir).map((e) => e.name);
  const cameras = new Set([...cameraDirs, ...(await opts.index.cameraIds())]);
  for (const cameraId of [...cameras].sort()) {
    const rows = await opts.index.chain(cameraId);
    const indexed = new Set(rows.map((r) => r.path));
    const onDisk = new Set<string>();
    const torn: { path: string; startMs: number }[] = [];
    if (!isSafeCameraId(cameraId)) {
      if (cameraDirs.includes(cameraId)) report.orphans.push({ path: cameraId, reason: 'not a camera directory' });
      continue;
    }
    for (const day of await entries(join(opts.recordingsDir, cameraId))) {
      if (!day.isDir) {
        report.orphans.push({ path: join(cameraId, day.name), reason: 'not a segment' });
        continue;
      }
      for (const f of await entries(join(opts.recordingsDir, cameraId, day.name))) {
        const path = join(cameraId, day.name, f.name);
        onDisk.add(path);
        const startMs = parseSegmentFileName(f.name);
        if (f.isDir || startMs === undefined) report.orphans.push({ path, reason: 'not a segment file name' });
        else if (!indexed.has(path)) torn.push({ path, startMs });
      }
    }
    torn.sort((a, b) => a.startMs - b.startMs);
    const starts = [...rows.map((r) => Date.parse(r.start_time)), ...torn.map((t) => t.startMs)].sort((a, b) => a - b);
    for (const t of torn) {
      const r = await recoverFile(opts, cameraId, t.path, t.startMs);
      if (typeof r === 'string') {
        report.orphans.push({ path: t.path, reason: r });
        continue;
      }
      report.recovered.push(r);
      // The camera recorded nothing from the last whole fragment until the next file or the restart.
      const endMs = t.startMs + r.durationMs;
      const next = starts.find((s) => s > t.startMs) ?? nowMs;
      if (next > endMs) {
        await opts.index.addGap(cameraId, endMs, next, 'crash', { path: t.path, truncatedBytes: r.truncatedBytes });
      }
    }
    for (const row of rows) {
      if (row.deleted_at === null && !onDisk.has(row.path)) {
        report.missing.push({ cameraId, seq: row.seq, path: row.path });
      }
    }
  }
  if (report.recovered.length + report.orphans.length + report.missing.length > 0) {
    await opts.audit.append({
      action: 'recording.recovery',
      targetType: 'recorder',
      targetId: opts.node,
      details: { ...report },
    });
  }
  return report;
}

async function recoverFile(
  opts: RecoveryOptions,
  cameraId: string,
  path: string,
  startMs: number,
): Promise<RecoveredFile | string> {
  const abs = join(opts.recordingsDir, path);
  const size = (await stat(abs)).size;
  const bytes = new Uint8Array(await readFile(abs));
  let keep = lastWholeFragmentEnd(bytes);
  let described: ReturnType<typeof describeSegment>;
  try {
    if (keep === 0) keep = initSegmentEnd(bytes); // torn before its first fragment: the init segment alone
    if (keep === 0) return 'not an fMP4 file (no init segment)';
    described = describeSegment(bytes.subarray(0, keep));
  } catch (err) {
    if (isPsvisError(err)) return `not a readable fMP4 file: ${err.message}`;
    throw err;
  }
  // Only the torn tail (a fragment whose mdat never finished) is cut: it cannot be decoded.
  if (keep < size) await truncate(abs, keep);
  const sha256 = createHash('sha256').update(bytes.subarray(0, keep)).digest('hex');
  await opts.index.append({
    cameraId,
    node: opts.node,
    path,
    startWallMs: startMs,
    durationMs: described.durationMs,
    bytes: keep,
    frames: described.frames,
    fragments: described.fragments,
    sha256,
    status: 'recovered',
  });
  return {
    cameraId,
    path,
    truncatedBytes: size - keep,
    bytes: keep,
    frames: described.frames,
    durationMs: described.durationMs,
  };
}
