// A recorded-footage player on hls.js for psvis's recorded HLS (GET /api/v1/cameras/:id/
// recordings.m3u8, src/delivery/recorded-hls.ts): a VOD playlist of byte ranges into the recorded
// files, a discontinuity and an EXT-X-PROGRAM-DATE-TIME at every file, so media time maps to wall
// time fragment by fragment. It plays one window of a day at a time (a whole day of one-second
// runs would be a playlist of tens of thousands of entries) and speaks wall-clock milliseconds.
import Hls, { Events, type ErrorData, type LevelLoadedData } from 'hls.js';
import { ApiError, toApiError } from '../../api/client.ts';
import { audioFilteringLoader } from './audio-filtering-loader.ts';

/** A range of wall time, [fromMs, toMs). */
export interface WallWindow {
  fromMs: number;
  toMs: number;
}

/** What the player is doing. */
export type RecordedPlayerStatus =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'ready' }
  /** The window has no footage (PSVIS_ERR_NO_FOOTAGE), or a follower has none at the leader's time. */
  | { kind: 'nofootage' }
  /** Played to the end of the window. */
  | { kind: 'ended' }
  /** The browser cannot decode the recorded video (H.265 in most Chromium builds). */
  | { kind: 'unsupported'; mimeType: string }
  | { kind: 'error'; error: unknown };

/** Options of one player. */
export interface RecordedHlsPlayerOptions {
  video: HTMLVideoElement;
  /** URL of the playlist of a window (it carries the purpose for the access register). */
  playlistUrl: (window: WallWindow) => string;
  onStatus(status: RecordedPlayerStatus): void;
  /** Hears the sample entry of an audio track left out because the browser cannot decode it ('alaw'). */
  onOmittedAudio(sampleEntry: string): void;
}

interface MappedFragment {
  startS: number;
  durationS: number;
  wallMs: number;
}

/** One player on one <video>. */
export class RecordedHlsPlayer {
  private hls: Hls | null = null;
  private loaded: WallWindow | null = null;
  private fragments: MappedFragment[] = [];
  private status: RecordedPlayerStatus = { kind: 'idle' };
  private rate = 1;
  private wantPlaying = true;
  private mediaRecoveries = 0;

  constructor(private readonly options: RecordedHlsPlayerOptions) {
    options.video.addEventListener('ended', this.onEnded);
  }

  /** The window whose playlist is loaded (or loading). */
  get window(): WallWindow | null {
    return this.loaded;
  }

  /** The current status. */
  get current(): RecordedPlayerStatus {
    return this.status;
  }

  /** Whether `ms` is inside the loaded playlist's footage (a seek there needs no new playlist). */
  covers(ms: number): boolean {
    return this.hls !== null && this.status.kind !== 'loading' && this.fragmentAt(ms) !== undefined;
  }

  /** Loads the playlist of `window` and starts at wall time `atMs` (or the first footage after it). */
  load(window: WallWindow, atMs: number): void {
    this.destroyHls();
    this.loaded = window;
    this.fragments = [];
    this.mediaRecoveries = 0;
    this.setStatus({ kind: 'loading' });
    const hls = new Hls({
      autoStartLoad: false,
      // Recorded footage: a short forward buffer keeps seeks cheap; the back buffer allows stepping back.
      maxBufferLength: 20,
      backBufferLength: 30,
      fLoader: audioFilteringLoader((entry) => {
        if (this.hls === hls) this.options.onOmittedAudio(entry);
      }),
    });
    this.hls = hls;
    hls.on(Events.LEVEL_LOADED, (_e, data: LevelLoadedData) => {
      if (this.hls !== hls) return;
      this.fragments = data.details.fragments.flatMap((f) =>
        f.programDateTime === null ? [] : [{ startS: f.start, durationS: f.duration, wallMs: f.programDateTime }],
      );
      const startS = this.mediaTimeOf(atMs, true);
      if (startS === null) {
        this.setStatus({ kind: 'nofootage' });
        return;
      }
      hls.startLoad(startS);
      this.options.video.currentTime = startS;
      this.options.video.playbackRate = this.rate;
      this.setStatus({ kind: 'ready' });
      if (this.wantPlaying) this.resume();
    });
    hls.on(Events.ERROR, (_e, data) => {
      if (this.hls === hls) this.onHlsError(hls, data);
    });
    hls.loadSource(this.options.playlistUrl(window));
    hls.attachMedia(this.options.video);
  }

  /** Moves to wall time `ms` inside the loaded footage; false when it is not there. */
  seek(ms: number): boolean {
    const t = this.mediaTimeOf(ms, false);
    if (t === null || this.hls === null || this.status.kind === 'loading') return false;
    this.options.video.currentTime = t;
    if (this.status.kind !== 'ready') this.setStatus({ kind: 'ready' });
    if (this.wantPlaying) this.resume();
    return true;
  }

  /** Shows "no footage" at the leader's time (a follower's gap): paused, the playlist kept. */
  showNoFootage(): void {
    if (this.status.kind === 'nofootage') return;
    this.options.video.pause();
    this.setStatus({ kind: 'nofootage' });
  }

  /** The wall time of the picture on screen, or null before footage is loaded. */
  wallNow(): number | null {
    if (this.status.kind !== 'ready' && this.status.kind !== 'ended') return null;
    const t = this.options.video.currentTime;
    const f = this.fragments.find((x) => t >= x.startS && t < x.startS + x.durationS) ?? this.nearestBefore(t);
    return f === undefined ? null : f.wallMs + (t - f.startS) * 1000;
  }

  /** Plays (the wish is kept across loads). */
  play(): void {
    this.wantPlaying = true;
    this.resume();
  }

  /** Pauses. */
  pause(): void {
    this.wantPlaying = false;
    this.options.video.pause();
  }

  /** Whether the player means to play. */
  get playing(): boolean {
    return this.wantPlaying;
  }

  /** Playback speed (0.5…8). */
  setRate(rate: number): void {
    this.rate = rate;
    // The default survives the media element's reload when the next window is attached.
    this.options.video.defaultPlaybackRate = rate;
    this.options.video.playbackRate = rate;
  }

  /** Pauses and moves by `seconds` of media (one frame: ±1/fps). */
  step(seconds: number): void {
    this.pause();
    const v = this.options.video;
    v.currentTime = Math.max(0, v.currentTime + seconds);
  }

  /** Frees hls.js and the media element. */
  destroy(): void {
    this.options.video.removeEventListener('ended', this.onEnded);
    this.destroyHls();
    this.loaded = null;
  }

  private resume(): void {
    if (this.status.kind !== 'ready') return;
    this.options.video.play().catch(() => {
      // A muted video may autoplay; a refusal leaves it paused, which the controls show.
    });
  }

  private setStatus(status: RecordedPlayerStatus): void {
    this.status = status;
    this.options.onStatus(status);
  }

  private fragmentAt(ms: number): MappedFragment | undefined {
    return this.fragments.find((f) => ms >= f.wallMs && ms < f.wallMs + f.durationS * 1000);
  }

  private nearestBefore(t: number): MappedFragment | undefined {
    let best: MappedFragment | undefined;
    for (const f of this.fragments) if (f.startS <= t) best = f;
    return best;
  }

  /** Media time of wall time `ms`; with `orNext`, a time in a gap moves to the next footage. */
  private mediaTimeOf(ms: number, orNext: boolean): number | null {
    const f = this.fragmentAt(ms);
    if (f !== undefined) return f.startS + (ms - f.wallMs) / 1000;
    if (!orNext) return null;
    const next = this.fragments.find((x) => x.wallMs >= ms);
    return next === undefined ? null : next.startS;
  }

  private readonly onEnded = (): void => {
    if (this.status.kind === 'ready') this.setStatus({ kind: 'ended' });
  };

  private onHlsError(hls: Hls, data: ErrorData): void {
    if (!data.fatal) return;
    const codecRefused =
      data.details === Hls.ErrorDetails.BUFFER_ADD_CODEC_ERROR ||
      data.details === Hls.ErrorDetails.BUFFER_INCOMPATIBLE_CODECS_ERROR;
    if (codecRefused) {
      this.destroyHls();
      this.setStatus({ kind: 'unsupported', mimeType: data.mimeType ?? '' });
      return;
    }
    if (data.type === Hls.ErrorTypes.MEDIA_ERROR && this.mediaRecoveries < 2) {
      // hls.js's documented recovery for decoder errors; a second failure is shown.
      this.mediaRecoveries++;
      hls.recoverMediaError();
      return;
    }
    const error = errorOf(data);
    this.destroyHls();
    if (error instanceof ApiError && error.code === 'PSVIS_ERR_NO_FOOTAGE') this.setStatus({ kind: 'nofootage' });
    else this.setStatus({ kind: 'error', error });
  }

  // The loaded window stays known (so the sync does not ask for it again by itself); its
  // fragments go, so nothing seeks into footage that is no longer attached.
  private destroyHls(): void {
    const hls = this.hls;
    this.hls = null;
    this.fragments = [];
    hls?.destroy();
  }
}

/**
 * The error as the server said it: hls.js keeps the failed request, whose body is psvis's
 * { code, message, details } (a purpose missing, footage deleted…); otherwise hls.js's own words.
 */
function errorOf(data: ErrorData): unknown {
  const xhr = data.networkDetails;
  if (xhr instanceof XMLHttpRequest && xhr.status >= 400) {
    let body: unknown = null;
    try {
      // Playlists are read as text, media segments as array buffers.
      const raw: unknown = xhr.response;
      const text = typeof raw === 'string' ? raw : raw instanceof ArrayBuffer ? new TextDecoder().decode(raw) : null;
      body = text === null ? null : JSON.parse(text);
    } catch {
      // Not JSON (a proxy's page): the status alone is reported.
      body = null;
    }
    return toApiError(xhr.status, body);
  }
  return new Error(
    `hls.js: ${data.type} / ${data.details}${data.error.message !== '' ? ` — ${data.error.message}` : ''}`,
  );
}
