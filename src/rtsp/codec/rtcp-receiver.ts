// Reception statistics of one RTP source and the RTCP receiver report built from them
// (RFC 3550 §6.4.2, with the sequence and jitter algorithms of Appendix A.1, A.3 and A.8).
// Reads only the fixed RTP header; depacketizing is src/media's work.

const RTCP_SR = 200;
const RTCP_RR = 201;
const RTCP_SDES = 202;
/** RFC 3550 A.1: a jump larger than this is treated as a restart, not loss. */
const MAX_DROPOUT = 3000;
const MAX_CNAME_BYTES = 255;

/** Counts, loss and jitter of one RTP stream as a receiver sees them. */
export class RtpReceptionStats {
  private started = false;
  private ssrc = 0;
  private baseSeq = 0;
  private maxSeq = 0;
  private cycles = 0;
  private received = 0;
  private expectedPrior = 0;
  private receivedPrior = 0;
  private transit = 0;
  private jitter = 0;
  private lastSrNtpMiddle = 0;
  private lastSrArrivalMs = -1;

  constructor(private readonly clockRate: number) {}

  /** Packets received (duplicates included, as RFC 3550 A.3 counts them). */
  get packetsReceived(): number {
    return this.received;
  }

  /** Packets expected minus received since the first packet; negative with duplicates. */
  get packetsLost(): number {
    return this.started ? this.expected() - this.received : 0;
  }

  /** Interarrival jitter in RTP clock units (RFC 3550 A.8). */
  get jitterRtp(): number {
    return Math.floor(this.jitter);
  }

  private expected(): number {
    return this.cycles + this.maxSeq - this.baseSeq + 1;
  }

  /** Accounts one RTP packet, `bytes[offset, offset + length)` as received, that arrived at `arrivalMs`. */
  onRtp(bytes: Uint8Array, arrivalMs: number, offset = 0, length = bytes.length - offset): void {
    const o = offset;
    if (length < 12 || (bytes[o] ?? 0) >> 6 !== 2) return;
    // Read big-endian fields by hand: a DataView per packet is garbage on the hot path.
    const seq = ((bytes[o + 2] ?? 0) << 8) | (bytes[o + 3] ?? 0);
    const timestamp =
      (((bytes[o + 4] ?? 0) << 24) | ((bytes[o + 5] ?? 0) << 16) | ((bytes[o + 6] ?? 0) << 8) | (bytes[o + 7] ?? 0)) >>>
      0;
    const ssrc =
      (((bytes[o + 8] ?? 0) << 24) |
        ((bytes[o + 9] ?? 0) << 16) |
        ((bytes[o + 10] ?? 0) << 8) |
        (bytes[o + 11] ?? 0)) >>>
      0;
    if (!this.started || ssrc !== this.ssrc) {
      this.started = true;
      this.ssrc = ssrc;
      this.baseSeq = seq;
      this.maxSeq = seq;
      this.cycles = 0;
      this.received = 0;
      this.expectedPrior = 0;
      this.receivedPrior = 0;
      this.jitter = 0;
      this.transit = Math.round((arrivalMs * this.clockRate) / 1000) - timestamp;
    } else {
      const delta = (seq - this.maxSeq) & 0xffff;
      if (delta > 0 && delta < MAX_DROPOUT) {
        if (seq < this.maxSeq) this.cycles += 0x10000;
        this.maxSeq = seq;
      } else if (delta >= MAX_DROPOUT && delta < 0x10000 - 100) {
        // A big jump: the sender restarted (RFC 3550 A.1 bad_seq); resynchronise on it.
        this.baseSeq = seq;
        this.maxSeq = seq;
        this.cycles = 0;
        this.received = 0;
        this.expectedPrior = 0;
        this.receivedPrior = 0;
      }
      const transit = Math.round((arrivalMs * this.clockRate) / 1000) - timestamp;
      const d = Math.abs(transit - this.transit);
      this.transit = transit;
      this.jitter += (d - this.jitter) / 16;
    }
    this.received++;
  }

  /** Notes a sender report in a compound RTCP packet, `bytes[offset, offset + length)`, for LSR/DLSR (RFC 3550 §6.4.1). */
  onRtcp(bytes: Uint8Array, arrivalMs: number, start = 0, length = bytes.length - start): void {
    const packet = new Uint8Array(bytes.buffer, bytes.byteOffset + start, length);
    const view = new DataView(packet.buffer, packet.byteOffset, packet.byteLength);
    let offset = 0;
    while (offset + 4 <= packet.length) {
      const pt = view.getUint8(offset + 1);
      const lengthBytes = (view.getUint16(offset + 2) + 1) * 4;
      if (pt === RTCP_SR && offset + 20 <= packet.length) {
        this.lastSrNtpMiddle = view.getUint32(offset + 10);
        this.lastSrArrivalMs = arrivalMs;
      }
      offset += lengthBytes;
    }
  }

  /**
   * A compound RTCP packet (RR + SDES CNAME, RFC 3550 §6.1) reporting on this source, or
   * undefined before any RTP arrived.
   */
  receiverReport(receiverSsrc: number, cname: string, nowMs: number): Uint8Array | undefined {
    if (!this.started) return undefined;
    const expected = this.expected();
    const expectedInterval = expected - this.expectedPrior;
    const receivedInterval = this.received - this.receivedPrior;
    this.expectedPrior = expected;
    this.receivedPrior = this.received;
    const lostInterval = expectedInterval - receivedInterval;
    const fraction =
      expectedInterval === 0 || lostInterval <= 0 ? 0 : Math.floor((lostInterval << 8) / expectedInterval);
    // Cumulative loss is a signed 24-bit field, clamped (RFC 3550 §6.4.1).
    const lost = Math.max(-0x800000, Math.min(0x7fffff, expected - this.received));
    const cnameBytes = new TextEncoder().encode(cname).subarray(0, MAX_CNAME_BYTES);
    const sdesChunkBytes = 4 + 2 + cnameBytes.length + 1;
    const sdesBytes = 4 + Math.ceil(sdesChunkBytes / 4) * 4;
    const out = new Uint8Array(32 + sdesBytes);
    const view = new DataView(out.buffer);
    view.setUint8(0, 0x81); // V=2, P=0, RC=1
    view.setUint8(1, RTCP_RR);
    view.setUint16(2, 7);
    view.setUint32(4, receiverSsrc >>> 0);
    view.setUint32(8, this.ssrc);
    view.setUint32(12, ((fraction & 0xff) << 24) | (lost & 0xffffff));
    view.setUint32(16, (this.cycles + this.maxSeq) >>> 0);
    view.setUint32(20, this.jitterRtp >>> 0);
    view.setUint32(24, this.lastSrNtpMiddle >>> 0);
    const dlsr = this.lastSrArrivalMs < 0 ? 0 : Math.floor(((nowMs - this.lastSrArrivalMs) * 65536) / 1000);
    view.setUint32(28, dlsr >>> 0);
    view.setUint8(32, 0x81); // V=2, SC=1
    view.setUint8(33, RTCP_SDES);
    view.setUint16(34, sdesBytes / 4 - 1);
    view.setUint32(36, receiverSsrc >>> 0);
    view.setUint8(40, 1); // CNAME
    view.setUint8(41, cnameBytes.length);
    out.set(cnameBytes, 42);
    // The END item and padding are the zero bytes already there.
    return out;
  }
}
