// `psvis verify` for footage: re-hashes files, walks each camera's chain and names what was changed
// behind psvis's back (DESIGN.md principle 2; 国家 第十五条 prohibits 删改 of recorded footage).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { CHAIN_GENESIS, isSafeCameraId, parseSegmentFileName, segmentChainHash } from './chain.ts';
import type { SegmentRow } from './segment-index.ts';

/** Audit action of the sweeper's batched deletions; verify checks every tombstone against them. */
export const RETENTION_DELETED_ACTION = 'recording.retention.deleted';
/** Audit action of the recorder's chain-head anchors. */
export const SEGMENTS_SEALED_ACTION = 'recording.segments.sealed';

/** What verification can find wrong. */
export type VerifyProblemKind =
  | 'altered' // the file's bytes differ from its row's sha256
  | 'missing' // a row whose file is gone (and not swept by retention)
  | 'extra' // a file no row names
  | 'reordered' // files swapped, or chain links out of order
  | 'edited_row' // a row's fields no longer match its chain hash
  | 'deleted_row' // a chain position with no row
  | 'unaudited_deletion' // a tombstone no retention audit event names
  | 'anchor_mismatch'; // a chain head anchored in the audit log is not in the index any more

/** One finding. */
export interface VerifyProblem {
  kind: VerifyProblemKind;
  cameraId: string;
  seq: number | null;
  path: string | null;
  message: string;
}

/** The summary `psvis verify` prints and the API returns. */
export interface VerifyReport {
  ok: boolean;
  cameras: number;
  segments: number;
  filesHashed: number;
  bytesHashed: number;
  problems: VerifyProblem[];
}

/** Progress after each file: for a progress bar. */
export interface VerifyProgress {
  cameraId: string;
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
}

/** Options of a verification run. */
export interface VerifyOptions {
  db: Kysely<Database>;
  recordingsDir: string;
  /** Only these cameras (default: every camera with rows or a directory). */
  cameraIds?: readonly string[];
  /** Only re-hash files that end at or after this time; the row chain is always walked whole (it is cheap). */
  since?: Date;
  onProgress?: (p: VerifyProgress) => void;
  /** Files the recorder is writing now (relative paths): indexed when sealed, so not extra. */
  inProgress?: ReadonlySet<string>;
}

async function sha256File(path: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    const b = chunk as Buffer;
    hash.update(b);
    bytes += b.length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name));
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ENOENT') return [];
    throw err;
  }
}

/** Heads anchored in the audit log (camera → seq → chain hash) and segment ids deleted by retention. */
async function auditFacts(
  db: Kysely<Database>,
): Promise<{ anchors: Map<string, Map<number, string>>; swept: Set<string> }> {
  const rows = await db
    .selectFrom('audit_events')
    .select(['action', 'details'])
    .where('action', 'in', [SEGMENTS_SEALED_ACTION, RETENTION_DELETED_ACTION])
    .execute();
  const anchors = new Map<string, Map<number, string>>();
  const swept = new Set<string>();
  for (const r of rows) {
    const d = JSON.parse(r.details) as {
      heads?: Record<string, { seq: number; chainHash: string }>;
      segments?: { id: string }[];
    };
    for (const [cameraId, h] of Object.entries(d.heads ?? {})) {
      let m = anchors.get(cameraId);
      if (m === undefined) anchors.set(cameraId, (m = new Map<number, string>()));
      m.set(h.seq, h.chainHash);
    }
    for (const s of d.segments ?? []) swept.add(s.id);
  }
  return { anchors, swept };
}

/** Verifies footage against the index; see the file comment. */
export async function verifyRecordings(opts: VerifyOptions): Promise<VerifyReport> {
  const report: VerifyReport = { ok: true, cameras: 0, segments: 0, filesHashed: 0, bytesHashed: 0, problems: [] };
  const sinceIso = opts.since?.toISOString();
  let cameraIds = opts.cameraIds;
  if (cameraIds === undefined) {
    const fromRows = await opts.db.selectFrom('recording_segments').select('camera_id').distinct().execute();
    const fromDirs = (await readdir(opts.recordingsDir, { withFileTypes: true }).catch(() => []))
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    cameraIds = [...new Set([...fromRows.map((r) => r.camera_id), ...fromDirs])].sort();
  }
  const facts = await auditFacts(opts.db);
  for (const cameraId of cameraIds) {
    report.cameras++;
    const problem = (kind: VerifyProblemKind, seq: number | null, path: string | null, message: string) => {
      report.problems.push({ kind, cameraId, seq, path, message });
    };
    const rows = await opts.db
      .selectFrom('recording_segments')
      .selectAll()
      .where('camera_id', '=', cameraId)
      .orderBy('seq', 'asc')
      .execute();
    report.segments += rows.length;
    walkChain(rows, facts.swept, problem);
    const bySeq = new Map(rows.map((r) => [r.seq, r]));
    for (const [seq, chainHash] of facts.anchors.get(cameraId) ?? []) {
      if (bySeq.get(seq)?.chain_hash !== chainHash) {
        problem(
          'anchor_mismatch',
          seq,
          bySeq.get(seq)?.path ?? null,
          `the audit log anchored seq ${seq} with a different chain hash`,
        );
      }
    }
    // Files: re-hash each live row's file; a file holding another row's bytes was swapped.
    const bySha = new Map(rows.map((r) => [r.sha256, r]));
    const live = rows.filter((r) => r.deleted_at === null && (sinceIso === undefined || r.end_time >= sinceIso));
    let filesDone = 0;
    for (const row of live) {
      const abs = join(opts.recordingsDir, row.path);
      const exists = await stat(abs).then(
        (s) => s.isFile(),
        () => false,
      );
      if (!exists) {
        problem('missing', row.seq, row.path, `file of seq ${row.seq} is missing`);
      } else {
        const { sha256, bytes } = await sha256File(abs);
        report.filesHashed++;
        report.bytesHashed += bytes;
        if (sha256 !== row.sha256 || bytes !== row.bytes) {
          const other = bySha.get(sha256);
          if (other !== undefined && other.seq !== row.seq) {
            problem('reordered', row.seq, row.path, `file of seq ${row.seq} holds the bytes of seq ${other.seq}`);
          } else {
            problem('altered', row.seq, row.path, `file of seq ${row.seq} does not match its hash (${bytes} bytes)`);
          }
        }
      }
      filesDone++;
      opts.onProgress?.({ cameraId, filesDone, filesTotal: live.length, bytesDone: report.bytesHashed });
    }
    // Files no live row names.
    if (!isSafeCameraId(cameraId)) continue;
    const known = new Set(rows.filter((r) => r.deleted_at === null).map((r) => r.path));
    const cameraDir = join(opts.recordingsDir, cameraId);
    for (const abs of await listFiles(cameraDir)) {
      const rel = join(cameraId, abs.slice(cameraDir.length + 1));
      if (known.has(rel) || opts.inProgress?.has(rel) === true) continue;
      const startMs = parseSegmentFileName(abs.slice(abs.lastIndexOf('/') + 1));
      if (sinceIso !== undefined && startMs !== undefined && new Date(startMs).toISOString() < sinceIso) continue;
      problem('extra', null, rel, `file ${rel} is not in the index`);
    }
  }
  report.ok = report.problems.length === 0;
  return report;
}

/** Walks one camera's rows in seq order and reports broken links, edited rows and unaudited tombstones. */
function walkChain(
  rows: readonly SegmentRow[],
  swept: ReadonlySet<string>,
  problem: (kind: VerifyProblemKind, seq: number | null, path: string | null, message: string) => void,
): void {
  let prevChain = CHAIN_GENESIS;
  let prevSha = CHAIN_GENESIS;
  let expectedSeq = 1;
  for (const row of rows) {
    if (row.seq !== expectedSeq) {
      problem('deleted_row', expectedSeq, null, `chain positions ${expectedSeq}..${row.seq - 1} have no row`);
    } else if (row.prev_sha256 !== prevSha) {
      problem('reordered', row.seq, row.path, `seq ${row.seq} does not follow the file before it`);
    } else if (segmentChainHash(prevChain, row) !== row.chain_hash) {
      problem('edited_row', row.seq, row.path, `the index row of seq ${row.seq} was changed`);
    }
    if (row.deleted_at !== null && !swept.has(row.id)) {
      problem(
        'unaudited_deletion',
        row.seq,
        row.path,
        `seq ${row.seq} is marked deleted but no retention event names it`,
      );
    }
    // Continue from the stored values, so one edit is reported once rather than at every later row.
    prevChain = row.chain_hash;
    prevSha = row.sha256;
    expectedSeq = row.seq + 1;
  }
}
