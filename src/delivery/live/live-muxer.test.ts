import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAudioSpecificConfig } from '../../media/aac.ts';
import { parseFragments, parseInitSegment } from '../../media/fmp4/reader.ts';
import type { MediaFrame, TrackInfo } from '../../media/types.ts';
import { encodeTestH264, h264Frames } from '../../recording/test-media.ts';
import { LiveFmp4Muxer, mseCodecString, type LiveFragment, type LiveInit } from './live-muxer.ts';

const media = h264Frames(encodeTestH264({ seconds: 4, gop: 25, width: 320, height: 240 }));

function frame(i: number): MediaFrame {
  const f = media.frames[i];
  if (f === undefined) throw new Error(`no frame ${i}`);
  return f;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  return Uint8Array.from(Buffer.concat(parts));
}

describe('the live fMP4 muxer', () => {
  it('starts at a keyframe with an init segment and turns every frame into one fragment ffprobe reads', () => {
    const muxer = new LiveFmp4Muxer();
    muxer.setTracks([media.track]);
    // Start mid-GOP: the frames before the next keyframe give nothing.
    const outs = media.frames.slice(10).flatMap((f, i) => muxer.push(f, 1_000 + i * 40));
    const init = outs[0] as LiveInit;
    expect(init.kind).toBe('init');
    expect(init.mimeType).toMatch(/^video\/mp4; codecs="avc1\.[0-9a-f]{6}"$/);
    const fragments = outs.slice(1) as LiveFragment[];
    expect(fragments).toHaveLength(media.frames.length - 25);
    expect(fragments[0]?.keyframe).toBe(true);
    expect(fragments[0]?.decodeTimeS).toBe(0);
    const file = concat([init.init, ...fragments.flatMap((f) => f.chunks)]);
    expect(parseFragments(file.subarray(init.init.length)).length).toBe(fragments.length);
    const dir = mkdtempSync(join(tmpdir(), 'psvis-live-'));
    try {
      writeFileSync(join(dir, 'live.mp4'), file);
      const probe = JSON.parse(
        execFileSync(
          'ffprobe',
          ['-v', 'error', '-count_frames', '-show_streams', '-of', 'json', join(dir, 'live.mp4')],
          { encoding: 'utf8' },
        ),
      ) as { streams: { codec_name: string; nb_read_frames: string; width: number }[] };
      expect(probe.streams[0]).toMatchObject({ codec_name: 'h264', width: 320 });
      expect(Number(probe.streams[0]?.nb_read_frames)).toBe(fragments.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves G.711 out of the init segment and says why', () => {
    const muxer = new LiveFmp4Muxer();
    muxer.setTracks([media.track, { codec: 'pcma', clockRate: 8000, channels: 1 }]);
    const outs = muxer.push(frame(0), 0);
    const init = outs[0] as LiveInit;
    expect(parseInitSegment(init.init).tracks).toHaveLength(1);
    expect(init.omitted).toEqual([{ codec: 'pcma', reason: expect.stringMatching(/G\.711.*MSE/) as string }]);
    expect(muxer.push({ codec: 'pcma', pts: 0, dts: 0, keyframe: true, units: [new Uint8Array(160)] }, 0)).toEqual([]);
  });

  it('places AAC on the video timeline by arrival time and names it mp4a.40.2', () => {
    const asc = buildAudioSpecificConfig({ objectType: 2, samplingFrequency: 16000, channelConfiguration: 1 });
    const aac: TrackInfo = { codec: 'aac', clockRate: 16000, audioSpecificConfig: asc, channels: 1 };
    expect(mseCodecString(aac)).toBe('mp4a.40.2');
    const muxer = new LiveFmp4Muxer();
    muxer.setTracks([media.track, aac]);
    muxer.push(frame(0), 10_000);
    // Audio arriving 500 ms after the keyframe starts at 0.5 s, whatever its RTP clock says.
    const [audio] = muxer.push(
      { codec: 'aac', pts: 123_456, dts: 123_456, keyframe: true, units: [new Uint8Array(50)] },
      10_500,
    );
    expect((audio as LiveFragment).decodeTimeS).toBeCloseTo(0.5, 3);
    expect((audio as LiveFragment).keyframe).toBe(false);
  });

  it('continues the timeline after a track change, with a new init at the next keyframe', () => {
    const muxer = new LiveFmp4Muxer();
    muxer.setTracks([media.track]);
    const first = media.frames.slice(0, 25).flatMap((f) => muxer.push(f, 0));
    const lastEnd = (first.at(-1) as LiveFragment).decodeTimeS + (first.at(-1) as LiveFragment).durationS;
    muxer.setTracks([{ ...media.track }]);
    const again = muxer.push(frame(25), 0);
    expect(again.map((o) => o.kind)).toEqual(['init', 'fragment']);
    expect((again[1] as LiveFragment).decodeTimeS).toBeCloseTo(lastEnd, 6);
  });
});
