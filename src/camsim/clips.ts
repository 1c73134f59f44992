// The clips under fixtures/, read once and packetized once: every camera sends the same RTP
// packets, so each frame is kept as ready-serialized packets whose sequence number, timestamp
// and SSRC a camera stamps into its own copy (a memcpy and three header writes per packet).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { PsvisError } from '../errors/psvis-error.ts';
import { adtsToAudioSpecificConfig, splitAdts } from '../media/aac.ts';
import { AacPacketizer } from '../media/aac-packetizer.ts';
import { splitAnnexB } from '../media/annexb.ts';
import { G711Packetizer } from '../media/g711-packetizer.ts';
import { parseH264Sps } from '../media/h264.ts';
import { H264Packetizer } from '../media/h264-packetizer.ts';
import { parseH265Sps } from '../media/h265.ts';
import { H265Packetizer } from '../media/h265-packetizer.ts';
import { H264_NAL, H265_NAL, h264NalType, h265NalType } from '../media/nal-types.ts';
import { serializeRtpPacket } from '../media/rtp.ts';
import type { Codec, MediaFrame, RtpPacket, TrackInfo, VideoCodec } from '../media/types.ts';
import { groupAccessUnits, isParameterSet } from './access-units.ts';

/** The committed fixtures folder (fixtures/ at the repository root). */
export const DEFAULT_FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));
/** G.711 samples per RTP packet: 40 ms at 8 kHz, as many cameras send. */
export const G711_FRAME_SAMPLES = 320;
/** AAC-LC frame length in samples (ISO 14496-3 §4.5.2.1.1: 1024 for AAC-LC). */
export const AAC_FRAME_SAMPLES = 1024;
/** RTP payload types camsim announces (RFC 3551 Table 4: PCMA is static 8). */
export const PAYLOAD_TYPE = { video: 96, aac: 97, pcma: 8 } as const;
/** RTP clock of video (RFC 6184 §8.2.1, RFC 7798 §7.1: 90 kHz). */
export const VIDEO_CLOCK_RATE = 90_000;

/** One frame as RTP packets serialized back to back, header fields still to be stamped. */
export interface PacketizedFrame {
  readonly bytes: Uint8Array;
  /** End offset of each packet in `bytes`. */
  readonly packetEnds: readonly number[];
  readonly keyframe: boolean;
}

/** A clip track ready to send: uniform frame duration, packets prepared, what SDP needs. */
export interface ClipTrack {
  readonly name: string;
  readonly kind: 'video' | 'audio';
  readonly codec: Codec;
  readonly payloadType: number;
  readonly clockRate: number;
  readonly frameDurationTicks: number;
  readonly frames: readonly PacketizedFrame[];
  /** Codec parameters for the SDP (parameter sets, size, AudioSpecificConfig). */
  readonly info: TrackInfo;
}

/** Every clip of fixtures/clips.json, by name. */
export interface ClipLibrary {
  readonly video: ReadonlyMap<string, ClipTrack>;
  readonly audio: ReadonlyMap<string, ClipTrack>;
}

const videoEntry = z.object({
  name: z.string(),
  file: z.string(),
  codec: z.enum(['h264', 'h265']),
  fps: z.number().int().positive(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  frames: z.number().int().positive(),
});
const audioEntry = z.object({
  name: z.string(),
  file: z.string(),
  codec: z.enum(['pcma', 'aac']),
  sampleRate: z.number().int().positive(),
  channels: z.number().int().positive(),
});
const manifestSchema = z.object({ video: z.array(videoEntry), audio: z.array(audioEntry) });

function clipError(message: string, details: Record<string, unknown>): PsvisError {
  return new PsvisError('PSVIS_ERR_CAMSIM_CLIP', message, details);
}

function prepare(packets: readonly RtpPacket[], keyframe: boolean, clearMarker: boolean): PacketizedFrame {
  const serialized = packets.map(serializeRtpPacket);
  const bytes = new Uint8Array(serialized.reduce((n, p) => n + p.length, 0));
  const packetEnds: number[] = [];
  let offset = 0;
  for (const p of serialized) {
    // RFC 3551 §4.1: audio marks talkspurts; camsim audio is one endless talkspurt.
    if (clearMarker) p[1] = (p[1] ?? 0) & 0x7f;
    bytes.set(p, offset);
    offset += p.length;
    packetEnds.push(offset);
  }
  return { bytes, packetEnds, keyframe };
}

function isKeyType(nal: Uint8Array, codec: VideoCodec): boolean {
  if (codec === 'h264') return h264NalType(nal) === H264_NAL.IDR;
  const t = h265NalType(nal);
  return t >= H265_NAL.IRAP_FIRST && t <= H265_NAL.IRAP_LAST;
}

/** Packetizes an Annex B clip; every keyframe carries its parameter sets in-band, as cameras send. */
export function buildVideoClip(entry: z.infer<typeof videoEntry>, stream: Uint8Array): ClipTrack {
  const codec = entry.codec;
  const units = groupAccessUnits(splitAnnexB(stream), codec);
  if (units.length !== entry.frames) {
    throw clipError('clip frame count differs from clips.json', { clip: entry.name, frames: units.length });
  }
  // Parameter sets in stream order: H.264 [sps, pps], H.265 [vps, sps, pps].
  const sets = new Map<number, Uint8Array>();
  for (const nal of units.flatMap((u) => u.nals)) {
    if (isParameterSet(nal, codec)) {
      const t = codec === 'h264' ? h264NalType(nal) : h265NalType(nal);
      if (!sets.has(t)) sets.set(t, nal);
    }
  }
  const order = codec === 'h264' ? [H264_NAL.SPS, H264_NAL.PPS] : [H265_NAL.VPS, H265_NAL.SPS, H265_NAL.PPS];
  const parameterSets = order.map((t) => sets.get(t));
  const sps = parameterSets[codec === 'h264' ? 0 : 1];
  if (parameterSets.some((s) => s === undefined) || sps === undefined) {
    throw clipError('clip lacks parameter sets', { clip: entry.name });
  }
  const present = parameterSets.filter((s): s is Uint8Array => s !== undefined);
  const size = codec === 'h264' ? parseH264Sps(sps) : parseH265Sps(sps);
  if (size.width !== entry.width || size.height !== entry.height) {
    throw clipError('clip picture size differs from clips.json', { clip: entry.name, ...size });
  }
  const opts = { payloadType: PAYLOAD_TYPE.video, ssrc: 0 };
  const packetizer = codec === 'h264' ? new H264Packetizer(opts) : new H265Packetizer(opts);
  const frameDurationTicks = VIDEO_CLOCK_RATE / entry.fps;
  const frames = units.map((unit, i) => {
    let nals = unit.nals;
    if (unit.keyframe && !nals.some((n) => isParameterSet(n, codec))) {
      const firstKey = nals.findIndex((n) => isKeyType(n, codec));
      nals = [...nals.slice(0, firstKey), ...present, ...nals.slice(firstKey)];
    }
    const pts = i * frameDurationTicks;
    const frame: MediaFrame = { codec, pts, dts: pts, keyframe: unit.keyframe, units: nals };
    return prepare(packetizer.packetize(frame), unit.keyframe, false);
  });
  if (frames[0]?.keyframe !== true) throw clipError('clip does not start with a keyframe', { clip: entry.name });
  const info: TrackInfo = {
    codec,
    clockRate: VIDEO_CLOCK_RATE,
    parameterSets: present,
    width: entry.width,
    height: entry.height,
  };
  return {
    name: entry.name,
    kind: 'video',
    codec,
    payloadType: PAYLOAD_TYPE.video,
    clockRate: VIDEO_CLOCK_RATE,
    frameDurationTicks,
    frames,
    info,
  };
}

/** Packetizes raw A-law (40 ms a packet) or ADTS AAC (one frame a packet). */
export function buildAudioClip(entry: z.infer<typeof audioEntry>, bytes: Uint8Array): ClipTrack {
  const opts = { payloadType: entry.codec === 'aac' ? PAYLOAD_TYPE.aac : PAYLOAD_TYPE.pcma, ssrc: 0 };
  let frames: PacketizedFrame[];
  let frameDurationTicks: number;
  let info: TrackInfo;
  if (entry.codec === 'pcma') {
    const packetizer = new G711Packetizer('pcma', opts);
    frameDurationTicks = G711_FRAME_SAMPLES;
    frames = [];
    // A trailing part-packet is dropped so every packet lasts the same (the loop stays even).
    for (let o = 0; o + G711_FRAME_SAMPLES <= bytes.length; o += G711_FRAME_SAMPLES) {
      const unit = bytes.subarray(o, o + G711_FRAME_SAMPLES);
      const frame: MediaFrame = { codec: 'pcma', pts: o, dts: o, keyframe: true, units: [unit] };
      frames.push(prepare(packetizer.packetize(frame), true, true));
    }
    info = { codec: 'pcma', clockRate: entry.sampleRate, channels: entry.channels };
  } else {
    const { frames: adts } = splitAdts(bytes);
    const first = adts[0];
    if (first === undefined) throw clipError('AAC clip has no ADTS frame', { clip: entry.name });
    if (first.header.samplingFrequency !== entry.sampleRate) {
      throw clipError('AAC sample rate differs from clips.json', { clip: entry.name });
    }
    const packetizer = new AacPacketizer(opts);
    frameDurationTicks = AAC_FRAME_SAMPLES;
    frames = adts.map((f, i) => {
      const pts = i * AAC_FRAME_SAMPLES;
      const frame: MediaFrame = { codec: 'aac', pts, dts: pts, keyframe: true, units: [f.payload] };
      return prepare(packetizer.packetize(frame), true, false);
    });
    info = {
      codec: 'aac',
      clockRate: entry.sampleRate,
      channels: entry.channels,
      audioSpecificConfig: adtsToAudioSpecificConfig(first.header),
    };
  }
  if (frames.length === 0) throw clipError('audio clip is empty', { clip: entry.name });
  return {
    name: entry.name,
    kind: 'audio',
    codec: entry.codec,
    payloadType: opts.payloadType,
    clockRate: entry.sampleRate,
    frameDurationTicks,
    frames,
    info,
  };
}

/** Reads fixtures/clips.json and every clip it lists, once; cameras share the result. */
export async function loadClipLibrary(dir: string = DEFAULT_FIXTURES_DIR): Promise<ClipLibrary> {
  const base = dir.endsWith('/') ? dir : `${dir}/`;
  let manifest: z.infer<typeof manifestSchema>;
  try {
    manifest = manifestSchema.parse(JSON.parse(await readFile(`${base}clips.json`, 'utf8')));
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw clipError(`cannot read ${base}clips.json: ${reason}`, { dir: base });
  }
  const video = new Map<string, ClipTrack>();
  const audio = new Map<string, ClipTrack>();
  for (const entry of manifest.video) {
    video.set(entry.name, buildVideoClip(entry, await readFile(`${base}${entry.file}`)));
  }
  for (const entry of manifest.audio) {
    audio.set(entry.name, buildAudioClip(entry, await readFile(`${base}${entry.file}`)));
  }
  return { video, audio };
}

/**
 * Copies a frame's packets into a new buffer with this camera's sequence numbers, timestamp and
 * SSRC (RFC 3550 §5.1 offsets 2, 4, 8); returns the packets (views) and the next sequence number.
 */
export function stampFrame(
  frame: PacketizedFrame,
  firstSequenceNumber: number,
  timestamp32: number,
  ssrc: number,
): { packets: Uint8Array[]; nextSequenceNumber: number } {
  const out = Buffer.allocUnsafe(frame.bytes.length);
  out.set(frame.bytes);
  const packets: Uint8Array[] = [];
  let seq = firstSequenceNumber & 0xffff;
  let start = 0;
  for (const end of frame.packetEnds) {
    out.writeUInt16BE(seq, start + 2);
    out.writeUInt32BE(timestamp32 >>> 0, start + 4);
    out.writeUInt32BE(ssrc >>> 0, start + 8);
    packets.push(out.subarray(start, end));
    seq = (seq + 1) & 0xffff;
    start = end;
  }
  return { packets, nextSequenceNumber: seq };
}
