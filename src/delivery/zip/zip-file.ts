// Thin file adapters around the pure ZIP records: a writer that streams stored entries of known
// size to a file (CRC patched into the local header afterwards, so nothing is buffered) and a
// reader that checks each entry's CRC-32 while streaming it out.
import type { FileHandle } from 'node:fs/promises';
import { crc32 } from './crc32.ts';
import {
  EOCD_BYTES,
  LOCAL_HEADER_BYTES,
  LOCAL_HEADER_CRC_OFFSET,
  ZIP64_EOCD_BYTES,
  ZIP64_LOCATOR_BYTES,
  centralDirectory,
  crcBytes,
  localDataOffset,
  localFileHeader,
  parseCentralDirectory,
  parseEnd,
  parseZip64End,
  zipError,
  type ZipEntry,
} from './zip-format.ts';

/** Bytes a reader can fetch by position: a file, or a buffer in tests. */
export interface RandomAccess {
  readonly sizeBytes: number;
  read(positionBytes: number, lengthBytes: number): Promise<Uint8Array>;
}

/** Random access over a buffer. */
export function bufferAccess(bytes: Uint8Array): RandomAccess {
  return {
    sizeBytes: bytes.length,
    read: (pos, len) => Promise.resolve(bytes.subarray(pos, Math.min(bytes.length, pos + len))),
  };
}

/** Random access over an open file. */
export async function fileAccess(fh: FileHandle): Promise<RandomAccess> {
  const { size } = await fh.stat();
  return {
    sizeBytes: size,
    async read(pos, len) {
      const buf = Buffer.alloc(Math.max(0, Math.min(len, size - pos)));
      let done = 0;
      while (done < buf.length) {
        const { bytesRead } = await fh.read(buf, done, buf.length - done, pos + done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      return buf.subarray(0, done);
    },
  };
}

/** Where a zip is written: positioned writes, as fs/promises' FileHandle has (tests inject failures). */
export interface ZipOutput {
  write(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
}

/** Streams stored entries into a file: `begin`, `write`…, `end` per entry, then `finish`. */
export class ZipFileWriter {
  private readonly entries: ZipEntry[] = [];
  private offsetBytes = 0;
  private open: { entry: Omit<ZipEntry, 'crc32'>; crc: number; written: number } | null = null;

  constructor(private readonly fh: ZipOutput) {}

  /** Bytes written so far. */
  get bytesWritten(): number {
    return this.offsetBytes;
  }

  /** Starts an entry whose size is known up front (the local header is final but for its CRC). */
  async begin(name: string, sizeBytes: number, modified: Date): Promise<void> {
    if (this.open !== null) throw zipError('previous entry not ended', { name });
    const entry = { name, sizeBytes, modified, localHeaderOffset: this.offsetBytes };
    await this.put(localFileHeader({ ...entry, crc32: 0 }));
    this.open = { entry, crc: 0, written: 0 };
  }

  /** Appends data to the open entry. */
  async write(data: Uint8Array): Promise<void> {
    const o = this.open;
    if (o === null) throw zipError('no entry open');
    if (o.written + data.length > o.entry.sizeBytes)
      throw zipError('entry longer than declared', { name: o.entry.name });
    o.crc = crc32(data, o.crc);
    o.written += data.length;
    await this.put(data);
  }

  /** Ends the open entry and patches its CRC-32 into its local header. */
  async end(): Promise<void> {
    const o = this.open;
    if (o === null) throw zipError('no entry open');
    if (o.written !== o.entry.sizeBytes) {
      throw zipError('entry shorter than declared', { name: o.entry.name, written: o.written });
    }
    await this.fh.write(crcBytes(o.crc), 0, 4, o.entry.localHeaderOffset + LOCAL_HEADER_CRC_OFFSET);
    this.entries.push({ ...o.entry, crc32: o.crc });
    this.open = null;
  }

  /** Writes a small entry whole. */
  async add(name: string, data: Uint8Array, modified: Date): Promise<void> {
    await this.begin(name, data.length, modified);
    await this.write(data);
    await this.end();
  }

  /** Writes the central directory and end records. */
  async finish(): Promise<void> {
    if (this.open !== null) throw zipError('entry not ended', { name: this.open.entry.name });
    await this.put(centralDirectory(this.entries, this.offsetBytes));
  }

  private async put(data: Uint8Array): Promise<void> {
    let done = 0;
    while (done < data.length) {
      const { bytesWritten } = await this.fh.write(data, done, data.length - done, this.offsetBytes + done);
      done += bytesWritten;
    }
    this.offsetBytes += data.length;
  }
}

/** Chunk size for streaming entries out. */
export const ZIP_READ_CHUNK_BYTES = 1024 * 1024;
/** Longest tail that can hold the end records: EOCD with a maximal comment, plus the ZIP64 locator. */
const MAX_TAIL_BYTES = EOCD_BYTES + 0xffff + ZIP64_LOCATOR_BYTES;

/** An archive opened for reading. */
export interface ZipReader {
  readonly entries: readonly ZipEntry[];
  /** Streams one entry's bytes to `onChunk`; throws PSVIS_ERR_ZIP when its CRC-32 does not match. */
  stream(entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): Promise<void>;
  /** One entry whole (for small entries). */
  readAll(entry: ZipEntry): Promise<Uint8Array>;
}

/** Reads the central directory of an archive. */
export async function openZip(src: RandomAccess): Promise<ZipReader> {
  const tailBytes = Math.min(src.sizeBytes, MAX_TAIL_BYTES);
  let loc = parseEnd(await src.read(src.sizeBytes - tailBytes, tailBytes));
  if (loc.zip64EndOffset !== null) loc = parseZip64End(await src.read(loc.zip64EndOffset, ZIP64_EOCD_BYTES));
  if (loc.offsetBytes + loc.sizeBytes > src.sizeBytes) throw zipError('central directory lies outside the archive');
  const entries = parseCentralDirectory(await src.read(loc.offsetBytes, loc.sizeBytes), loc.entries, src.sizeBytes);
  const stream = async (entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): Promise<void> => {
    const start = localDataOffset(entry, await src.read(entry.localHeaderOffset, LOCAL_HEADER_BYTES));
    if (start + entry.sizeBytes > src.sizeBytes)
      throw zipError('entry data runs past the archive', { name: entry.name });
    let crc = 0;
    for (let pos = 0; pos < entry.sizeBytes; pos += ZIP_READ_CHUNK_BYTES) {
      const chunk = await src.read(start + pos, Math.min(ZIP_READ_CHUNK_BYTES, entry.sizeBytes - pos));
      crc = crc32(chunk, crc);
      onChunk(chunk);
    }
    if (crc !== entry.crc32)
      throw zipError(`${entry.name}: CRC-32 does not match the archive's directory`, { name: entry.name });
  };
  return {
    entries,
    stream,
    async readAll(entry) {
      const parts: Uint8Array[] = [];
      await stream(entry, (c) => parts.push(Uint8Array.from(c)));
      const all = Buffer.concat(parts);
      return new Uint8Array(all.buffer, all.byteOffset, all.length);
    },
  };
}
