import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { PsvisError } from '../errors/psvis-error.ts';

/**
 * The installation's Ed25519 key: signs audit checkpoints (and, later, evidence exports). Made at
 * first start and kept in the data directory; only its public half is needed to verify.
 */
export interface InstallationKey {
  /** First 16 hex digits of SHA-256 over the DER public key. */
  readonly keyId: string;
  readonly publicKeyPem: string;
  sign(data: Uint8Array): string;
}

const PRIVATE_FILE = 'installation-ed25519.key.pem';
const PUBLIC_FILE = 'installation-ed25519.pub.pem';

/** Key id of a public key: what checkpoints and manifests record. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

/** Verifies a base64 Ed25519 signature with a PEM public key. */
export function verifySignature(publicKeyPem: string, data: Uint8Array, signatureB64: string): boolean {
  try {
    return verify(null, data, createPublicKey(publicKeyPem), Buffer.from(signatureB64, 'base64'));
  } catch {
    return false;
  }
}

/** Loads the key from `keysDir`, creating it (mode 0600) on first start. */
export function loadOrCreateInstallationKey(keysDir: string): InstallationKey {
  mkdirSync(keysDir, { recursive: true, mode: 0o700 });
  const privPath = join(keysDir, PRIVATE_FILE);
  const pubPath = join(keysDir, PUBLIC_FILE);
  if (!existsSync(privPath)) {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    // Written to a temporary name and renamed, so a crash never leaves half a key behind.
    writeFileSync(`${privPath}.tmp`, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    renameSync(`${privPath}.tmp`, privPath);
    writeFileSync(pubPath, publicKey.export({ type: 'spki', format: 'pem' }));
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(readFileSync(privPath));
  } catch (err) {
    throw new PsvisError('PSVIS_ERR_KEY', `cannot read the installation key ${privPath}: ${(err as Error).message}`);
  }
  const publicKey = createPublicKey(privateKey);
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return {
    keyId: keyIdOf(publicKey),
    publicKeyPem,
    sign: (data) => sign(null, data, privateKey).toString('base64'),
  };
}
