import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { PsvisError } from '../errors/psvis-error.ts';
import {
  AAC_SAMPLING_FREQUENCIES,
  adtsToAudioSpecificConfig,
  buildAdtsHeader,
  buildAudioSpecificConfig,
  parseAdtsHeader,
  parseAudioSpecificConfig,
  splitAdts,
} from './aac.ts';

const dir = mkdtempSync(join(tmpdir(), 'psvis-aac-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'hex'));

describe('AudioSpecificConfig (ISO 14496-3 §1.6.2.1)', () => {
  it('parses the config= a Hikvision camera sends (HIK Media Server V3.5.43, gortsplib issue #88)', () => {
    // a=fmtp:104 ... mode=AAC-hbr;config=1190 — AAC LC, 48 kHz, stereo.
    expect(parseAudioSpecificConfig(hex('1190'))).toEqual({
      objectType: 2,
      samplingFrequency: 48000,
      channelConfiguration: 2,
    });
  });

  it('parses configs quoted in gortsplib SDP tests (VLC 3.0.11: 1388; live reporter app: 118856E500)', () => {
    expect(parseAudioSpecificConfig(hex('1388'))).toMatchObject({
      objectType: 2,
      samplingFrequency: 22050,
      channelConfiguration: 1,
    });
    // Backward-compatible SBR signalling after the GASpecificConfig is ignored: the core is LC 48 kHz mono.
    expect(parseAudioSpecificConfig(hex('118856e500'))).toMatchObject({ objectType: 2, samplingFrequency: 48000 });
  });

  it('parses explicit SBR (HE-AAC, object type 5) with its extension frequency', () => {
    // 00101 (SBR) 0110 (24 kHz) 0010 (stereo) 0011 (ext 48 kHz) 00010 (LC)
    const bits = '00101' + '0110' + '0010' + '0011' + '00010';
    const bytes = Uint8Array.from(
      Buffer.from(
        BigInt('0b' + bits.padEnd(24, '0'))
          .toString(16)
          .padStart(6, '0'),
        'hex',
      ),
    );
    expect(parseAudioSpecificConfig(bytes)).toEqual({
      objectType: 2,
      samplingFrequency: 24000,
      channelConfiguration: 2,
      extensionSamplingFrequency: 48000,
    });
  });

  it('builds the 2-byte configs of Table 1.18 frequencies and 5-byte ones for explicit frequencies', () => {
    expect(
      Buffer.from(
        buildAudioSpecificConfig({ objectType: 2, samplingFrequency: 48000, channelConfiguration: 2 }),
      ).toString('hex'),
    ).toBe('1190');
    expect(
      Buffer.from(
        buildAudioSpecificConfig({ objectType: 2, samplingFrequency: 8000, channelConfiguration: 1 }),
      ).toString('hex'),
    ).toBe('1588');
    expect(buildAudioSpecificConfig({ objectType: 2, samplingFrequency: 9600, channelConfiguration: 1 })).toHaveLength(
      5,
    );
  });

  it('round-trips any object type, frequency and channel configuration', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 95 }).filter((t) => t !== 5 && t !== 29 && t !== 31),
        fc.oneof(fc.constantFrom(...AAC_SAMPLING_FREQUENCIES), fc.integer({ min: 1, max: 2 ** 24 - 1 })),
        fc.integer({ min: 0, max: 15 }),
        (objectType, samplingFrequency, channelConfiguration) => {
          const config = { objectType, samplingFrequency, channelConfiguration };
          expect(parseAudioSpecificConfig(buildAudioSpecificConfig(config))).toEqual(config);
        },
      ),
    );
  });

  it('refuses values it cannot encode', () => {
    expect(() =>
      buildAudioSpecificConfig({ objectType: 0, samplingFrequency: 48000, channelConfiguration: 2 }),
    ).toThrow(PsvisError);
    expect(() =>
      buildAudioSpecificConfig({ objectType: 2, samplingFrequency: 2 ** 24, channelConfiguration: 2 }),
    ).toThrow(PsvisError);
    expect(() =>
      buildAudioSpecificConfig({ objectType: 2, samplingFrequency: 8000, channelConfiguration: 16 }),
    ).toThrow(PsvisError);
  });

  it('throws nothing but PsvisError on any input', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 8 }), (bytes) => {
        try {
          parseAudioSpecificConfig(bytes);
        } catch (err) {
          expect(err).toBeInstanceOf(PsvisError);
        }
      }),
    );
  });
});

describe('ADTS (ISO 14496-3 §1.A.2.2) against ffmpeg 5.1', () => {
  for (const [rate, channels] of [
    [48000, 2],
    [16000, 1],
    [8000, 1],
  ] as const) {
    it(`splits ffmpeg's ${rate} Hz ${channels}-channel ADTS into as many frames as ffprobe counts`, () => {
      const file = join(dir, `sine-${rate}-${channels}.aac`);
      const res = spawnSync('ffmpeg', [
        ...['-v', 'error', '-y', '-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=${rate}:duration=1`],
        ...['-ac', String(channels), '-c:a', 'aac', '-f', 'adts', file],
      ]);
      expect(res.status, res.stderr.toString()).toBe(0);
      const bytes = new Uint8Array(readFileSync(file));
      const before = bytes.slice();
      const { frames, consumedBytes } = splitAdts(bytes);
      expect(bytes).toEqual(before);
      expect(consumedBytes).toBe(bytes.length);
      const probe = spawnSync('ffprobe', [
        '-v',
        'error',
        '-count_packets',
        '-show_entries',
        'stream=nb_read_packets',
        '-of',
        'csv=p=0',
        file,
      ]);
      expect(frames).toHaveLength(Number(probe.stdout.toString().trim()));
      const first = frames[0];
      if (first === undefined) throw new Error('no frames');
      expect(first.header).toMatchObject({
        objectType: 2,
        samplingFrequency: rate,
        channelConfiguration: channels,
        headerBytes: 7,
      });
      const asc = adtsToAudioSpecificConfig(first.header);
      expect(parseAudioSpecificConfig(asc)).toEqual({
        objectType: 2,
        samplingFrequency: rate,
        channelConfiguration: channels,
      });
      // A rebuilt header parses to the same fields for every frame (round trip).
      for (const f of frames) {
        const rebuilt = buildAdtsHeader(parseAudioSpecificConfig(asc), f.payload.length);
        expect(parseAdtsHeader(rebuilt)).toMatchObject({ ...f.header, headerBytes: 7 });
      }
    });
  }

  it('keeps a partial trailing frame for the next chunk', () => {
    const header = buildAdtsHeader({ objectType: 2, samplingFrequency: 44100, channelConfiguration: 2 }, 10);
    const frame = Uint8Array.from([...header, ...new Uint8Array(10).fill(7)]);
    const twoAndAHalf = Uint8Array.from([...frame, ...frame, ...frame.subarray(0, 9)]);
    const { frames, consumedBytes } = splitAdts(twoAndAHalf);
    expect(frames).toHaveLength(2);
    expect(consumedBytes).toBe(2 * frame.length);
    expect(Array.from(frames[1]?.payload ?? [])).toEqual(new Array<number>(10).fill(7));
  });

  it('throws PSVIS_ERR_MEDIA_BITSTREAM without a syncword, and nothing but PsvisError on garbage', () => {
    expect(() => parseAdtsHeader(new Uint8Array(7))).toThrow(PsvisError);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const withSync = Uint8Array.from([0xff, 0xf1, ...bytes]);
        try {
          const { consumedBytes } = splitAdts(withSync);
          expect(consumedBytes).toBeLessThanOrEqual(withSync.length);
        } catch (err) {
          expect(err).toBeInstanceOf(PsvisError);
        }
      }),
    );
  });
});
