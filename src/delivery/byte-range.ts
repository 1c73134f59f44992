// HTTP Range requests (RFC 9110 §14): one byte range of a recorded file, so HLS players fetch
// each segment's bytes straight from the file.
import { PsvisError } from '../errors/psvis-error.ts';

/** An inclusive byte range [start, end] of a resource of `sizeBytes`. */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Parses a Range header against a resource size. Returns null to send the whole resource (no
 * header, another unit, or several ranges: §14.2 lets a server ignore Range); throws
 * PSVIS_ERR_RANGE_NOT_SATISFIABLE (416) when no byte of the range exists (§15.5.17).
 */
export function parseByteRange(header: string | undefined, sizeBytes: number): ByteRange | null {
  if (header === undefined) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (m === null) return null;
  const [, a = '', b = ''] = m;
  let start: number;
  let end: number;
  if (a === '') {
    if (b === '') return null;
    // Suffix range: the last N bytes (§14.1.2).
    const n = Number(b);
    start = Math.max(0, sizeBytes - n);
    end = sizeBytes - 1;
    if (n === 0) start = sizeBytes;
  } else {
    start = Number(a);
    end = b === '' ? sizeBytes - 1 : Math.min(Number(b), sizeBytes - 1);
    if (b !== '' && Number(b) < start) return null; // invalid per §14.1.1: ignore the header
  }
  if (start >= sizeBytes || end < start) {
    throw new PsvisError(
      'PSVIS_ERR_RANGE_NOT_SATISFIABLE',
      `range ${header} lies outside the ${sizeBytes}-byte file`,
      { sizeBytes },
      416,
    );
  }
  return { start, end };
}
