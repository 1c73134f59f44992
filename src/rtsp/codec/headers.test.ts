// Transport, Session, Range and RTP-Info headers: RFC 2326 examples and camera answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PsvisError } from '../../errors/psvis-error.ts';
import {
  formatRange,
  formatRtpInfo,
  formatSession,
  formatTransport,
  parsePublic,
  parseRange,
  parseRtpInfo,
  parseSession,
  parseTransport,
  type TransportSpec,
} from './headers.ts';

describe('Transport (RFC 2326 §12.39)', () => {
  it('parses the §14.2 server answer with client and server ports', () => {
    expect(parseTransport('RTP/AVP;unicast;client_port=8000-8001;server_port=9000-9001')).toEqual([
      { protocol: 'RTP/AVP', lowerTransport: 'UDP', unicast: true, clientPort: [8000, 8001], serverPort: [9000, 9001] },
    ]);
  });

  it('parses a go2rtc/TCP interleaved answer and a Hikvision-style ssrc and mode', () => {
    expect(parseTransport('RTP/AVP/TCP;unicast;interleaved=0-1;ssrc=3f2a0b1c;mode="PLAY"')[0]).toEqual({
      protocol: 'RTP/AVP/TCP',
      lowerTransport: 'TCP',
      unicast: true,
      interleaved: [0, 1],
      ssrc: 0x3f2a0b1c,
      mode: 'PLAY',
    });
  });

  it('reads server-chosen channels 4-5 (gortsplib#72) and a single-number range as a pair', () => {
    expect(parseTransport('RTP/AVP/TCP;unicast;interleaved=4-5')[0]?.interleaved).toEqual([4, 5]);
    expect(parseTransport('RTP/AVP/TCP;interleaved=2')[0]?.interleaved).toEqual([2, 3]);
  });

  it('splits a preference list and round-trips what it formats', () => {
    const specs = parseTransport('RTP/AVP;unicast;client_port=5000-5001,RTP/AVP/TCP;unicast;interleaved=0-1');
    expect(specs.map((s) => s.lowerTransport)).toEqual(['UDP', 'TCP']);
    const spec: TransportSpec = {
      protocol: 'RTP/AVP',
      lowerTransport: 'UDP',
      unicast: true,
      clientPort: [20000, 20001],
      serverPort: [6970, 6971],
      ssrc: 0xabc,
      mode: 'PLAY',
    };
    const frozen = JSON.stringify(spec);
    expect(parseTransport(formatTransport(spec))).toEqual([spec]);
    expect(JSON.stringify(spec)).toBe(frozen);
    expect(formatTransport(spec)).toBe(
      'RTP/AVP;unicast;client_port=20000-20001;server_port=6970-6971;ssrc=00000ABC;mode="PLAY"',
    );
  });

  it('throws only PsvisError on arbitrary input', () => {
    expect(() => parseTransport('garbage here')).toThrow(PsvisError);
    expect(() => parseTransport('RTP/AVP/TCP;interleaved=300-301')).toThrow(PsvisError);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        try {
          parseTransport(s);
        } catch (err) {
          expect(err).toBeInstanceOf(PsvisError);
        }
      }),
    );
  });
});

describe('Session (RFC 2326 §12.37)', () => {
  it('reads the timeout go2rtc sends and defaults to 60 s', () => {
    expect(parseSession('24786025;timeout=60')).toEqual({ id: '24786025', timeoutS: 60 });
    expect(parseSession('12345678')).toEqual({ id: '12345678', timeoutS: 60 });
    expect(parseSession('ABCD; timeout = 30')).toEqual({ id: 'ABCD', timeoutS: 30 });
    expect(formatSession({ id: 'x', timeoutS: 30 })).toBe('x;timeout=30');
    expect(parseSession(formatSession({ id: 'a1', timeoutS: 5 }))).toEqual({ id: 'a1', timeoutS: 5 });
  });
  it('takes a zero timeout as the default, refuses an empty id', () => {
    expect(parseSession('s;timeout=0').timeoutS).toBe(60);
    expect(() => parseSession('')).toThrow(PsvisError);
  });
});

describe('Range npt (RFC 2326 §3.6)', () => {
  it('parses open, now and hh:mm:ss ranges and round-trips', () => {
    expect(parseRange('npt=0.000-')).toEqual({ startS: 0 });
    expect(parseRange('npt=now-')).toEqual({});
    expect(parseRange('npt=0:01:02.5-0:02:00')).toEqual({ startS: 62.5, endS: 120 });
    expect(parseRange(formatRange({ startS: 1.5, endS: 9 }))).toEqual({ startS: 1.5, endS: 9 });
    expect(() => parseRange('clock=19961108T142300Z-')).toThrow(PsvisError);
  });
});

describe('RTP-Info (RFC 2326 §12.33)', () => {
  it('parses the §12.33 example and round-trips', () => {
    const value = 'url=rtsp://foo.com/bar.avi/streamid=0;seq=45102,url=rtsp://foo.com/bar.avi/streamid=1;seq=30211';
    const entries = parseRtpInfo(value);
    expect(entries).toEqual([
      { url: 'rtsp://foo.com/bar.avi/streamid=0', seq: 45102 },
      { url: 'rtsp://foo.com/bar.avi/streamid=1', seq: 30211 },
    ]);
    expect(formatRtpInfo(entries)).toBe(value);
  });
  it('keeps commas inside a Dahua URL query and reads rtptime', () => {
    expect(parseRtpInfo('url=rtsp://h/cam/realmonitor?channel=1,2/trackID=0;seq=1;rtptime=4294967295')).toEqual([
      { url: 'rtsp://h/cam/realmonitor?channel=1,2/trackID=0', seq: 1, rtptime: 4294967295 },
    ]);
  });
});

describe('Public (RFC 2326 §12.28)', () => {
  it('lists methods upper-cased', () => {
    expect(parsePublic('OPTIONS, DESCRIBE, SETUP, TEARDOWN, PLAY, PAUSE, get_parameter')).toContain('GET_PARAMETER');
  });
});
