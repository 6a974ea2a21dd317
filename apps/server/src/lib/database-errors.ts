import type { ErrorCode, FieldMessageKey } from '@varn/contracts';
import { AppError } from './errors';

/**
 * Unique constraints whose violation is a conflict a user can cause (two admins saving the same
 * thing at the same moment): the check in the service passed for both, the database kept one.
 */
const uniqueViolations: Readonly<
  Record<string, { code: ErrorCode; field: string; message: FieldMessageKey }>
> = {
  users_organisation_email_unique: { code: 'email_taken', field: 'email', message: 'email_taken' },
  parties_abbreviation_unique: {
    code: 'abbreviation_taken',
    field: 'abbreviation',
    message: 'abbreviation_taken',
  },
};

/** The PostgreSQL error under a Drizzle query error, if any. */
function postgresError(error: unknown): { code?: unknown; constraint?: unknown } | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current && typeof current === 'object'; depth += 1) {
    const candidate = current as { code?: unknown; constraint?: unknown; cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/u.test(candidate.code)) return candidate;
    current = candidate.cause;
  }
  return undefined;
}

/** Turns a database error a client can provoke into the matching AppError, or returns null. */
export function translateDatabaseError(error: unknown): AppError | null {
  const pgError = postgresError(error);
  if (!pgError) return null;
  if (pgError.code === '23505' && typeof pgError.constraint === 'string') {
    const known = uniqueViolations[pgError.constraint];
    if (known) return new AppError(known.code, { fields: { [known.field]: known.message }, cause: error });
    return new AppError('conflict', { cause: error });
  }
  // Serialisation failure or deadlock between concurrent writers: the client may simply retry.
  if (pgError.code === '40001' || pgError.code === '40P01') return new AppError('conflict', { cause: error });
  // Text the database cannot store (NUL in text or jsonb) only ever comes from a request. Request
  // validation refuses it first (unstorableTextIssues); this is the net for text that bypasses it.
  if (pgError.code === '22021' || pgError.code === '22P05')
    return new AppError('bad_request', { cause: error });
  return null;
}

/** Whether the database could not be reached (→ 503, retry later). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = postgresError(error)?.code ?? (error as { code?: unknown }).code;
  return (
    code === 'ECONNREFUSED' || code === '57P01' || code === '57P03' || code === '08006' || code === '08001'
  );
}
