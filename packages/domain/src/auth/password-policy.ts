/**
 * Password rules for local accounts, following NIST SP 800-63B §5.1.1.2: length over composition,
 * no forced character classes, reject passwords that are common or derived from the account.
 */

/** Shortest accepted password, in characters (Unicode code points). */
export const minPasswordLength = 12;
/** Longest accepted password, in characters; argon2 hashes any length, this bounds request cost. */
export const maxPasswordLength = 256;

/** Why a password was refused. Codes map to translated messages. */
export const PasswordProblem = {
  TooShort: 'password_too_short',
  TooLong: 'password_too_long',
  Common: 'password_common',
  ContainsIdentity: 'password_contains_identity',
} as const;

export type PasswordProblem = (typeof PasswordProblem)[keyof typeof PasswordProblem];

/** A short list of passwords and stems that are always refused (lower case). */
const commonStems = [
  'password',
  'lösenord',
  'losenord',
  'qwerty',
  'asdfgh',
  '123456',
  'abc123',
  'sommar',
  'vinter',
  'välkommen',
  'valkommen',
  'letmein',
  'exempelkommun',
  'kommun',
];

/** Checks a candidate password; an empty list means it is acceptable. */
export function checkPassword(
  password: string,
  identity: { readonly email: string; readonly name?: string },
): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < minPasswordLength) problems.push(PasswordProblem.TooShort);
  if (length > maxPasswordLength) problems.push(PasswordProblem.TooLong);
  const lower = password.toLowerCase();
  // The letters alone (any script): "Lösenord2024!" is the stem "lösenord".
  const letters = lower.replace(/[^\p{L}]+/gu, '');
  // A stem is common when it is all there is ("Sommar2024!") or starts the password with little
  // more than digits and a few letters ("asdfghjkl;12"), not when it starts a longer phrase
  // ("sommarregn över kommunhuset").
  const isStem = (stem: string): boolean => {
    const stemLetters = stem.replace(/[^\p{L}]+/gu, '');
    if (stemLetters !== '' && letters === stemLetters) return true;
    if (!lower.startsWith(stem)) return false;
    return lower.slice(stem.length).replace(/[^\p{L}]+/gu, '').length < 4;
  };
  if (commonStems.some(isStem) || /^(.)\1+$/u.test(lower)) {
    problems.push(PasswordProblem.Common);
  }
  const localPart = identity.email.split('@')[0]?.toLowerCase() ?? '';
  const nameParts = (identity.name ?? '')
    .toLowerCase()
    .split(/\s+/u)
    .filter((part) => part.length >= 4);
  if (
    (localPart.length >= 4 && lower.includes(localPart)) ||
    nameParts.some((part) => lower.includes(part))
  ) {
    problems.push(PasswordProblem.ContainsIdentity);
  }
  return problems;
}
