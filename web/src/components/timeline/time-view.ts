// The visible stretch of a timeline and its arithmetic: zoom about a point, pan, keep a time in
// view, and where the axis ticks fall. Pure: the components measure pixels and call these.

/** A visible range of wall time, [fromMs, toMs). */
export interface TimeView {
  fromMs: number;
  toMs: number;
}

/** The closest zoom: one minute across the whole track. */
export const MIN_VIEW_MS = 60_000;

/** Tick steps, finest first; the first that leaves enough pixels between labels is used. */
const TICK_STEPS_MS = [
  5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000, 7_200_000,
  10_800_000, 21_600_000,
];

/** Keeps `v` inside `bounds` and at least MIN_VIEW_MS wide (at most the bounds). */
export function clampView(v: TimeView, bounds: TimeView): TimeView {
  const boundsMs = bounds.toMs - bounds.fromMs;
  const span = Math.min(boundsMs, Math.max(MIN_VIEW_MS, v.toMs - v.fromMs));
  const from = Math.min(Math.max(v.fromMs, bounds.fromMs), bounds.toMs - span);
  return { fromMs: from, toMs: from + span };
}

/** Zooms by `factor` (<1 closer, >1 farther) keeping `anchorMs` at the same place on screen. */
export function zoomView(v: TimeView, factor: number, anchorMs: number, bounds: TimeView): TimeView {
  const span = v.toMs - v.fromMs;
  const ratio = span > 0 ? (anchorMs - v.fromMs) / span : 0.5;
  const next = Math.min(bounds.toMs - bounds.fromMs, Math.max(MIN_VIEW_MS, span * factor));
  const from = anchorMs - ratio * next;
  return clampView({ fromMs: from, toMs: from + next }, bounds);
}

/** Moves the view by `deltaMs`. */
export function panView(v: TimeView, deltaMs: number, bounds: TimeView): TimeView {
  return clampView({ fromMs: v.fromMs + deltaMs, toMs: v.toMs + deltaMs }, bounds);
}

/** The view moved so `ms` is visible (unchanged when it already is), for a playhead running off the edge. */
export function followView(v: TimeView, ms: number, bounds: TimeView): TimeView {
  if (ms >= v.fromMs && ms < v.toMs) return v;
  const span = v.toMs - v.fromMs;
  return clampView({ fromMs: ms - span * 0.1, toMs: ms + span * 0.9 }, bounds);
}

/** x in [0, widthPx] of `ms` in the view. */
export function xOf(ms: number, v: TimeView, widthPx: number): number {
  return ((ms - v.fromMs) / (v.toMs - v.fromMs)) * widthPx;
}

/** The time at x. */
export function msAt(x: number, v: TimeView, widthPx: number): number {
  return v.fromMs + (Math.min(Math.max(x, 0), widthPx) / Math.max(1, widthPx)) * (v.toMs - v.fromMs);
}

/** Tick step for a view drawn `widthPx` wide, labels at least `minGapPx` apart. */
export function tickStepMs(v: TimeView, widthPx: number, minGapPx = 70): number {
  const msPerPx = (v.toMs - v.fromMs) / Math.max(1, widthPx);
  return TICK_STEPS_MS.find((s) => s / msPerPx >= minGapPx) ?? TICK_STEPS_MS[TICK_STEPS_MS.length - 1] ?? 3_600_000;
}

/** Tick times in the view, counted from `originMs` (local midnight, so hours fall on the hour). */
export function tickTimes(v: TimeView, stepMs: number, originMs: number): number[] {
  const first = originMs + Math.ceil((v.fromMs - originMs) / stepMs) * stepMs;
  const out: number[] = [];
  for (let ms = first; ms <= v.toMs; ms += stepMs) out.push(ms);
  return out;
}
