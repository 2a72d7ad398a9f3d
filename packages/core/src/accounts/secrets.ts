import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane).
const argonOptions = {
  algorithm: 2 /* Algorithm.Argon2id, a const enum the isolated-modules build cannot read */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** An argon2id hash of the password (PHC string with its own salt and parameters). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, argonOptions);
}

/** Checks a password against an argon2id hash; false for a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Verifies against a throwaway hash so an unknown email costs the same time as a known one. */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('vigil-timing-equaliser');
  await verifyPassword(await dummyHash, password);
}

/** A URL-safe random secret with 256 bits of entropy. */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** sha256 hex, for storing bearer secrets and session ids that are already high-entropy. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
