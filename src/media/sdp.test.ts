import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PsvisError } from '../errors/psvis-error.ts';
import { parseSdp } from './sdp.ts';
import { aacConfigChannels, sdpMediaToTrack, serializeSdp, trackToSdpMedia } from './sdp-track.ts';
import type { TrackInfo } from './types.ts';

const vector = (name: string): string =>
  readFileSync(new URL(`../../test/vectors/sdp-public-issues/${name}`, import.meta.url), 'utf8');
const tracksOf = (text: string, base = {}) => parseSdp(text, base).media.map((m) => sdpMediaToTrack(m));

/** The PsvisError code `fn` throws ('none' if it returns, 'not-psvis' for any other error). */
function thrownCode(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return err instanceof PsvisError ? err.code : 'not-psvis';
  }
  return 'none';
}

describe('parseSdp on SDPs real cameras sent', () => {
  it('Hikvision HIK Media Server (gortsplib#88): no sprop, AAC config 1190 = LC 48 kHz stereo, trackID controls', () => {
    const s = parseSdp(vector('hikvision-hik-media-server.sdp'), {
      contentBase: 'rtsp://10.0.0.64:554/Streaming/Channels/101/',
    });
    expect(s.sessionName).toBe('HIK Media Server V3.5.43');
    expect(s.controlUrl).toBe('rtsp://10.0.0.64:554/Streaming/Channels/101/');
    const [video, audio] = s.media.map((m) => sdpMediaToTrack(m));
    expect(video).toEqual({
      payloadType: 96,
      controlUrl: 'rtsp://10.0.0.64:554/Streaming/Channels/101/trackID=video',
      track: { codec: 'h264', clockRate: 90000 },
    });
    expect(audio?.track).toEqual({
      codec: 'aac',
      clockRate: 48000,
      channels: 2,
      audioSpecificConfig: Uint8Array.of(0x11, 0x90),
    });
    expect(audio?.aacFormat).toEqual({ sizeLength: 13, indexLength: 3, indexDeltaLength: 3 });
  });

  it('Dahua ONVIF URL (gortsplib#479): controls append to a Content-Base that ends in a query', () => {
    const base = 'rtsp://192.168.1.108:554/cam/realmonitor?channel=1&subtype=0&unicast=true&proto=Onvif/';
    const s = parseSdp(vector('dahua-onvif-first-sections.sdp'), { contentBase: base });
    expect(s.media.map((m) => m.controlUrl)).toEqual([`${base}trackID=0`, `${base}trackID=1`, `${base}trackID=4`]);
    expect(s.media.map((m) => m.direction)).toEqual(['recvonly', 'recvonly', 'recvonly']);
    const [video, audio, meta] = s.media.map((m) => sdpMediaToTrack(m));
    expect(video?.track.parameterSets?.map((p) => p[0])).toEqual([0x67, 0x68]);
    expect(audio?.track).toEqual({ codec: 'pcma', clockRate: 8000, channels: 1 });
    expect(meta).toBeUndefined(); // ONVIF metadata is not recorded
  });

  it('go2rtc TestBugSDP2: fmtp:96 misplaced under audio goes to the video; rtpmap:0 pcma on PT 8 is PCMA', () => {
    const s = parseSdp(vector('go2rtc-bugsdp2.sdp'), { requestUrl: 'rtsp://192.168.1.123/live' });
    expect(s.media[0]?.fmtps.get(96)?.get('sprop-parameter-sets')).toBe('Z0IAH5WoFAFuQA==,aM48gA==');
    const [video, audio] = s.media.map((m) => sdpMediaToTrack(m));
    expect(video?.track.parameterSets).toEqual([
      new Uint8Array(Buffer.from('Z0IAH5WoFAFuQA==', 'base64')),
      new Uint8Array(Buffer.from('aM48gA==', 'base64')),
    ]);
    expect(audio).toMatchObject({
      payloadType: 8,
      controlUrl: 'rtsp://192.168.1.123/live/track1',
      track: { codec: 'pcma' },
    });
  });

  it('go2rtc TestBugSDP4 (MERCURY): spaces in fmtp, an application/MERCURY section with non-numeric formats', () => {
    const s = parseSdp(vector('go2rtc-bugsdp4-mercury.sdp'));
    expect(s.media).toHaveLength(3);
    expect(s.media[0]?.fmtps.get(96)?.get('profile-level-id')).toBe('640016');
    expect(s.media[2]?.payloadTypes).toEqual([]);
    expect(tracksOf(vector('go2rtc-bugsdp4-mercury.sdp')).map((t) => t?.track.codec)).toEqual([
      'h264',
      'pcma',
      undefined,
    ]);
  });

  it('go2rtc TestBugSDP5: lower-case mpeg4-generic, mixed-case fmtp names, trailing ";"', () => {
    const [video, audio] = tracksOf(vector('go2rtc-bugsdp5.sdp'));
    expect(video?.track.parameterSets).toHaveLength(2);
    expect(audio?.track).toMatchObject({ codec: 'aac', clockRate: 8000, channels: 1 });
    expect(audio?.aacFormat).toEqual({ sizeLength: 13, indexLength: 3, indexDeltaLength: 3 });
  });
});

describe('parseSdp vendor quirks (constructed, one per quirk)', () => {
  it('Dahua NVR audio without a=control is set up at the base URL', () => {
    const text = 'v=0\ns=NVR\nm=video 0 RTP/AVP 96\na=rtpmap:96 H264/90000\na=control:trackID=0\nm=audio 0 RTP/AVP 8\n';
    const s = parseSdp(text, { contentBase: 'rtsp://nvr/cam/realmonitor?channel=1&subtype=0/' });
    expect(s.media[1]?.control).toBeUndefined();
    expect(s.media[1]?.controlUrl).toBe('rtsp://nvr/cam/realmonitor?channel=1&subtype=0/');
  });

  it('Hikvision-style absolute a=control URLs are used as they are', () => {
    const ctl = 'rtsp://192.168.1.64:554/Streaming/Channels/101/trackID=1?transportmode=unicast&profile=Profile_1';
    const s = parseSdp(`v=0\r\nm=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\na=control:${ctl}\r\n`, {
      contentBase: 'rtsp://10.1.1.1/other/',
    });
    expect(s.media[0]?.controlUrl).toBe(ctl);
  });

  it('LF-only lines with trailing spaces, no s= line, rtpmap "h264" and "H265", sprop with a trailing comma and spaces', () => {
    const text = [
      'v=0 ',
      'o=- 1 1 IN IP4 10.0.0.2  ',
      'm=video 0 RTP/AVP 96',
      'a=rtpmap:96 h264/90000   ',
      'a=fmtp:96 packetization-mode=1; sprop-parameter-sets= Z0IAH5WoFAFuQA== , aM48gA==, ',
      'm=video 0 RTP/AVP 98',
      'a=rtpmap:98 H265/90000',
      'a=fmtp:98 sprop-vps=QAEMAf//AWAAAAMAkAAAAwAAAwBdlZgJ;sprop-sps=QgEBAWAAAAMAkAAAAwAAAwBdoAKAgC0WWVmkkyvAQAAA+kAAF3AC;sprop-pps=RAHBcrRiQA==',
      '',
    ].join('\n');
    const s = parseSdp(text);
    expect(s.sessionName).toBeUndefined();
    const [h264, h265] = s.media.map((m) => sdpMediaToTrack(m));
    expect(h264?.track.parameterSets?.map((p) => p.length)).toEqual([10, 4]);
    expect(h265?.track.codec).toBe('h265');
    expect(h265?.track.parameterSets?.map((p) => (p[0] ?? 0) >> 1)).toEqual([32, 33, 34]);
  });

  it('payload type 96 reused by video and audio sections is read per section', () => {
    const text =
      'v=0\nm=video 0 RTP/AVP 96\na=rtpmap:96 H264/90000\nm=audio 0 RTP/AVP 96\na=rtpmap:96 MPEG4-GENERIC/16000/1\na=fmtp:96 mode=AAC-hbr;config=1408\n';
    expect(tracksOf(text).map((t) => t?.track.codec)).toEqual(['h264', 'aac']);
  });

  it('refuses text that is no SDP, and anything over 64 KiB, with PSVIS_ERR_MEDIA_SDP', () => {
    expect(thrownCode(() => parseSdp('RTSP/1.0 404 Not Found\r\n'))).toBe('PSVIS_ERR_MEDIA_SDP');
    expect(() => parseSdp('v=0\n' + 'a=x\n'.repeat(20000))).toThrow(PsvisError);
  });

  it('throws nothing but PsvisError on arbitrary text (fuzz)', () => {
    const lines = fc.array(
      fc.oneof(
        fc.string(),
        fc.constantFrom('m=video 0 RTP/AVP 96', 'a=rtpmap:96 H264/90000', 'a=fmtp:96 x=1;;=', 'a=control:'),
      ),
    );
    fc.assert(
      fc.property(lines, fc.constantFrom('\n', '\r\n', '\r'), (ls, eol) => {
        try {
          for (const m of parseSdp(ls.join(eol), { contentBase: 'rtsp://h/p' }).media) sdpMediaToTrack(m);
        } catch (err) {
          expect(err).toBeInstanceOf(PsvisError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('serializeSdp for the simulator DESCRIBE', () => {
  it('round-trips psvis tracks through serialize → parse → sdpMediaToTrack', () => {
    const tracks: TrackInfo[] = [
      {
        codec: 'h264',
        clockRate: 90000,
        parameterSets: [Uint8Array.of(0x67, 0x64, 0x00, 0x1f, 0xac), Uint8Array.of(0x68, 0xee)],
      },
      {
        codec: 'h265',
        clockRate: 90000,
        parameterSets: [Uint8Array.of(0x40, 1, 2), Uint8Array.of(0x42, 1, 3), Uint8Array.of(0x44, 1, 4)],
      },
      { codec: 'aac', clockRate: 44100, channels: 1, audioSpecificConfig: Uint8Array.of(0x12, 0x08) },
      { codec: 'pcma', clockRate: 8000, channels: 1 },
      { codec: 'pcmu', clockRate: 8000, channels: 1 },
    ];
    const text = serializeSdp({
      sessionName: 'psvis camsim',
      media: tracks.map((t, i) => trackToSdpMedia(t, 96 + i, `trackID=${i}`)),
    });
    expect(text).toContain('a=fmtp:96 packetization-mode=1;profile-level-id=64001F;sprop-parameter-sets=');
    const parsed = tracksOf(text, { contentBase: 'rtsp://sim/cam1/' });
    expect(parsed.map((t) => t?.track)).toEqual(tracks);
    expect(parsed.map((t) => t?.controlUrl)).toEqual(tracks.map((_, i) => `rtsp://sim/cam1/trackID=${i}`));
    expect(parsed.map((t) => t?.payloadType)).toEqual([96, 97, 98, 8, 0]);
  });

  it('reads the channel count out of an AudioSpecificConfig (ISO 14496-3 §1.6.2.1)', () => {
    expect(aacConfigChannels(Uint8Array.of(0x11, 0x90))).toBe(2);
    expect(aacConfigChannels(Uint8Array.of(0x15, 0x88))).toBe(1);
    expect(aacConfigChannels(Uint8Array.of(0x12))).toBeUndefined();
  });
});
