// H.264 sequence parameter set parsing (ITU-T H.264 §7.3.2.1.1, Annex E VUI) and the
// AVCDecoderConfigurationRecord (ISO 14496-15 §5.3.3.1). Pure.
import { PsvisError } from '../errors/psvis-error.ts';
import { BitReader, unescapeRbsp } from './bit-reader.ts';
import { H264_NAL, h264NalType } from './nal-types.ts';

/** Largest SPS or PPS psvis accepts (real ones are tens of bytes; scaling lists add ~100). */
export const MAX_PARAMETER_SET_BYTES = 4096;

/**
 * Largest picture side accepted: sqrt(8 * MaxLumaPs) at H.265 level 6.2 (Table A.8), also above any
 * H.264 level 6.2 frame (Table A-1, 139264 macroblocks); a bound on garbage, not a policy.
 */
export const MAX_PICTURE_SIDE_PIXELS = 16888;

/** Profiles whose SPS carries chroma_format_idc, bit depths and scaling lists (H.264 §7.3.2.1.1). */
const HIGH_PROFILES = new Set([100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134, 135]);

/** What psvis needs from an H.264 SPS. */
export interface H264Sps {
  readonly profileIdc: number;
  /** constraint_set0..5_flag and reserved bits: the byte between profile and level. */
  readonly constraintFlags: number;
  readonly levelIdc: number;
  readonly spsId: number;
  readonly chromaFormatIdc: number;
  readonly bitDepthLuma: number;
  readonly bitDepthChroma: number;
  readonly frameMbsOnly: boolean;
  /** Luma width and height in pixels with frame cropping applied. */
  readonly width: number;
  readonly height: number;
  /** Frames per second from VUI timing_info: time_scale / (2 * num_units_in_tick) (§E.2.1). */
  readonly frameRate?: number;
  /** RFC 6381 §3.3 codecs parameter, 'avc1.PPCCLL'. */
  readonly codecString: string;
}

function hex2(n: number): string {
  return n.toString(16).padStart(2, '0');
}

function bitstreamError(message: string, details: Record<string, unknown> = {}): PsvisError {
  return new PsvisError('PSVIS_ERR_MEDIA_BITSTREAM', message, details);
}

/** Skips scaling_list(sizeOfScalingList) (§7.3.2.1.1.1); only the syntax matters here. */
function skipScalingList(r: BitReader, size: number): void {
  let last = 8;
  let next = 8;
  for (let j = 0; j < size; j++) {
    if (next !== 0) {
      const delta = r.se();
      next = (last + delta + 256) % 256;
    }
    last = next === 0 ? last : next;
  }
}

/** Parses an H.264 SPS NAL unit (with its one-byte header, emulation prevention still in). */
export function parseH264Sps(nal: Uint8Array): H264Sps {
  if (nal.length < 4 || h264NalType(nal) !== H264_NAL.SPS) {
    throw bitstreamError('not an H.264 SPS NAL unit', { nalType: h264NalType(nal), bytes: nal.length });
  }
  if (nal.length > MAX_PARAMETER_SET_BYTES) {
    throw bitstreamError('H.264 SPS larger than MAX_PARAMETER_SET_BYTES', { bytes: nal.length });
  }
  const r = new BitReader(unescapeRbsp(nal.subarray(1)));
  const profileIdc = r.u(8);
  const constraintFlags = r.u(8);
  const levelIdc = r.u(8);
  const spsId = r.ue();
  if (spsId > 31) throw bitstreamError('seq_parameter_set_id out of range', { spsId });
  let chromaFormatIdc = 1;
  let separateColourPlane = false;
  let bitDepthLuma = 8;
  let bitDepthChroma = 8;
  if (HIGH_PROFILES.has(profileIdc)) {
    chromaFormatIdc = r.ue();
    if (chromaFormatIdc > 3) throw bitstreamError('chroma_format_idc out of range', { chromaFormatIdc });
    if (chromaFormatIdc === 3) separateColourPlane = r.flag();
    bitDepthLuma = r.ue() + 8;
    bitDepthChroma = r.ue() + 8;
    if (bitDepthLuma > 14 || bitDepthChroma > 14) {
      throw bitstreamError('bit depth out of range', { bitDepthLuma, bitDepthChroma });
    }
    r.skip(1); // qpprime_y_zero_transform_bypass_flag
    if (r.flag()) {
      // seq_scaling_matrix_present_flag: 8 lists, or 12 for 4:4:4 (§7.3.2.1.1).
      const lists = chromaFormatIdc === 3 ? 12 : 8;
      for (let i = 0; i < lists; i++) {
        if (r.flag()) skipScalingList(r, i < 6 ? 16 : 64);
      }
    }
  }
  const log2MaxFrameNumMinus4 = r.ue();
  if (log2MaxFrameNumMinus4 > 12) throw bitstreamError('log2_max_frame_num_minus4 out of range');
  const picOrderCntType = r.ue();
  if (picOrderCntType === 0) {
    r.ue(); // log2_max_pic_order_cnt_lsb_minus4
  } else if (picOrderCntType === 1) {
    r.skip(1); // delta_pic_order_always_zero_flag
    r.se(); // offset_for_non_ref_pic
    r.se(); // offset_for_top_to_bottom_field
    const cycle = r.ue();
    if (cycle > 255) throw bitstreamError('num_ref_frames_in_pic_order_cnt_cycle out of range', { cycle });
    for (let i = 0; i < cycle; i++) r.se();
  } else if (picOrderCntType !== 2) {
    throw bitstreamError('pic_order_cnt_type out of range', { picOrderCntType });
  }
  r.ue(); // max_num_ref_frames
  r.skip(1); // gaps_in_frame_num_value_allowed_flag
  const widthMbs = r.ue() + 1;
  const heightMapUnits = r.ue() + 1;
  const frameMbsOnly = r.flag();
  if (!frameMbsOnly) r.skip(1); // mb_adaptive_frame_field_flag
  r.skip(1); // direct_8x8_inference_flag
  // Frame height in macroblocks doubles for field coding (§7.4.2.1.1, FrameHeightInMbs).
  const heightMbs = (frameMbsOnly ? 1 : 2) * heightMapUnits;
  if (widthMbs * 16 > MAX_PICTURE_SIDE_PIXELS || heightMbs * 16 > MAX_PICTURE_SIDE_PIXELS) {
    throw bitstreamError('picture size beyond MAX_PICTURE_SIDE_PIXELS', { widthMbs, heightMbs });
  }
  let width = widthMbs * 16;
  let height = heightMbs * 16;
  if (r.flag()) {
    // frame_cropping_flag: offsets are in CropUnitX/CropUnitY (§7.4.2.1.1, Table 6-1).
    const left = r.ue();
    const right = r.ue();
    const top = r.ue();
    const bottom = r.ue();
    const chromaArrayType = separateColourPlane ? 0 : chromaFormatIdc;
    const subWidthC = chromaArrayType === 1 || chromaArrayType === 2 ? 2 : 1;
    const subHeightC = chromaArrayType === 1 ? 2 : 1;
    const cropUnitX = chromaArrayType === 0 ? 1 : subWidthC;
    const cropUnitY = (chromaArrayType === 0 ? 1 : subHeightC) * (frameMbsOnly ? 1 : 2);
    width -= cropUnitX * (left + right);
    height -= cropUnitY * (top + bottom);
    if (width <= 0 || height <= 0) throw bitstreamError('frame cropping removes the whole picture');
  }
  let frameRate: number | undefined;
  if (r.bitsLeft > 0 && r.flag()) frameRate = parseVuiFrameRate(r);
  const codecString = `avc1.${hex2(profileIdc)}${hex2(constraintFlags)}${hex2(levelIdc)}`;
  return {
    profileIdc,
    constraintFlags,
    levelIdc,
    spsId,
    chromaFormatIdc,
    bitDepthLuma,
    bitDepthChroma,
    frameMbsOnly,
    width,
    height,
    ...(frameRate === undefined ? {} : { frameRate }),
    codecString,
  };
}

/** Reads vui_parameters() up to timing_info (§E.1.1); returns the frame rate when given. */
function parseVuiFrameRate(r: BitReader): number | undefined {
  if (r.flag()) {
    // aspect_ratio_info_present_flag; Extended_SAR = 255 adds sar_width and sar_height.
    if (r.u(8) === 255) r.skip(32);
  }
  if (r.flag()) r.skip(1); // overscan_info_present_flag → overscan_appropriate_flag
  if (r.flag()) {
    // video_signal_type_present_flag: video_format, video_full_range_flag
    r.skip(4);
    if (r.flag()) r.skip(24); // colour_description_present_flag
  }
  if (r.flag()) {
    r.ue(); // chroma_sample_loc_type_top_field
    r.ue(); // chroma_sample_loc_type_bottom_field
  }
  if (!r.flag()) return undefined; // timing_info_present_flag
  const numUnitsInTick = r.u(32);
  const timeScale = r.u(32);
  if (numUnitsInTick === 0 || timeScale === 0) return undefined;
  // One frame is two field ticks for H.264 (§E.2.1, equation E-5 with fixed_frame_rate).
  return timeScale / (2 * numUnitsInTick);
}

/**
 * Builds an AVCDecoderConfigurationRecord (ISO 14496-15 §5.3.3.1.2) with one SPS and one PPS
 * and 4-byte NAL length prefixes; high profiles get the chroma/bit depth extension.
 */
export function buildAvcC(sps: Uint8Array, pps: Uint8Array): Uint8Array {
  const info = parseH264Sps(sps);
  if (pps.length === 0 || pps.length > MAX_PARAMETER_SET_BYTES || h264NalType(pps) !== H264_NAL.PPS) {
    throw bitstreamError('not an H.264 PPS NAL unit', { nalType: h264NalType(pps), bytes: pps.length });
  }
  const high = info.profileIdc === 100 || info.profileIdc === 110 || info.profileIdc === 122 || info.profileIdc === 144;
  const out = new Uint8Array(6 + 2 + sps.length + 1 + 2 + pps.length + (high ? 4 : 0));
  out[0] = 1; // configurationVersion
  out[1] = sps[1] ?? 0; // AVCProfileIndication
  out[2] = sps[2] ?? 0; // profile_compatibility
  out[3] = sps[3] ?? 0; // AVCLevelIndication
  out[4] = 0xfc | 3; // reserved '111111' + lengthSizeMinusOne
  out[5] = 0xe0 | 1; // reserved '111' + numOfSequenceParameterSets
  let p = 6;
  out[p++] = sps.length >> 8;
  out[p++] = sps.length & 0xff;
  out.set(sps, p);
  p += sps.length;
  out[p++] = 1; // numOfPictureParameterSets
  out[p++] = pps.length >> 8;
  out[p++] = pps.length & 0xff;
  out.set(pps, p);
  p += pps.length;
  if (high) {
    out[p++] = 0xfc | info.chromaFormatIdc;
    out[p++] = 0xf8 | (info.bitDepthLuma - 8);
    out[p++] = 0xf8 | (info.bitDepthChroma - 8);
    out[p++] = 0; // numOfSequenceParameterSetExt
  }
  return out;
}

/** The parameter sets and NAL length size in an AVCDecoderConfigurationRecord (§5.3.3.1.2). */
export interface AvcC {
  readonly lengthSize: 1 | 2 | 4;
  readonly sps: readonly Uint8Array[];
  readonly pps: readonly Uint8Array[];
}

/** Parses an AVCDecoderConfigurationRecord; parameter sets are views into `bytes`. */
export function parseAvcC(bytes: Uint8Array): AvcC {
  if (bytes.length < 7 || bytes[0] !== 1) throw bitstreamError('not an AVCDecoderConfigurationRecord');
  const lengthSize = ((bytes[4] ?? 0) & 3) + 1;
  if (lengthSize === 3) throw bitstreamError('avcC lengthSizeMinusOne of 2 is reserved');
  let p = 5;
  const readSets = (count: number): Uint8Array[] => {
    const sets: Uint8Array[] = [];
    for (let i = 0; i < count; i++) {
      const len = ((bytes[p] ?? 0) << 8) | (bytes[p + 1] ?? 0);
      if (p + 2 + len > bytes.length) throw bitstreamError('avcC parameter set runs past the record');
      sets.push(bytes.subarray(p + 2, p + 2 + len));
      p += 2 + len;
    }
    return sets;
  };
  const sps = readSets((bytes[p++] ?? 0) & 0x1f);
  if (p >= bytes.length) throw bitstreamError('avcC ends before its PPS count');
  const pps = readSets(bytes[p++] ?? 0);
  return { lengthSize: lengthSize as 1 | 2 | 4, sps, pps };
}
