// AAC AudioSpecificConfig (ISO 14496-3 §1.6.2.1) and ADTS headers (ISO 14496-3 §1.A.2.2). Pure.
import { PsvisError } from '../errors/psvis-error.ts';
import { BitReader } from './bit-reader.ts';

/** samplingFrequencyIndex → Hz (ISO 14496-3 §1.6.3.4, Table 1.18); 0xF means explicit. */
export const AAC_SAMPLING_FREQUENCIES: readonly number[] = [
  96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350,
];

/** ADTS header bytes without (7) and with (9) CRC (§1.A.2.2.1). */
export const ADTS_HEADER_BYTES = 7;
const ADTS_CRC_BYTES = 2;

/** Audio object types with the explicit SBR/PS extension layout (§1.6.2.1: 5 = SBR, 29 = PS). */
const AOT_SBR = 5;
const AOT_PS = 29;

/** The fields psvis uses from an AudioSpecificConfig. */
export interface AudioSpecificConfig {
  /** audioObjectType (2 = AAC LC); for explicit SBR/PS, the underlying core type. */
  readonly objectType: number;
  readonly samplingFrequency: number;
  /** channelConfiguration (§1.6.3.5); 0 means a program_config_element defines the channels. */
  readonly channelConfiguration: number;
  /** Output sampling frequency when explicit SBR/PS signalling doubles it. */
  readonly extensionSamplingFrequency?: number;
}

function audioError(message: string, details: Record<string, unknown> = {}): PsvisError {
  return new PsvisError('PSVIS_ERR_MEDIA_BITSTREAM', message, details);
}

function readObjectType(r: BitReader): number {
  const t = r.u(5);
  return t === 31 ? 32 + r.u(6) : t; // audioObjectTypeExt (§1.6.2.1, GetAudioObjectType)
}

function readFrequency(r: BitReader): number {
  const index = r.u(4);
  if (index === 0xf) return r.u(24);
  const hz = AAC_SAMPLING_FREQUENCIES[index];
  if (hz === undefined) throw audioError('reserved samplingFrequencyIndex', { index });
  return hz;
}

/** Parses the leading fields of an AudioSpecificConfig (ISO 14496-3 §1.6.2.1). */
export function parseAudioSpecificConfig(bytes: Uint8Array): AudioSpecificConfig {
  const r = new BitReader(bytes);
  let objectType = readObjectType(r);
  const samplingFrequency = readFrequency(r);
  const channelConfiguration = r.u(4);
  if (objectType === 0) throw audioError('audioObjectType 0 is null');
  if (objectType === AOT_SBR || objectType === AOT_PS) {
    const extensionSamplingFrequency = readFrequency(r);
    objectType = readObjectType(r);
    return { objectType, samplingFrequency, channelConfiguration, extensionSamplingFrequency };
  }
  return { objectType, samplingFrequency, channelConfiguration };
}

/**
 * Builds a minimal AudioSpecificConfig: object type, frequency (index when in Table 1.18,
 * otherwise explicit 24 bits), channel configuration, zero GASpecificConfig bits (§4.4.1).
 */
export function buildAudioSpecificConfig(config: {
  objectType: number;
  samplingFrequency: number;
  channelConfiguration: number;
}): Uint8Array {
  const { objectType, samplingFrequency, channelConfiguration } = config;
  // 31 is the escape value, not an object type (§1.6.2.1 GetAudioObjectType).
  if (!Number.isInteger(objectType) || objectType < 1 || objectType > 95 || objectType === 31) {
    throw audioError('audioObjectType out of range', { objectType });
  }
  if (!Number.isInteger(channelConfiguration) || channelConfiguration < 0 || channelConfiguration > 15) {
    throw audioError('channelConfiguration out of range', { channelConfiguration });
  }
  if (!Number.isInteger(samplingFrequency) || samplingFrequency <= 0 || samplingFrequency >= 2 ** 24) {
    throw audioError('samplingFrequency out of range', { samplingFrequency });
  }
  const bits: [number, number][] = [];
  if (objectType >= 32) bits.push([31, 5], [objectType - 32, 6]);
  else bits.push([objectType, 5]);
  const index = AAC_SAMPLING_FREQUENCIES.indexOf(samplingFrequency);
  if (index >= 0) bits.push([index, 4]);
  else bits.push([0xf, 4], [samplingFrequency, 24]);
  // channelConfiguration, then GASpecificConfig: frameLengthFlag, dependsOnCoreCoder, extensionFlag.
  bits.push([channelConfiguration, 4], [0, 3]);
  const totalBits = bits.reduce((n, [, width]) => n + width, 0);
  const out = new Uint8Array(Math.ceil(totalBits / 8));
  let pos = 0;
  for (const [value, width] of bits) {
    for (let i = width - 1; i >= 0; i--) {
      if (Math.floor(value / 2 ** i) % 2 === 1) out[pos >>> 3] = (out[pos >>> 3] ?? 0) | (0x80 >>> (pos & 7));
      pos++;
    }
  }
  return out;
}

/** One parsed ADTS header (ISO 14496-3 §1.A.2.2.1). */
export interface AdtsHeader {
  /** 7, or 9 when a CRC follows the fixed and variable headers. */
  readonly headerBytes: number;
  /** aac_frame_length: header plus raw data blocks. */
  readonly frameBytes: number;
  /** profile_ObjectType + 1 = audioObjectType (2 for AAC LC). */
  readonly objectType: number;
  readonly samplingFrequencyIndex: number;
  readonly samplingFrequency: number;
  readonly channelConfiguration: number;
  /** number_of_raw_data_blocks_in_frame + 1 (each block holds 1024 samples). */
  readonly rawDataBlocks: number;
}

/** Parses the ADTS header at `offset`; throws PSVIS_ERR_MEDIA_BITSTREAM when it is not one. */
export function parseAdtsHeader(bytes: Uint8Array, offset = 0): AdtsHeader {
  if (offset < 0 || offset + ADTS_HEADER_BYTES > bytes.length) {
    throw audioError('truncated ADTS header', { offset, bytes: bytes.length });
  }
  const r = new BitReader(bytes.subarray(offset, offset + ADTS_HEADER_BYTES));
  if (r.u(12) !== 0xfff) throw audioError('ADTS syncword missing', { offset });
  r.skip(3); // ID (MPEG-2/4), layer
  const protectionAbsent = r.flag();
  const objectType = r.u(2) + 1;
  const samplingFrequencyIndex = r.u(4);
  const samplingFrequency = AAC_SAMPLING_FREQUENCIES[samplingFrequencyIndex];
  if (samplingFrequency === undefined) {
    throw audioError('reserved ADTS sampling_frequency_index', { samplingFrequencyIndex, offset });
  }
  r.skip(1); // private_bit
  const channelConfiguration = r.u(3);
  r.skip(4); // original_copy, home, copyright_identification_bit, copyright_identification_start
  const frameBytes = r.u(13);
  r.skip(11); // adts_buffer_fullness
  const rawDataBlocks = r.u(2) + 1;
  const headerBytes = protectionAbsent ? ADTS_HEADER_BYTES : ADTS_HEADER_BYTES + ADTS_CRC_BYTES;
  if (frameBytes <= headerBytes) throw audioError('ADTS frame length shorter than its header', { frameBytes, offset });
  return {
    headerBytes,
    frameBytes,
    objectType,
    samplingFrequencyIndex,
    samplingFrequency,
    channelConfiguration,
    rawDataBlocks,
  };
}

/** One ADTS frame: its header and the raw AAC payload (a view into the input). */
export interface AdtsFrame {
  readonly header: AdtsHeader;
  readonly payload: Uint8Array;
}

/**
 * Splits a buffer of consecutive ADTS frames into raw AAC payloads (header and CRC stripped).
 * Returns the frames and the byte count consumed, so a chunked reader keeps the remainder.
 */
export function splitAdts(bytes: Uint8Array): { frames: AdtsFrame[]; consumedBytes: number } {
  const frames: AdtsFrame[] = [];
  let pos = 0;
  while (pos + ADTS_HEADER_BYTES <= bytes.length) {
    const header = parseAdtsHeader(bytes, pos);
    if (pos + header.frameBytes > bytes.length) break;
    frames.push({ header, payload: bytes.subarray(pos + header.headerBytes, pos + header.frameBytes) });
    pos += header.frameBytes;
  }
  return { frames, consumedBytes: pos };
}

/** The AudioSpecificConfig equivalent of an ADTS header, for SDP config= and esds. */
export function adtsToAudioSpecificConfig(header: AdtsHeader): Uint8Array {
  return buildAudioSpecificConfig({
    objectType: header.objectType,
    samplingFrequency: header.samplingFrequency,
    channelConfiguration: header.channelConfiguration,
  });
}

/** Builds a 7-byte ADTS header (no CRC) for one raw AAC frame of `payloadBytes` (§1.A.2.2.1). */
export function buildAdtsHeader(config: AudioSpecificConfig, payloadBytes: number): Uint8Array {
  const index = AAC_SAMPLING_FREQUENCIES.indexOf(config.samplingFrequency);
  const frameBytes = payloadBytes + ADTS_HEADER_BYTES;
  if (index < 0 || config.objectType < 1 || config.objectType > 4 || config.channelConfiguration > 7) {
    throw audioError('configuration cannot be carried in ADTS', { ...config });
  }
  if (payloadBytes < 0 || frameBytes >= 1 << 13) throw audioError('ADTS frame too long', { payloadBytes });
  const profile = config.objectType - 1;
  return new Uint8Array([
    0xff,
    0xf1, // syncword, MPEG-4, layer 0, protection_absent
    (profile << 6) | (index << 2) | (config.channelConfiguration >> 2),
    ((config.channelConfiguration & 3) << 6) | (frameBytes >> 11),
    (frameBytes >> 3) & 0xff,
    ((frameBytes & 7) << 5) | 0x1f, // buffer fullness 0x7FF (VBR)
    0xfc, // buffer fullness low bits, one raw data block
  ]);
}
