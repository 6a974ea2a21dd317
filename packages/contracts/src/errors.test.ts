import { describe, expect, it } from 'vitest';
import { maxEvidenceBytes } from '@varn/domain';
import { errorBodySchema } from './error-body';
import {
  errorMessage,
  errorMessagesEn,
  errorMessagesSv,
  errorStatus,
  isErrorCode,
  type ErrorCode,
} from './errors';

// Every error code with its HTTP status, written out by hand and grouped by what the client
// should do. A new code without a row here, or a changed status, fails the first test.
const expectedStatus: Readonly<Record<string, number>> = {
  // 400: the request itself is wrong; fix it and send again.
  validation_failed: 400,
  bad_request: 400,
  invalid_json: 400,
  // 401: who you are is not (or no longer) established; log in.
  unauthenticated: 401,
  session_expired: 401,
  invalid_credentials: 401,
  mfa_required: 401,
  invalid_mfa_code: 401,
  // 403: you are known, but this is not allowed now.
  forbidden: 403,
  csrf_invalid: 403,
  forbidden_origin: 403,
  mfa_enrolment_required: 403,
  account_inactive: 403,
  // 404/405: nothing here (or nothing you may see).
  not_found: 404,
  route_not_found: 404,
  method_not_allowed: 405,
  // 409/410: the state of a record does not allow it.
  conflict: 409,
  transition_not_allowed: 409,
  signal_closed: 409,
  assessment_locked: 409,
  assessment_not_finished: 409,
  assessment_superseded: 409,
  plan_approved: 409,
  email_taken: 409,
  abbreviation_taken: 409,
  mfa_already_enabled: 409,
  mfa_not_enabled: 409,
  mfa_required_by_role: 409,
  invitation_invalid: 410,
  // 413/415/422: the body cannot be taken as sent.
  body_too_large: 413,
  file_too_large: 413,
  unsupported_media_type: 415,
  file_type_not_allowed: 415,
  rule_violation: 422,
  // 429: wait, then try again.
  too_many_attempts: 429,
  too_many_requests: 429,
  // 5xx: our fault, not the user's.
  internal_error: 500,
  service_unavailable: 503,
};

const codes: ErrorCode[] = Object.keys(errorStatus).filter(isErrorCode);

describe('errorStatus', () => {
  it('gives every code the status written out above, and has no other codes', () => {
    expect(errorStatus).toEqual(expectedStatus);
  });

  it.each(codes)('%s has an HTTP error status', (code) => {
    const status = errorStatus[code];
    expect(Number.isInteger(status)).toBe(true);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThanOrEqual(599);
  });

  it.each<[string, RegExp, number]>([
    ['taken', /_taken$/u, 409],
    ['not found', /not_found$/u, 404],
    ['too many', /^too_many_/u, 429],
    ['forbidden', /^forbidden/u, 403],
    ['already', /_already_/u, 409],
  ])('codes that say "%s" share one status', (_label, pattern, status) => {
    const matching = codes.filter((code) => pattern.test(code));
    expect(matching.length).toBeGreaterThan(0);
    for (const code of matching) expect([code, errorStatus[code]]).toEqual([code, status]);
  });

  it('uses 5xx only for faults on the server side', () => {
    expect(codes.filter((code) => errorStatus[code] >= 500).sort()).toEqual([
      'internal_error',
      'service_unavailable',
    ]);
  });
});

describe('isErrorCode', () => {
  it.each<[string, boolean]>([
    ['not_found', true],
    ['validation_failed', true],
    ['NOT_FOUND', false],
    ['not found', false],
    ['', false],
    ['toString', false], // inherited from Object.prototype, not a code
    ['__proto__', false],
    ['constructor', false],
  ])('%j → %s', (value, expected) => {
    expect(isErrorCode(value)).toBe(expected);
  });
});

describe('the message catalogues', () => {
  it('have exactly the codes of errorStatus, in Swedish and in English', () => {
    expect(Object.keys(errorMessagesSv).sort()).toEqual([...codes].sort());
    expect(Object.keys(errorMessagesEn).sort()).toEqual([...codes].sort());
  });

  it.each(codes)('%s has a real sentence in each language, and they differ', (code) => {
    const sv = errorMessagesSv[code];
    const en = errorMessagesEn[code];
    for (const message of [sv, en]) {
      expect(message.trim()).toBe(message);
      expect(message.length).toBeGreaterThan(5);
      expect(message).not.toBe(code);
      expect(message).not.toContain(code);
      expect(message).toMatch(/^\p{Lu}/u);
      expect(message).toMatch(/[.!?)]$/u);
      expect(message).not.toMatch(/\{\w*\}/u); // no unfilled placeholder
    }
    expect(sv).not.toBe(en);
  });

  it('state the largest evidence file the domain accepts', () => {
    const megabytes = maxEvidenceBytes / 1024 / 1024;
    expect(errorMessagesSv.file_too_large).toContain(`${megabytes} MB`);
    expect(errorMessagesEn.file_too_large).toContain(`${megabytes} MB`);
  });

  it('tell a user who gets 404 that it may also be a matter of permission (existence never leaks)', () => {
    expect(errorMessagesSv.not_found).toMatch(/behörighet/u);
    expect(errorMessagesEn.not_found).toMatch(/not allowed/u);
  });
});

describe('errorMessage', () => {
  it.each(codes)('%s in sv and en', (code) => {
    expect(errorMessage(code, 'sv')).toBe(errorMessagesSv[code]);
    expect(errorMessage(code, 'en')).toBe(errorMessagesEn[code]);
  });

  it('answers in the language asked for', () => {
    expect(errorMessage('session_expired', 'sv')).toBe('Din inloggning har gått ut. Logga in igen.');
    expect(errorMessage('session_expired', 'en')).toBe('Your session has expired. Please log in again.');
  });
});

describe('errorBodySchema', () => {
  it.each<[string, unknown, boolean]>([
    ['code and message', { error: { code: 'forbidden', message: 'Nej.' } }, true],
    [
      'with fields',
      { error: { code: 'validation_failed', message: 'Rätta.', fields: { name: 'Fyll i.' } } },
      true,
    ],
    [
      'a nested field path',
      { error: { code: 'validation_failed', message: 'Rätta.', fields: { 'a.b': 'x' } } },
      true,
    ],
    ['no message', { error: { code: 'forbidden' } }, false],
    ['a field message that is not text', { error: { code: 'x', message: 'y', fields: { name: 1 } } }, false],
    ['no error envelope', { code: 'forbidden', message: 'Nej.' }, false],
  ])('%s → valid: %s', (_label, body, valid) => {
    expect(errorBodySchema.safeParse(body).success).toBe(valid);
  });
});
