// Which RTP packets begin an H.264 keyframe: the benchmark source counts frames from there, and
// the pipeline benchmark knows from it which replayed frames a recorder can keep.

/**
 * Whether an RTP packet starts an H.264 keyframe (RFC 6184 §5.2 payload structures): SPS or IDR
 * as a single NAL unit, a STAP-A whose first NAL unit is one, or the first FU-A of an IDR.
 */
export function startsH264Keyframe(packet: Uint8Array): boolean {
  const csrcCount = (packet[0] ?? 0) & 0x0f;
  const hasExtension = ((packet[0] ?? 0) & 0x10) !== 0;
  let offset = 12 + 4 * csrcCount;
  if (hasExtension) offset += 4 + 4 * (((packet[offset + 2] ?? 0) << 8) | (packet[offset + 3] ?? 0));
  const type = (packet[offset] ?? 0) & 0x1f;
  const isKey = (t: number): boolean => t === 5 || t === 7;
  if (type === 24) return isKey((packet[offset + 3] ?? 0) & 0x1f); // §5.7.1 STAP-A: 2-byte size, then NAL
  if (type === 28) return ((packet[offset + 1] ?? 0) & 0x80) !== 0 && isKey((packet[offset + 1] ?? 0) & 0x1f); // §5.8 FU-A
  return isKey(type);
}
