// Completing a track from parameter sets, with the SPS/PPS/VPS of the committed fixture clips
// (fixtures/README.md: ffmpeg libx264 1280x720 Main, libx265 1280x720 Main).
import { describe, expect, it } from 'vitest';
import { h264NalType, h265NalType } from '../media/nal-types.ts';
import type { TrackInfo } from '../media/types.ts';
import { completeVideoTrack, isTrackComplete } from './parameter-sets.ts';
import { loadFixtureFrames } from './test-replay-camera.ts';

const h264Key = loadFixtureFrames('h264')[0]?.units ?? [];
const h265Key = loadFixtureFrames('h265')[0]?.units ?? [];

describe('completeVideoTrack', () => {
  it('takes SPS and PPS from an H.264 keyframe and reads 1280x720 from the SPS', () => {
    const before = h264Key.map((u) => u.slice());
    const track = completeVideoTrack({ codec: 'h264', clockRate: 90000 }, h264Key);
    expect(track).toMatchObject({ codec: 'h264', clockRate: 90000, width: 1280, height: 720 });
    expect(track?.parameterSets?.map(h264NalType)).toEqual([7, 8]);
    expect(isTrackComplete(track ?? { codec: 'h264', clockRate: 90000 })).toBe(true);
    // Input not mutated, and the stored sets are copies, not views into the received packets.
    expect(h264Key).toEqual(before);
    expect(track?.parameterSets?.[0]?.buffer).not.toBe(h264Key.find((u) => h264NalType(u) === 7)?.buffer);
  });

  it('takes VPS, SPS and PPS from an H.265 keyframe and reads 1280x720', () => {
    const track = completeVideoTrack({ codec: 'h265', clockRate: 90000 }, h265Key);
    expect(track).toMatchObject({ width: 1280, height: 720 });
    expect(track?.parameterSets?.map(h265NalType)).toEqual([32, 33, 34]);
  });

  it('reads the size from parameter sets the SDP already gave, with no frame', () => {
    const sets = h264Key.filter((u) => [7, 8].includes(h264NalType(u)));
    const track = completeVideoTrack({ codec: 'h264', clockRate: 90000, parameterSets: sets }, []);
    expect(track).toMatchObject({ width: 1280, height: 720 });
  });

  it('reports no change when a keyframe repeats the same parameter sets', () => {
    const track = completeVideoTrack({ codec: 'h264', clockRate: 90000 }, h264Key) as TrackInfo;
    expect(completeVideoTrack(track, h264Key)).toBeUndefined();
    expect(completeVideoTrack(track, [])).toBeUndefined();
  });

  it('stays incomplete with only an SPS (the PPS not yet seen)', () => {
    const spsOnly = h264Key.filter((u) => h264NalType(u) === 7);
    expect(completeVideoTrack({ codec: 'h264', clockRate: 90000 }, spsOnly)).toBeUndefined();
    expect(isTrackComplete({ codec: 'h264', clockRate: 90000 })).toBe(false);
  });

  it('announces a new size when the camera switches to other parameter sets (resolution change)', () => {
    const h264At720 = completeVideoTrack({ codec: 'h264', clockRate: 90000 }, h264Key) as TrackInfo;
    const smaller = {
      ...h264At720,
      width: 640,
      height: 360,
      parameterSets: [new Uint8Array([0x67, 1]), new Uint8Array([0x68, 1])],
    };
    expect(completeVideoTrack(smaller, h264Key)).toMatchObject({ width: 1280, height: 720 });
  });

  it('leaves audio tracks alone', () => {
    expect(completeVideoTrack({ codec: 'pcma', clockRate: 8000 }, h264Key)).toBeUndefined();
    expect(isTrackComplete({ codec: 'pcma', clockRate: 8000 })).toBe(true);
  });
});
