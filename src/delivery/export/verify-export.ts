// Offline verification of an evidence package: the manifest's Ed25519 signature, the key id, the
// manifest's fields and chain links, and footage.mp4's SHA-256 (and the watermarked copy's, when the
// package has one) — with only the public key.
import { createHash, createPublicKey } from 'node:crypto';
import { open } from 'node:fs/promises';
import { keyIdOf, verifySignature } from '../../audit/installation-key.ts';
import { parseInitSegment } from '../../media/fmp4/reader.ts';
import { fileAccess, openZip } from '../zip/zip-file.ts';
import {
  FOOTAGE_ENTRY,
  MANIFEST_ENTRY,
  MANIFEST_FORMAT,
  PUBLIC_KEY_ENTRY,
  SIGNATURE_ENTRY,
  WATERMARKED_ENTRY,
  manifestSigningBytes,
  type EvidenceManifest,
} from './manifest.ts';

/** The verdict on a package. */
export type ExportVerdict =
  | { ok: true; manifest: EvidenceManifest; keyId: string; keySource: 'given' | 'package' }
  | { ok: false; reason: string };

const HEX64 = /^[0-9a-f]{64}$/;

/** Checks the manifest's fields; returns what is wrong, or null. */
export function checkManifestFields(m: EvidenceManifest): string | null {
  // The manifest came from a file: its literal-typed fields may hold anything.
  const format: string = m.format;
  const footageFile: string = m.footage.file;
  if (format !== MANIFEST_FORMAT) return `manifest format is ${JSON.stringify(format)}, expected ${MANIFEST_FORMAT}`;
  const text = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  if (!text(m.exportId) || !text(m.createdAt)) return 'manifest lacks exportId or createdAt';
  if (!text(m.camera.id) || !text(m.camera.deviceId)) return 'manifest lacks the camera id or device id';
  if (!(Date.parse(m.range.from) < Date.parse(m.range.to))) return 'manifest range is empty or malformed';
  if (!text(m.purpose)) return 'manifest lacks the purpose (用途)';
  if (!text(m.destination)) return 'manifest lacks the destination (去向)';
  if (!text(m.exportedBy.userId) || !text(m.exportedBy.orgId)) return 'manifest lacks who exported it';
  if (footageFile !== FOOTAGE_ENTRY || !HEX64.test(m.footage.sha256)) return 'manifest footage entry is malformed';
  const w = m.watermarked;
  if (w !== undefined) {
    const file: string = w.file;
    const derived: unknown = w.derived;
    if (file !== WATERMARKED_ENTRY || !HEX64.test(w.sha256) || derived !== true || !text(w.text) || !text(w.filter)) {
      return 'manifest watermarked entry is malformed';
    }
  }
  if (m.sources.length === 0) return 'manifest names no source files';
  for (const [i, s] of m.sources.entries()) {
    if (!HEX64.test(s.sha256) || !HEX64.test(s.prevSha256) || !HEX64.test(s.chainHash)) {
      return `source ${i} has a malformed hash`;
    }
    const prev = m.sources[i - 1];
    // Consecutive files of the chain must link: each names its predecessor's hash.
    if (prev !== undefined && s.seq === prev.seq + 1 && s.prevSha256 !== prev.sha256) {
      return `source ${i} (seq ${s.seq}) does not link to source ${i - 1} in the hash chain`;
    }
  }
  return null;
}

/**
 * Verifies the package at `zipPath`. With `publicKeyPem` (the installation's, from
 * `psvis key --public`) the signature proves origin; without it, the key inside the package is
 * used, which proves integrity only — the result says which.
 */
export async function verifyExport(zipPath: string, publicKeyPem?: string): Promise<ExportVerdict> {
  let fh;
  try {
    fh = await open(zipPath, 'r');
  } catch (err) {
    return { ok: false, reason: `cannot open ${zipPath}: ${(err as Error).message}` };
  }
  try {
    const zip = await openZip(await fileAccess(fh));
    const entry = (name: string) => zip.entries.find((e) => e.name === name);
    const footage = entry(FOOTAGE_ENTRY);
    const manifestEntry = entry(MANIFEST_ENTRY);
    const sigEntry = entry(SIGNATURE_ENTRY);
    if (footage === undefined || manifestEntry === undefined || sigEntry === undefined) {
      return { ok: false, reason: `the package lacks ${FOOTAGE_ENTRY}, ${MANIFEST_ENTRY} or ${SIGNATURE_ENTRY}` };
    }
    const manifestText = new TextDecoder().decode(await zip.readAll(manifestEntry));
    let manifest: EvidenceManifest;
    try {
      manifest = JSON.parse(manifestText) as EvidenceManifest;
    } catch {
      return { ok: false, reason: `${MANIFEST_ENTRY} is not valid JSON` };
    }
    const keySource = publicKeyPem === undefined ? 'package' : 'given';
    const pem =
      publicKeyPem ??
      (entry(PUBLIC_KEY_ENTRY) === undefined
        ? undefined
        : new TextDecoder().decode(await zip.readAll(entry(PUBLIC_KEY_ENTRY) ?? sigEntry)));
    if (pem === undefined) return { ok: false, reason: 'no public key given and none in the package' };
    const signature = new TextDecoder().decode(await zip.readAll(sigEntry)).trim();
    if (!verifySignature(pem, manifestSigningBytes(manifest), signature)) {
      return {
        ok: false,
        reason: `${SIGNATURE_ENTRY} does not verify: the manifest was changed after signing, or signed by another key`,
      };
    }
    const keyId = keyIdOf(createPublicKey(pem));
    if (manifest.installation.keyId !== keyId) {
      return {
        ok: false,
        reason: `the manifest names key ${manifest.installation.keyId} but was verified with key ${keyId}`,
      };
    }
    const fieldProblem = checkManifestFields(manifest);
    if (fieldProblem !== null) return { ok: false, reason: fieldProblem };
    const hash = createHash('sha256');
    const head: { bytes: Uint8Array | null } = { bytes: null };
    try {
      await zip.stream(footage, (chunk) => {
        hash.update(chunk);
        head.bytes ??= Uint8Array.from(chunk.subarray(0, 64 * 1024));
      });
    } catch (err) {
      // The CRC-32 check failed: report it as the hash mismatch it also is, with the CRC reason.
      const sha = hash.digest('hex');
      if (sha !== manifest.footage.sha256) {
        return {
          ok: false,
          reason: `${FOOTAGE_ENTRY} does not match the manifest's sha256 (${(err as Error).message})`,
        };
      }
      throw err;
    }
    const sha256 = hash.digest('hex');
    if (sha256 !== manifest.footage.sha256 || footage.sizeBytes !== manifest.footage.bytes) {
      return {
        ok: false,
        reason: `${FOOTAGE_ENTRY} does not match the manifest's sha256 (${sha256} ≠ ${manifest.footage.sha256})`,
      };
    }
    try {
      parseInitSegment(head.bytes ?? new Uint8Array(0));
    } catch (err) {
      return { ok: false, reason: `${FOOTAGE_ENTRY} is not an MP4 psvis can read: ${(err as Error).message}` };
    }
    const copy = entry(WATERMARKED_ENTRY);
    // A second video the signed manifest does not describe must not ride along unverified.
    if ((copy === undefined) !== (manifest.watermarked === undefined)) {
      return {
        ok: false,
        reason:
          copy === undefined
            ? `the manifest describes ${WATERMARKED_ENTRY} but the package lacks it`
            : `the package holds ${WATERMARKED_ENTRY} but the manifest does not describe it`,
      };
    }
    if (copy !== undefined && manifest.watermarked !== undefined) {
      const copyHash = createHash('sha256');
      let crcError = '';
      try {
        await zip.stream(copy, (chunk) => copyHash.update(chunk));
      } catch (err) {
        crcError = ` (${(err as Error).message})`;
      }
      const copySha = copyHash.digest('hex');
      if (copySha !== manifest.watermarked.sha256 || copy.sizeBytes !== manifest.watermarked.bytes || crcError !== '') {
        return {
          ok: false,
          reason: `${WATERMARKED_ENTRY} does not match the manifest's sha256 (${copySha} ≠ ${manifest.watermarked.sha256})${crcError}`,
        };
      }
    }
    return { ok: true, manifest, keyId, keySource };
  } catch (err) {
    return { ok: false, reason: (err as Error).message };
  } finally {
    await fh.close();
  }
}
