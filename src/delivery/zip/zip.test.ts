import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crc32 } from './crc32.ts';
import { bufferAccess, fileAccess, openZip, ZipFileWriter } from './zip-file.ts';
import {
  ZIP64_LIMIT,
  buildZip,
  centralDirectory,
  localFileHeader,
  parseCentralDirectory,
  parseEnd,
  parseZip64End,
  type ZipEntry,
} from './zip-format.ts';

const T0 = new Date('2026-05-01T08:30:12.000Z');
const dir = mkdtempSync(join(tmpdir(), 'psvis-zip-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
const hasUnzip = spawnSync('unzip', ['-v']).status === 0;

describe('CRC-32 (APPNOTE §4.4.7)', () => {
  it('gives the check value 0xCBF43926 for "123456789" and continues across chunks', () => {
    const data = new TextEncoder().encode('123456789');
    expect(crc32(data)).toBe(0xcbf43926);
    expect(crc32(data.subarray(4), crc32(data.subarray(0, 4)))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});

describe('STORE-only zip', () => {
  const files = [
    { name: 'manifest.json', data: new TextEncoder().encode('{"a":1}'), modified: T0 },
    { name: '证据/footage.mp4', data: Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) & 0xff), modified: T0 },
    { name: 'empty.txt', data: new Uint8Array(0), modified: T0 },
  ];

  it('round-trips names (UTF-8), bytes, CRCs and times through the in-memory writer and the reader', async () => {
    const input = files.map((f) => ({ ...f, data: Uint8Array.from(f.data) }));
    const zip = buildZip(input);
    const reader = await openZip(bufferAccess(zip));
    expect(reader.entries.map((e) => [e.name, e.sizeBytes, e.modified.toISOString()])).toEqual(
      files.map((f) => [f.name, f.data.length, T0.toISOString()]),
    );
    for (const [i, e] of reader.entries.entries()) expect(await reader.readAll(e)).toEqual(files[i]?.data);
    // The writer does not touch its input.
    expect(input.map((f) => f.data)).toEqual(files.map((f) => f.data));
  });

  it('streams entries of declared size to a file, patching CRCs, and reads them back from the file', async () => {
    const path = join(dir, 'streamed.zip');
    const fh = await open(path, 'w+');
    const w = new ZipFileWriter(fh);
    const big = files[1]?.data ?? new Uint8Array(0);
    await w.begin('footage.mp4', big.length, T0);
    for (let p = 0; p < big.length; p += 4096) await w.write(big.subarray(p, p + 4096));
    await w.end();
    await w.add('manifest.json', new TextEncoder().encode('{}'), T0);
    await w.finish();
    const reader = await openZip(await fileAccess(fh));
    const e = reader.entries[0] as ZipEntry;
    expect(e.crc32).toBe(crc32(big));
    expect(await reader.readAll(e)).toEqual(big);
    await fh.close();
    // The same bytes as the in-memory writer produces for the same entries.
    expect(readFileSync(path)).toEqual(
      Buffer.from(
        buildZip([
          { name: 'footage.mp4', data: big, modified: T0 },
          { name: 'manifest.json', data: new TextEncoder().encode('{}'), modified: T0 },
        ]),
      ),
    );
  });

  it('refuses an entry that ends short of or runs past its declared size', async () => {
    const fh = await open(join(dir, 'short.zip'), 'w+');
    const w = new ZipFileWriter(fh);
    await w.begin('a', 4, T0);
    await expect(w.write(new Uint8Array(5))).rejects.toMatchObject({ code: 'PSVIS_ERR_ZIP' });
    await w.write(new Uint8Array(3));
    await expect(w.end()).rejects.toMatchObject({ code: 'PSVIS_ERR_ZIP' });
    await fh.close();
  });

  it('reports a flipped data byte as a CRC-32 mismatch, and garbage as not a zip', async () => {
    const zip = buildZip(files);
    const flipped = Uint8Array.from(zip);
    const at = zip.indexOf(0x1f, 200); // somewhere inside footage.mp4's data
    flipped[at] = (flipped[at] ?? 0) ^ 0xff;
    const reader = await openZip(bufferAccess(flipped));
    await expect(reader.readAll(reader.entries[1] as ZipEntry)).rejects.toThrow(/CRC-32/);
    await expect(openZip(bufferAccess(new Uint8Array(100)))).rejects.toMatchObject({ code: 'PSVIS_ERR_ZIP' });
  });

  it('is accepted by Info-ZIP `unzip -t`', (ctx) => {
    if (!hasUnzip) {
      console.warn('unzip is not installed: skipping the unzip -t check');
      ctx.skip();
    }
    const path = join(dir, 'unzip-t.zip');
    execFileSync('sh', ['-c', `cat > ${path}`], { input: buildZip(files) });
    const out = execFileSync('unzip', ['-t', path]).toString();
    expect(out).toMatch(/No errors detected/);
    expect(out).toMatch(/footage\.mp4/);
  });

  it('writes and reads ZIP64 records when sizes and offsets pass 4 GiB (APPNOTE §4.5.3)', () => {
    const entries: ZipEntry[] = [
      { name: 'footage.mp4', sizeBytes: ZIP64_LIMIT + 10, crc32: 0x12345678, modified: T0, localHeaderOffset: 0 },
      { name: 'manifest.json', sizeBytes: 10, crc32: 1, modified: T0, localHeaderOffset: ZIP64_LIMIT + 100 },
    ];
    const cdOffset = ZIP64_LIMIT + 200;
    const records = centralDirectory(entries, cdOffset);
    const loc = parseEnd(records);
    expect(loc.zip64EndOffset).not.toBeNull();
    // The ZIP64 end record sits right after the central directory, which starts at cdOffset.
    const zip64End = parseZip64End(records.subarray((loc.zip64EndOffset ?? 0) - cdOffset));
    expect(zip64End).toMatchObject({ entries: 2, offsetBytes: cdOffset });
    const parsed = parseCentralDirectory(records.subarray(0, zip64End.sizeBytes), 2, cdOffset + records.length);
    expect(parsed).toEqual(entries);
    const header = localFileHeader(entries[0] as ZipEntry);
    const v = new DataView(header.buffer);
    expect(v.getUint32(18, true)).toBe(ZIP64_LIMIT);
    expect(Number(v.getBigUint64(30 + 'footage.mp4'.length + 4, true))).toBe(ZIP64_LIMIT + 10);
  });
});
