import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_ENGINES } from '../../../test/support/databases.ts';
import { runKeyCommand, runVerifyExportCommand } from '../commands.ts';
import { GOP_MS, WALL0, startDeliveryTestApp, type DeliveryTestApp } from '../test-app.ts';
import { bufferAccess, openZip } from '../zip/zip-file.ts';
import { buildZip } from '../zip/zip-format.ts';
import type { ExportStatus } from './export-service.ts';
import type { EvidenceManifest } from './manifest.ts';
import { verifyExport } from './verify-export.ts';
import { DEFAULT_FFMPEG, drawtextFilter, findWatermarkFont, transcodeWatermarked, watermarkText } from './watermark.ts';

const iso = (ms: number) => new Date(WALL0 + ms).toISOString();

function ffprobeDuration(path: string): Promise<{ durationS: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      'ffprobe',
      ['-v', 'error', '-show_entries', 'format=duration', '-of', 'json', path],
      (err, stdout, stderr) => {
        if (err !== null) reject(new Error(`ffprobe failed: ${stderr}`));
        else
          resolve({
            durationS: Number((JSON.parse(stdout) as { format: { duration: string } }).format.duration),
            stderr,
          });
      },
    );
  });
}

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

/** Rebuilds the package with one entry replaced. */
async function withEntry(
  zipBytes: Uint8Array,
  name: string,
  edit: (data: Uint8Array) => Uint8Array,
): Promise<Uint8Array> {
  const reader = await openZip(bufferAccess(zipBytes));
  const files = [];
  for (const e of reader.entries) {
    const data = await reader.readAll(e);
    files.push({ name: e.name, data: e.name === name ? edit(data) : data, modified: e.modified });
  }
  return buildZip(files);
}

describe.each(DATABASE_ENGINES)('evidence export on %s', (engine) => {
  let s: DeliveryTestApp;
  let done: ExportStatus;
  let zipPath = '';
  const dir = () => join(s.t.db.dataDir, 'exports');

  beforeAll(async () => {
    s = await startDeliveryTestApp(engine);
    const r = await s.admin.post<ExportStatus>('/api/v1/exports', {
      cameraId: s.cameraId,
      from: iso(1_500),
      to: iso(6_500),
      purpose: '刑事案件侦查取证',
      destination: '沈阳市公安局和平分局刑警大队',
      caseNo: '沈公刑案〔2026〕12号',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(202);
    done = await s.delivery.exports.wait(r.body.id);
    zipPath = join(dir(), `${done.id}.zip`);
  });
  afterAll(async () => {
    await s.close();
  });

  it('refuses an export without purpose and destination (PSVIS_ERR_PURPOSE_REQUIRED)', async () => {
    const r = await s.admin.post('/api/v1/exports', { cameraId: s.cameraId, from: iso(0), to: iso(2_000) });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({
      code: 'PSVIS_ERR_PURPOSE_REQUIRED',
      details: { missing: ['purpose', 'destination'] },
    });
  });

  it('finishes with progress at 100 %, and the download is the package on disk', async () => {
    expect(done).toMatchObject({ status: 'done', error: null });
    expect(done.bytesDone).toBe(done.bytesTotal);
    expect(done.bytesTotal).toBeGreaterThan(10_000);
    const polled = await s.admin.get<ExportStatus>(`/api/v1/exports/${done.id}`);
    expect(polled.body).toMatchObject({ status: 'done', bytesDone: done.bytesTotal });
    const dl = await fetch(`${s.url}/api/v1/exports/${done.id}/download`, {
      headers: { cookie: s.admin.cookie ?? '' },
    });
    expect(dl.status).toBe(200);
    expect(Buffer.from(await dl.arrayBuffer())).toEqual(readFileSync(zipPath));
  });

  it('packs footage.mp4 that ffprobe reads with the duration of the range within one GOP, a signed manifest and the public key', async () => {
    const zip = await openZip(bufferAccess(readFileSync(zipPath)));
    expect(zip.entries.map((e) => e.name)).toEqual(['footage.mp4', 'manifest.json', 'manifest.sig', 'public-key.pem']);
    const footage = await zip.readAll(zip.entries[0] ?? (undefined as never));
    const mp4 = join(s.t.db.dataDir, 'footage.mp4');
    writeFileSync(mp4, footage);
    const probe = await ffprobeDuration(mp4);
    expect(probe.stderr).toBe('');
    console.log(
      `export: 5 s range, footage.mp4 ffprobe duration ${probe.durationS.toFixed(3)} s, ${footage.length} bytes`,
    );
    expect(Math.abs(probe.durationS * 1000 - 5_000)).toBeLessThanOrEqual(GOP_MS);
    const manifest = JSON.parse(
      new TextDecoder().decode(await zip.readAll(zip.entries[1] ?? (undefined as never))),
    ) as EvidenceManifest;
    expect(manifest).toMatchObject({
      camera: { id: s.cameraId, deviceId: '21010200001320000001', name: '大门', orgName: '甲酒店' },
      range: { from: iso(1_500), to: iso(6_500) },
      footage: { sha256: done.footageSha256, from: iso(1_000) },
      exportedBy: { displayName: 'Administrator 管理员' },
      purpose: '刑事案件侦查取证',
      destination: '沈阳市公安局和平分局刑警大队',
      installation: { keyId: s.t.psvis.key.keyId },
    });
    // Two source files, linked in the camera's chain.
    expect(manifest.sources.map((x) => x.seq)).toEqual([1, 2]);
    expect(manifest.sources[1]?.prevSha256).toBe(manifest.sources[0]?.sha256);
  });

  it('verifies with the installation public key, and registers and audits the export', async () => {
    const verdict = await verifyExport(zipPath, s.t.psvis.key.publicKeyPem);
    expect(verdict).toMatchObject({ ok: true, keySource: 'given', keyId: s.t.psvis.key.keyId });
    const row = await s.delivery.db
      .selectFrom('access_register')
      .selectAll()
      .where('export_id', '=', done.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      action: 'export',
      purpose: '刑事案件侦查取证',
      destination: '沈阳市公安局和平分局刑警大队',
      case_no: '沈公刑案〔2026〕12号',
    });
    expect(row.ended_at).not.toBeNull();
    const actions = (
      await s.delivery.db.selectFrom('audit_events').select('action').where('action', 'like', '%export%').execute()
    ).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['access.export', 'export.completed', 'export.download']));
  });

  it('psvis verify-export exits 0 for the package and 1 with the reason for one flipped MP4 byte or one edited manifest field', async () => {
    const keyFile = join(s.t.db.dataDir, 'installation.pub.pem');
    const keyIo = captureIo();
    expect(runKeyCommand(['--public'], keyIo.io, s.t.db.dataDir)).toBe(0);
    writeFileSync(keyFile, `${keyIo.out.join('\n')}\n`);
    const ok = captureIo();
    expect(await runVerifyExportCommand([zipPath, '--public-key', keyFile], ok.io)).toBe(0);
    expect(ok.out[0]).toMatch(/OK/);

    const original = readFileSync(zipPath);
    const flippedMp4 = await withEntry(original, 'footage.mp4', (d) => {
      const c = Uint8Array.from(d);
      c[c.length - 100] = (c[c.length - 100] ?? 0) ^ 0x01;
      return c;
    });
    const flippedPath = join(s.t.db.dataDir, 'flipped.zip');
    writeFileSync(flippedPath, flippedMp4);
    const bad1 = captureIo();
    expect(await runVerifyExportCommand([flippedPath, '--public-key', keyFile], bad1.io)).toBe(1);
    expect(bad1.err.join('\n')).toMatch(/footage\.mp4 does not match the manifest's sha256/);

    // The flipped byte in place, without rebuilding the zip: the hash (and the CRC) catch it too.
    const inPlace = Uint8Array.from(original);
    inPlace[2_000] = (inPlace[2_000] ?? 0) ^ 0x01;
    writeFileSync(flippedPath, inPlace);
    const inPlaceVerdict = await verifyExport(flippedPath, s.t.psvis.key.publicKeyPem);
    expect(inPlaceVerdict.ok ? '' : inPlaceVerdict.reason).toMatch(/sha256/);

    const edited = await withEntry(original, 'manifest.json', (d) =>
      new TextEncoder().encode(new TextDecoder().decode(d).replace('沈阳市公安局和平分局刑警大队', '某私人')),
    );
    const editedPath = join(s.t.db.dataDir, 'edited.zip');
    writeFileSync(editedPath, edited);
    const bad2 = captureIo();
    expect(await runVerifyExportCommand([editedPath, '--public-key', keyFile], bad2.io)).toBe(1);
    expect(bad2.err.join('\n')).toMatch(/manifest\.sig does not verify/);
    // A key that is not the installation's does not verify the genuine package.
    const { generateKeyPairSync } = await import('node:crypto');
    const otherPem = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect((await verifyExport(zipPath, otherPem)).ok).toBe(false);
  });

  it('leaves no file behind for a range with no footage', async () => {
    const before = readdirSync(dir()).sort();
    const r = await s.admin.post('/api/v1/exports', {
      cameraId: s.cameraId,
      from: iso(3_600_000),
      to: iso(3_700_000),
      purpose: '核查',
      destination: '本单位',
    });
    expect(r.status).toBe(404);
    expect(r.body['code']).toBe('PSVIS_ERR_NO_FOOTAGE');
    expect(readdirSync(dir()).sort()).toEqual(before);
  });
});

describe('evidence export failure', () => {
  it('leaves no partial package behind when a write fails mid-export, and records the failure', async () => {
    let budget = 20_000;
    const s = await startDeliveryTestApp('sqlite', {
      // A disk that fills after 20 kB.
      openExportOutput: async (path) => {
        const fh = await open(path, 'wx');
        return {
          write: async (buf: Uint8Array, off: number, len: number, pos: number) => {
            budget -= len;
            if (budget < 0) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
            return fh.write(buf, off, len, pos);
          },
          sync: () => fh.sync(),
          close: () => fh.close(),
        };
      },
    });
    try {
      const r = await s.admin.post<ExportStatus>('/api/v1/exports', {
        cameraId: s.cameraId,
        from: iso(0),
        to: iso(12_000),
        purpose: '核查',
        destination: '本单位',
      });
      expect(r.status).toBe(202);
      const status = await s.delivery.exports.wait(r.body.id);
      expect(status.status).toBe('failed');
      expect(status.error).toMatch(/ENOSPC/);
      const exportsDir = join(s.t.db.dataDir, 'exports');
      expect(existsSync(exportsDir) ? readdirSync(exportsDir) : []).toEqual([]);
      const dl = await s.admin.get(`/api/v1/exports/${r.body.id}/download`);
      expect(dl.status).toBe(409);
      expect(dl.body['code']).toBe('PSVIS_ERR_EXPORT_NOT_READY');
    } finally {
      await s.close();
    }
  });
});

function ffprobeStreams(path: string): Promise<{ codecs: string[]; durationS: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      'ffprobe',
      ['-v', 'error', '-show_entries', 'stream=codec_name:format=duration', '-of', 'json', path],
      (err, stdout, stderr) => {
        if (err !== null) reject(new Error(`ffprobe failed: ${stderr}`));
        else {
          const j = JSON.parse(stdout) as { streams: { codec_name: string }[]; format: { duration: string } };
          resolve({ codecs: j.streams.map((x) => x.codec_name), durationS: Number(j.format.duration), stderr });
        }
      },
    );
  });
}

const watermarkBody = (cameraId: string) => ({
  cameraId,
  from: iso(1_500),
  to: iso(6_500),
  purpose: '刑事案件侦查取证',
  destination: '沈阳市公安局和平分局刑警大队',
  watermark: true,
});

describe('evidence export with a watermark', () => {
  let s: DeliveryTestApp;
  let done: ExportStatus;
  let zipPath = '';

  beforeAll(async () => {
    s = await startDeliveryTestApp('sqlite');
    const r = await s.admin.post<ExportStatus>('/api/v1/exports', watermarkBody(s.cameraId));
    expect(r.status, JSON.stringify(r.body)).toBe(202);
    done = await s.delivery.exports.wait(r.body.id);
    zipPath = join(s.t.db.dataDir, 'exports', `${done.id}.zip`);
  });
  afterAll(async () => {
    await s.close();
  });

  it('packs the untouched footage.mp4 and an h264 footage-watermarked.mp4 of the same duration, both in the manifest', async () => {
    expect(done).toMatchObject({ status: 'done', error: null });
    expect(readdirSync(join(s.t.db.dataDir, 'exports'))).toEqual([`${done.id}.zip`]);
    const zip = await openZip(bufferAccess(readFileSync(zipPath)));
    expect(zip.entries.map((e) => e.name)).toEqual([
      'footage.mp4',
      'footage-watermarked.mp4',
      'manifest.json',
      'manifest.sig',
      'public-key.pem',
    ]);
    const read = async (name: string) => zip.readAll(zip.entries.find((e) => e.name === name) ?? (undefined as never));
    const original = join(s.t.db.dataDir, 'wm-original.mp4');
    const copy = join(s.t.db.dataDir, 'wm-copy.mp4');
    writeFileSync(original, await read('footage.mp4'));
    writeFileSync(copy, await read('footage-watermarked.mp4'));
    const a = await ffprobeStreams(original);
    const b = await ffprobeStreams(copy);
    expect(b.stderr).toBe('');
    expect(b.codecs[0]).toBe('h264');
    console.log(`watermark: original ${a.durationS.toFixed(3)} s, watermarked copy ${b.durationS.toFixed(3)} s`);
    expect(Math.abs(b.durationS - a.durationS)).toBeLessThanOrEqual(1);
    const manifest = JSON.parse(new TextDecoder().decode(await read('manifest.json'))) as EvidenceManifest;
    expect(manifest.footage.sha256).toBe(done.footageSha256);
    expect(manifest.watermarked).toMatchObject({
      file: 'footage-watermarked.mp4',
      derived: true,
      derivedFrom: 'footage.mp4',
      codecArgs: expect.arrayContaining(['libx264']) as unknown,
    });
    const text = manifest.watermarked?.text ?? '';
    const requester = manifest.exportedBy;
    for (const part of [requester.displayName, requester.orgName, manifest.createdAt, '大门', '21010200001320000001']) {
      expect(text).toContain(part);
    }
    expect(manifest.watermarked?.filter).toMatch(/^drawtext=fontfile=.*expansion=none/);
    // The transcode counted in the progress: half the total, all of it done.
    expect(done.bytesTotal).toBe(2 * manifest.footage.bytes);
    expect(done.bytesDone).toBe(done.bytesTotal);
  });

  it('verifies, and one flipped byte of the watermarked copy fails verification with the reason', async () => {
    const verdict = await verifyExport(zipPath, s.t.psvis.key.publicKeyPem);
    expect(verdict).toMatchObject({ ok: true, keySource: 'given' });
    const io = captureIo();
    expect(await runVerifyExportCommand([zipPath], io.io)).toBe(0);
    expect(io.out.join('\n')).toMatch(/footage-watermarked\.mp4 sha256 [0-9a-f]{64} \(derived/);

    const flipped = await withEntry(readFileSync(zipPath), 'footage-watermarked.mp4', (d) => {
      const c = Uint8Array.from(d);
      c[c.length - 100] = (c[c.length - 100] ?? 0) ^ 0x01;
      return c;
    });
    const flippedPath = join(s.t.db.dataDir, 'wm-flipped.zip');
    writeFileSync(flippedPath, flipped);
    const bad = await verifyExport(flippedPath, s.t.psvis.key.publicKeyPem);
    expect(bad.ok ? '' : bad.reason).toMatch(/footage-watermarked\.mp4 does not match the manifest's sha256/);

    // Dropping the copy, or slipping one into a package whose manifest does not name it, fails too.
    const reader = await openZip(bufferAccess(readFileSync(zipPath)));
    const kept = [];
    for (const e of reader.entries) {
      if (e.name !== 'footage-watermarked.mp4')
        kept.push({ name: e.name, data: await reader.readAll(e), modified: e.modified });
    }
    writeFileSync(flippedPath, buildZip(kept));
    const missing = await verifyExport(flippedPath, s.t.psvis.key.publicKeyPem);
    expect(missing.ok ? '' : missing.reason).toMatch(/describes footage-watermarked\.mp4 but the package lacks it/);
  });
});

describe('evidence export with a watermark that cannot be made', () => {
  it.each([
    ['a missing ffmpeg', { ffmpegPath: '/nonexistent/ffmpeg' }, /cannot run ffmpeg/],
    [
      'a bad font path',
      { watermarkFontFile: '/nonexistent/font.ttf' },
      /watermark font \/nonexistent\/font\.ttf is not installed/,
    ],
    ['an ffmpeg that fails', { ffmpegPath: '/bin/false' }, /ffmpeg could not make the watermarked copy: exit 1/],
  ])('leaves no file behind with %s and records the failure', async (_name, overrides, reason) => {
    const s = await startDeliveryTestApp('sqlite', overrides);
    try {
      const r = await s.admin.post<ExportStatus>('/api/v1/exports', watermarkBody(s.cameraId));
      expect(r.status).toBe(202);
      const status = await s.delivery.exports.wait(r.body.id);
      expect(status.status).toBe('failed');
      expect(status.error).toMatch(reason);
      const exportsDir = join(s.t.db.dataDir, 'exports');
      expect(existsSync(exportsDir) ? readdirSync(exportsDir) : []).toEqual([]);
      const failed = await s.delivery.db
        .selectFrom('audit_events')
        .select('action')
        .where('action', '=', 'export.failed')
        .execute();
      expect(failed).toHaveLength(1);
    } finally {
      await s.close();
    }
  });
});

describe('watermark filter', () => {
  it('escapes text with quotes, colons, commas, brackets, backslashes and % so ffmpeg accepts it, with progress to 1', async () => {
    const dirPath = mkdtempSync(join(tmpdir(), 'psvis-wm-'));
    try {
      const input = join(dirPath, 'in.mp4');
      await new Promise<void>((resolve, reject) => {
        execFile(
          DEFAULT_FFMPEG,
          [
            '-v',
            'error',
            '-f',
            'lavfi',
            '-i',
            'testsrc=size=320x240:rate=25',
            '-t',
            '2',
            '-c:v',
            'libx264',
            '-y',
            input,
          ],
          (err) => {
            if (err === null) resolve();
            else reject(new Error(`ffmpeg could not make the test input: ${err.message}`));
          },
        );
      });
      const text = watermarkText({
        displayName: "O'Brien: \\ 张三, [x]; %{pts}",
        orgName: '甲酒店',
        exportedAt: '2026-05-01T08:00:00.000Z',
        cameraName: '大门',
        deviceId: '21010200001320000001',
      });
      const filter = drawtextFilter(text, findWatermarkFont(), 240);
      const output = join(dirPath, 'out.partial');
      let last = 0;
      await transcodeWatermarked({
        ffmpegPath: DEFAULT_FFMPEG,
        input,
        output,
        filter,
        durationS: 2,
        onProgress: (f) => {
          expect(f).toBeGreaterThanOrEqual(last);
          last = f;
        },
        shouldStop: () => false,
      });
      expect(last).toBe(1);
      expect((await ffprobeStreams(output)).codecs).toEqual(['h264']);
    } finally {
      rmSync(dirPath, { recursive: true, force: true });
    }
  });
});
