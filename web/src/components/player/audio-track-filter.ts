// Recorded files keep the camera's audio as it came, and Chinese cameras mostly send G.711
// (ISO BMFF sample entries 'alaw'/'ulaw'), which browsers' Media Source Extensions do not decode:
// hls.js would ask for a SourceBuffer of "alaw,avc1…" and fail, losing the picture too. This hides
// such an audio track in an init segment by changing its handler from 'soun' to 'meta'
// (ISO/IEC 14496-12 §8.4.3): hls.js then sees a video-only stream, and the browser's MP4 parser
// keeps the track known (so the media segments' 'traf' for it stay valid) but plays none of it.
// Removing the 'trak' instead does not work: Chromium rejects a 'traf' of an undeclared track.
// Pure: bytes in, bytes out; the input is never changed.

interface Box {
  type: string;
  start: number;
  /** Where the payload starts (after size, type and any 64-bit size). */
  payload: number;
  end: number;
}

/** What was hidden, for the player to say "audio not played (alaw)". */
export interface AudioFilterResult {
  data: Uint8Array;
  /** Sample entry type of the hidden audio track ('alaw'…), or null when nothing was changed. */
  omitted: string | null;
}

/** Bounds the boxes read from one container, so damaged input cannot loop for long. */
const MAX_BOXES = 256;
/** Audio sample entries MSE decodes without asking (AAC); others are asked about by name. */
const KNOWN_PLAYABLE_AUDIO = new Set(['mp4a']);
/** The handler a hidden track gets: timed metadata, which players do not render. */
const HIDDEN_HANDLER = new Uint8Array([0x6d, 0x65, 0x74, 0x61]); // 'meta'

const fourcc = (b: Uint8Array, at: number) =>
  String.fromCharCode(b[at] ?? 0, b[at + 1] ?? 0, b[at + 2] ?? 0, b[at + 3] ?? 0);
const u32 = (b: Uint8Array, at: number) => new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(at);

/** The boxes directly inside [start, end); stops at the first box that does not fit. */
function boxes(b: Uint8Array, start: number, end: number): Box[] {
  const out: Box[] = [];
  let at = start;
  while (at + 8 <= end && out.length < MAX_BOXES) {
    let size = u32(b, at);
    let payload = at + 8;
    if (size === 1) {
      if (at + 16 > end) break;
      size = u32(b, at + 8) * 2 ** 32 + u32(b, at + 12);
      payload = at + 16;
    } else if (size === 0) {
      size = end - at;
    }
    if (size < payload - at || at + size > end) break;
    out.push({ type: fourcc(b, at + 4), start: at, payload, end: at + size });
    at += size;
  }
  return out;
}

const child = (b: Uint8Array, box: Box | undefined, type: string) =>
  box === undefined ? undefined : boxes(b, box.payload, box.end).find((x) => x.type === type);

/** A track's 'hdlr' box, its handler type ('soun', 'vide'…) and its first sample entry type. */
function trackKind(b: Uint8Array, trak: Box): { hdlr: Box; handler: string; entry: string } | null {
  const mdia = child(b, trak, 'mdia');
  const hdlr = child(b, mdia, 'hdlr');
  const stsd = child(b, child(b, child(b, mdia, 'minf'), 'stbl'), 'stsd');
  if (hdlr === undefined || stsd === undefined || hdlr.payload + 12 > hdlr.end || stsd.payload + 16 > stsd.end)
    return null;
  // hdlr: version/flags, pre_defined, handler_type; stsd: version/flags, entry_count, first entry.
  return { hdlr, handler: fourcc(b, hdlr.payload + 8), entry: fourcc(b, stsd.payload + 12) };
}

/**
 * Hides the audio track of an init segment when `isPlayable(entry)` says the browser cannot decode
 * it; anything unexpected (no moov, several audio tracks, damaged boxes) returns the input as is.
 */
export function withoutUnplayableAudio(
  init: Uint8Array,
  isPlayable: (sampleEntry: string) => boolean,
): AudioFilterResult {
  const unchanged = { data: init, omitted: null };
  const moov = boxes(init, 0, init.length).find((x) => x.type === 'moov');
  if (moov === undefined) return unchanged;
  const audio = boxes(init, moov.payload, moov.end).flatMap((box) => {
    if (box.type !== 'trak') return [];
    const kind = trackKind(init, box);
    return kind?.handler === 'soun' ? [kind] : [];
  });
  const hidden = audio.length === 1 ? audio[0] : undefined;
  if (hidden === undefined || KNOWN_PLAYABLE_AUDIO.has(hidden.entry) || isPlayable(hidden.entry)) return unchanged;
  const out = init.slice();
  out.set(HIDDEN_HANDLER, hidden.hdlr.payload + 8);
  return { data: out, omitted: hidden.entry };
}
