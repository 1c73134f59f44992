// The per-camera segment chain and the file naming both the writer and recovery rely on.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { canonicalJson } from '../audit/canonical-json.ts';

/** prev_sha256 and prev chain hash of a camera's first segment. */
export const CHAIN_GENESIS = '0'.repeat(64);

/** The fields of an index row the chain covers (all but id, node, status, created_at, deleted_at). */
export interface ChainedFields {
  camera_id: string;
  seq: number;
  path: string;
  start_time: string;
  end_time: string;
  duration_ms: number;
  bytes: number;
  frames: number;
  fragments: string;
  sha256: string;
  prev_sha256: string;
}

/**
 * chain_hash = SHA-256(previous chain_hash ‖ canonical row fields). The file hash alone would let
 * someone edit a row's times or sizes unnoticed; covering the fields makes an edited row a break.
 */
export function segmentChainHash(prevChainHash: string, f: ChainedFields): string {
  const body = canonicalJson({
    cameraId: f.camera_id,
    seq: f.seq,
    path: f.path,
    startTime: f.start_time,
    endTime: f.end_time,
    durationMs: f.duration_ms,
    bytes: f.bytes,
    frames: f.frames,
    fragments: f.fragments,
    sha256: f.sha256,
    prevSha256: f.prev_sha256,
  });
  return createHash('sha256').update(prevChainHash).update('\n').update(body).digest('hex');
}

/** YYYYMMDDTHHMMSSmmmZ of a wall time in ms: sorts as text in time order. */
export function segmentStamp(wallMs: number): string {
  return new Date(wallMs).toISOString().replace(/[-:.]/g, '');
}

/** <cameraId>/<YYYY-MM-DD>/<YYYYMMDDTHHMMSSmmmZ>.mp4, relative to the recordings directory (UTC dates). */
export function segmentRelativePath(cameraId: string, startWallMs: number): string {
  const iso = new Date(startWallMs).toISOString();
  return join(cameraId, iso.slice(0, 10), `${segmentStamp(startWallMs)}.mp4`);
}

const STAMP = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z(?:-\d+)?\.mp4$/;

/** The start wall time a segment file name encodes, or undefined for a name psvis did not write. */
export function parseSegmentFileName(name: string): number | undefined {
  const m = STAMP.exec(name);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s, ms] = m;
  const t = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
  return Number.isNaN(t) ? undefined : t;
}

/** Camera ids become directory names: refuse anything that could escape the recordings directory. */
export function isSafeCameraId(cameraId: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(cameraId);
}
