// fMP4 reader (ISO/IEC 14496-12): top-level box walk, init segment → tracks, moof/mdat →
// samples, and the torn-file cut point for crash recovery. Never throws anything but
// PsvisError (PSVIS_ERR_MEDIA_CONTAINER) on malformed input; every count is bounded.
import { PsvisError } from '../../errors/psvis-error.ts';
import { parseAudioSpecificConfig } from '../aac.ts';
import { parseAvcC } from '../h264.ts';
import { parseHvcC } from '../h265.ts';
import type { Codec, TrackInfo } from '../types.ts';

/** Samples one trun may declare; bounds work on garbage sample_count values. */
export const MAX_TRUN_SAMPLES = 100_000;
/** Tracks one moov may declare. */
export const MAX_INIT_TRACKS = 16;

/** A box located in a buffer: [start, end) including the header. */
export interface BoxHeader {
  readonly type: string;
  readonly start: number;
  readonly headerBytes: number;
  readonly end: number;
}

/** A track read back from an init segment. */
export interface InitTrack extends TrackInfo {
  readonly trackId: number;
  /** mdhd timescale; equals clockRate for psvis-written files. */
  readonly timescale: number;
}

/** trex defaults per track (§8.8.3), used when tfhd and trun leave fields out. */
export interface TrexDefaults {
  readonly duration: number;
  readonly size: number;
  readonly flags: number;
}

/** An init segment read back. */
export interface InitSegment {
  readonly majorBrand: string;
  readonly compatibleBrands: readonly string[];
  readonly tracks: readonly InitTrack[];
  readonly trex: ReadonlyMap<number, TrexDefaults>;
}

/** One sample located in the buffer passed to `parseFragments`. */
export interface ParsedSample {
  readonly trackId: number;
  /** Decode and presentation time in the track timescale. */
  readonly dts: number;
  readonly pts: number;
  readonly duration: number;
  readonly size: number;
  readonly keyframe: boolean;
  /** Byte offset of the sample's data in the buffer. */
  readonly offset: number;
}

/** One moof and the samples it describes. */
export interface ParsedFragment {
  readonly sequenceNumber: number;
  readonly moofOffset: number;
  readonly samples: readonly ParsedSample[];
}

function containerError(message: string, details: Record<string, unknown> = {}): PsvisError {
  return new PsvisError('PSVIS_ERR_MEDIA_CONTAINER', message, details);
}

/** Bounds-checked big-endian reads; every failure is a PsvisError. */
class Cursor {
  constructor(
    readonly bytes: Uint8Array,
    public pos: number,
    readonly end: number,
  ) {}

  need(n: number): void {
    if (this.pos + n > this.end) {
      throw containerError('box field runs past the end of its box', { offset: this.pos, wanted: n });
    }
  }

  u8(): number {
    this.need(1);
    return this.bytes[this.pos++] ?? 0;
  }

  u16(): number {
    return this.u8() * 0x100 + this.u8();
  }

  u24(): number {
    return this.u16() * 0x100 + this.u8();
  }

  u32(): number {
    return this.u16() * 0x10000 + this.u16();
  }

  i32(): number {
    return this.u32() | 0;
  }

  u64(): number {
    const value = this.u32() * 0x100000000 + this.u32();
    if (!Number.isSafeInteger(value)) throw containerError('64-bit field beyond 2^53', { offset: this.pos - 8 });
    return value;
  }

  skip(n: number): void {
    this.need(n);
    this.pos += n;
  }

  fourcc(): string {
    this.need(4);
    let s = '';
    for (let i = 0; i < 4; i++) s += String.fromCharCode(this.bytes[this.pos + i] ?? 0);
    this.pos += 4;
    return s;
  }
}

/** Reads the box header at `offset`, or returns undefined when it is malformed or passes `end`. */
function tryBoxHeader(bytes: Uint8Array, offset: number, end: number, allowToEnd = true): BoxHeader | undefined {
  if (offset + 8 > end) return undefined;
  const c = new Cursor(bytes, offset, end);
  let size = c.u32();
  const type = c.fourcc();
  let headerBytes = 8;
  if (size === 1) {
    if (offset + 16 > end) return undefined;
    size = c.u32() * 0x100000000 + c.u32();
    headerBytes = 16;
  } else if (size === 0) {
    if (!allowToEnd) return undefined;
    size = end - offset; // box extends to the end of its container (§4.2)
  }
  if (size < headerBytes || offset + size > end) return undefined;
  return { type, start: offset, headerBytes, end: offset + size };
}

/** Lists the boxes in [start, end) of `bytes`; throws when one is malformed or truncated. */
export function listBoxes(bytes: Uint8Array, start = 0, end = bytes.length): BoxHeader[] {
  const out: BoxHeader[] = [];
  let pos = start;
  while (pos < end) {
    const header = tryBoxHeader(bytes, pos, end);
    if (header === undefined) throw containerError('malformed or truncated box', { offset: pos, end });
    out.push(header);
    pos = header.end;
  }
  return out;
}

function children(bytes: Uint8Array, parent: BoxHeader, skipBytes = 0): BoxHeader[] {
  return listBoxes(bytes, parent.start + parent.headerBytes + skipBytes, parent.end);
}

function child(bytes: Uint8Array, parent: BoxHeader, type: string, skipBytes = 0): BoxHeader | undefined {
  return children(bytes, parent, skipBytes).find((b) => b.type === type);
}

function requireChild(bytes: Uint8Array, parent: BoxHeader, type: string, skipBytes = 0): BoxHeader {
  const found = child(bytes, parent, type, skipBytes);
  if (found === undefined) throw containerError(`'${parent.type}' has no '${type}'`, { offset: parent.start });
  return found;
}

/** Cursor over a box body after its header (and FullBox version/flags when `full`). */
function body(bytes: Uint8Array, b: BoxHeader): Cursor {
  return new Cursor(bytes, b.start + b.headerBytes, b.end);
}

/** Reads an MPEG-4 descriptor tag and length (ISO 14496-1 §8.3.3). */
function readDescriptor(c: Cursor): { tag: number; end: number } {
  const tag = c.u8();
  let length = 0;
  for (let i = 0; i < 4; i++) {
    const b = c.u8();
    length = length * 128 + (b & 0x7f);
    if ((b & 0x80) === 0) break;
  }
  if (c.pos + length > c.end) throw containerError('descriptor runs past its box', { tag, length });
  return { tag, end: c.pos + length };
}

/** Finds the DecoderSpecificInfo (AudioSpecificConfig) in an esds box (ISO 14496-14 §5.6). */
function esdsAudioSpecificConfig(bytes: Uint8Array, esds: BoxHeader): Uint8Array {
  const c = body(bytes, esds);
  c.skip(4); // version, flags
  const es = readDescriptor(c);
  if (es.tag !== 0x03) throw containerError('esds does not start with an ES_Descriptor', { tag: es.tag });
  c.skip(2); // ES_ID
  const esFlags = c.u8();
  if (esFlags & 0x80) c.skip(2); // dependsOn_ES_ID
  if (esFlags & 0x40) c.skip(c.u8()); // URLstring
  if (esFlags & 0x20) c.skip(2); // OCR_ES_Id
  const dc = readDescriptor(c);
  if (dc.tag !== 0x04) throw containerError('ES_Descriptor lacks a DecoderConfigDescriptor', { tag: dc.tag });
  c.skip(13); // objectTypeIndication .. avgBitrate
  const dsi = readDescriptor(c);
  if (dsi.tag !== 0x05) throw containerError('DecoderConfigDescriptor lacks DecoderSpecificInfo', { tag: dsi.tag });
  return bytes.slice(c.pos, dsi.end);
}

/** Sample entry box types psvis reads → codec. */
const ENTRY_CODECS: Readonly<Record<string, Codec>> = {
  avc1: 'h264',
  avc3: 'h264',
  hvc1: 'h265',
  hev1: 'h265',
  mp4a: 'aac',
  alaw: 'pcma',
  ulaw: 'pcmu',
};

/** VisualSampleEntry fields before child boxes (§12.1.3); AudioSampleEntry (§12.2.3). */
const VISUAL_ENTRY_BYTES = 78;
const AUDIO_ENTRY_BYTES = 28;

/** Reads codec, size and configuration from a sample entry, keyed by the bitstream parsers. */
function readSampleEntry(bytes: Uint8Array, entry: BoxHeader, trackId: number, timescale: number): InitTrack {
  const codec = ENTRY_CODECS[entry.type];
  if (codec === undefined) throw containerError('unsupported sample entry', { trackId, type: entry.type });
  const c = body(bytes, entry);
  const base = { codec, clockRate: timescale, trackId, timescale };
  try {
    if (codec === 'h264' || codec === 'h265') {
      c.skip(24);
      const width = c.u16();
      const height = c.u16();
      if (codec === 'h264') {
        const avcC = parseAvcC(sliceBody(bytes, requireChild(bytes, entry, 'avcC', VISUAL_ENTRY_BYTES)));
        const parameterSets = [avcC.sps[0], avcC.pps[0]].filter((x) => x !== undefined).map((x) => x.slice());
        return { ...base, width, height, parameterSets };
      }
      const hvcC = parseHvcC(sliceBody(bytes, requireChild(bytes, entry, 'hvcC', VISUAL_ENTRY_BYTES)));
      const parameterSets = [hvcC.vps[0], hvcC.sps[0], hvcC.pps[0]]
        .filter((x) => x !== undefined)
        .map((x) => x.slice());
      return { ...base, width, height, parameterSets };
    }
    c.skip(16);
    const channels = c.u16();
    if (codec !== 'aac') return { ...base, channels };
    const asc = esdsAudioSpecificConfig(bytes, requireChild(bytes, entry, 'esds', AUDIO_ENTRY_BYTES));
    parseAudioSpecificConfig(asc); // reject an unusable config here rather than at playback
    return { ...base, channels, audioSpecificConfig: asc };
  } catch (err) {
    if (err instanceof PsvisError && err.code !== 'PSVIS_ERR_MEDIA_CONTAINER') {
      // Bitstream errors inside a container surface as container errors, with the cause kept.
      throw containerError(`bad ${entry.type} configuration: ${err.message}`, { trackId, cause: err.code });
    }
    throw err;
  }
}

function sliceBody(bytes: Uint8Array, b: BoxHeader): Uint8Array {
  return bytes.subarray(b.start + b.headerBytes, b.end);
}

function readTrak(bytes: Uint8Array, trak: BoxHeader): InitTrack {
  const tkhd = body(bytes, requireChild(bytes, trak, 'tkhd'));
  const tkhdVersion = tkhd.u8();
  tkhd.skip(3 + (tkhdVersion === 1 ? 16 : 8));
  const trackId = tkhd.u32();
  const mdia = requireChild(bytes, trak, 'mdia');
  const mdhd = body(bytes, requireChild(bytes, mdia, 'mdhd'));
  const mdhdVersion = mdhd.u8();
  mdhd.skip(3 + (mdhdVersion === 1 ? 16 : 8));
  const timescale = mdhd.u32();
  if (timescale === 0) throw containerError('mdhd timescale is 0', { trackId });
  const stbl = requireChild(bytes, requireChild(bytes, mdia, 'minf'), 'stbl');
  const stsd = requireChild(bytes, stbl, 'stsd');
  const entries = children(bytes, stsd, 8); // version/flags + entry_count
  const entry = entries[0];
  if (entry === undefined) throw containerError('stsd has no sample entry', { trackId });
  return readSampleEntry(bytes, entry, trackId, timescale);
}

/** Parses an init segment (ftyp + moov) back into tracks and trex defaults. */
export function parseInitSegment(bytes: Uint8Array): InitSegment {
  const top = listTopLevelPrefix(bytes);
  const ftyp = top.find((b) => b.type === 'ftyp');
  let majorBrand = '';
  const compatibleBrands: string[] = [];
  if (ftyp !== undefined) {
    const c = body(bytes, ftyp);
    majorBrand = c.fourcc();
    c.skip(4);
    while (c.pos + 4 <= c.end) compatibleBrands.push(c.fourcc());
  }
  const moov = top.find((b) => b.type === 'moov');
  if (moov === undefined) throw containerError('no moov box');
  const moovChildren = children(bytes, moov);
  const traks = moovChildren.filter((b) => b.type === 'trak');
  if (traks.length === 0 || traks.length > MAX_INIT_TRACKS) {
    throw containerError('moov must hold 1..MAX_INIT_TRACKS tracks', { tracks: traks.length });
  }
  const tracks = traks.map((t) => readTrak(bytes, t));
  const trex = new Map<number, TrexDefaults>();
  const mvex = moovChildren.find((b) => b.type === 'mvex');
  if (mvex !== undefined) {
    for (const b of children(bytes, mvex)) {
      if (b.type !== 'trex') continue;
      const c = body(bytes, b);
      c.skip(4);
      const trackId = c.u32();
      c.skip(4); // default_sample_description_index
      trex.set(trackId, { duration: c.u32(), size: c.u32(), flags: c.u32() });
    }
  }
  return { majorBrand, compatibleBrands, tracks, trex };
}

/** Top-level boxes up to the first malformed one (an init segment may precede torn data). */
function listTopLevelPrefix(bytes: Uint8Array): BoxHeader[] {
  const out: BoxHeader[] = [];
  let pos = 0;
  for (;;) {
    const header = tryBoxHeader(bytes, pos, bytes.length);
    if (header === undefined) break;
    out.push(header);
    pos = header.end;
  }
  if (pos === 0 && bytes.length > 0) throw containerError('no whole box at the start of the buffer');
  return out;
}

/** Per-track state carried between fragments: where the next decode time continues. */
type NextDts = Map<number, number>;

function readTraf(
  bytes: Uint8Array,
  traf: BoxHeader,
  moof: BoxHeader,
  trex: ReadonlyMap<number, TrexDefaults> | undefined,
  nextDts: NextDts,
  out: ParsedSample[],
): void {
  const tfhd = body(bytes, requireChild(bytes, traf, 'tfhd'));
  const tfhdFlags = tfhd.u32() & 0xffffff;
  const trackId = tfhd.u32();
  const defaults = trex?.get(trackId) ?? { duration: 0, size: 0, flags: 0 };
  // tfhd optional fields, in order (§8.8.7.1).
  let baseOffset = tfhdFlags & 0x1 ? tfhd.u64() : moof.start;
  if (tfhdFlags & 0x2) tfhd.skip(4); // sample_description_index
  const defaultDuration = tfhdFlags & 0x8 ? tfhd.u32() : defaults.duration;
  const defaultSize = tfhdFlags & 0x10 ? tfhd.u32() : defaults.size;
  const defaultFlags = tfhdFlags & 0x20 ? tfhd.u32() : defaults.flags;
  const tfdtBox = child(bytes, traf, 'tfdt');
  let dts = nextDts.get(trackId) ?? 0;
  if (tfdtBox !== undefined) {
    const c = body(bytes, tfdtBox);
    const version = c.u8();
    c.skip(3);
    dts = version === 1 ? c.u64() : c.u32();
  }
  for (const trunBox of children(bytes, traf).filter((b) => b.type === 'trun')) {
    const c = body(bytes, trunBox);
    const version = c.u8();
    const flags = c.u24();
    const count = c.u32();
    const perSample = [0x100, 0x200, 0x400, 0x800].filter((f) => flags & f).length * 4;
    if (count > MAX_TRUN_SAMPLES || count * perSample > c.end - c.pos) {
      throw containerError('trun sample_count exceeds its box or MAX_TRUN_SAMPLES', { trackId, count });
    }
    let offset = flags & 0x1 ? baseOffset + c.i32() : baseOffset;
    const firstFlags = flags & 0x4 ? c.u32() : undefined;
    for (let i = 0; i < count; i++) {
      const duration = flags & 0x100 ? c.u32() : defaultDuration;
      const size = flags & 0x200 ? c.u32() : defaultSize;
      const sampleFlags = flags & 0x400 ? c.u32() : i === 0 && firstFlags !== undefined ? firstFlags : defaultFlags;
      const cts = flags & 0x800 ? (version === 0 ? c.u32() : c.i32()) : 0;
      if (offset < 0 || offset + size > bytes.length) {
        throw containerError('sample data lies outside the buffer', { trackId, offset, size });
      }
      // sample_is_non_sync_sample (§8.8.3.1) clear means a sync sample.
      out.push({ trackId, dts, pts: dts + cts, duration, size, keyframe: (sampleFlags & 0x10000) === 0, offset });
      dts += duration;
      offset += size;
    }
    // A trun without data_offset continues where the previous one ended (§8.8.8.3).
    baseOffset = offset;
  }
  nextDts.set(trackId, dts);
}

/**
 * Parses every moof in the buffer into samples with absolute byte offsets. Pass the init
 * segment's trex defaults when fragments rely on them (psvis-written ones do not).
 */
export function parseFragments(bytes: Uint8Array, trex?: ReadonlyMap<number, TrexDefaults>): ParsedFragment[] {
  const fragments: ParsedFragment[] = [];
  const nextDts: NextDts = new Map();
  for (const moof of listBoxes(bytes)) {
    if (moof.type !== 'moof') continue;
    const mfhd = body(bytes, requireChild(bytes, moof, 'mfhd'));
    mfhd.skip(4);
    const sequenceNumber = mfhd.u32();
    const samples: ParsedSample[] = [];
    for (const traf of children(bytes, moof)) {
      if (traf.type === 'traf') readTraf(bytes, traf, moof, trex, nextDts, samples);
    }
    fragments.push({ sequenceNumber, moofOffset: moof.start, samples });
  }
  return fragments;
}

/**
 * Length of the longest prefix of whole top-level boxes that ends right after a complete mdat:
 * where crash recovery truncates a torn file. 0 when no complete mdat exists.
 */
export function lastWholeFragmentEnd(bytes: Uint8Array): number {
  let pos = 0;
  let lastEnd = 0;
  for (;;) {
    // A size-0 box "to end of file" is what a torn, zero-filled tail looks like: stop there.
    const header = tryBoxHeader(bytes, pos, bytes.length, false);
    if (header === undefined) break;
    if (header.type === 'mdat') lastEnd = header.end;
    pos = header.end;
  }
  return lastEnd;
}
