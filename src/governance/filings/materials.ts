// The files a filing carries (设计方案, 技术检测, 验收材料, 图纸…): checked by their first bytes and
// kept once under their SHA-256, so two filings sending the same drawing share the file.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Largest material accepted. */
export const MAX_MATERIAL_BYTES = 20 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** Formats accepted, with the bytes each file starts with. */
export const MATERIAL_TYPES: Readonly<Record<string, readonly number[]>> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  // Drawings and design documents often come as office files or archives: zip containers.
  'application/zip': ZIP,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ZIP,
};

/** True when the bytes are of an accepted format, match their content type and fit the limit. */
export function acceptableMaterial(bytes: Buffer, contentType: string): boolean {
  const magic = MATERIAL_TYPES[contentType];
  return (
    magic !== undefined &&
    bytes.length > 0 &&
    bytes.length <= MAX_MATERIAL_BYTES &&
    magic.every((b, i) => bytes[i] === b)
  );
}

/** Writes the bytes under `dir` by their SHA-256 (once) and returns the hash. */
export async function storeMaterial(dir: string, bytes: Buffer): Promise<string> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, sha256);
  if (!existsSync(path)) {
    await writeFile(`${path}.partial`, bytes, { mode: 0o600 });
    await rename(`${path}.partial`, path);
  }
  return sha256;
}
