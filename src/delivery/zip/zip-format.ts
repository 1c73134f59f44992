// STORE-only ZIP records (PKWARE APPNOTE 6.3.10): local file headers (§4.3.7), central
// directory headers (§4.3.12), end of central directory (§4.3.16) and the ZIP64 forms (§4.3.14,
// §4.3.15, §4.5.3) when a size or offset reaches 0xFFFFFFFF. Pure: bytes in, bytes out. MP4
// does not compress, so method 0 (stored) is all psvis writes or reads.
import { PsvisError } from '../../errors/psvis-error.ts';
import { crc32 } from './crc32.ts';

/** Record signatures (§4.3). */
export const SIG_LOCAL = 0x04034b50;
export const SIG_CENTRAL = 0x02014b50;
export const SIG_EOCD = 0x06054b50;
export const SIG_ZIP64_EOCD = 0x06064b50;
export const SIG_ZIP64_LOCATOR = 0x07064b50;
/** Fixed part of a local header; the name and extra field follow. */
export const LOCAL_HEADER_BYTES = 30;
/** Where a local header keeps its CRC-32: patched after the data has been written. */
export const LOCAL_HEADER_CRC_OFFSET = 14;
export const CENTRAL_HEADER_BYTES = 46;
export const EOCD_BYTES = 22;
export const ZIP64_EOCD_BYTES = 56;
export const ZIP64_LOCATOR_BYTES = 20;
/** Values at or above this go in ZIP64 extra fields (§4.4.8: 0xFFFFFFFF means "see ZIP64"). */
export const ZIP64_LIMIT = 0xffffffff;
/** Longest entry name psvis accepts (a header field is 16 bits). */
export const MAX_NAME_BYTES = 0xffff;
/** Version needed: 2.0 for plain stored entries, 4.5 for ZIP64 (§4.4.3.2). */
const VERSION_20 = 20;
const VERSION_45 = 45;
/** General purpose flag bit 11: names are UTF-8 (§4.4.4, Appendix D). */
const FLAG_UTF8 = 0x0800;
const ZIP64_EXTRA_ID = 0x0001;

/** One stored entry as the central directory records it. */
export interface ZipEntry {
  readonly name: string;
  readonly sizeBytes: number;
  readonly crc32: number;
  readonly modified: Date;
  /** Where its local header starts in the archive. */
  readonly localHeaderOffset: number;
}

/** A malformed or unsupported archive. */
export function zipError(message: string, details: Record<string, unknown> = {}): PsvisError {
  return new PsvisError('PSVIS_ERR_ZIP', message, details);
}

/** MS-DOS date and time (§4.4.6), in UTC so an archive reads the same everywhere. */
function dosDateTime(d: Date): { date: number; time: number } {
  const year = Math.min(Math.max(d.getUTCFullYear(), 1980), 2107);
  return {
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
  };
}

function fromDosDateTime(date: number, time: number): Date {
  return new Date(
    Date.UTC(
      1980 + (date >> 9),
      ((date >> 5) & 0xf) - 1,
      date & 0x1f,
      time >> 11,
      (time >> 5) & 0x3f,
      (time & 0x1f) * 2,
    ),
  );
}

function nameBytes(name: string): Uint8Array {
  const bytes = new TextEncoder().encode(name);
  if (bytes.length === 0 || bytes.length > MAX_NAME_BYTES) throw zipError('entry name empty or too long', { name });
  return bytes;
}

/** A local file header for a stored entry of known size; the CRC may be patched in later. */
export function localFileHeader(e: Omit<ZipEntry, 'localHeaderOffset'>): Uint8Array {
  const name = nameBytes(e.name);
  const zip64 = e.sizeBytes >= ZIP64_LIMIT;
  // §4.5.3: in a local header the ZIP64 extra holds both sizes, uncompressed first.
  const extraBytes = zip64 ? 4 + 16 : 0;
  const out = new Uint8Array(LOCAL_HEADER_BYTES + name.length + extraBytes);
  const v = new DataView(out.buffer);
  const { date, time } = dosDateTime(e.modified);
  v.setUint32(0, SIG_LOCAL, true);
  v.setUint16(4, zip64 ? VERSION_45 : VERSION_20, true);
  v.setUint16(6, FLAG_UTF8, true);
  v.setUint16(8, 0, true); // method 0: stored
  v.setUint16(10, time, true);
  v.setUint16(12, date, true);
  v.setUint32(LOCAL_HEADER_CRC_OFFSET, e.crc32, true);
  v.setUint32(18, zip64 ? ZIP64_LIMIT : e.sizeBytes, true);
  v.setUint32(22, zip64 ? ZIP64_LIMIT : e.sizeBytes, true);
  v.setUint16(26, name.length, true);
  v.setUint16(28, extraBytes, true);
  out.set(name, LOCAL_HEADER_BYTES);
  if (zip64) {
    const p = LOCAL_HEADER_BYTES + name.length;
    v.setUint16(p, ZIP64_EXTRA_ID, true);
    v.setUint16(p + 2, 16, true);
    v.setBigUint64(p + 4, BigInt(e.sizeBytes), true);
    v.setBigUint64(p + 12, BigInt(e.sizeBytes), true);
  }
  return out;
}

/** The CRC-32 field's 4 bytes, to patch into a local header written before its data. */
export function crcBytes(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value, true);
  return out;
}

function centralHeader(e: ZipEntry): Uint8Array {
  const name = nameBytes(e.name);
  const bigSize = e.sizeBytes >= ZIP64_LIMIT;
  const bigOffset = e.localHeaderOffset >= ZIP64_LIMIT;
  // §4.5.3: only the fields that overflowed appear, in the order sizes, then offset.
  const extraFields = (bigSize ? 2 : 0) + (bigOffset ? 1 : 0);
  const extraBytes = extraFields > 0 ? 4 + extraFields * 8 : 0;
  const out = new Uint8Array(CENTRAL_HEADER_BYTES + name.length + extraBytes);
  const v = new DataView(out.buffer);
  const { date, time } = dosDateTime(e.modified);
  const version = extraFields > 0 ? VERSION_45 : VERSION_20;
  v.setUint32(0, SIG_CENTRAL, true);
  v.setUint16(4, (3 << 8) | version, true); // made by: UNIX, so unzip keeps plain permissions
  v.setUint16(6, version, true);
  v.setUint16(8, FLAG_UTF8, true);
  v.setUint16(10, 0, true);
  v.setUint16(12, time, true);
  v.setUint16(14, date, true);
  v.setUint32(16, e.crc32, true);
  v.setUint32(20, bigSize ? ZIP64_LIMIT : e.sizeBytes, true);
  v.setUint32(24, bigSize ? ZIP64_LIMIT : e.sizeBytes, true);
  v.setUint16(28, name.length, true);
  v.setUint16(30, extraBytes, true);
  v.setUint32(38, (0o100644 << 16) >>> 0, true); // external attributes: regular file rw-r--r--
  v.setUint32(42, bigOffset ? ZIP64_LIMIT : e.localHeaderOffset, true);
  out.set(name, CENTRAL_HEADER_BYTES);
  if (extraFields > 0) {
    let p = CENTRAL_HEADER_BYTES + name.length;
    v.setUint16(p, ZIP64_EXTRA_ID, true);
    v.setUint16(p + 2, extraFields * 8, true);
    p += 4;
    if (bigSize) {
      v.setBigUint64(p, BigInt(e.sizeBytes), true);
      v.setBigUint64(p + 8, BigInt(e.sizeBytes), true);
      p += 16;
    }
    if (bigOffset) v.setBigUint64(p, BigInt(e.localHeaderOffset), true);
  }
  return out;
}

/** Central directory, ZIP64 end records when needed, and the end of central directory record. */
export function centralDirectory(entries: readonly ZipEntry[], offsetBytes: number): Uint8Array {
  const headers = entries.map(centralHeader);
  const cdBytes = headers.reduce((n, h) => n + h.length, 0);
  const zip64 = entries.length >= 0xffff || cdBytes >= ZIP64_LIMIT || offsetBytes >= ZIP64_LIMIT;
  const out = new Uint8Array(cdBytes + (zip64 ? ZIP64_EOCD_BYTES + ZIP64_LOCATOR_BYTES : 0) + EOCD_BYTES);
  const v = new DataView(out.buffer);
  let p = 0;
  for (const h of headers) {
    out.set(h, p);
    p += h.length;
  }
  if (zip64) {
    const zip64EocdOffset = offsetBytes + cdBytes;
    v.setUint32(p, SIG_ZIP64_EOCD, true);
    v.setBigUint64(p + 4, BigInt(ZIP64_EOCD_BYTES - 12), true);
    v.setUint16(p + 12, (3 << 8) | VERSION_45, true);
    v.setUint16(p + 14, VERSION_45, true);
    v.setBigUint64(p + 24, BigInt(entries.length), true);
    v.setBigUint64(p + 32, BigInt(entries.length), true);
    v.setBigUint64(p + 40, BigInt(cdBytes), true);
    v.setBigUint64(p + 48, BigInt(offsetBytes), true);
    p += ZIP64_EOCD_BYTES;
    v.setUint32(p, SIG_ZIP64_LOCATOR, true);
    v.setBigUint64(p + 8, BigInt(zip64EocdOffset), true);
    v.setUint32(p + 16, 1, true);
    p += ZIP64_LOCATOR_BYTES;
  }
  v.setUint32(p, SIG_EOCD, true);
  v.setUint16(p + 8, zip64 ? 0xffff : entries.length, true);
  v.setUint16(p + 10, zip64 ? 0xffff : entries.length, true);
  v.setUint32(p + 12, zip64 ? ZIP64_LIMIT : cdBytes, true);
  v.setUint32(p + 16, zip64 ? ZIP64_LIMIT : offsetBytes, true);
  return out;
}

/** A whole archive in memory, for small packages and tests; large entries go through `ZipFileWriter`. */
export function buildZip(files: readonly { name: string; data: Uint8Array; modified: Date }[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const entries: ZipEntry[] = [];
  let offset = 0;
  for (const f of files) {
    const entry: ZipEntry = {
      name: f.name,
      sizeBytes: f.data.length,
      crc32: crc32(f.data),
      modified: f.modified,
      localHeaderOffset: offset,
    };
    const header = localFileHeader(entry);
    parts.push(header, f.data);
    offset += header.length + f.data.length;
    entries.push(entry);
  }
  parts.push(centralDirectory(entries, offset));
  const all = Buffer.concat(parts);
  return new Uint8Array(all.buffer, all.byteOffset, all.length);
}

/** Where the end records say the central directory is. */
export interface ZipDirectoryLocation {
  readonly entries: number;
  readonly offsetBytes: number;
  readonly sizeBytes: number;
  /** When the archive is ZIP64: where its ZIP64 end record is, to be read and passed to `parseZip64End`. */
  readonly zip64EndOffset: number | null;
}

/** Finds the end of central directory record in the archive's last bytes (`tail` ends at the archive's end). */
export function parseEnd(tail: Uint8Array): ZipDirectoryLocation {
  const v = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  // Scan backwards: a comment of up to 65535 bytes may follow the record (§4.3.16).
  for (let p = tail.length - EOCD_BYTES; p >= 0 && p >= tail.length - EOCD_BYTES - 0xffff; p--) {
    if (v.getUint32(p, true) !== SIG_EOCD) continue;
    if (p + EOCD_BYTES + v.getUint16(p + 20, true) !== tail.length) continue;
    const locator = p - ZIP64_LOCATOR_BYTES;
    const zip64EndOffset =
      locator >= 0 && v.getUint32(locator, true) === SIG_ZIP64_LOCATOR
        ? Number(v.getBigUint64(locator + 8, true))
        : null;
    return {
      entries: v.getUint16(p + 10, true),
      sizeBytes: v.getUint32(p + 12, true),
      offsetBytes: v.getUint32(p + 16, true),
      zip64EndOffset,
    };
  }
  throw zipError('no end of central directory record: not a zip file, or truncated');
}

/** Reads the ZIP64 end of central directory record (§4.3.14). */
export function parseZip64End(bytes: Uint8Array): ZipDirectoryLocation {
  if (bytes.length < ZIP64_EOCD_BYTES) throw zipError('truncated ZIP64 end record');
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (v.getUint32(0, true) !== SIG_ZIP64_EOCD) throw zipError('bad ZIP64 end record signature');
  return {
    entries: safe(v.getBigUint64(24, true)),
    sizeBytes: safe(v.getBigUint64(40, true)),
    offsetBytes: safe(v.getBigUint64(48, true)),
    zip64EndOffset: null,
  };
}

function safe(n: bigint): number {
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw zipError('64-bit zip field beyond 2^53');
  return Number(n);
}

/** Parses the central directory; refuses compressed, encrypted or out-of-bounds entries. */
export function parseCentralDirectory(bytes: Uint8Array, expectedEntries: number, archiveBytes: number): ZipEntry[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: ZipEntry[] = [];
  let p = 0;
  while (out.length < expectedEntries) {
    if (p + CENTRAL_HEADER_BYTES > bytes.length || v.getUint32(p, true) !== SIG_CENTRAL) {
      throw zipError('central directory entry missing or malformed', { index: out.length });
    }
    const flags = v.getUint16(p + 8, true);
    const method = v.getUint16(p + 10, true);
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    const end = p + CENTRAL_HEADER_BYTES + nameLen + extraLen + commentLen;
    if (end > bytes.length) throw zipError('central directory entry runs past the directory', { index: out.length });
    const name = new TextDecoder('utf-8', { fatal: false }).decode(
      bytes.subarray(p + CENTRAL_HEADER_BYTES, p + CENTRAL_HEADER_BYTES + nameLen),
    );
    if ((flags & 0x1) !== 0) throw zipError('encrypted entries are not supported', { name });
    if (method !== 0) throw zipError('only stored (uncompressed) entries are supported', { name, method });
    let sizeBytes = v.getUint32(p + 24, true);
    const compressed = v.getUint32(p + 20, true);
    let localHeaderOffset = v.getUint32(p + 42, true);
    // ZIP64 extra: present fields follow the order of the 0xFFFFFFFF placeholders (§4.5.3).
    let e = p + CENTRAL_HEADER_BYTES + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = v.getUint16(e, true);
      const len = v.getUint16(e + 2, true);
      if (id === ZIP64_EXTRA_ID) {
        let q = e + 4;
        const take = (): number => {
          if (q + 8 > e + 4 + len) throw zipError('short ZIP64 extra field', { name });
          const n = safe(v.getBigUint64(q, true));
          q += 8;
          return n;
        };
        if (sizeBytes === ZIP64_LIMIT) sizeBytes = take();
        if (compressed === ZIP64_LIMIT) take();
        if (localHeaderOffset === ZIP64_LIMIT) localHeaderOffset = take();
      }
      e += 4 + len;
    }
    if (localHeaderOffset + LOCAL_HEADER_BYTES + sizeBytes > archiveBytes) {
      throw zipError('entry lies outside the archive', { name });
    }
    const date = v.getUint16(p + 14, true);
    const time = v.getUint16(p + 12, true);
    out.push({
      name,
      sizeBytes,
      crc32: v.getUint32(p + 16, true),
      modified: fromDosDateTime(date, time),
      localHeaderOffset,
    });
    p = end;
  }
  return out;
}

/** Offset of an entry's data from its local header's fixed part (§4.3.7: the local name and extra may differ from the central ones). */
export function localDataOffset(entry: ZipEntry, localFixed: Uint8Array): number {
  const v = new DataView(localFixed.buffer, localFixed.byteOffset, localFixed.byteLength);
  if (localFixed.length < LOCAL_HEADER_BYTES || v.getUint32(0, true) !== SIG_LOCAL) {
    throw zipError('bad local header', { name: entry.name });
  }
  return entry.localHeaderOffset + LOCAL_HEADER_BYTES + v.getUint16(26, true) + v.getUint16(28, true);
}
