// Snapshots: a JPEG of the keyframe nearest a time, decoded by ffmpeg from the file's init
// segment and that one fragment (fed on stdin; no temporary MP4), cached per (segment, fragment).
import { spawn } from 'node:child_process';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { PsvisError } from '../errors/psvis-error.ts';
import { fragmentsOf, noFootage, segmentsInRange, type FragmentRef, type RangeSegmentRow } from './recorded-range.ts';

/** How far from `at` a keyframe may be and still answer (a snapshot an hour off would mislead). */
export const MAX_SNAPSHOT_DISTANCE_MS = 60_000;
/** ffmpeg gets this long to decode one frame. */
export const SNAPSHOT_DECODE_TIMEOUT_MS = 15_000;

/** A decoded snapshot. */
export interface Snapshot {
  jpeg: Uint8Array;
  segmentId: string;
  fragmentIndex: number;
  /** Wall time of the keyframe shown. */
  frameTime: string;
  cached: boolean;
}

/** Reads [start, start + length) of a file. */
export async function readBytes(path: string, startBytes: number, lengthBytes: number): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(lengthBytes);
    let done = 0;
    while (done < lengthBytes) {
      const { bytesRead } = await fh.read(buf, done, lengthBytes - done, startBytes + done);
      if (bytesRead === 0)
        throw new PsvisError('PSVIS_ERR_FOOTAGE_FILE', 'recorded file is shorter than its index row', { path }, 500);
      done += bytesRead;
    }
    return buf;
  } finally {
    await fh.close();
  }
}

/** Decodes the first video frame of an fMP4 byte stream to JPEG with ffmpeg. */
export function decodeJpeg(mp4: Uint8Array, ffmpegPath = 'ffmpeg'): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      ffmpegPath,
      [
        '-hide_banner',
        '-loglevel',
        'error',
        '-f',
        'mp4',
        '-i',
        'pipe:0',
        '-frames:v',
        '1',
        '-f',
        'image2',
        '-c:v',
        'mjpeg',
        'pipe:1',
      ],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    const out: Buffer[] = [];
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), SNAPSHOT_DECODE_TIMEOUT_MS);
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    // ffmpeg may stop reading once it has its frame; a closed pipe is not a failure.
    child.stdin.on('error', () => undefined);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new PsvisError('PSVIS_ERR_SNAPSHOT_DECODE', `cannot run ffmpeg: ${e.message}`, {}, 500));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const jpeg = Buffer.concat(out);
      if (code === 0 && jpeg.length > 0) resolve(new Uint8Array(jpeg.buffer, jpeg.byteOffset, jpeg.length));
      else
        reject(
          new PsvisError(
            'PSVIS_ERR_SNAPSHOT_DECODE',
            `ffmpeg could not decode the keyframe: ${err.trim().slice(0, 500)}`,
            { exitCode: code },
            500,
          ),
        );
    });
    child.stdin.end(mp4);
  });
}

/** The keyframe fragment nearest `atMs` among the rows given. */
export function nearestKeyframe(
  rows: readonly RangeSegmentRow[],
  atMs: number,
): { segment: RangeSegmentRow; initBytes: number; fragment: FragmentRef } | null {
  let best: { segment: RangeSegmentRow; initBytes: number; fragment: FragmentRef } | null = null;
  let bestDistance = Infinity;
  for (const segment of rows) {
    const { initBytes, fragments } = fragmentsOf(segment);
    for (const f of fragments) {
      if (!f.keyframe) continue;
      const d = Math.abs(f.startWallMs - atMs);
      if (d < bestDistance) {
        best = { segment, initBytes, fragment: f };
        bestDistance = d;
      }
    }
  }
  return bestDistance <= MAX_SNAPSHOT_DISTANCE_MS ? best : null;
}

/** Snapshot maker with its on-disk cache. */
export class Snapshots {
  constructor(
    private readonly opts: { db: Kysely<Database>; recordingsDir: string; cacheDir: string; ffmpegPath?: string },
  ) {}

  /** The JPEG of the keyframe nearest `atMs` for a camera the caller may see. */
  async at(cameraId: string, atMs: number): Promise<Snapshot> {
    const rows = await segmentsInRange(
      this.opts.db,
      cameraId,
      atMs - MAX_SNAPSHOT_DISTANCE_MS,
      atMs + MAX_SNAPSHOT_DISTANCE_MS,
    );
    const hit = nearestKeyframe(rows, atMs);
    if (hit === null) throw noFootage(cameraId, atMs - MAX_SNAPSHOT_DISTANCE_MS, atMs + MAX_SNAPSHOT_DISTANCE_MS);
    const { segment, initBytes, fragment } = hit;
    const frameTime = new Date(fragment.startWallMs).toISOString();
    // Recorded files never change (they are hashed and chained), so a cached frame stays right.
    const cachePath = join(this.opts.cacheDir, `${segment.id}-${fragment.index}.jpg`);
    const base = { segmentId: segment.id, fragmentIndex: fragment.index, frameTime };
    try {
      return { ...base, jpeg: await readFile(cachePath), cached: true };
    } catch (err) {
      if ((err as { code?: unknown }).code !== 'ENOENT') throw err;
    }
    const file = join(this.opts.recordingsDir, segment.path);
    const init = await readBytes(file, 0, initBytes);
    const frag = await readBytes(file, fragment.offsetBytes, fragment.lengthBytes);
    const jpeg = await decodeJpeg(Buffer.concat([init, frag]), this.opts.ffmpegPath);
    await mkdir(this.opts.cacheDir, { recursive: true });
    // Temp file and rename: a crash never leaves half a JPEG in the cache.
    const tmp = `${cachePath}.${process.pid}.tmp`;
    try {
      await writeFile(tmp, jpeg);
      await rename(tmp, cachePath);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
    return { ...base, jpeg, cached: false };
  }
}
