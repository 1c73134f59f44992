// NAL unit header fields shared by depacketizers, parsers and muxers.

/** H.264 nal_unit_type (ITU-T H.264 §7.4.1, Table 7-1) values psvis acts on. */
export const H264_NAL = {
  NON_IDR: 1,
  IDR: 5,
  SEI: 6,
  SPS: 7,
  PPS: 8,
  AUD: 9,
  /** RFC 6184 §5.7.1 single-time aggregation packet. */
  STAP_A: 24,
  /** RFC 6184 §5.8 fragmentation unit. */
  FU_A: 28,
} as const;

/** H.265 nal_unit_type (ITU-T H.265 §7.4.2.2, Table 7-1) values psvis acts on. */
export const H265_NAL = {
  /** BLA_W_LP..CRA_NUT (16..21) are IRAP pictures a decoder can start from. */
  IRAP_FIRST: 16,
  IRAP_LAST: 21,
  VPS: 32,
  SPS: 33,
  PPS: 34,
  AUD: 35,
  SEI_PREFIX: 39,
  /** RFC 7798 §4.4.2 aggregation packet. */
  AP: 48,
  /** RFC 7798 §4.4.3 fragmentation unit. */
  FU: 49,
} as const;

/** nal_unit_type of an H.264 NAL unit (low 5 bits of the first byte). */
export function h264NalType(nal: Uint8Array): number {
  return (nal[0] ?? 0) & 0x1f;
}

/** nal_unit_type of an H.265 NAL unit (bits 1..6 of the two-byte header). */
export function h265NalType(nal: Uint8Array): number {
  return ((nal[0] ?? 0) >> 1) & 0x3f;
}

/** True when an H.264 access unit holding this NAL can be decoded on its own (IDR). */
export function isH264KeyNal(nal: Uint8Array): boolean {
  return h264NalType(nal) === H264_NAL.IDR;
}

/** True when an H.265 access unit holding this NAL can be decoded on its own (IRAP). */
export function isH265KeyNal(nal: Uint8Array): boolean {
  const t = h265NalType(nal);
  return t >= H265_NAL.IRAP_FIRST && t <= H265_NAL.IRAP_LAST;
}
