/**
 * Neutral matter titles (issue 4 §1, DOMAIN.md §4): a title is shown on agendas and screening
 * grids, so it should not name or identify a person. `titleWarnings` warns (the UI does not block)
 * when a title looks like it contains personal data or a term the organisation finds sensitive.
 */

/** What a title warning is about. */
export const TitleWarningKind = {
  /** Personnummer or samordningsnummer. */
  PersonalIdentityNumber: 'personal_identity_number',
  Email: 'email',
  PhoneNumber: 'phone_number',
  /** A word from the organisation's list of sensitive terms. */
  SensitiveTerm: 'sensitive_term',
} as const;
export type TitleWarningKind = (typeof TitleWarningKind)[keyof typeof TitleWarningKind];
export const titleWarningKinds: readonly TitleWarningKind[] = Object.values(TitleWarningKind);

interface Found {
  /** The text found, as written in the (NFC-normalised) title. */
  readonly match: string;
  /** Where it is: indices into the NFC-normalised title, `end` exclusive. */
  readonly start: number;
  readonly end: number;
}

/** One warning about a title. */
export type TitleWarning =
  | (Found & { readonly kind: 'personal_identity_number' | 'email' | 'phone_number' })
  | (Found & { readonly kind: 'sensitive_term'; readonly term: string });

// A letter or digit of any script: the edge of a word. `\b` would treat å, ä and ö as non-letters.
const wordChar = String.raw`[\p{L}\p{N}]`;

const personalNumberPattern = /(?<!\p{N})(\d{2})?(\d{6})[-+]?(\d{4})(?!\p{N})/gu;
const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// Not after a digit (with at most one separator between), a plus or a slash: keeps dates
// (2024-05-06), amounts (1 000 000) and diary numbers (KS 2023/0456) out. The only one-digit area
// code is 08, which keeps most day-month dates (01-02-2024) out too.
const nationalPhonePattern =
  /(?<!\p{N}[\s-]?)(?<![+/])0(?:8|[1-9]\d{1,2})[\s-]?\d(?:[\s-]?\d){4,7}(?!\p{N})/gu;
const internationalPhonePattern =
  /(?<![\p{N}+])(?:\+|00)46[\s-]?(?:\(0\)[\s-]?)?[1-9](?:[\s-]?\d){6,8}(?!\p{N})/gu;

/** The Luhn check (as used for personnummer): the weighted digit sum is a multiple of ten. */
function passesLuhn(digits: string): boolean {
  const sum = [...digits].reduce((total, digit, index) => {
    const product = Number(digit) * (index % 2 === 0 ? 2 : 1);
    return total + (product > 9 ? product - 9 : product);
  }, 0);
  return sum % 10 === 0;
}

/**
 * Whether YYMMDD + four digits can be a personnummer (Skatteverket SKV 704): month 01–12, day
 * 01–31, or 61–91 for a samordningsnummer (day + 60), and the last digit is the Luhn check digit
 * of the ten digits.
 */
function isPersonalIdentityNumber(date: string, rest: string): boolean {
  const month = Number(date.slice(2, 4));
  const day = Number(date.slice(4, 6));
  const dayFits = (day >= 1 && day <= 31) || (day >= 61 && day <= 91);
  return month >= 1 && month <= 12 && dayFits && passesLuhn(date + rest);
}

/** Swedish phone numbers: mobile 07x + 7 digits; other numbers 0 + area code + subscriber, 8–10 digits. */
function isNationalPhoneNumber(text: string): boolean {
  const digits = text.replace(/\D/gu, '');
  return digits.startsWith('07') ? digits.length === 10 : digits.length >= 8 && digits.length <= 10;
}

/** +46 (or 0046) and the number without its leading 0: 7–9 digits, 9 for a mobile (7x). */
function isInternationalPhoneNumber(text: string): boolean {
  const national = text
    .replace(/\(0\)/u, '')
    .replace(/\D/gu, '')
    .replace(/^(?:00)?46/u, '');
  return national.startsWith('7') ? national.length === 9 : national.length >= 7 && national.length <= 9;
}

const escapeForPattern = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/gu, '\\$&');

function findAll(title: string, pattern: RegExp, keep: (match: RegExpExecArray) => boolean): Found[] {
  return [...title.matchAll(pattern)]
    .filter(keep)
    .map((match) => ({ match: match[0], start: match.index, end: match.index + match[0].length }));
}

/**
 * Warnings for a matter title (issue 4 §1), in the order they occur; an empty list means none.
 * Warns, never blocks: the user decides.
 *
 * - Personal identity numbers: YYMMDD-XXXX, YYYYMMDD-XXXX, with `-`, `+` or nothing between, that
 *   pass the date and Luhn checks (samordningsnummer too).
 * - E-mail addresses.
 * - Phone numbers: 07x… (10 digits), 0x-… (08 or a two- or three-digit area code, 8–10 digits),
 *   +46 / 0046 …, with spaces or dashes. A ten-digit number can be both a phone number and a
 *   personal identity number; then both are reported. Digits inside an e-mail address are not reported again.
 * - Sensitive terms: each term of the organisation's list (blank ones ignored), case-insensitive
 *   (Å = å), as a whole word: the term "skola" matches "Skola" and "skola," but not "skolan" or
 *   "förskola". Inflected forms are separate entries in the list. A term of several words matches
 *   with any whitespace between them.
 */
export function titleWarnings(title: string, sensitiveTerms: readonly string[]): TitleWarning[] {
  const text = title.normalize('NFC');
  const emails = findAll(text, emailPattern, () => true);
  const outsideEmails = (found: Found): boolean =>
    !emails.some((email) => found.start < email.end && email.start < found.end);
  const personalNumbers = findAll(text, personalNumberPattern, ([, , date = '', rest = '']) =>
    isPersonalIdentityNumber(date, rest),
  ).filter(outsideEmails);
  const phones = [
    ...findAll(text, nationalPhonePattern, ([match]) => isNationalPhoneNumber(match)),
    ...findAll(text, internationalPhonePattern, ([match]) => isInternationalPhoneNumber(match)),
  ].filter(outsideEmails);
  // One entry per term, whatever its case: "Skola" and "skola" would give the same warnings.
  const byKey = new Map<string, string>();
  for (const entry of sensitiveTerms) {
    const term = entry.normalize('NFC').trim();
    const key = term.toLocaleLowerCase('sv');
    if (term !== '' && !byKey.has(key)) byKey.set(key, term);
  }
  const terms = [...byKey.values()];
  const sensitive = terms.flatMap((term) => {
    const words = term
      .split(/\s+/u)
      .map(escapeForPattern)
      .join(String.raw`\s+`);
    const pattern = new RegExp(`(?<!${wordChar})${words}(?!${wordChar})`, 'giu');
    return findAll(text, pattern, () => true).map((found) => ({
      ...found,
      kind: 'sensitive_term' as const,
      term,
    }));
  });
  const warnings: TitleWarning[] = [
    ...personalNumbers.map((found) => ({ ...found, kind: TitleWarningKind.PersonalIdentityNumber })),
    ...emails.map((found) => ({ ...found, kind: TitleWarningKind.Email })),
    ...phones.map((found) => ({ ...found, kind: TitleWarningKind.PhoneNumber })),
    ...sensitive,
  ];
  return warnings.sort((a, b) => a.start - b.start || a.end - b.end);
}
