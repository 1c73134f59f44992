// A recorder process for the crash test: writes 25 fps H.264 frames in real time through a
// SegmentWriter into SQLite until it is killed. Prints "pushed N" after each frame.
// Usage: node --import tsx src/recording/record-child.ts <sqliteFile> <recordingsDir> <cameraId> <h264File>
import { readFileSync } from 'node:fs';
import { systemClock } from '../clock.ts';
import { openDatabase } from '../db/database.ts';
import { SegmentIndex } from './segment-index.ts';
import { SegmentWriter } from './segment-writer.ts';
import { h264Frames } from './test-media.ts';

async function run(argv: string[]): Promise<void> {
  const [sqliteFile, recordingsDir, cameraId, h264File] = argv;
  if (sqliteFile === undefined || recordingsDir === undefined || cameraId === undefined || h264File === undefined) {
    throw new Error('usage: record-child.ts <sqliteFile> <recordingsDir> <cameraId> <h264File>');
  }
  const database = openDatabase({ sqliteFile });
  const index = new SegmentIndex(database.db, database.dialect, systemClock);
  const { track, frames } = h264Frames(new Uint8Array(readFileSync(h264File)));
  const writer = new SegmentWriter({ cameraId, node: 'child', recordingsDir, index, clock: systemClock });
  writer.setTracks([track]);
  const startMs = Date.now();
  for (let i = 0; ; i++) {
    const f = frames[i % frames.length];
    if (f === undefined) break;
    const dts = i * 3600;
    writer.push({ ...f, pts: dts, dts });
    process.stdout.write(`pushed ${i + 1}\n`);
    // Real time at 25 fps, so fragments are cut by duration as a camera's would be.
    const dueMs = startMs + (i + 1) * 40 - Date.now();
    await new Promise((r) => setTimeout(r, Math.max(0, dueMs)));
  }
}

run(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`);
  process.exitCode = 1;
});
