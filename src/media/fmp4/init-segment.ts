// fMP4 initialization segment: ftyp + moov (ISO/IEC 14496-12 §8.2-8.8, ISO 14496-15 for the
// AVC/HEVC sample entries, ISO 14496-14 §5.6 for esds). Sample tables are empty; samples come
// in movie fragments, with trex defaults per track (§8.8.3).
import { PsvisError } from '../../errors/psvis-error.ts';
import { parseAudioSpecificConfig } from '../aac.ts';
import { buildAvcC, parseH264Sps } from '../h264.ts';
import { buildHvcC, parseH265Sps } from '../h265.ts';
import type { TrackInfo } from '../types.ts';
import { box, fourcc, fullBox, serializeBoxes, u16, u32, u8, zeros } from './box-writer.ts';
import type { Box } from './box-writer.ts';

/** Movie header timescale (ms); tracks use their own clock rate as timescale. */
export const MOVIE_TIMESCALE = 1000;
/** Track count bound for an init segment (a camera has one video and at most a few audio tracks). */
export const MAX_TRACKS = 16;

/** Unity transformation matrix (§8.2.2.3). */
const UNITY_MATRIX = new Uint8Array([
  0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0,
]);

function containerError(message: string, details: Record<string, unknown> = {}): PsvisError {
  return new PsvisError('PSVIS_ERR_MEDIA_CONTAINER', message, details);
}

/** Picture size of a video track: from TrackInfo, else from its SPS. */
function videoSize(track: TrackInfo): { width: number; height: number } {
  if (track.width !== undefined && track.height !== undefined) {
    const { width, height } = track;
    // VisualSampleEntry width/height are 16-bit (ISO/IEC 14496-12 §12.1.3).
    if (
      !Number.isInteger(width) ||
      !Number.isInteger(height) ||
      width <= 0 ||
      height <= 0 ||
      width > 0xffff ||
      height > 0xffff
    ) {
      throw containerError('video width and height must be 1..65535', { width, height });
    }
    return { width, height };
  }
  const ps = track.parameterSets ?? [];
  const sps = track.codec === 'h264' ? ps[0] : ps[1];
  if (sps === undefined) throw containerError('video track has no SPS', { codec: track.codec });
  return track.codec === 'h264' ? parseH264Sps(sps) : parseH265Sps(sps);
}

/** VisualSampleEntry (§12.1.3) with its decoder configuration box. */
function visualSampleEntry(type: string, width: number, height: number, config: Box): Box {
  const compressorName = zeros(32);
  return box(
    type,
    zeros(6),
    u16(1), // data_reference_index
    zeros(16), // pre_defined, reserved, pre_defined[3]
    u16(width),
    u16(height),
    u32(0x00480000), // horizresolution 72 dpi
    u32(0x00480000), // vertresolution
    u32(0),
    u16(1), // frame_count
    compressorName,
    u16(0x0018), // depth
    u16(0xffff), // pre_defined = -1
    config,
  );
}

/** AudioSampleEntry (§12.2.3), version 0 layout also read by QuickTime readers. */
function audioSampleEntry(type: string, channels: number, sampleRate: number, ...extra: Box[]): Box {
  return box(
    type,
    zeros(6),
    u16(1), // data_reference_index
    zeros(8), // reserved (version, revision, vendor in QuickTime terms)
    u16(channels),
    u16(16), // samplesize
    zeros(4), // pre_defined, reserved
    u32(sampleRate <= 0xffff ? sampleRate * 0x10000 : 0), // 16.16 fixed point
    ...extra,
  );
}

/** MPEG-4 descriptor header with the minimal length encoding (ISO 14496-1 §8.3.3). */
function descriptor(tag: number, body: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of body) length += part.length;
  const lengthBytes: number[] = [];
  let l = length;
  do {
    lengthBytes.unshift(l & 0x7f);
    l >>>= 7;
  } while (l > 0);
  for (let i = 0; i < lengthBytes.length - 1; i++) lengthBytes[i] = (lengthBytes[i] ?? 0) | 0x80;
  const out = new Uint8Array(1 + lengthBytes.length + length);
  out[0] = tag;
  out.set(lengthBytes, 1);
  let pos = 1 + lengthBytes.length;
  for (const part of body) {
    out.set(part, pos);
    pos += part.length;
  }
  return out;
}

/** esds box for AAC (ISO 14496-14 §5.6, ES_Descriptor of ISO 14496-1 §7.2.6.5). */
function esds(trackId: number, audioSpecificConfig: Uint8Array): Box {
  const decoderSpecificInfo = descriptor(0x05, [audioSpecificConfig]);
  const decoderConfig = descriptor(0x04, [
    u8(0x40), // objectTypeIndication: Audio ISO/IEC 14496-3
    u8((0x05 << 2) | 1), // streamType audio, upStream 0, reserved 1
    new Uint8Array(3), // bufferSizeDB
    u32(0), // maxBitrate
    u32(0), // avgBitrate
    decoderSpecificInfo,
  ]);
  const slConfig = descriptor(0x06, [u8(0x02)]); // predefined: reserved for MP4 files
  return fullBox('esds', 0, 0, descriptor(0x03, [u16(trackId), u8(0), decoderConfig, slConfig]));
}

/** The sample entry, handler and picture size of one track. */
function sampleEntry(track: TrackInfo, trackId: number): { entry: Box; video: boolean; width: number; height: number } {
  const ps = track.parameterSets ?? [];
  switch (track.codec) {
    case 'h264': {
      const [sps, pps] = ps;
      if (sps === undefined || pps === undefined) throw containerError('H.264 track needs [sps, pps]', { trackId });
      const { width, height } = videoSize(track);
      return {
        entry: visualSampleEntry('avc1', width, height, box('avcC', buildAvcC(sps, pps))),
        video: true,
        width,
        height,
      };
    }
    case 'h265': {
      const [vps, sps, pps] = ps;
      if (vps === undefined || sps === undefined || pps === undefined) {
        throw containerError('H.265 track needs [vps, sps, pps]', { trackId });
      }
      const { width, height } = videoSize(track);
      const hvcC = box('hvcC', buildHvcC(vps, sps, pps));
      return { entry: visualSampleEntry('hvc1', width, height, hvcC), video: true, width, height };
    }
    case 'aac': {
      const asc = track.audioSpecificConfig;
      if (asc === undefined) throw containerError('AAC track needs an AudioSpecificConfig', { trackId });
      const config = parseAudioSpecificConfig(asc);
      const channels = track.channels ?? (config.channelConfiguration || 2);
      const entry = audioSampleEntry('mp4a', channels, config.samplingFrequency, esds(trackId, asc));
      return { entry, video: false, width: 0, height: 0 };
    }
    case 'pcma':
    case 'pcmu': {
      // QuickTime 'alaw'/'ulaw' entries: ffmpeg's mov demuxer maps them to pcm_alaw/pcm_mulaw
      // (libavformat/isom.c ff_codec_movaudio_tags); there is no ISO entry for G.711.
      const entry = audioSampleEntry(track.codec === 'pcma' ? 'alaw' : 'ulaw', track.channels ?? 1, track.clockRate);
      return { entry, video: false, width: 0, height: 0 };
    }
  }
}

function trak(track: TrackInfo, trackId: number): Box {
  if (!Number.isInteger(track.clockRate) || track.clockRate <= 0 || track.clockRate > 0xffffffff) {
    throw containerError('track clock rate must be a positive 32-bit integer', { trackId, clockRate: track.clockRate });
  }
  const { entry, video, width, height } = sampleEntry(track, trackId);
  const tkhd = fullBox(
    'tkhd',
    0,
    0x3, // track_enabled | track_in_movie
    u32(0), // creation_time
    u32(0), // modification_time
    u32(trackId),
    u32(0), // reserved
    u32(0), // duration: unknown, fragments carry it
    zeros(8),
    u16(0), // layer
    u16(0), // alternate_group
    u16(video ? 0 : 0x0100), // volume
    u16(0),
    UNITY_MATRIX,
    u32(width * 0x10000), // 16.16
    u32(height * 0x10000),
  );
  const mdhd = fullBox('mdhd', 0, 0, u32(0), u32(0), u32(track.clockRate), u32(0), u16(0x55c4), u16(0)); // 'und'
  const hdlr = fullBox(
    'hdlr',
    0,
    0,
    u32(0),
    fourcc(video ? 'vide' : 'soun'),
    zeros(12),
    new TextEncoder().encode(video ? 'VideoHandler\0' : 'SoundHandler\0'),
  );
  const mediaHeader = video ? fullBox('vmhd', 0, 1, zeros(8)) : fullBox('smhd', 0, 0, zeros(4));
  const dinf = box('dinf', fullBox('dref', 0, 0, u32(1), fullBox('url ', 0, 1)));
  const stbl = box(
    'stbl',
    fullBox('stsd', 0, 0, u32(1), entry),
    fullBox('stts', 0, 0, u32(0)),
    fullBox('stsc', 0, 0, u32(0)),
    fullBox('stsz', 0, 0, u32(0), u32(0)),
    fullBox('stco', 0, 0, u32(0)),
  );
  return box('trak', tkhd, box('mdia', mdhd, hdlr, box('minf', mediaHeader, dinf, stbl)));
}

/**
 * Builds an fMP4 initialization segment for the tracks, numbered 1..n in the order given.
 * Video tracks need their parameter sets; AAC its AudioSpecificConfig.
 */
export function buildInitSegment(tracks: readonly TrackInfo[]): Uint8Array {
  if (tracks.length === 0 || tracks.length > MAX_TRACKS) {
    throw containerError('an init segment needs 1..MAX_TRACKS tracks', { tracks: tracks.length });
  }
  const ftyp = box('ftyp', fourcc('isom'), u32(0x200), fourcc('isom'), fourcc('iso6'), fourcc('mp41'));
  const mvhd = fullBox(
    'mvhd',
    0,
    0,
    u32(0),
    u32(0),
    u32(MOVIE_TIMESCALE),
    u32(0), // duration: unknown
    u32(0x00010000), // rate 1.0
    u16(0x0100), // volume 1.0
    zeros(10),
    UNITY_MATRIX,
    zeros(24), // pre_defined
    u32(tracks.length + 1), // next_track_ID
  );
  const traks = tracks.map((t, i) => trak(t, i + 1));
  // trex defaults (§8.8.3); every fragment's trun overrides duration, size and flags.
  const trexes = tracks.map((_, i) => fullBox('trex', 0, 0, u32(i + 1), u32(1), u32(0), u32(0), u32(0)));
  const moov = box('moov', mvhd, ...traks, box('mvex', ...trexes));
  return serializeBoxes([ftyp, moov]);
}
