// Synchronized playback of up to four cameras: the first camera leads, the others follow its wall
// time. A follower further than SYNC_TOLERANCE_MS from the leader is moved to it; a follower with
// no footage at the leader's time says so and waits. Decisions about where footage exists come from
// the timelines, so a follower in a gap does not ask the server for playlists over and over.
import type { RecordedHlsPlayer, WallWindow } from '../../components/player/recorded-hls-player.ts';
import type { TrackSpan } from '../../components/timeline/TimelineTrack.tsx';

/** Followers further than this from the leader's wall time are moved to it. */
export const SYNC_TOLERANCE_MS = 300;
/** Footage loaded before the seek point (stepping back, small rewinds without a new playlist). */
const WINDOW_BEFORE_MS = 10 * 60_000;
/** Footage loaded after the seek point; the next window is loaded when it has played out. */
const WINDOW_AFTER_MS = 50 * 60_000;
const TICK_MS = 250;

/** The span containing `ms`. */
export function spanAt(spans: readonly TrackSpan[], ms: number): TrackSpan | undefined {
  return spans.find((s) => ms >= s.fromMs && ms < s.toMs);
}

/** `ms` if footage exists there, else the start of the next footage; null when none follows. */
export function footageFrom(spans: readonly TrackSpan[], ms: number): number | null {
  if (spanAt(spans, ms) !== undefined) return ms;
  const next = spans.filter((s) => s.fromMs > ms).sort((a, b) => a.fromMs - b.fromMs)[0];
  return next?.fromMs ?? null;
}

/** Leader and followers; start() runs the sync ticker, close() stops it. */
export class SyncedPlayback {
  private readonly players = new Map<string, RecordedHlsPlayer>();
  private order: readonly string[] = [];
  private readonly spans = new Map<string, readonly TrackSpan[]>();
  private bounds: WallWindow = { fromMs: 0, toMs: 0 };
  private clockMs: number | null = null;
  private playing = true;
  private rate = 1;
  private reloadedAfterMs: number | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;

  /** `onClock` gets the leader's wall time (or the seek target while it loads). */
  constructor(private readonly onClock: (ms: number | null) => void) {}

  /** Starts the sync ticker. */
  start(): void {
    this.timer = setInterval(() => {
      this.tick();
    }, TICK_MS);
  }

  /** Stops the ticker (players belong to their components and are destroyed there). */
  close(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  /** The wall time shown, or null before the first seek. */
  get position(): number | null {
    return this.clockMs;
  }

  /** The cameras in order; the first leads. A new leader is moved to where the old one was. */
  setOrder(ids: readonly string[]): void {
    const leaderChanged = ids[0] !== this.order[0];
    this.order = ids;
    if (leaderChanged && this.clockMs !== null) this.seek(this.clockMs);
  }

  /** The recorded spans of a camera (from its timeline). */
  setSpans(cameraId: string, spans: readonly TrackSpan[]): void {
    this.spans.set(cameraId, spans);
  }

  /** The day being played; a new day forgets the position. */
  setBounds(bounds: WallWindow): void {
    if (bounds.fromMs !== this.bounds.fromMs) {
      this.clockMs = null;
      this.onClock(null);
    }
    this.bounds = bounds;
  }

  /** A camera's player is ready: it joins at the current position. */
  attach(cameraId: string, player: RecordedHlsPlayer): void {
    this.players.set(cameraId, player);
    player.setRate(this.rate);
    if (!this.playing) player.pause();
    if (this.clockMs === null) return;
    if (cameraId === this.order[0]) this.loadOrSeek(player, this.clockMs, true);
    else this.follow(cameraId, player, this.clockMs, true);
  }

  /** A camera's player is going away. */
  detach(cameraId: string): void {
    this.players.delete(cameraId);
  }

  /** Moves every camera to wall time `ms` (the leader to its next footage when `ms` is in a gap). */
  seek(ms: number): void {
    const leaderId = this.order[0];
    if (leaderId === undefined) return;
    const target = footageFrom(this.spans.get(leaderId) ?? [], ms) ?? ms;
    this.clockMs = target;
    this.reloadedAfterMs = null;
    this.onClock(target);
    for (const id of this.order) {
      const p = this.players.get(id);
      if (p === undefined) continue;
      if (id === leaderId) this.loadOrSeek(p, target, true);
      else this.follow(id, p, target, true);
    }
  }

  /** Plays every camera. */
  play(): void {
    this.playing = true;
    for (const p of this.players.values()) p.play();
  }

  /** Pauses every camera. */
  pause(): void {
    this.playing = false;
    for (const p of this.players.values()) p.pause();
  }

  /** Whether playback runs. */
  get isPlaying(): boolean {
    return this.playing;
  }

  /** Speed of every camera. */
  setRate(rate: number): void {
    this.rate = rate;
    for (const p of this.players.values()) p.setRate(rate);
  }

  /** Pauses and steps every camera by `seconds` of media (±1/fps for one frame). */
  step(seconds: number): void {
    this.playing = false;
    for (const p of this.players.values()) p.step(seconds);
  }

  private windowAround(ms: number): WallWindow {
    const fromMs = Math.max(this.bounds.fromMs, ms - WINDOW_BEFORE_MS);
    const toMs = Math.min(this.bounds.toMs, ms + WINDOW_AFTER_MS);
    // At least a minute of playlist, but never past the bounds: a grant's range ends there, and
    // the server refuses footage outside it (PSVIS_ERR_GRANT_SCOPE).
    return { fromMs, toMs: Math.min(this.bounds.toMs, Math.max(toMs, fromMs + 60_000)) };
  }

  /**
   * Seeks within the loaded playlist, or loads one around `ms`. Without `asked` (the ticker), a time
   * inside the loaded window that the playlist lacks, or a failed load, is not retried: the user
   * retries by seeking.
   */
  private loadOrSeek(player: RecordedHlsPlayer, ms: number, asked: boolean): void {
    if (player.covers(ms)) {
      player.seek(ms);
      return;
    }
    const w = player.window;
    const inWindow = w !== null && ms >= w.fromMs && ms < w.toMs;
    if (inWindow && (player.current.kind === 'loading' || !asked)) return;
    player.load(this.windowAround(ms), ms);
  }

  private follow(cameraId: string, player: RecordedHlsPlayer, ms: number, asked: boolean): void {
    if (spanAt(this.spans.get(cameraId) ?? [], ms) === undefined) {
      player.showNoFootage();
      return;
    }
    if (player.covers(ms)) {
      const at = player.wallNow();
      const status = player.current.kind;
      if (asked || at === null || status !== 'ready' || Math.abs(at - ms) > SYNC_TOLERANCE_MS) player.seek(ms);
      return;
    }
    this.loadOrSeek(player, ms, asked);
  }

  private tick(): void {
    const leaderId = this.order[0];
    const leader = leaderId === undefined ? undefined : this.players.get(leaderId);
    if (leader === undefined || leaderId === undefined) return;
    const at = leader.wallNow();
    if (at !== null && at !== this.clockMs) {
      this.clockMs = at;
      this.onClock(at);
    }
    if (leader.current.kind === 'ended') this.continueAfterWindow(leaderId, leader);
    const clock = this.clockMs;
    if (clock === null || leader.current.kind === 'loading') return;
    for (const id of this.order.slice(1)) {
      const p = this.players.get(id);
      if (p !== undefined) this.follow(id, p, clock, false);
    }
  }

  // The leader played its window out: load the next footage of the day, once per end reached.
  private continueAfterWindow(leaderId: string, leader: RecordedHlsPlayer): void {
    const end = leader.wallNow() ?? this.clockMs;
    if (end === null || this.reloadedAfterMs === end) return;
    this.reloadedAfterMs = end;
    // A second past the end: the span's last frame may end a few milliseconds after the playlist's.
    const next = footageFrom(this.spans.get(leaderId) ?? [], end + 1000);
    if (next === null || next >= this.bounds.toMs) return;
    leader.load(this.windowAround(next), next);
  }
}
