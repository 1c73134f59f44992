// Authentication: RFC 2617 §3.5 and RFC 7616 §3.9.1 worked examples, camera challenges from
// issue threads, and the server-side check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PsvisError } from '../../errors/psvis-error.ts';
import {
  RtspAuthenticator,
  basicAuthorization,
  computeDigestResponse,
  parseAuthChallenges,
  selectChallenge,
  verifyDigestAuthorization,
} from './auth.ts';

describe('computeDigestResponse', () => {
  it('matches RFC 2617 §3.5 (MD5, qop=auth): 6629fae49393a05397450978507c4ef1', () => {
    expect(
      computeDigestResponse({
        algorithm: 'MD5',
        username: 'Mufasa',
        password: 'Circle Of Life',
        realm: 'testrealm@host.com',
        nonce: 'dcd98b7102dd2f0e8b11d0f600bfb0c093',
        method: 'GET',
        uri: '/dir/index.html',
        qop: 'auth',
        nc: '00000001',
        cnonce: '0a4f113b',
      }),
    ).toBe('6629fae49393a05397450978507c4ef1');
  });

  const rfc7616 = {
    username: 'Mufasa',
    password: 'Circle of Life',
    realm: 'http-auth@example.org',
    nonce: '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v',
    method: 'GET',
    uri: '/dir/index.html',
    qop: 'auth' as const,
    nc: '00000001',
    cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ',
  };
  it('matches RFC 7616 §3.9.1 with SHA-256', () => {
    expect(computeDigestResponse({ ...rfc7616, algorithm: 'SHA-256' })).toBe(
      '753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1',
    );
  });
  it('matches RFC 7616 §3.9.1 with MD5', () => {
    expect(computeDigestResponse({ ...rfc7616, algorithm: 'MD5' })).toBe('8ca523f5e9506fed4657c9700eebdbec');
  });
});

describe('parseAuthChallenges', () => {
  it('reads a Dahua challenge (scottlamb/retina#62)', () => {
    expect(
      parseAuthChallenges(['Digest realm="Login to 4K01FD2PAJ6E3FF", nonce="203c8d27b595204504dfa65fd22586bd"']),
    ).toEqual([
      { scheme: 'Digest', params: { realm: 'Login to 4K01FD2PAJ6E3FF', nonce: '203c8d27b595204504dfa65fd22586bd' } },
    ]);
  });

  it('reads both Hikvision challenges and prefers Digest over Basic (google/ExoPlayer#9800)', () => {
    const challenges = parseAuthChallenges([
      'Digest realm="IP Camera(C1214)", nonce="0191a41d87c28cd52b3e9c8adc99291c", stale="FALSE"',
      'Basic realm="IP Camera(C1214)"',
    ]);
    expect(challenges.map((c) => c.scheme)).toEqual(['Digest', 'Basic']);
    expect(challenges[0]?.params['stale']).toBe('FALSE');
    expect(selectChallenge(challenges)?.scheme).toBe('Digest');
  });

  it('splits several challenges in one header and prefers SHA-256 (RFC 7616 §3.7)', () => {
    const challenges = parseAuthChallenges([
      'Digest realm="r", nonce="n1", algorithm=MD5, qop="auth", Digest realm="r", nonce="n2", algorithm=SHA-256, qop="auth", Basic realm="r"',
    ]);
    expect(challenges.map((c) => c.params['nonce'] ?? c.scheme)).toEqual(['n1', 'n2', 'Basic']);
    expect(selectChallenge(challenges)?.params['algorithm']).toBe('SHA-256');
  });

  it('unescapes quoted-pair and never throws anything but PsvisError', () => {
    expect(parseAuthChallenges(['Digest realm="a\\"b", nonce=x'])[0]?.params).toEqual({ realm: 'a"b', nonce: 'x' });
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 300 }), { maxLength: 3 }), (values) => {
        try {
          parseAuthChallenges(values);
        } catch (err) {
          expect(err).toBeInstanceOf(PsvisError);
        }
      }),
    );
  });
});

describe('RtspAuthenticator', () => {
  const creds = { username: 'admin', password: 'secret' };

  it('answers a Dahua challenge without qop as RFC 2069 digest', () => {
    const auth = new RtspAuthenticator(
      creds,
      parseAuthChallenges(['Digest realm="Login to 4K01FD2PAJ6E3FF", nonce="203c8d27b595204504dfa65fd22586bd"']),
      () => 'unused',
    );
    const uri = 'rtsp://192.168.8.20:554/cam/realmonitor?channel=1&subtype=0';
    const value = auth.authorize('DESCRIBE', uri);
    const expected = computeDigestResponse({
      algorithm: 'MD5',
      ...creds,
      realm: 'Login to 4K01FD2PAJ6E3FF',
      nonce: '203c8d27b595204504dfa65fd22586bd',
      method: 'DESCRIBE',
      uri,
    });
    expect(value).toBe(
      `Digest username="admin", realm="Login to 4K01FD2PAJ6E3FF", nonce="203c8d27b595204504dfa65fd22586bd", uri="${uri}", response="${expected}"`,
    );
  });

  it('counts nonce uses with qop=auth and passes the server check', () => {
    const auth = new RtspAuthenticator(
      creds,
      parseAuthChallenges(['Digest realm="r", nonce="n", qop="auth,auth-int", opaque="o"']),
      () => 'c0ffee',
    );
    const first = auth.authorize('SETUP', 'rtsp://h/s/trackID=0');
    const second = auth.authorize('PLAY', 'rtsp://h/s/');
    expect(first).toContain('nc=00000001');
    expect(second).toContain('nc=00000002');
    expect(second).toContain('opaque="o"');
    const check = { realm: 'r', passwordFor: () => 'secret', nonceValid: (n: string) => n === 'n' };
    expect(verifyDigestAuthorization(second, { ...check, method: 'PLAY' })).toBe('admin');
    expect(verifyDigestAuthorization(second, { ...check, method: 'TEARDOWN' })).toBeUndefined();
    expect(verifyDigestAuthorization(second, { ...check, method: 'PLAY', passwordFor: () => 'other' })).toBeUndefined();
  });

  it('uses Basic only when nothing else is offered (RFC 7617 §2)', () => {
    const auth = new RtspAuthenticator(
      { username: 'Aladdin', password: 'open sesame' },
      parseAuthChallenges(['Basic realm="x"']),
      () => '',
    );
    expect(auth.authorize('DESCRIBE', 'rtsp://h/')).toBe('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
    expect(basicAuthorization({ username: 'Aladdin', password: 'open sesame' })).toBe(
      'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
    );
  });

  it('refuses a scheme it cannot answer with PSVIS_ERR_RTSP_AUTH_UNSUPPORTED', () => {
    expect(() => new RtspAuthenticator(creds, parseAuthChallenges(['Negotiate abc']), () => '')).toThrow(
      expect.objectContaining({ code: 'PSVIS_ERR_RTSP_AUTH_UNSUPPORTED' }) as Error,
    );
  });
});
