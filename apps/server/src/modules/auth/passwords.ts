import { hash, verify } from '@node-rs/argon2';

/**
 * Password hashing with argon2id (the library default) at OWASP's recommended minimum:
 * 19 MiB memory, 2 passes, 1 lane. Parameters are stored in each hash, so they can be raised
 * later without breaking existing hashes.
 */
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password (argon2id PHC string). */
export async function hashPassword(password: string): Promise<string> {
  return await hash(password, options);
}

/** Compares a password with a stored hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real verification for logins of unknown or password-less accounts,
 * so that response times do not reveal which e-mail addresses have accounts.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hash('not-a-real-password-for-timing-only', options);
  await verifyPassword(await dummyHash, password);
  return false;
}
