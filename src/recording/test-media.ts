// Real H.264 frames for the recording tests and the crash child: encoded once with ffmpeg's
// libx264 from the testsrc2 pattern, split from Annex B into access units (one per AUD).
import { execFileSync } from 'node:child_process';
import { splitAnnexB } from '../media/annexb.ts';
import type { MediaFrame, TrackInfo } from '../media/types.ts';

/** 90 kHz ticks per frame at 25 fps. */
export const TICKS_PER_FRAME_25FPS = 3600;

/** H.264 access units of `seconds` of 25 fps video with a keyframe every `gop` frames. */
export function encodeTestH264(opts: { seconds: number; gop: number; width?: number; height?: number }): Uint8Array {
  const size = `${opts.width ?? 320}x${opts.height ?? 240}`;
  return new Uint8Array(
    execFileSync(
      'ffmpeg',
      [
        ...['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', `testsrc2=size=${size}:rate=25`],
        ...['-t', String(opts.seconds), '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'],
        ...['-bf', '0', '-g', String(opts.gop), '-keyint_min', String(opts.gop), '-sc_threshold', '0'],
        ...['-x264-params', 'aud=1', '-f', 'h264', '-'],
      ],
      { maxBuffer: 256 * 1024 * 1024 },
    ),
  );
}

/** Splits an Annex B stream into frames (access units start at an AUD, NAL type 9) and the track. */
export function h264Frames(annexB: Uint8Array, firstPts = 0): { track: TrackInfo; frames: MediaFrame[] } {
  const units: Uint8Array[][] = [];
  for (const nal of splitAnnexB(annexB)) {
    const type = (nal[0] ?? 0) & 0x1f;
    if (type === 9) units.push([]);
    else units[units.length - 1]?.push(nal);
  }
  const sps = units.flat().find((n) => ((n[0] ?? 0) & 0x1f) === 7);
  const pps = units.flat().find((n) => ((n[0] ?? 0) & 0x1f) === 8);
  if (sps === undefined || pps === undefined) throw new Error('no SPS/PPS in the test stream');
  const frames = units.map((u, i): MediaFrame => {
    const pts = firstPts + i * TICKS_PER_FRAME_25FPS;
    return { codec: 'h264', pts, dts: pts, keyframe: u.some((n) => ((n[0] ?? 0) & 0x1f) === 5), units: u };
  });
  return { track: { codec: 'h264', clockRate: 90_000, parameterSets: [sps, pps] }, frames };
}
