import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAudioSpecificConfig } from '../src/media/aac.ts';
import { buildInitSegment } from '../src/media/fmp4/init-segment.ts';
import { listBoxes } from '../src/media/fmp4/reader.ts';
import type { TrackInfo } from '../src/media/types.ts';
import { withoutUnplayableAudio } from '../web/src/components/player/audio-track-filter.ts';

// The console hides a recorded file's G.711 track from the browser (MSE cannot decode alaw/ulaw,
// and asking for it loses the picture too) by turning its handler from 'soun' to 'meta'
// (ISO/IEC 14496-12 §8.4.3). Init segments here come from psvis's own muxer, as recordings do.

const b64 = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'base64'));
// Sony SNC-WR630 SPS/PPS (gortsplib pkg/sdp test "sony_snc_wr630"), 1920x1080 High@4.0.
const H264: TrackInfo = {
  codec: 'h264',
  clockRate: 90000,
  parameterSets: [b64('Z2QAKKwa0A8ARPy4CIAAAAMAgAAADLWgAtwAHJ173CPFCKg='), b64('KO4ESSJAAAAAAAAAAA==')],
};
const AAC: TrackInfo = {
  codec: 'aac',
  clockRate: 48000,
  audioSpecificConfig: buildAudioSpecificConfig({ objectType: 2, samplingFrequency: 48000, channelConfiguration: 2 }),
  channels: 2,
};
const PCMA: TrackInfo = { codec: 'pcma', clockRate: 8000, channels: 1 };
const PCMU: TrackInfo = { codec: 'pcmu', clockRate: 8000 };
const nothingPlayable = () => false;

/** Every 'hdlr' handler type in the init segment, in track order. */
function handlers(init: Uint8Array): string[] {
  const text = Buffer.from(init).toString('latin1');
  const out: string[] = [];
  for (let i = text.indexOf('hdlr'); i >= 0; i = text.indexOf('hdlr', i + 4)) out.push(text.slice(i + 12, i + 16));
  return out;
}

describe('withoutUnplayableAudio (console player, recorded G.711)', () => {
  it.each([
    ['alaw', PCMA],
    ['ulaw', PCMU],
  ])('hides a %s track behind H.264: only its handler changes, the input is untouched', (entry, audio) => {
    const init = buildInitSegment([H264, audio]);
    const before = init.slice();
    const r = withoutUnplayableAudio(init, nothingPlayable);
    expect(r.omitted).toBe(entry);
    expect(init).toEqual(before);
    expect(handlers(init)).toEqual(['vide', 'soun']);
    expect(handlers(r.data)).toEqual(['vide', 'meta']);
    expect(r.data.length).toBe(init.length);
    const changed = [...r.data.keys()].filter((i) => r.data[i] !== init[i]);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThanOrEqual(4);
    // Still a well-formed file: the same top-level boxes.
    expect(listBoxes(r.data).map((b) => b.type)).toEqual(listBoxes(init).map((b) => b.type));
  });

  it('leaves AAC, a G.711 the browser says it plays, and video alone as they are', () => {
    for (const [tracks, playable] of [
      [[H264, AAC], nothingPlayable],
      [[H264, PCMA], (e: string) => e === 'alaw'],
      [[H264], nothingPlayable],
    ] as const) {
      const init = buildInitSegment([...tracks]);
      const r = withoutUnplayableAudio(init, playable);
      expect(r.omitted).toBeNull();
      expect(r.data).toBe(init);
    }
  });

  it('never throws and never changes its input on arbitrary or truncated bytes', () => {
    const real = buildInitSegment([H264, PCMA]);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 600 }),
          fc.nat(real.length).map((n) => real.slice(0, n)),
        ),
        (bytes) => {
          const copy = bytes.slice();
          const r = withoutUnplayableAudio(bytes, nothingPlayable);
          expect(bytes).toEqual(copy);
          expect(r.data.length).toBe(bytes.length);
        },
      ),
    );
  });
});
