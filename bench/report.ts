// The figures of one benchmark run and the table printed at the end.

/** Which recorder a run measured. */
export type Side = 'psvis' | 'ffmpeg';

/** What one run (one side, N cameras) measured. */
export interface RunResult {
  readonly side: Side;
  readonly cameras: number;
  readonly measuredMs: number;
  /** Process CPU time / wall time / N, in % of one core. */
  readonly cpuPercentPerStream: number;
  /** RSS at the end of the measured window / N. */
  readonly rssMiBPerStream: number;
  /** psvis only: (RSS − RSS before the cameras started) / N, the cost of one more stream. */
  readonly marginalRssMiBPerStream: number | undefined;
  /** Frames the source handed to this run's RTSP sessions, from each session's first keyframe. */
  readonly framesSent: number;
  /** Frames in the files: psvis index rows' `frames`, ffmpeg ffprobe's nb_read_packets. */
  readonly framesOnDisk: number;
  readonly sessions: number;
  /** CPU of the source process over the measured window, % of one core. */
  readonly sourceCpuPercent: number;
  /** Busy CPU of the whole machine over the window, % of one core (200 % is both cores). */
  readonly machineBusyPercent: number;
  /** Machine busy minus the measured side and the source: the benchmark itself and anything else running. */
  readonly otherCpuPercent: number;
  /** Frames the source skipped because it fell behind, during the whole run. */
  readonly sourceSkippedFrames: number;
  /** Packets the source's RTSP server dropped for clients whose socket queue was full. */
  readonly sourceDroppedPackets: number;
  readonly notes: readonly string[];
}

/** The targets and the earlier measurements on this machine, printed beside the results. */
export const TARGETS = [
  'targets (issue 4, SHA-256 on): psvis ≤ 0.2 % of a core and ≤ 2 MB RSS per stream, 0 frames lost (500 streams)',
  'measured earlier on this machine: ffmpeg 0.36–0.59 % and 52 MB per stream (falls behind ≈300 streams);',
  '  ZLMediaKit 0.22–0.31 % and 2.8 MB per stream (saturates ≈500)',
  'CPU in % of one core; the machine has 2 cores shared by the source, the recorders under test and anything',
  '  else running ("other CPU %": the benchmark itself and other processes during the window).',
  'frames sent: frames the source handed each RTSP session from its first keyframe (counted at the source);',
  '  on disk: psvis index rows (recording_segments.frames), ffmpeg ffprobe nb_read_packets of every segment.',
] as const;

/** Frames lost: sent to the run's sessions minus found on disk (negative would mean over-counting). */
export function framesLost(r: RunResult): number {
  return r.framesSent - r.framesOnDisk;
}

function fixed(x: number | undefined, digits: number): string {
  return x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(digits);
}

function ratio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return '—';
  return `${(a / b).toFixed(2)}×`;
}

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
}

/** The final table: per N a psvis row, an ffmpeg row and their ratio, targets above it. */
export function formatTable(results: readonly RunResult[]): string {
  const header = [
    'N',
    'side',
    'CPU %/stream',
    'RSS MiB/stream',
    '(marginal)',
    'frames sent',
    'on disk',
    'lost',
    'lost %',
    'sessions',
    'source CPU %',
    'other CPU %',
    'src skipped',
    'src dropped pkts',
  ];
  const rows: string[][] = [];
  const counts = [...new Set(results.map((r) => r.cameras))];
  for (const n of counts) {
    const psvis = results.find((r) => r.cameras === n && r.side === 'psvis');
    const ffmpeg = results.find((r) => r.cameras === n && r.side === 'ffmpeg');
    for (const r of [psvis, ffmpeg]) {
      if (r === undefined) continue;
      const lost = framesLost(r);
      rows.push([
        String(n),
        r.side,
        fixed(r.cpuPercentPerStream, 3),
        fixed(r.rssMiBPerStream, 2),
        fixed(r.marginalRssMiBPerStream, 2),
        String(r.framesSent),
        String(r.framesOnDisk),
        String(lost),
        fixed(r.framesSent === 0 ? undefined : (100 * lost) / r.framesSent, 3),
        String(r.sessions),
        fixed(r.sourceCpuPercent, 1),
        fixed(r.otherCpuPercent, 1),
        String(r.sourceSkippedFrames),
        String(r.sourceDroppedPackets),
      ]);
    }
    if (psvis !== undefined && ffmpeg !== undefined) {
      rows.push([
        String(n),
        'psvis/ffmpeg',
        ratio(psvis.cpuPercentPerStream, ffmpeg.cpuPercentPerStream),
        ratio(psvis.rssMiBPerStream, ffmpeg.rssMiBPerStream),
        '',
        '',
        '',
        `${framesLost(psvis)}:${framesLost(ffmpeg)}`,
        '',
        '',
        '',
        '',
        '',
        '',
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const lines = [...TARGETS, '', pad(header, widths), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of rows) lines.push(pad(r, widths));
  const notes = results.flatMap((r) => r.notes.map((note) => `N=${r.cameras} ${r.side}: ${note}`));
  if (notes.length > 0) lines.push('', 'notes:', ...notes.map((n) => `  ${n}`));
  return lines.join('\n');
}
