// Time to first byte of recorded playback over HTTP (issue 5): a 30-day index of one camera
// (one-minute files), a one-hour range 29 days back, its playlist and its first segment, against
// a running psvis on SQLite. Run: npx tsx bench/playback.ts [--runs 20]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { systemClock } from '../src/clock.ts';
import { complianceCameraRules, complianceVocabulary } from '../src/compliance/guards.ts';
import { loadConfig } from '../src/config/config.ts';
import { newId } from '../src/db/ids.ts';
import { createPsvis } from '../src/main.ts';
import { parseFragments, parseInitSegment } from '../src/media/fmp4/reader.ts';
import { ApiClient } from '../test/support/psvis.ts';

const DAYS = 30;
const FILES_PER_DAY = 1440;
const PASSWORD = 'bench-admin-password';

/** Milliseconds to the response headers and to the first body chunk of a GET. */
async function ttfb(
  url: string,
  headers: Record<string, string>,
): Promise<{ headersMs: number; firstByteMs: number; status: number; bytes: number }> {
  const t0 = performance.now();
  const res = await fetch(url, { headers });
  const headersMs = performance.now() - t0;
  const reader = res.body?.getReader();
  let firstByteMs = headersMs;
  let bytes = 0;
  if (reader !== undefined) {
    for (let first = true; ; first = false) {
      const chunk = (await reader.read()) as { done: boolean; value?: Uint8Array };
      if (first) firstByteMs = performance.now() - t0;
      if (chunk.done) break;
      bytes += chunk.value?.length ?? 0;
    }
  }
  return { headersMs, firstByteMs, status: res.status, bytes };
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? Number.NaN;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' } } });
  const runs = Number(values.runs);
  const dir = mkdtempSync(join(tmpdir(), 'psvis-bench-playback-'));
  try {
    // One real one-minute fMP4 file (720p25 H.264, GOP 50), which every index row points to.
    const sample = join(dir, 'sample.mp4');
    execFileSync('ffmpeg', [
      ...['-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=1280x720:rate=25', '-t', '60'],
      ...['-c:v', 'libx264', '-preset', 'ultrafast', '-g', '50', '-bf', '0'],
      ...['-movflags', 'frag_keyframe+empty_moov+default_base_moof', sample],
    ]);
    const bytes = readFileSync(sample);
    const init = parseInitSegment(bytes);
    const timescale = init.tracks[0]?.timescale ?? 90_000;
    const fragments = parseFragments(bytes, init.trex).map((f) => [
      f.moofOffset,
      Math.round(((f.samples[0]?.dts ?? 0) * 1000) / timescale),
      f.samples[0]?.keyframe === true ? 1 : 0,
    ]);
    const frames = parseFragments(bytes, init.trex).reduce((n, f) => n + f.samples.length, 0);
    const sha = createHash('sha256').update(bytes).digest('hex');

    const env = {
      PSVIS_DATA_DIR: join(dir, 'data'),
      PSVIS_HTTP_PORT: '0',
      PSVIS_ADMIN_PASSWORD: PASSWORD,
      PSVIS_DEMO_CAMERA: 'false',
      PSVIS_RESTREAM: 'false',
      PSVIS_LOG_LEVEL: 'warn',
    };
    const psvis = await createPsvis({
      config: loadConfig({ file: null, env }),
      log: pino({ level: 'warn' }),
      clock: systemClock,
      vocabulary: complianceVocabulary,
      cameraRules: complianceCameraRules,
    });
    await psvis.start();
    try {
      const admin = new ApiClient(psvis.url());
      await admin.login('admin', PASSWORD);
      const post = async (path: string, body: unknown) => String((await admin.post(path, body)).body['id']);
      const jur = await post('/api/v1/jurisdictions', { name: '沈阳市', level: 'city', profileId: 'liaoning-2008' });
      const org = await post('/api/v1/organizations', { name: '甲', kind: 'unit', jurisdictionId: jur });
      const site = await post('/api/v1/sites', {
        orgId: org,
        name: '一层',
        placeCategory: 'culture_sports_entertainment',
      });
      const system = await post('/api/v1/systems', {
        orgId: org,
        name: '系统',
        lifecycle: 'in_use',
        inUseAt: '2026-01-05',
      });
      const camera = await post('/api/v1/cameras', {
        systemId: system,
        siteId: site,
        name: '入口',
        deviceId: '21010200001320000001',
        locationCategory: 'entrance',
        enabled: false,
      });

      const relDir = join(camera, 'bench');
      mkdirSync(join(dir, 'data', 'recordings', relDir), { recursive: true });
      writeFileSync(join(dir, 'data', 'recordings', relDir, 'sample.mp4'), bytes);
      const endMs = Math.floor(Date.now() / 60_000) * 60_000;
      const startMs = endMs - DAYS * FILES_PER_DAY * 60_000;
      const t0 = performance.now();
      const rows = [];
      for (let i = 0; i < DAYS * FILES_PER_DAY; i++) {
        const s = startMs + i * 60_000;
        rows.push({
          id: newId(s),
          camera_id: camera,
          seq: i + 1,
          node: 'bench',
          path: join(relDir, 'sample.mp4'),
          start_time: new Date(s).toISOString(),
          end_time: new Date(s + 60_000).toISOString(),
          duration_ms: 60_000,
          bytes: bytes.length,
          frames,
          fragments: JSON.stringify(fragments),
          sha256: sha,
          prev_sha256: sha,
          chain_hash: sha,
          status: 'sealed',
          created_at: new Date(s + 60_000).toISOString(),
          deleted_at: null,
        });
        if (rows.length === 1000)
          await psvis.database.db.insertInto('recording_segments').values(rows.splice(0)).execute();
      }
      if (rows.length > 0) await psvis.database.db.insertInto('recording_segments').values(rows).execute();
      console.log(
        `index: ${DAYS * FILES_PER_DAY} one-minute files of one camera inserted in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );

      const from = new Date(endMs - 29 * 86_400_000).toISOString();
      const to = new Date(endMs - 29 * 86_400_000 + 3_600_000).toISOString();
      const playlistUrl = `${psvis.url()}/api/v1/cameras/${camera}/recordings.m3u8?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&purpose=bench`;
      const headers = { cookie: admin.cookie ?? '' };
      const playlist: number[] = [];
      const segment: number[] = [];
      let playlistBytes = 0;
      for (let r = 0; r < runs; r++) {
        const p = await ttfb(playlistUrl, headers);
        if (p.status !== 200) throw new Error(`playlist answered ${p.status}`);
        playlist.push(p.firstByteMs);
        playlistBytes = p.bytes;
        const text = await (await fetch(playlistUrl, { headers })).text();
        const uri = text.split('\n').find((l) => l.startsWith('/api/v1/recordings/files/'));
        const range = /#EXT-X-BYTERANGE:(\d+)@(\d+)/.exec(text.slice(text.indexOf('#EXTINF')));
        if (uri === undefined || range === null) throw new Error('no segment in the playlist');
        const start = Number(range[2]);
        const s = await ttfb(`${psvis.url()}${uri}`, {
          ...headers,
          range: `bytes=${start}-${start + Number(range[1]) - 1}`,
        });
        if (s.status !== 206) throw new Error(`segment answered ${s.status}`);
        segment.push(s.firstByteMs);
      }
      console.log(
        `recorded playback over HTTP, 1 h range 29 days back in a 30-day index (${DAYS * FILES_PER_DAY} files), ${runs} runs, SQLite:`,
      );
      console.log(
        `  playlist (${playlistBytes} bytes)   time to first byte  median ${pct(playlist, 0.5).toFixed(1)} ms  p95 ${pct(playlist, 0.95).toFixed(1)} ms`,
      );
      console.log(
        `  first segment (byte range)  time to first byte  median ${pct(segment, 0.5).toFixed(1)} ms  p95 ${pct(segment, 0.95).toFixed(1)} ms`,
      );
    } finally {
      await psvis.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
