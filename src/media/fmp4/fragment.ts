// fMP4 movie fragments: moof (mfhd, traf with tfhd/tfdt/trun) + mdat (ISO/IEC 14496-12 §8.8).
// The header is computed and written into one allocation; sample bytes are never concatenated
// here, so a recorder can write [header, ...data] with writev and copy each frame once.
import { PsvisError } from '../../errors/psvis-error.ts';
import { BOX_HEADER_BYTES, writeBoxHeader } from './box-writer.ts';

/** Samples one track may carry in one fragment (fragments are ≤ 1 s; 1000 fps is ample). */
export const MAX_SAMPLES_PER_TRACK_FRAGMENT = 1000;

/** trun data_offset is a signed 32-bit offset from the moof (§8.8.8), so a fragment stays below 2 GiB. */
export const MAX_FRAGMENT_BYTES = 0x7fffffff;

/** tfhd flags: default-base-is-moof (§8.8.7.1). */
const TFHD_DEFAULT_BASE_IS_MOOF = 0x020000;
/** trun flags: data-offset, sample duration, size, flags, composition time offset (§8.8.8.1). */
const TRUN_FLAGS = 0x000001 | 0x000100 | 0x000200 | 0x000400 | 0x000800;
const TRUN_SAMPLE_BYTES = 16;
/** sample_flags (§8.8.3.1): sync sample depends on nothing (2); others depend (1) and are non-sync. */
const SAMPLE_FLAGS_KEY = 0x02000000;
const SAMPLE_FLAGS_NON_KEY = 0x01010000;

const MFHD_BYTES = BOX_HEADER_BYTES + 8;
const TFHD_BYTES = BOX_HEADER_BYTES + 8;
const TFDT_BYTES = BOX_HEADER_BYTES + 12;
const TRUN_HEADER_BYTES = BOX_HEADER_BYTES + 12;

/** One sample of a track fragment. Video samples are AVCC/HVCC (length-prefixed NAL units). */
export interface FragmentSample {
  /** Duration in the track timescale. */
  readonly duration: number;
  /** Bytes in the mdat. */
  readonly size: number;
  readonly keyframe: boolean;
  /** pts - dts in the track timescale (signed, trun version 1). */
  readonly compositionOffset?: number;
}

/** One track's run in a fragment: samples and the bytes that make them up, in order. */
export interface FragmentTrack {
  readonly trackId: number;
  /** Decode time of the first sample, track timescale (tfdt version 1, 64-bit). */
  readonly baseDecodeTime: number;
  readonly samples: readonly FragmentSample[];
  /** Concatenated, these are the samples' bytes (any chunking: whole samples or [len, nal, ...]). */
  readonly data: readonly Uint8Array[];
}

function containerError(message: string, details: Record<string, unknown> = {}): PsvisError {
  return new PsvisError('PSVIS_ERR_MEDIA_CONTAINER', message, details);
}

function isU32(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= 0xffffffff;
}

/** Checks a track run and returns its mdat payload size. */
function validateTrack(t: FragmentTrack): number {
  if (!isU32(t.trackId) || t.trackId === 0) throw containerError('invalid track_ID', { trackId: t.trackId });
  if (!Number.isSafeInteger(t.baseDecodeTime) || t.baseDecodeTime < 0) {
    throw containerError('baseDecodeTime must be a non-negative safe integer', { trackId: t.trackId });
  }
  if (t.samples.length === 0 || t.samples.length > MAX_SAMPLES_PER_TRACK_FRAGMENT) {
    throw containerError('a track fragment needs 1..MAX_SAMPLES_PER_TRACK_FRAGMENT samples', {
      trackId: t.trackId,
      samples: t.samples.length,
    });
  }
  let sampleBytes = 0;
  for (const s of t.samples) {
    const cts = s.compositionOffset ?? 0;
    if (!isU32(s.duration) || !isU32(s.size) || !Number.isInteger(cts) || cts < -0x80000000 || cts > 0x7fffffff) {
      throw containerError('sample duration, size or composition offset out of range', { trackId: t.trackId });
    }
    sampleBytes += s.size;
  }
  let dataBytes = 0;
  for (const d of t.data) dataBytes += d.length;
  if (dataBytes !== sampleBytes) {
    throw containerError('sample sizes do not add up to the data given', {
      trackId: t.trackId,
      sampleBytes,
      dataBytes,
    });
  }
  return dataBytes;
}

/**
 * Builds moof + the mdat header for one fragment. The mdat payload that must follow is each
 * track's `data`, in track order. Returns the header bytes and the payload length.
 */
export function buildFragmentHeader(
  sequenceNumber: number,
  tracks: readonly FragmentTrack[],
): { header: Uint8Array; payloadBytes: number } {
  if (!isU32(sequenceNumber)) throw containerError('sequence_number must be 32-bit unsigned', { sequenceNumber });
  if (tracks.length === 0) throw containerError('a fragment needs at least one track');
  const payloadSizes = tracks.map(validateTrack);
  const payloadBytes = payloadSizes.reduce((a, b) => a + b, 0);
  let moofBytes = BOX_HEADER_BYTES + MFHD_BYTES;
  for (const t of tracks) {
    moofBytes += BOX_HEADER_BYTES + TFHD_BYTES + TFDT_BYTES + TRUN_HEADER_BYTES + t.samples.length * TRUN_SAMPLE_BYTES;
  }
  const mdatHeaderBytes = BOX_HEADER_BYTES;
  if (moofBytes + mdatHeaderBytes + payloadBytes > MAX_FRAGMENT_BYTES) {
    throw containerError('fragment larger than MAX_FRAGMENT_BYTES', { payloadBytes });
  }
  const header = new Uint8Array(moofBytes + mdatHeaderBytes);
  const view = new DataView(header.buffer);
  let p = writeBoxHeader(header, 0, 'moof', moofBytes);
  p += writeBoxHeader(header, p, 'mfhd', MFHD_BYTES);
  view.setUint32(p, 0); // version, flags
  view.setUint32(p + 4, sequenceNumber);
  p += 8;
  let dataOffset = moofBytes + mdatHeaderBytes;
  tracks.forEach((t, i) => {
    const trunBytes = TRUN_HEADER_BYTES + t.samples.length * TRUN_SAMPLE_BYTES;
    p += writeBoxHeader(header, p, 'traf', BOX_HEADER_BYTES + TFHD_BYTES + TFDT_BYTES + trunBytes);
    p += writeBoxHeader(header, p, 'tfhd', TFHD_BYTES);
    view.setUint32(p, TFHD_DEFAULT_BASE_IS_MOOF);
    view.setUint32(p + 4, t.trackId);
    p += 8;
    p += writeBoxHeader(header, p, 'tfdt', TFDT_BYTES);
    view.setUint32(p, 0x01000000); // version 1: 64-bit baseMediaDecodeTime
    view.setBigUint64(p + 4, BigInt(t.baseDecodeTime));
    p += 12;
    p += writeBoxHeader(header, p, 'trun', trunBytes);
    view.setUint32(p, 0x01000000 | TRUN_FLAGS); // version 1: signed composition offsets
    view.setUint32(p + 4, t.samples.length);
    view.setInt32(p + 8, dataOffset);
    p += 12;
    for (const s of t.samples) {
      view.setUint32(p, s.duration);
      view.setUint32(p + 4, s.size);
      view.setUint32(p + 8, s.keyframe ? SAMPLE_FLAGS_KEY : SAMPLE_FLAGS_NON_KEY);
      view.setInt32(p + 12, s.compositionOffset ?? 0);
      p += TRUN_SAMPLE_BYTES;
    }
    dataOffset += payloadSizes[i] ?? 0;
  });
  writeBoxHeader(header, p, 'mdat', mdatHeaderBytes + payloadBytes);
  return { header, payloadBytes };
}

/** Builds a whole fragment (moof + mdat) in one allocation, copying each sample's bytes once. */
export function buildFragment(sequenceNumber: number, tracks: readonly FragmentTrack[]): Uint8Array {
  const { header, payloadBytes } = buildFragmentHeader(sequenceNumber, tracks);
  const out = new Uint8Array(header.length + payloadBytes);
  out.set(header, 0);
  let p = header.length;
  for (const t of tracks) {
    for (const d of t.data) {
      out.set(d, p);
      p += d.length;
    }
  }
  return out;
}
