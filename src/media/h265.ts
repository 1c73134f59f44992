// H.265 sequence parameter set parsing (ITU-T H.265 §7.3.2.2, §7.3.3 profile_tier_level, Annex E
// VUI) and the HEVCDecoderConfigurationRecord (ISO 14496-15 §8.3.3.1). Pure.
import { PsvisError } from '../errors/psvis-error.ts';
import { BitReader, unescapeRbsp } from './bit-reader.ts';
import { MAX_PARAMETER_SET_BYTES, MAX_PICTURE_SIDE_PIXELS } from './h264.ts';
import { H265_NAL, h265NalType } from './nal-types.ts';

/** num_short_term_ref_pic_sets is at most 64 (H.265 §7.4.3.2.1). */
const MAX_SHORT_TERM_REF_PIC_SETS = 64;
/** num_negative_pics / num_positive_pics are at most sps_max_dec_pic_buffering (≤ 16). */
const MAX_DELTA_POCS = 16;

/** What psvis needs from an H.265 SPS. */
export interface H265Sps {
  readonly generalProfileSpace: number;
  readonly tierFlag: boolean;
  readonly profileIdc: number;
  /** general_profile_compatibility_flag[0..31] as read, flag[0] in the most significant bit. */
  readonly profileCompatibilityFlags: number;
  /** The 48 bits from general_progressive_source_flag on (§7.3.3), 6 bytes. */
  readonly constraintIndicatorFlags: Uint8Array;
  readonly levelIdc: number;
  readonly maxSubLayersMinus1: number;
  readonly temporalIdNesting: boolean;
  readonly chromaFormatIdc: number;
  readonly bitDepthLuma: number;
  readonly bitDepthChroma: number;
  /** Luma width and height with the conformance window applied (§7.4.3.2.1). */
  readonly width: number;
  readonly height: number;
  /** Pictures per second from VUI timing: time_scale / num_units_in_tick (§E.3.1). */
  readonly frameRate?: number;
  /** ISO 14496-15 Annex E.3 codecs parameter, e.g. 'hvc1.1.6.L93.B0'. */
  readonly codecString: string;
}

function bitstreamError(message: string, details: Record<string, unknown> = {}): PsvisError {
  return new PsvisError('PSVIS_ERR_MEDIA_BITSTREAM', message, details);
}

/** Reverses the bit order of a 32-bit number (Annex E.3 writes compatibility flags reversed). */
function reverseBits32(n: number): number {
  let out = 0;
  for (let i = 0; i < 32; i++) out = out * 2 + ((n >>> i) & 1);
  return out;
}

/** Builds the 'hvc1.' codecs string (ISO 14496-15 Annex E.3). */
export function h265CodecString(sps: Omit<H265Sps, 'codecString'>): string {
  const space = ['', 'A', 'B', 'C'][sps.generalProfileSpace] ?? '';
  const compat = reverseBits32(sps.profileCompatibilityFlags).toString(16).toUpperCase();
  const tier = sps.tierFlag ? 'H' : 'L';
  // Constraint bytes in hex, trailing zero bytes omitted.
  const bytes = Array.from(sps.constraintIndicatorFlags);
  while (bytes.length > 0 && bytes[bytes.length - 1] === 0) bytes.pop();
  const constraints = bytes.map((b) => `.${b.toString(16).toUpperCase()}`).join('');
  return `hvc1.${space}${sps.profileIdc}.${compat}.${tier}${sps.levelIdc}${constraints}`;
}

/** Skips scaling_list_data() (§7.3.4). */
function skipScalingListData(r: BitReader): void {
  for (let sizeId = 0; sizeId < 4; sizeId++) {
    for (let matrixId = 0; matrixId < 6; matrixId += sizeId === 3 ? 3 : 1) {
      if (!r.flag()) {
        r.ue(); // scaling_list_pred_matrix_id_delta
      } else {
        const coefNum = Math.min(64, 1 << (4 + (sizeId << 1)));
        if (sizeId > 1) r.se(); // scaling_list_dc_coef_minus8
        for (let i = 0; i < coefNum; i++) r.se();
      }
    }
  }
}

/** Skips st_ref_pic_set(stRpsIdx) in an SPS (§7.3.7), recording NumDeltaPocs for prediction. */
function skipShortTermRefPicSet(r: BitReader, idx: number, numDeltaPocs: number[]): void {
  if (idx !== 0 && r.flag()) {
    // inter_ref_pic_set_prediction_flag: in an SPS delta_idx_minus1 is absent, so RefRpsIdx = idx - 1.
    r.skip(1); // delta_rps_sign
    r.ue(); // abs_delta_rps_minus1
    const refCount = numDeltaPocs[idx - 1] ?? 0;
    let count = 0;
    for (let j = 0; j <= refCount; j++) {
      const used = r.flag();
      const useDelta = used ? true : r.flag();
      if (used || useDelta) count++;
    }
    numDeltaPocs[idx] = count;
    return;
  }
  const negative = r.ue();
  const positive = r.ue();
  if (negative > MAX_DELTA_POCS || positive > MAX_DELTA_POCS) {
    throw bitstreamError('st_ref_pic_set has too many pictures', { negative, positive });
  }
  for (let i = 0; i < negative + positive; i++) {
    r.ue(); // delta_poc_s0/s1_minus1
    r.skip(1); // used_by_curr_pic_s0/s1_flag
  }
  numDeltaPocs[idx] = negative + positive;
}

/** Reads vui_parameters() up to vui_timing_info (§E.2.1); returns pictures per second. */
function parseVuiFrameRate(r: BitReader): number | undefined {
  if (r.flag() && r.u(8) === 255) r.skip(32); // aspect_ratio_info, Extended_SAR
  if (r.flag()) r.skip(1); // overscan_info_present_flag
  if (r.flag()) {
    r.skip(4); // video_format, video_full_range_flag
    if (r.flag()) r.skip(24); // colour_description_present_flag
  }
  if (r.flag()) {
    r.ue(); // chroma_sample_loc_type_top_field
    r.ue(); // chroma_sample_loc_type_bottom_field
  }
  r.skip(3); // neutral_chroma_indication_flag, field_seq_flag, frame_field_info_present_flag
  if (r.flag()) {
    r.ue(); // def_disp_win offsets
    r.ue();
    r.ue();
    r.ue();
  }
  if (!r.flag()) return undefined; // vui_timing_info_present_flag
  const numUnitsInTick = r.u(32);
  const timeScale = r.u(32);
  if (numUnitsInTick === 0 || timeScale === 0) return undefined;
  return timeScale / numUnitsInTick;
}

/** Parses an H.265 SPS NAL unit (with its two-byte header, emulation prevention still in). */
export function parseH265Sps(nal: Uint8Array): H265Sps {
  if (nal.length < 4 || h265NalType(nal) !== H265_NAL.SPS) {
    throw bitstreamError('not an H.265 SPS NAL unit', { nalType: h265NalType(nal), bytes: nal.length });
  }
  if (nal.length > MAX_PARAMETER_SET_BYTES) {
    throw bitstreamError('H.265 SPS larger than MAX_PARAMETER_SET_BYTES', { bytes: nal.length });
  }
  const rbsp = unescapeRbsp(nal.subarray(2));
  const r = new BitReader(rbsp);
  r.skip(4); // sps_video_parameter_set_id
  const maxSubLayersMinus1 = r.u(3);
  if (maxSubLayersMinus1 > 6) throw bitstreamError('sps_max_sub_layers_minus1 out of range', { maxSubLayersMinus1 });
  const temporalIdNesting = r.flag();
  // profile_tier_level(1, sps_max_sub_layers_minus1) (§7.3.3); it starts byte-aligned at byte 1.
  const generalProfileSpace = r.u(2);
  const tierFlag = r.flag();
  const profileIdc = r.u(5);
  const profileCompatibilityFlags = r.u(32);
  const constraintIndicatorFlags = rbsp.slice(6, 12);
  r.skip(48);
  const levelIdc = r.u(8);
  const subProfilePresent: boolean[] = [];
  const subLevelPresent: boolean[] = [];
  for (let i = 0; i < maxSubLayersMinus1; i++) {
    subProfilePresent.push(r.flag());
    subLevelPresent.push(r.flag());
  }
  if (maxSubLayersMinus1 > 0) r.skip(2 * (8 - maxSubLayersMinus1)); // reserved_zero_2bits
  for (let i = 0; i < maxSubLayersMinus1; i++) {
    if (subProfilePresent[i] === true) r.skip(88); // sub-layer profile space .. reserved bits
    if (subLevelPresent[i] === true) r.skip(8); // sub_layer_level_idc
  }
  const spsId = r.ue();
  if (spsId > 15) throw bitstreamError('sps_seq_parameter_set_id out of range', { spsId });
  const chromaFormatIdc = r.ue();
  if (chromaFormatIdc > 3) throw bitstreamError('chroma_format_idc out of range', { chromaFormatIdc });
  const separateColourPlane = chromaFormatIdc === 3 ? r.flag() : false;
  let width = r.ue();
  let height = r.ue();
  if (width > MAX_PICTURE_SIDE_PIXELS || height > MAX_PICTURE_SIDE_PIXELS) {
    throw bitstreamError('picture size beyond MAX_PICTURE_SIDE_PIXELS', { width, height });
  }
  if (r.flag()) {
    // conformance_window_flag: offsets in chroma sample units (§7.4.3.2.1, SubWidthC/SubHeightC).
    const chromaArrayType = separateColourPlane ? 0 : chromaFormatIdc;
    const subWidthC = chromaArrayType === 1 || chromaArrayType === 2 ? 2 : 1;
    const subHeightC = chromaArrayType === 1 ? 2 : 1;
    const left = r.ue();
    const right = r.ue();
    const top = r.ue();
    const bottom = r.ue();
    width -= subWidthC * (left + right);
    height -= subHeightC * (top + bottom);
  }
  if (width <= 0 || height <= 0) throw bitstreamError('H.265 SPS gives an empty picture', { width, height });
  const bitDepthLuma = r.ue() + 8;
  const bitDepthChroma = r.ue() + 8;
  if (bitDepthLuma > 16 || bitDepthChroma > 16) {
    throw bitstreamError('bit depth out of range', { bitDepthLuma, bitDepthChroma });
  }
  const log2MaxPocLsb = r.ue() + 4;
  if (log2MaxPocLsb > 16) throw bitstreamError('log2_max_pic_order_cnt_lsb_minus4 out of range');
  const orderingInfoForAll = r.flag();
  for (let i = orderingInfoForAll ? 0 : maxSubLayersMinus1; i <= maxSubLayersMinus1; i++) {
    r.ue(); // sps_max_dec_pic_buffering_minus1
    r.ue(); // sps_max_num_reorder_pics
    r.ue(); // sps_max_latency_increase_plus1
  }
  for (let i = 0; i < 6; i++) r.ue(); // coding/transform block sizes and hierarchy depths
  if (r.flag() && r.flag()) skipScalingListData(r); // scaling_list_enabled, sps_scaling_list_data_present
  r.skip(2); // amp_enabled_flag, sample_adaptive_offset_enabled_flag
  if (r.flag()) {
    // pcm_enabled_flag
    r.skip(8); // pcm_sample_bit_depth_luma_minus1, chroma_minus1
    r.ue();
    r.ue();
    r.skip(1); // pcm_loop_filter_disabled_flag
  }
  const numStRps = r.ue();
  if (numStRps > MAX_SHORT_TERM_REF_PIC_SETS) throw bitstreamError('too many st_ref_pic_sets', { numStRps });
  const numDeltaPocs: number[] = [];
  for (let i = 0; i < numStRps; i++) skipShortTermRefPicSet(r, i, numDeltaPocs);
  if (r.flag()) {
    // long_term_ref_pics_present_flag
    const numLt = r.ue();
    if (numLt > 32) throw bitstreamError('num_long_term_ref_pics_sps out of range', { numLt });
    for (let i = 0; i < numLt; i++) r.skip(log2MaxPocLsb + 1);
  }
  r.skip(2); // sps_temporal_mvp_enabled_flag, strong_intra_smoothing_enabled_flag
  const frameRate = r.flag() ? parseVuiFrameRate(r) : undefined;
  const fields = {
    generalProfileSpace,
    tierFlag,
    profileIdc,
    profileCompatibilityFlags,
    constraintIndicatorFlags,
    levelIdc,
    maxSubLayersMinus1,
    temporalIdNesting,
    chromaFormatIdc,
    bitDepthLuma,
    bitDepthChroma,
    width,
    height,
    ...(frameRate === undefined ? {} : { frameRate }),
  };
  return { ...fields, codecString: h265CodecString(fields) };
}

/**
 * Builds an HEVCDecoderConfigurationRecord (ISO 14496-15 §8.3.3.1.2) holding one VPS, SPS and
 * PPS as complete arrays, with 4-byte NAL length prefixes.
 */
export function buildHvcC(vps: Uint8Array, sps: Uint8Array, pps: Uint8Array): Uint8Array {
  const info = parseH265Sps(sps);
  const sets: [number, Uint8Array][] = [
    [H265_NAL.VPS, vps],
    [H265_NAL.SPS, sps],
    [H265_NAL.PPS, pps],
  ];
  for (const [type, nal] of sets) {
    if (nal.length < 2 || nal.length > MAX_PARAMETER_SET_BYTES || h265NalType(nal) !== type) {
      throw bitstreamError('H.265 parameter set of the wrong type or size', { expected: type, got: h265NalType(nal) });
    }
  }
  const out = new Uint8Array(23 + 3 * 5 + vps.length + sps.length + pps.length);
  const view = new DataView(out.buffer);
  out[0] = 1; // configurationVersion
  out[1] = (info.generalProfileSpace << 6) | (info.tierFlag ? 0x20 : 0) | info.profileIdc;
  view.setUint32(2, info.profileCompatibilityFlags);
  out.set(info.constraintIndicatorFlags, 6);
  out[12] = info.levelIdc;
  view.setUint16(13, 0xf000); // reserved '1111' + min_spatial_segmentation_idc 0
  out[15] = 0xfc; // reserved + parallelismType 0 (unknown)
  out[16] = 0xfc | info.chromaFormatIdc;
  out[17] = 0xf8 | (info.bitDepthLuma - 8);
  out[18] = 0xf8 | (info.bitDepthChroma - 8);
  view.setUint16(19, 0); // avgFrameRate unspecified
  // constantFrameRate 0, numTemporalLayers, temporalIdNested, lengthSizeMinusOne 3
  out[21] = ((info.maxSubLayersMinus1 + 1) << 3) | (info.temporalIdNesting ? 4 : 0) | 3;
  out[22] = sets.length; // numOfArrays
  let p = 23;
  for (const [type, nal] of sets) {
    out[p] = 0x80 | type; // array_completeness 1, NAL_unit_type
    view.setUint16(p + 1, 1); // numNalus
    view.setUint16(p + 3, nal.length);
    out.set(nal, p + 5);
    p += 5 + nal.length;
  }
  return out;
}

/** Parameter sets in an HEVCDecoderConfigurationRecord, in record order (views into `bytes`). */
export interface HvcC {
  readonly lengthSize: 1 | 2 | 4;
  readonly vps: readonly Uint8Array[];
  readonly sps: readonly Uint8Array[];
  readonly pps: readonly Uint8Array[];
}

/** Parses an HEVCDecoderConfigurationRecord (ISO 14496-15 §8.3.3.1.2). */
export function parseHvcC(bytes: Uint8Array): HvcC {
  if (bytes.length < 23 || bytes[0] !== 1) throw bitstreamError('not an HEVCDecoderConfigurationRecord');
  const lengthSize = ((bytes[21] ?? 0) & 3) + 1;
  if (lengthSize === 3) throw bitstreamError('hvcC lengthSizeMinusOne of 2 is reserved');
  const out = { vps: [] as Uint8Array[], sps: [] as Uint8Array[], pps: [] as Uint8Array[] };
  const arrays = bytes[22] ?? 0;
  let p = 23;
  for (let a = 0; a < arrays; a++) {
    if (p + 3 > bytes.length) throw bitstreamError('hvcC array header runs past the record');
    const type = (bytes[p] ?? 0) & 0x3f;
    const count = ((bytes[p + 1] ?? 0) << 8) | (bytes[p + 2] ?? 0);
    p += 3;
    for (let i = 0; i < count; i++) {
      if (p + 2 > bytes.length) throw bitstreamError('hvcC NAL length runs past the record');
      const len = ((bytes[p] ?? 0) << 8) | (bytes[p + 1] ?? 0);
      if (p + 2 + len > bytes.length) throw bitstreamError('hvcC NAL unit runs past the record');
      const nal = bytes.subarray(p + 2, p + 2 + len);
      if (type === H265_NAL.VPS) out.vps.push(nal);
      else if (type === H265_NAL.SPS) out.sps.push(nal);
      else if (type === H265_NAL.PPS) out.pps.push(nal);
      p += 2 + len;
    }
  }
  return { lengthSize: lengthSize as 1 | 2 | 4, ...out };
}
