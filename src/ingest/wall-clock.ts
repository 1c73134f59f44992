// Wall time of a track's frames for the recorder: from the camera's RTCP sender reports when it
// sends them (RFC 3550 §6.4.1 pairs an NTP time with an RTP time), else from when frames arrived.
// Pure: the caller hands in reports, timestamps and arrival times.
import { rtpTimestampToUnixMs, type RtcpSenderReport } from '../media/rtcp.ts';
import { rtpTimestampDiff } from '../media/seq-unwrap.ts';

/** Maps one track's RTP timestamps (unwrapped pts) to Unix milliseconds. */
export class TrackWallClock {
  private sr: Pick<RtcpSenderReport, 'ntpSeconds' | 'ntpFraction' | 'rtpTimestamp'> | undefined;
  // Arrival anchor: the latest frame's pts and the wall time it arrived (two numbers, no object per frame).
  private anchorPts = 0;
  private anchorWallMs = Number.NaN;

  constructor(private readonly clockRate: number) {}

  /** True once a sender report of this track's SSRC was seen. */
  get synchronized(): boolean {
    return this.sr !== undefined;
  }

  /** Takes the latest sender report of the track's source. */
  onSenderReport(sr: Pick<RtcpSenderReport, 'ntpSeconds' | 'ntpFraction' | 'rtpTimestamp'>): void {
    this.sr = { ntpSeconds: sr.ntpSeconds, ntpFraction: sr.ntpFraction, rtpTimestamp: sr.rtpTimestamp };
  }

  /** Notes that the frame with `pts` arrived at `arrivalWallMs`: the fallback when no report came. */
  onFrame(pts: number, arrivalWallMs: number): void {
    this.anchorPts = pts;
    this.anchorWallMs = arrivalWallMs;
  }

  /** Unix ms of `pts`: from the sender report, else extrapolated from the last arrival, else undefined. */
  wallTimeMs(pts: number): number | undefined {
    if (this.clockRate <= 0) return undefined;
    if (this.sr !== undefined) return rtpTimestampToUnixMs(pts, this.sr, this.clockRate);
    if (Number.isNaN(this.anchorWallMs)) return undefined;
    return this.anchorWallMs + (rtpTimestampDiff(pts, this.anchorPts) * 1000) / this.clockRate;
  }
}
