import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id (the library default) with OWASP's minimum parameters: 19 MiB memory, 2 iterations,
 * parallelism 1 (OWASP Password Storage Cheat Sheet).
 */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verified against when the email is unknown, so the response time does not reveal which emails exist. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hash('haven-no-such-user-placeholder', OPTIONS);
  return dummyHash;
}
