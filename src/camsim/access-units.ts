// Groups the NAL units of an Annex B elementary stream into access units (pictures), the way a
// camera's encoder hands them to its RTP packetizer. Pure: NAL units in, access units out.
import { PsvisError } from '../errors/psvis-error.ts';
import { H264_NAL, H265_NAL, h264NalType, h265NalType } from '../media/nal-types.ts';
import type { VideoCodec } from '../media/types.ts';

/** One picture: its NAL units (views into the stream) and whether a decoder can start there. */
export interface AccessUnit {
  readonly nals: readonly Uint8Array[];
  readonly keyframe: boolean;
}

// H.264 §7.4.1.2.3: these non-VCL NAL types may open a new access unit (SEI, SPS, PPS, AUD, 14..18).
function h264StartsAccessUnit(type: number): boolean {
  return type === H264_NAL.SEI || type === H264_NAL.SPS || type === H264_NAL.PPS || type === H264_NAL.AUD;
}

// H.265 §7.4.2.4.4: VPS, SPS, PPS, AUD and prefix SEI before the first VCL NAL of a picture.
function h265StartsAccessUnit(type: number): boolean {
  return (
    type === H265_NAL.VPS ||
    type === H265_NAL.SPS ||
    type === H265_NAL.PPS ||
    type === H265_NAL.AUD ||
    type === H265_NAL.SEI_PREFIX
  );
}

/**
 * Splits NAL units into access units. A VCL NAL whose first slice flag is set (H.264
 * first_mb_in_slice = 0, coded ue(v) '1'; H.265 first_slice_segment_in_pic_flag) begins a new
 * picture unless parameter sets or SEI already began it.
 */
export function groupAccessUnits(nals: readonly Uint8Array[], codec: VideoCodec): AccessUnit[] {
  const out: AccessUnit[] = [];
  let current: Uint8Array[] = [];
  let sawVcl = false;
  let keyframe = false;
  const flush = (): void => {
    if (current.length > 0 && sawVcl) out.push({ nals: current, keyframe });
    else if (current.length > 0) {
      throw new PsvisError('PSVIS_ERR_CAMSIM_CLIP', 'access unit without a picture in the clip', {
        nals: current.length,
      });
    }
    current = [];
    sawVcl = false;
    keyframe = false;
  };
  for (const nal of nals) {
    const h264 = codec === 'h264';
    const type = h264 ? h264NalType(nal) : h265NalType(nal);
    const vcl = h264 ? type >= 1 && type <= 5 : type < 32;
    if (vcl) {
      const firstSlice = h264 ? ((nal[1] ?? 0) & 0x80) !== 0 : ((nal[2] ?? 0) & 0x80) !== 0;
      if (firstSlice && sawVcl) flush();
      sawVcl = true;
      if (h264 ? type === H264_NAL.IDR : type >= H265_NAL.IRAP_FIRST && type <= H265_NAL.IRAP_LAST) keyframe = true;
    } else if (sawVcl && (h264 ? h264StartsAccessUnit(type) : h265StartsAccessUnit(type))) {
      flush();
    }
    current.push(nal);
  }
  flush();
  return out;
}

/** True for parameter-set NAL units (H.264 SPS/PPS, H.265 VPS/SPS/PPS). */
export function isParameterSet(nal: Uint8Array, codec: VideoCodec): boolean {
  if (codec === 'h264') {
    const t = h264NalType(nal);
    return t === H264_NAL.SPS || t === H264_NAL.PPS;
  }
  const t = h265NalType(nal);
  return t === H265_NAL.VPS || t === H265_NAL.SPS || t === H265_NAL.PPS;
}
