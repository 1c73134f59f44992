// Wall time of a track's frames for the recorder: from the camera's RTCP sender reports when it
// sends them (RFC 3550 §6.4.1 pairs an NTP time with an RTP time), else from when frames arrived.
// A new mapping (the first report after arrival times, or a later report that disagrees a little)
// is slewed in, not stepped: wall time keeps running through the change and works the difference
// off over media time, so segment times never jump back or skip ahead by the ~0.1 s the network
// delay puts between arrival and capture. Pure: the caller hands in reports, timestamps and
// arrival times.
import { rtpTimestampToUnixMs, type RtcpSenderReport } from '../media/rtcp.ts';
import { rtpTimestampDiff } from '../media/seq-unwrap.ts';

/** A change of mapping up to this size is slewed; a larger one (a camera clock reset) is stepped. */
export const MAX_SLEW_MS = 1000;
/** How fast a slewed difference is worked off: 50 ms per second of media time (time runs 5 % off meanwhile). */
export const SLEW_RATE = 0.05;

type SenderReportMapping = Pick<RtcpSenderReport, 'ntpSeconds' | 'ntpFraction' | 'rtpTimestamp'>;

/** Maps one track's RTP timestamps (unwrapped pts) to Unix milliseconds. */
export class TrackWallClock {
  private sr: SenderReportMapping | undefined;
  // Arrival anchor: the latest frame's pts and the wall time it arrived (two numbers, no object per frame).
  private anchorPts = 0;
  private anchorWallMs = Number.NaN;
  // The slew in progress: at pts `slewPts` wall time is `slewMs` off the report's mapping, less with media time.
  private slewPts = 0;
  private slewMs = 0;

  constructor(private readonly clockRate: number) {}

  /** True once a sender report of this track's SSRC was seen. */
  get synchronized(): boolean {
    return this.sr !== undefined;
  }

  /** Takes the latest sender report of the track's source. */
  onSenderReport(sr: SenderReportMapping): void {
    const next = { ntpSeconds: sr.ntpSeconds, ntpFraction: sr.ntpFraction, rtpTimestamp: sr.rtpTimestamp };
    // Where the latest frame stood under the mapping so far, against where the new one puts it.
    const before = Number.isNaN(this.anchorWallMs) ? undefined : this.wallTimeMs(this.anchorPts);
    this.sr = next;
    this.slewMs = 0;
    if (before === undefined || this.clockRate <= 0) return;
    const difference = before - rtpTimestampToUnixMs(this.anchorPts, next, this.clockRate);
    if (Math.abs(difference) > MAX_SLEW_MS) return;
    this.slewPts = this.anchorPts;
    this.slewMs = difference;
  }

  /** Notes that the frame with `pts` arrived at `arrivalWallMs`: the fallback when no report came. */
  onFrame(pts: number, arrivalWallMs: number): void {
    this.anchorPts = pts;
    this.anchorWallMs = arrivalWallMs;
  }

  /** Unix ms of `pts`: from the sender report, else extrapolated from the last arrival, else undefined. */
  wallTimeMs(pts: number): number | undefined {
    if (this.clockRate <= 0) return undefined;
    if (this.sr !== undefined) return rtpTimestampToUnixMs(pts, this.sr, this.clockRate) + this.slewLeftMs(pts);
    if (Number.isNaN(this.anchorWallMs)) return undefined;
    return this.anchorWallMs + (rtpTimestampDiff(pts, this.anchorPts) * 1000) / this.clockRate;
  }

  // What is left of the slew at `pts`: all of it up to where it began, then less by SLEW_RATE.
  private slewLeftMs(pts: number): number {
    if (this.slewMs === 0) return 0;
    const elapsedMs = Math.max(0, ((pts - this.slewPts) * 1000) / this.clockRate);
    const left = Math.max(0, Math.abs(this.slewMs) - SLEW_RATE * elapsedMs);
    return this.slewMs < 0 ? -left : left;
  }
}
