// RTSP authentication (RFC 2326 §14 borrows HTTP's): WWW-Authenticate parsing, Basic
// (RFC 7617) and Digest (RFC 2617 MD5 with qop auth or none; RFC 7616 SHA-256) Authorization
// values, and the server-side Digest check. Hashing is computation, not I/O, so it stays pure.
import { createHash, timingSafeEqual } from 'node:crypto';
import { PsvisError } from '../../errors/psvis-error.ts';

/** One challenge: a scheme and its auth-params (names lower-cased). */
export interface AuthChallenge {
  readonly scheme: string;
  readonly params: Readonly<Record<string, string>>;
}

/** User name and password for a camera or for psvis's own RTSP server. */
export interface Credentials {
  readonly username: string;
  readonly password: string;
}

/** Digest algorithms psvis computes (RFC 2617 §3.2.1, RFC 7616 §3.2). */
export type DigestAlgorithm = 'MD5' | 'MD5-sess' | 'SHA-256' | 'SHA-256-sess';

const MAX_AUTH_HEADER_CHARS = 4096;

function tooLong(value: string): PsvisError {
  return new PsvisError('PSVIS_ERR_RTSP_MALFORMED', 'authentication header is too long', {
    chars: value.length,
    maxChars: MAX_AUTH_HEADER_CHARS,
  });
}

/**
 * Parses WWW-Authenticate (or Authorization) values into challenges. One value may carry
 * several challenges (RFC 7235 §4.1); a camera may also send one header per scheme
 * (Hikvision sends `Digest …` then `Basic …`).
 */
export function parseAuthChallenges(values: readonly string[]): AuthChallenge[] {
  const out: AuthChallenge[] = [];
  for (const value of values) {
    if (value.length > MAX_AUTH_HEADER_CHARS) throw tooLong(value);
    let i = 0;
    let current: { scheme: string; params: Record<string, string> } | undefined;
    const n = value.length;
    while (i < n) {
      while (i < n && (value[i] === ' ' || value[i] === ',' || value[i] === '\t')) i++;
      const tokenStart = i;
      while (i < n && !' \t,='.includes(value[i] ?? '')) i++;
      const token = value.slice(tokenStart, i);
      if (token === '') {
        i++;
        continue;
      }
      let j = i;
      while (j < n && (value[j] === ' ' || value[j] === '\t')) j++;
      if (value[j] === '=' && current !== undefined) {
        j++;
        while (j < n && (value[j] === ' ' || value[j] === '\t')) j++;
        let param = '';
        if (value[j] === '"') {
          j++;
          // quoted-string with backslash escapes (RFC 7230 §3.2.6)
          while (j < n && value[j] !== '"') {
            if (value[j] === '\\' && j + 1 < n) j++;
            param += value[j] ?? '';
            j++;
          }
          j++;
        } else {
          const start = j;
          while (j < n && value[j] !== ',') j++;
          param = value.slice(start, j).trim();
        }
        current.params[token.toLowerCase()] = param;
        i = j;
      } else if (value[j] === '=') {
        // A parameter before any scheme: malformed, skip the rest of it.
        while (j < n && value[j] !== ',') j++;
        i = j;
      } else {
        current = { scheme: token, params: {} };
        out.push(current);
        i = j;
      }
    }
  }
  return out;
}

function hash(algorithm: DigestAlgorithm, text: string): string {
  return createHash(algorithm.startsWith('SHA-256') ? 'sha256' : 'md5')
    .update(text, 'utf8')
    .digest('hex');
}

/** Inputs of a Digest response computation (RFC 2617 §3.2.2.1, RFC 7616 §3.4.1). */
export interface DigestInput {
  readonly algorithm: DigestAlgorithm;
  readonly username: string;
  readonly password: string;
  readonly realm: string;
  readonly nonce: string;
  readonly method: string;
  readonly uri: string;
  /** `auth` or absent (RFC 2069 compatibility, which most cameras use). */
  readonly qop?: 'auth';
  /** Nonce count, 8 hex digits, required with qop. */
  readonly nc?: string;
  readonly cnonce?: string;
}

/** The `response` value: KD(H(A1), nonce[:nc:cnonce:qop]:H(A2)). */
export function computeDigestResponse(input: DigestInput): string {
  const { algorithm } = input;
  let ha1 = hash(algorithm, `${input.username}:${input.realm}:${input.password}`);
  if (algorithm.endsWith('-sess')) ha1 = hash(algorithm, `${ha1}:${input.nonce}:${input.cnonce ?? ''}`);
  const ha2 = hash(algorithm, `${input.method}:${input.uri}`);
  if (input.qop === 'auth') {
    return hash(algorithm, `${ha1}:${input.nonce}:${input.nc ?? ''}:${input.cnonce ?? ''}:auth:${ha2}`);
  }
  return hash(algorithm, `${ha1}:${input.nonce}:${ha2}`);
}

function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `Basic base64(user:password)` (RFC 7617 §2). */
export function basicAuthorization(credentials: Credentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`, 'utf8').toString('base64')}`;
}

function digestAlgorithm(params: Readonly<Record<string, string>>): DigestAlgorithm | undefined {
  const a = (params['algorithm'] ?? 'MD5').toUpperCase();
  if (a === 'MD5') return 'MD5';
  if (a === 'MD5-SESS') return 'MD5-sess';
  if (a === 'SHA-256') return 'SHA-256';
  if (a === 'SHA-256-SESS') return 'SHA-256-sess';
  return undefined;
}

/**
 * Picks the challenge to answer: Digest SHA-256 when offered (RFC 7616 §3.7), then Digest MD5,
 * then Basic. Basic sends the password in clear, so it is the last resort.
 */
export function selectChallenge(challenges: readonly AuthChallenge[]): AuthChallenge | undefined {
  const digests = challenges.filter(
    (c) => c.scheme.toLowerCase() === 'digest' && digestAlgorithm(c.params) !== undefined && c.params['nonce'],
  );
  const sha = digests.find((c) => digestAlgorithm(c.params)?.startsWith('SHA-256'));
  return sha ?? digests[0] ?? challenges.find((c) => c.scheme.toLowerCase() === 'basic');
}

/**
 * Answers one server's challenge for successive requests, counting nonce uses
 * (RFC 2617 §3.2.2 nc). `cnonce` is injected so the code stays deterministic under test.
 */
export class RtspAuthenticator {
  private nonceCount = 0;
  /** The challenge this authenticator answers. */
  readonly challenge: AuthChallenge;

  constructor(
    private readonly credentials: Credentials,
    challenges: readonly AuthChallenge[],
    private readonly makeCnonce: () => string,
  ) {
    const chosen = selectChallenge(challenges);
    if (chosen === undefined) {
      throw new PsvisError(
        'PSVIS_ERR_RTSP_AUTH_UNSUPPORTED',
        'the server offers no authentication scheme psvis supports',
        {
          schemes: challenges.map((c) => c.scheme),
        },
      );
    }
    const qop = chosen.params['qop'];
    if (qop !== undefined && !qop.split(',').some((q) => q.trim().toLowerCase() === 'auth')) {
      throw new PsvisError(
        'PSVIS_ERR_RTSP_AUTH_UNSUPPORTED',
        'the server asks for a Digest qop psvis does not support',
        {
          qop,
        },
      );
    }
    this.challenge = chosen;
  }

  /** The Authorization header value for one request. */
  authorize(method: string, uri: string): string {
    const { params } = this.challenge;
    if (this.challenge.scheme.toLowerCase() === 'basic') return basicAuthorization(this.credentials);
    const algorithm = digestAlgorithm(params) ?? 'MD5';
    const realm = params['realm'] ?? '';
    const nonce = params['nonce'] ?? '';
    const useQop = params['qop'] !== undefined;
    this.nonceCount++;
    const nc = this.nonceCount.toString(16).padStart(8, '0');
    const cnonce = useQop || algorithm.endsWith('-sess') ? this.makeCnonce() : undefined;
    const response = computeDigestResponse({
      algorithm,
      username: this.credentials.username,
      password: this.credentials.password,
      realm,
      nonce,
      method,
      uri,
      ...(useQop && { qop: 'auth' as const, nc }),
      ...(cnonce !== undefined && { cnonce }),
    });
    const parts = [
      `username=${quote(this.credentials.username)}`,
      `realm=${quote(realm)}`,
      `nonce=${quote(nonce)}`,
      `uri=${quote(uri)}`,
      `response=${quote(response)}`,
    ];
    // Echo algorithm only when the server named it: some cameras reject an unexpected one.
    if (params['algorithm'] !== undefined) parts.push(`algorithm=${params['algorithm']}`);
    if (params['opaque'] !== undefined) parts.push(`opaque=${quote(params['opaque'])}`);
    if (useQop) parts.push('qop=auth', `nc=${nc}`);
    if (cnonce !== undefined) parts.push(`cnonce=${quote(cnonce)}`);
    return `Digest ${parts.join(', ')}`;
  }
}

/** What a server needs to check a Digest Authorization header. */
export interface DigestCheck {
  readonly method: string;
  readonly realm: string;
  /** Password for a user name, or undefined for an unknown user. */
  readonly passwordFor: (username: string) => string | undefined;
  /** True when the server issued this nonce and it has not expired. */
  readonly nonceValid: (nonce: string) => boolean;
}

/** Checks an Authorization header against a Digest challenge the server issued; returns the user. */
export function verifyDigestAuthorization(value: string, check: DigestCheck): string | undefined {
  const [parsed] = parseAuthChallenges([value]);
  if (parsed?.scheme.toLowerCase() !== 'digest') return undefined;
  const p = parsed.params;
  const username = p['username'];
  const nonce = p['nonce'];
  const uri = p['uri'];
  const response = p['response'];
  if (username === undefined || nonce === undefined || uri === undefined || response === undefined) return undefined;
  if (p['realm'] !== check.realm || !check.nonceValid(nonce)) return undefined;
  const password = check.passwordFor(username);
  if (password === undefined) return undefined;
  const algorithm = digestAlgorithm(p);
  if (algorithm === undefined) return undefined;
  const qop = p['qop'];
  if (qop !== undefined && qop !== 'auth') return undefined;
  const expected = computeDigestResponse({
    algorithm,
    username,
    password,
    realm: check.realm,
    nonce,
    method: check.method,
    uri,
    ...(qop === 'auth' && { qop: 'auth' as const, nc: p['nc'] ?? '', cnonce: p['cnonce'] ?? '' }),
    ...(qop !== 'auth' && p['cnonce'] !== undefined && { cnonce: p['cnonce'] }),
  });
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(response.toLowerCase(), 'utf8');
  return a.length === b.length && timingSafeEqual(a, b) ? username : undefined;
}
