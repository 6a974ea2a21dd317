import type { Role } from '../access/roles';

/**
 * Multi-factor authentication rules (issue 2 §3). Which roles must use MFA is an organisation
 * setting; a user who enrolled voluntarily is always asked for a code too.
 */

/** What the login needs after a correct password. */
export const MfaStep = {
  /** Password was enough. */
  None: 'none',
  /** The user has MFA and must give a code (TOTP or recovery code). */
  Verify: 'verify',
  /** The role must use MFA but the user has not enrolled: only enrolment is possible. */
  Enrol: 'enrol',
} as const;

export type MfaStep = (typeof MfaStep)[keyof typeof MfaStep];

/** Whether an organisation requires MFA of this role. */
export function mfaRequiredFor(role: Role, requiredRoles: readonly Role[]): boolean {
  return requiredRoles.includes(role);
}

/** The step that follows a correct password. */
export function mfaStepAfterPassword(
  user: { readonly role: Role; readonly mfaEnabled: boolean },
  requiredRoles: readonly Role[],
): MfaStep {
  if (user.mfaEnabled) return MfaStep.Verify;
  return mfaRequiredFor(user.role, requiredRoles) ? MfaStep.Enrol : MfaStep.None;
}

/** Number of one-time recovery codes issued at enrolment. */
export const recoveryCodeCount = 10;

/** Normalises a typed recovery code: case and separators do not matter. */
export function normaliseRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[^a-z0-9]/gu, '');
}

/** Whether a typed code looks like a TOTP code (6 digits, spaces allowed) rather than a recovery code. */
export function isTotpCode(input: string): boolean {
  return /^\d{6}$/u.test(input.replace(/\s/gu, ''));
}
