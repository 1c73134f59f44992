// Packetization shared by H.264 (RFC 6184) and H.265 (RFC 7798): a NAL that fits goes alone,
// a larger one is fragmented, and parameter sets can be aggregated into one packet.

import { PsvisError } from '../errors/psvis-error.ts';
import { RtpHeaderStamper } from './rtp.ts';
import type { PacketizerOptions } from './rtp.ts';
import { toRtpTimestamp32 } from './seq-unwrap.ts';
import type { MediaFrame, RtpPacket, VideoCodec } from './types.ts';

/** Options of the H.264 and H.265 packetizers. */
export interface NalPacketizerOptions extends PacketizerOptions {
  /** Put consecutive parameter sets (SPS+PPS, VPS+SPS+PPS) into one STAP-A / AP packet. */
  readonly aggregateParameterSets?: boolean;
}

/** Base of the H.264 / H.265 packetizers; subclasses supply the header layouts. */
export abstract class NalPacketizer {
  private readonly stamper: RtpHeaderStamper;
  private readonly aggregate: boolean;

  protected constructor(
    private readonly codec: VideoCodec,
    /** NAL header length: 1 for H.264, 2 for H.265. */
    private readonly nalHeaderBytes: 1 | 2,
    opts: NalPacketizerOptions,
  ) {
    // A fragment must carry at least one byte after its indicator/payload header and FU header.
    this.stamper = new RtpHeaderStamper(opts, nalHeaderBytes + 2);
    this.aggregate = opts.aggregateParameterSets ?? false;
  }

  /** Sequence number the next packet will get. */
  get nextSequenceNumber(): number {
    return this.stamper.nextSequenceNumber;
  }

  /** Packets of one access unit; the last carries the marker bit (RFC 6184 §5.1, RFC 7798 §4.1). */
  packetize(frame: MediaFrame): RtpPacket[] {
    if (frame.codec !== this.codec) {
      throw new PsvisError(
        'PSVIS_ERR_MEDIA_PACKETIZE',
        `a ${frame.codec} frame given to the ${this.codec} packetizer`,
        {
          codec: frame.codec,
        },
      );
    }
    const max = this.stamper.maxPayloadBytes;
    const payloads: Uint8Array[] = [];
    const units = frame.units;
    let i = 0;
    while (i < units.length) {
      const nal = units[i] ?? new Uint8Array(0);
      if (nal.length < this.nalHeaderBytes) {
        if (nal.length > 0) {
          throw new PsvisError('PSVIS_ERR_MEDIA_PACKETIZE', 'NAL unit shorter than its header', { bytes: nal.length });
        }
        i++; // an empty unit carries nothing
        continue;
      }
      if (this.aggregate && this.isParameterSet(nal)) {
        let j = i;
        let bytes = this.nalHeaderBytes;
        while (j < units.length) {
          const next = units[j];
          if (next === undefined || !this.isParameterSet(next) || bytes + 2 + next.length > max) break;
          bytes += 2 + next.length;
          j++;
        }
        if (j - i >= 2) {
          payloads.push(this.aggregation(units.slice(i, j), bytes));
          i = j;
          continue;
        }
      }
      if (nal.length <= max) payloads.push(nal);
      else this.fragment(nal, max, payloads);
      i++;
    }
    const ts = toRtpTimestamp32(frame.pts);
    const last = payloads.length - 1;
    return payloads.map((p, k) => this.stamper.packet(p, ts, k === last));
  }

  /** True for the NAL types worth aggregating (parameter sets). */
  protected abstract isParameterSet(nal: Uint8Array): boolean;

  /** Writes the aggregation packet's own header into `out` (RFC 6184 §5.7.1 / RFC 7798 §4.4.2). */
  protected abstract writeAggregationHeader(nals: readonly Uint8Array[], out: Uint8Array): void;

  /** Writes the fragmentation headers (FU indicator+header / payload header+FU header) into `out`. */
  protected abstract writeFragmentHeader(nal: Uint8Array, start: boolean, end: boolean, out: Uint8Array): void;

  private aggregation(nals: readonly Uint8Array[], bytes: number): Uint8Array {
    const out = new Uint8Array(bytes);
    this.writeAggregationHeader(nals, out);
    let o = this.nalHeaderBytes;
    for (const nal of nals) {
      out[o] = nal.length >> 8;
      out[o + 1] = nal.length & 0xff;
      out.set(nal, o + 2);
      o += 2 + nal.length;
    }
    return out;
  }

  private fragment(nal: Uint8Array, max: number, payloads: Uint8Array[]): void {
    const prefix = this.nalHeaderBytes + 1;
    const chunk = max - prefix;
    for (let o = this.nalHeaderBytes; o < nal.length; o += chunk) {
      const end = Math.min(nal.length, o + chunk);
      const out = new Uint8Array(prefix + end - o);
      this.writeFragmentHeader(nal, o === this.nalHeaderBytes, end === nal.length, out);
      out.set(nal.subarray(o, end), prefix);
      payloads.push(out);
    }
  }
}
