import { hash, verify } from '@node-rs/argon2';
import { bilingualError } from '../errors/bilingual.ts';

/** Shortest password psvis accepts. */
export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 256;

// OWASP's argon2id baseline (19 MiB, 2 iterations, 1 lane).
const ARGON2_OPTIONS = {
  algorithm: 2 /* Argon2id (ambient const enum Algorithm) */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** Hashes a password with argon2id after checking its length. */
export async function hashPassword(password: string): Promise<string> {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    // Worded as the console's user form words its password rule (密码须为 {min}–{max} 个字符).
    throw bilingualError(
      'PSVIS_ERR_WEAK_PASSWORD',
      {
        zh: `密码须为 ${MIN_PASSWORD_LENGTH}–${MAX_PASSWORD_LENGTH} 个字符`,
        en: `a password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters long`,
      },
      { minLength: MIN_PASSWORD_LENGTH },
      400,
    );
  }
  return hash(password, ARGON2_OPTIONS);
}

/** True when `password` matches the stored argon2 hash. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD_LENGTH) return false;
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// A hash to verify against when the account does not exist, so timing does not reveal accounts.
let dummyHash: Promise<string> | null = null;
/** Spends the same time as a real verification, for unknown accounts. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hash('psvis-dummy-password', ARGON2_OPTIONS);
  await verifyPassword(await dummyHash, password);
  return false;
}
