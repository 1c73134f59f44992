// The benchmark's source clip, made at bench start: 1080p25 H.264 at 4 Mbit/s with a fixed 50-frame
// GOP and no B-frames (issue 4's source), plus the clips.json camsim reads it through.
import { execFile } from 'node:child_process';
import { copyFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_FIXTURES_DIR } from '../src/camsim/clips.ts';

const execFileAsync = promisify(execFile);

/** Frame rate of the source. */
export const SOURCE_FPS = 25;
/** Keyframe interval of the source, frames. */
export const SOURCE_GOP_FRAMES = 50;
/** Target bitrate of the source. */
export const SOURCE_BITS_PER_SECOND = 4_000_000;
/** Length of the looped clip: long enough that the loop is not a second-long repetition. */
export const SOURCE_CLIP_SECONDS = 10;

/** The clip as made, with its measured bitrate. */
export interface SourceClip {
  readonly fixturesDir: string;
  readonly frames: number;
  readonly bitsPerSecond: number;
}

/** Encodes the clip into `dir` with ffmpeg and writes `dir/clips.json`; returns its measured bitrate. */
export async function makeSourceClip(dir: string): Promise<SourceClip> {
  const frames = SOURCE_CLIP_SECONDS * SOURCE_FPS;
  const file = 'h264-1080p25.h264';
  const rate = `${SOURCE_BITS_PER_SECOND / 1_000_000}M`;
  await execFileAsync('ffmpeg', [
    '-nostdin',
    '-hide_banner',
    '-loglevel',
    'error',
    '-f',
    'lavfi',
    '-i',
    `testsrc2=size=1920x1080:rate=${SOURCE_FPS}`,
    '-frames:v',
    String(frames),
    '-c:v',
    'libx264',
    // veryfast: the clip is made on every run; at 1080p testsrc2 it still reaches ~4.2 Mbit/s.
    '-preset',
    'veryfast',
    '-pix_fmt',
    'yuv420p',
    '-b:v',
    rate,
    '-maxrate',
    rate,
    '-bufsize',
    `${(2 * SOURCE_BITS_PER_SECOND) / 1_000_000}M`,
    '-g',
    String(SOURCE_GOP_FRAMES),
    '-keyint_min',
    String(SOURCE_GOP_FRAMES),
    '-sc_threshold',
    '0',
    '-bf',
    '0',
    '-f',
    'h264',
    join(dir, file),
  ]);
  const bytes = (await stat(join(dir, file))).size;
  // Profile 1080p-h264 names a 720p clip for its resolution fault; the benchmark never fires it,
  // but camsim loads it, so the committed one is copied beside the new clip.
  await copyFile(join(DEFAULT_FIXTURES_DIR, 'h264-720p25.h264'), join(dir, 'h264-720p25.h264'));
  const manifest = {
    comment: `made by bench/clip.ts: testsrc2, libx264 ${rate} GOP ${SOURCE_GOP_FRAMES}, no B-frames`,
    video: [
      { name: 'h264-1080p25', file, codec: 'h264', fps: SOURCE_FPS, width: 1920, height: 1080, frames },
      { name: 'h264-720p25', file: 'h264-720p25.h264', codec: 'h264', fps: 25, width: 1280, height: 720, frames: 100 },
    ],
    audio: [],
  };
  await writeFile(join(dir, 'clips.json'), JSON.stringify(manifest, null, 2));
  return { fixturesDir: dir, frames, bitsPerSecond: (bytes * 8 * SOURCE_FPS) / frames };
}
