// Media sections and control URLs: RFC 2326 §C.1.1 and camera SDPs from issue threads.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PsvisError } from '../../errors/psvis-error.ts';
import { RtpReceptionStats } from './rtcp-receiver.ts';
import { parseSdpTracks, resolveControlUrl } from './sdp-tracks.ts';

// go2rtc's SDP as logged in AlexxIT/go2rtc#1179 (line breaks restored).
const GO2RTC_SDP = [
  'v=0',
  'o=- 1 1 IN IP4 0.0.0.0',
  's=go2rtc/1.9.2',
  'c=IN IP4 0.0.0.0',
  't=0 0',
  'm=video 0 RTP/AVP 96',
  'a=rtpmap:96 H264/90000',
  'a=fmtp:96 packetization-mode=1; profile-level-id=640029',
  'a=control:trackID=0',
  'm=audio 0 RTP/AVP 97',
  'a=rtpmap:97 MPEG4-GENERIC/48000/2',
  'a=control:trackID=1',
  'm=audio 0 RTP/AVP 98',
  'a=rtpmap:98 OPUS/48000/2',
  'a=control:trackID=2',
  '',
].join('\r\n');

describe('parseSdpTracks', () => {
  it('reads the media sections of a go2rtc SDP (go2rtc#1179)', () => {
    const { sessionControl, tracks } = parseSdpTracks(GO2RTC_SDP);
    expect(sessionControl).toBe('');
    expect(tracks).toEqual([
      { media: 'video', payloadType: 96, encoding: 'H264', clockRate: 90000, control: 'trackID=0' },
      { media: 'audio', payloadType: 97, encoding: 'MPEG4-GENERIC', clockRate: 48000, control: 'trackID=1' },
      { media: 'audio', payloadType: 98, encoding: 'OPUS', clockRate: 48000, control: 'trackID=2' },
    ]);
  });

  it('knows static payload type 8 without a=rtpmap (RFC 3551 §6) and LF-only SDP', () => {
    const { tracks, sessionControl } = parseSdpTracks('v=0\na=control:*\nm=audio 0 RTP/AVP 8\n');
    expect(sessionControl).toBe('*');
    expect(tracks[0]).toMatchObject({ encoding: 'PCMA', clockRate: 8000, control: '' });
  });

  it('throws only PsvisError on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        try {
          parseSdpTracks(s);
        } catch (err) {
          expect(err).toBeInstanceOf(PsvisError);
        }
      }),
    );
  });
});

describe('resolveControlUrl', () => {
  it('uses absolute controls as they are (Hikvision sends absolute ones)', () => {
    expect(resolveControlUrl('rtsp://h/Streaming/Channels/101/', 'rtsp://h/Streaming/Channels/101/trackID=1')).toBe(
      'rtsp://h/Streaming/Channels/101/trackID=1',
    );
  });
  it('appends relative controls after a Dahua base holding a query', () => {
    expect(resolveControlUrl('rtsp://h:554/cam/realmonitor?channel=1&subtype=0/', 'trackID=0')).toBe(
      'rtsp://h:554/cam/realmonitor?channel=1&subtype=0/trackID=0',
    );
    expect(resolveControlUrl('rtsp://h/live', 'trackID=1')).toBe('rtsp://h/live/trackID=1');
    expect(resolveControlUrl('rtsp://h/live/', '*')).toBe('rtsp://h/live/');
  });
});

/** An RTP header with sequence number and timestamp (RFC 3550 §5.1). */
function rtp(seq: number, ts: number, ssrc = 0x11223344): Uint8Array {
  const p = new Uint8Array(12);
  const v = new DataView(p.buffer);
  v.setUint8(0, 0x80);
  v.setUint8(1, 96);
  v.setUint16(2, seq & 0xffff);
  v.setUint32(4, ts >>> 0);
  v.setUint32(8, ssrc);
  return p;
}

describe('RtpReceptionStats and the receiver report (RFC 3550 §6.4.2, A.3)', () => {
  it('reports 2 of 10 lost, fraction 51/256, across a sequence wrap', () => {
    const stats = new RtpReceptionStats(90000);
    const seqs = [65530, 65531, 65533, 65534, 65535, 0, 1, 3, 4, 5]; // 65532 and 2 missing
    const input = seqs.map((s, i) => rtp(s, i * 3600));
    const copies = input.map((p) => p.slice());
    input.forEach((p, i) => {
      stats.onRtp(p, i * 40);
    });
    expect(input).toEqual(copies);
    expect(stats.packetsReceived).toBe(10);
    expect(stats.packetsLost).toBe(2);
    const rr = stats.receiverReport(0xdeadbeef, 'psvis', 1000);
    if (rr === undefined) throw new Error('no report');
    const v = new DataView(rr.buffer);
    expect(v.getUint8(1)).toBe(201);
    expect(v.getUint32(8)).toBe(0x11223344);
    expect(v.getUint8(12)).toBe(Math.floor((2 << 8) / 12));
    expect(v.getUint32(12) & 0xffffff).toBe(2);
    expect(v.getUint32(16)).toBe(0x10000 + 5);
    expect(v.getUint32(20)).toBe(0); // packets arrived exactly on their 40-ms clock: no jitter
    expect(v.getUint8(33)).toBe(202);
    expect(rr.length % 4).toBe(0);
    // The second report covers an interval with nothing new: fraction 0.
    expect(new DataView((stats.receiverReport(1, 'psvis', 2000) ?? new Uint8Array(16)).buffer).getUint8(12)).toBe(0);
  });

  it('gives no report before any RTP and ignores short packets', () => {
    const stats = new RtpReceptionStats(8000);
    stats.onRtp(new Uint8Array(5), 0);
    expect(stats.receiverReport(1, 'x', 0)).toBeUndefined();
  });
});
