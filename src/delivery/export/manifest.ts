// The evidence manifest: what an exported package holds and where it came from, signed with the
// installation's Ed25519 key over its canonical JSON (RFC 8785 key order, src/audit/canonical-json.ts),
// so a court or the receiving unit can check it offline with only the public key.
import { canonicalJson } from '../../audit/canonical-json.ts';
import type { SegmentSlice } from '../recorded-range.ts';

/** Format tag a verifier checks first. */
export const MANIFEST_FORMAT = 'psvis-evidence-export/1';
/** Entry names inside the package. */
export const FOOTAGE_ENTRY = 'footage.mp4';
export const WATERMARKED_ENTRY = 'footage-watermarked.mp4';
export const MANIFEST_ENTRY = 'manifest.json';
export const SIGNATURE_ENTRY = 'manifest.sig';
export const PUBLIC_KEY_ENTRY = 'public-key.pem';

/** One recorded file the footage was taken from, with its links in the camera's hash chain. */
export interface ManifestSource {
  segmentId: string;
  seq: number;
  path: string;
  start: string;
  end: string;
  bytes: number;
  sha256: string;
  prevSha256: string;
  chainHash: string;
  /** First and last fragment index of this file copied into the footage. */
  fragments: [number, number];
}

/** The watermarked copy: how it was made from footage.mp4, so anyone can redo and compare it. */
export interface WatermarkedCopy {
  file: typeof WATERMARKED_ENTRY;
  bytes: number;
  sha256: string;
  derived: true;
  derivedFrom: typeof FOOTAGE_ENTRY;
  method: string;
  /** The exact text drawn. */
  text: string;
  /** The exact ffmpeg `-vf` argument (escaped as ffmpeg received it). */
  filter: string;
  /** ffmpeg's codec arguments (libx264 video, audio copied). */
  codecArgs: string[];
}

/** manifest.json. */
export interface EvidenceManifest {
  format: typeof MANIFEST_FORMAT;
  exportId: string;
  createdAt: string;
  camera: { id: string; name: string; deviceId: string; orgId: string; orgName: string };
  /** The range asked for; `footage.from` is the keyframe it starts at (at most one GOP earlier). */
  range: { from: string; to: string };
  footage: {
    file: typeof FOOTAGE_ENTRY;
    bytes: number;
    sha256: string;
    from: string;
    to: string;
    durationMs: number;
    method: string;
  };
  /** Present only when a watermark was asked for: a derived copy, never the evidence itself. */
  watermarked?: WatermarkedCopy;
  sources: ManifestSource[];
  exportedBy: { userId: string; username: string; displayName: string; orgId: string; orgName: string; role: string };
  /** 用途 and 去向 (安徽 第十七条(二); 腾冲 第二十四条(四)). */
  purpose: string;
  destination: string;
  caseNo: string | null;
  requestingUnit: string | null;
  accessRequestId: string | null;
  registerId: string;
  installation: { keyId: string; algorithm: 'Ed25519' };
}

/** The bytes the signature covers. */
export function manifestSigningBytes(manifest: unknown): Uint8Array {
  return new TextEncoder().encode(canonicalJson(manifest));
}

/** How footage.mp4 was made, as the manifest states it. */
export const REMUX_METHOD =
  'recorded fMP4 fragments copied without transcoding; mfhd sequence numbers and tfdt decode times rebased to one timeline from 0';

/** How footage-watermarked.mp4 was made, as the manifest states it. */
export const WATERMARK_METHOD =
  'derived copy: footage.mp4 transcoded by ffmpeg (libx264, audio copied) with a visible drawtext watermark; not the evidence original, which is footage.mp4';

/** A source file's manifest entry, from its index row and the fragments copied from it. */
export function manifestSource(slice: SegmentSlice): ManifestSource {
  const s = slice.segment;
  return {
    segmentId: s.id,
    seq: s.seq,
    path: s.path,
    start: s.start_time,
    end: s.end_time,
    bytes: s.bytes,
    sha256: s.sha256,
    prevSha256: s.prev_sha256,
    chainHash: s.chain_hash,
    fragments: [slice.fragments[0]?.index ?? 0, slice.fragments[slice.fragments.length - 1]?.index ?? 0],
  };
}
