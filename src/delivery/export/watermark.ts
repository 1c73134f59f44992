// The optional visible watermark of an evidence export: a transcoded copy of footage.mp4 with the
// requester, export time and camera burnt in by ffmpeg's drawtext. The copy is derived material
// for display; footage.mp4 stays the untouched evidence, so only the copy is ever transcoded.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { PsvisError } from '../../errors/psvis-error.ts';

/** Debian's ffmpeg (with libfreetype for drawtext). */
export const DEFAULT_FFMPEG = '/usr/bin/ffmpeg';

/** Fonts tried in order: CJK-capable ones first (names and units are often Chinese), DejaVu last. */
export const WATERMARK_FONT_CANDIDATES: readonly string[] = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
];

/** The first installed watermark font; the DejaVu path when none is (ffmpeg then reports it). */
export function findWatermarkFont(candidates: readonly string[] = WATERMARK_FONT_CANDIDATES): string {
  return candidates.find((p) => existsSync(p)) ?? '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
}

/** The text burnt into the copy: who exported it, when, and from which camera. */
export function watermarkText(w: {
  displayName: string;
  orgName: string;
  exportedAt: string;
  cameraName: string;
  deviceId: string;
}): string {
  // One line, no control characters: drawtext would draw them as boxes or break the line.
  const clean = (s: string) => s.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ').trim();
  return clean(`psvis export · ${w.displayName} (${w.orgName}) · ${w.exportedAt} · ${w.cameraName} ${w.deviceId}`);
}

// Two levels of ffmpeg escaping: the option value inside drawtext's `key=value:…` list, then the
// filtergraph description that holds it (ffmpeg-filters §"Notes on filtergraph escaping").
const escapeOption = (v: string) => v.replace(/[\\':]/g, (c) => `\\${c}`);
const escapeGraph = (v: string) => v.replace(/[\\'[\],;]/g, (c) => `\\${c}`);

/** The exact `-vf` argument: text bottom-left on a translucent box, sized to the picture height. */
export function drawtextFilter(text: string, fontFile: string, heightPx: number): string {
  const fontSize = Math.max(14, Math.round(heightPx / 28));
  const margin = Math.round(fontSize / 2);
  return escapeGraph(
    [
      `drawtext=fontfile=${escapeOption(fontFile)}`,
      `text=${escapeOption(text)}`,
      // No %{…} expansion: the text is data (a user's name), not a template.
      'expansion=none',
      `fontsize=${fontSize}`,
      'fontcolor=white',
      'box=1',
      'boxcolor=black@0.55',
      `boxborderw=${Math.round(fontSize / 4)}`,
      `x=${margin}`,
      `y=h-th-${margin}`,
    ].join(':'),
  );
}

/** Video and audio codec arguments of the transcode, as the manifest records them. */
export const WATERMARK_CODEC_ARGS: readonly string[] = [
  '-c:v',
  'libx264',
  '-preset',
  'veryfast',
  '-crf',
  '20',
  '-pix_fmt',
  'yuv420p',
  '-c:a',
  'copy',
];

/** What a transcode needs; `onProgress` gets the fraction done, `shouldStop` is polled. */
export interface TranscodeOptions {
  ffmpegPath: string;
  input: string;
  output: string;
  filter: string;
  durationS: number;
  onProgress: (fraction: number) => void;
  shouldStop: () => boolean;
}

/** Transcodes `input` to the watermarked MP4 `output`; rejects with PSVIS_ERR_EXPORT_TRANSCODE. */
export function transcodeWatermarked(o: TranscodeOptions): Promise<void> {
  const fail = (message: string, details: Record<string, unknown> = {}) =>
    new PsvisError('PSVIS_ERR_EXPORT_TRANSCODE', message, details, 500);
  return new Promise((resolve, reject) => {
    const child = spawn(
      o.ffmpegPath,
      [
        '-hide_banner',
        '-nostdin',
        '-nostats',
        '-loglevel',
        'error',
        '-progress',
        'pipe:1',
        '-i',
        o.input,
        '-map',
        '0:v:0',
        '-map',
        '0:a?',
        '-vf',
        o.filter,
        ...WATERMARK_CODEC_ARGS,
        '-movflags',
        '+faststart',
        // The output name ends in .partial until the package is whole, so the muxer is named.
        '-f',
        'mp4',
        '-y',
        o.output,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    let pending = '';
    let stopped = false;
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < 8_000) stderr += d.toString();
    });
    child.stdout.on('data', (d: Buffer) => {
      pending += d.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const m = /^out_time_us=(\d+)/.exec(line);
        if (m !== null && o.durationS > 0) o.onProgress(Math.min(1, Number(m[1]) / 1e6 / o.durationS));
      }
      if (!stopped && o.shouldStop()) {
        stopped = true;
        child.kill('SIGKILL');
      }
    });
    // A spawn failure emits 'error' (and may emit 'close' too); the first settles the promise.
    child.on('error', (e) => {
      reject(fail(`cannot run ffmpeg (${o.ffmpegPath}): ${e.message}`));
    });
    child.on('close', (code, signal) => {
      if (stopped) reject(new PsvisError('PSVIS_ERR_EXPORT_STATE', 'psvis stopped during the export', {}, 503));
      else if (code === 0) {
        o.onProgress(1);
        resolve();
      } else
        reject(
          fail(`ffmpeg could not make the watermarked copy: ${stderr.trim().slice(0, 500) || `exit ${code}`}`, {
            exitCode: code,
            signal,
          }),
        );
    });
  });
}
