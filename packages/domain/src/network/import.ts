import { BodyAssignment } from '../meetings/meeting';
import { isCalendarDate } from '../riskguide/matters';
import { personTextLimits, termProblem } from './register';

/**
 * Import of the municipality's list of officials from CSV or XLSX (issue 11 §1): each row is one
 * assignment of one person. The server reads the file into rows of text (an XLSX date cell becomes
 * YYYY-MM-DD there); this module recognises the columns, checks each row, reports every problem by
 * row and column, and matches the rows' people to the register's. The preview shows all of it;
 * what is imported is decided in ADR 018 (the good rows, in one transaction, or nothing).
 */

/** A column of the import. */
export const OfficialImportColumn = {
  Name: 'name',
  Email: 'email',
  Phone: 'phone',
  /** The body's name as in the register of bodies ("Kommunstyrelsen"). */
  Body: 'body',
  Role: 'role',
  TermStart: 'termStart',
  TermEnd: 'termEnd',
  /** The party's code ("S", "M", "SD"), the party's short name in the register. */
  PartyCode: 'partyCode',
  /** Optional: lets a row without e-mail match a person (`matchImportedPerson`). */
  BirthYear: 'birthYear',
} as const;
export type OfficialImportColumn = (typeof OfficialImportColumn)[keyof typeof OfficialImportColumn];
export const officialImportColumns: readonly OfficialImportColumn[] = Object.values(OfficialImportColumn);

/** The header texts recognised for each column, in lower case, Swedish and English. */
const headerWords: Readonly<Record<OfficialImportColumn, readonly string[]>> = {
  name: ['namn', 'name', 'fullständigt namn', 'full name'],
  email: ['e-post', 'epost', 'e-postadress', 'email', 'e-mail'],
  phone: ['telefon', 'mobil', 'telefonnummer', 'phone', 'mobile'],
  body: ['organ', 'nämnd', 'instans', 'body', 'committee'],
  role: ['uppdrag', 'roll', 'role', 'assignment'],
  termStart: ['från', 'mandat från', 'period från', 'startdatum', 'term start', 'from'],
  termEnd: ['till', 'mandat till', 'period till', 'slutdatum', 'term end', 'to'],
  partyCode: ['parti', 'partibeteckning', 'party', 'party code'],
  birthYear: ['födelseår', 'birth year', 'year of birth'],
};

/** The column a header cell names (case and surrounding spaces ignored), or null. */
export function importColumnFor(header: string): OfficialImportColumn | null {
  const word = normaliseText(header);
  for (const column of officialImportColumns) if (headerWords[column].includes(word)) return column;
  return null;
}

/** The words for each assignment role that the municipalities' lists use, lower case. */
const roleWords: Readonly<Record<BodyAssignment, readonly string[]>> = {
  member: ['ledamot', 'member', 'ordinarie ledamot'],
  substitute: ['ersättare', 'substitute', 'suppleant'],
  chair: ['ordförande', 'chair', 'chairman'],
  vice_chair: ['vice ordförande', '1:e vice ordförande', '2:e vice ordförande', 'vice chair', 'vice_chair'],
};

/** The assignment role a cell names (code, Swedish or English word), or null. */
export function assignmentRoleFor(text: string): BodyAssignment | null {
  const word = normaliseText(text);
  for (const role of Object.values(BodyAssignment))
    if (role === word || roleWords[role].includes(word)) return role;
  return null;
}

/** Most rows of one import: a large municipality's officials with all their assignments. */
export const maxOfficialImportRows = 3000;

/** The earliest and latest birth year accepted. */
export const birthYearRange = { min: 1900, max: 2100 } as const;

/** One row of text as read from the file, by column; missing or blank: not given. */
export type OfficialImportRow = Readonly<Partial<Record<OfficialImportColumn, string>>>;

/** What the rows are checked against: the organisation's bodies and parties. */
export interface OfficialImportContext {
  readonly bodies: readonly { readonly id: string; readonly name: string }[];
  readonly parties: readonly { readonly id: string; readonly code: string }[];
}

/** A good row: one assignment of one person. */
export interface ParsedOfficialRow {
  readonly name: string;
  /** Lower case. */
  readonly email: string | null;
  readonly phone: string | null;
  readonly bodyId: string;
  readonly role: BodyAssignment;
  readonly termStart: string;
  readonly termEnd: string | null;
  /** Null: no party given (a politisk vilde, or staff). */
  readonly partyId: string | null;
  readonly birthYear: number | null;
}

/** What is wrong with a cell, or with a row among the others. */
export const ImportProblemCode = {
  Required: 'required',
  TooLong: 'too_long',
  InvalidEmail: 'invalid_email',
  UnknownBody: 'unknown_body',
  UnknownRole: 'unknown_role',
  InvalidDate: 'invalid_date',
  TermEndsBeforeStart: 'term_ends_before_start',
  TermTooLong: 'term_too_long',
  UnknownParty: 'unknown_party',
  InvalidBirthYear: 'invalid_birth_year',
  /** The same person in the same body with the same role on an earlier row. */
  DuplicateAssignment: 'duplicate_assignment',
  /** The same person with another party on an earlier row. */
  ConflictingParty: 'conflicting_party',
} as const;
export type ImportProblemCode = (typeof ImportProblemCode)[keyof typeof ImportProblemCode];

/** One problem of one row, in one column. */
export interface ImportProblem {
  readonly column: OfficialImportColumn;
  readonly code: ImportProblemCode;
}

/** A row's result: the parsed row when it has no problem. */
export interface CheckedOfficialRow {
  /** The row's number as the person sees it in the file (the header row is 1). */
  readonly line: number;
  readonly row: ParsedOfficialRow | null;
  readonly problems: readonly ImportProblem[];
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/u;

/** Checks one row against the organisation's bodies and parties; `line` is its number in the file. */
export function checkOfficialRow(
  raw: OfficialImportRow,
  context: OfficialImportContext,
  line: number,
): CheckedOfficialRow {
  const problems: ImportProblem[] = [];
  const problem = (column: OfficialImportColumn, code: ImportProblemCode): void => {
    problems.push({ column, code });
  };
  const cell = (column: OfficialImportColumn): string | null => {
    const text = (raw[column] ?? '').normalize('NFC').trim().replace(/\s+/gu, ' ');
    return text === '' ? null : text;
  };

  const name = cell('name');
  if (name === null) problem('name', 'required');
  else if (name.length > personTextLimits.name) problem('name', 'too_long');

  const email = cell('email')?.toLowerCase() ?? null;
  if (email !== null && email.length > personTextLimits.email) problem('email', 'too_long');
  else if (email !== null && !emailPattern.test(email)) problem('email', 'invalid_email');

  const phone = cell('phone');
  if (phone !== null && phone.length > personTextLimits.phone) problem('phone', 'too_long');

  const bodyName = cell('body');
  const body =
    bodyName === null ? null : context.bodies.find((b) => normaliseText(b.name) === normaliseText(bodyName));
  if (bodyName === null) problem('body', 'required');
  else if (body === undefined) problem('body', 'unknown_body');

  const roleText = cell('role');
  const role = roleText === null ? null : assignmentRoleFor(roleText);
  if (roleText === null) problem('role', 'required');
  else if (role === null) problem('role', 'unknown_role');

  const termStart = cell('termStart');
  if (termStart === null) problem('termStart', 'required');
  else if (!isCalendarDate(termStart)) problem('termStart', 'invalid_date');
  const termEnd = cell('termEnd');
  if (termEnd !== null && !isCalendarDate(termEnd)) problem('termEnd', 'invalid_date');
  if (termStart !== null && isCalendarDate(termStart) && termEnd !== null && isCalendarDate(termEnd)) {
    const term = termProblem(termStart, termEnd);
    if (term === 'ends_before_start') problem('termEnd', 'term_ends_before_start');
    if (term === 'too_long') problem('termEnd', 'term_too_long');
  }

  const partyCode = cell('partyCode');
  const party =
    partyCode === null
      ? null
      : context.parties.find((p) => normaliseText(p.code) === normaliseText(partyCode));
  if (party === undefined) problem('partyCode', 'unknown_party');

  const birthYearText = cell('birthYear');
  const birthYear = birthYearText === null ? null : Number(birthYearText);
  if (
    birthYear !== null &&
    (!/^\d{4}$/u.test(birthYearText ?? '') ||
      birthYear < birthYearRange.min ||
      birthYear > birthYearRange.max)
  )
    problem('birthYear', 'invalid_birth_year');

  if (
    problems.length > 0 ||
    name === null ||
    body === null ||
    body === undefined ||
    role === null ||
    termStart === null
  )
    return { line, row: null, problems };
  return {
    line,
    row: {
      name,
      email,
      phone,
      bodyId: body.id,
      role,
      termStart,
      termEnd,
      partyId: party?.id ?? null,
      birthYear,
    },
    problems,
  };
}

/**
 * Checks every row (the first data row is line 2, under the header) and the rows among themselves:
 * the same person ({@link importPersonKey}) twice in the same body with the same role, or with two
 * parties, is a problem of the later row.
 */
export function checkOfficialImport(
  rows: readonly OfficialImportRow[],
  context: OfficialImportContext,
): CheckedOfficialRow[] {
  const assignments = new Set<string>();
  const parties = new Map<string, string | null>();
  return rows.map((raw, index) => {
    const checked = checkOfficialRow(raw, context, index + 2);
    if (checked.row === null) return checked;
    const person = importPersonKey(checked.row);
    const assignment = `${person}|${checked.row.bodyId}|${checked.row.role}`;
    const problems: ImportProblem[] = [];
    if (assignments.has(assignment)) problems.push({ column: 'body', code: 'duplicate_assignment' });
    assignments.add(assignment);
    const party = parties.get(person);
    if (party !== undefined && party !== checked.row.partyId)
      problems.push({ column: 'partyCode', code: 'conflicting_party' });
    if (party === undefined) parties.set(person, checked.row.partyId);
    return problems.length === 0 ? checked : { line: checked.line, row: null, problems };
  });
}

/**
 * Which rows are the same person within one file: the e-mail when given, else the name and the
 * birth year, else the name alone (rows of one file come from one list, where a name without
 * e-mail or birth year is one person).
 */
export function importPersonKey(row: Pick<ParsedOfficialRow, 'name' | 'email' | 'birthYear'>): string {
  if (row.email !== null) return `email:${row.email}`;
  return `name:${normaliseText(row.name)}|${row.birthYear ?? ''}`;
}

/** A person of the register as matching needs them. */
export interface RegisterPersonForMatching {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly birthYear: number | null;
}

/** How an imported row's person relates to the register. */
export type PersonMatch =
  | { readonly kind: 'email'; readonly personId: string }
  | { readonly kind: 'name_and_birth_year'; readonly personId: string }
  /** More than one person fits: the preview asks which, nothing is merged. */
  | { readonly kind: 'ambiguous'; readonly personIds: readonly string[] }
  /**
   * A new person. `sameName`: people with the same name only — never merged automatically (two
   * officials may share a name), shown in the preview as a possible duplicate.
   */
  | { readonly kind: 'new'; readonly sameName: readonly string[] };

/**
 * Matches an imported person to the register (ADR 018): by e-mail (case-insensitive) first; when
 * the e-mail matches nobody or is not given, by name (case, accents and spaces as written, case
 * ignored) together with the birth year, when the row and the person both have one; never by name
 * alone.
 */
export function matchImportedPerson(
  row: Pick<ParsedOfficialRow, 'name' | 'email' | 'birthYear'>,
  people: readonly RegisterPersonForMatching[],
): PersonMatch {
  if (row.email !== null) {
    const byEmail = people.filter((person) => person.email?.toLowerCase() === row.email);
    const [only] = byEmail;
    if (byEmail.length === 1 && only !== undefined) return { kind: 'email', personId: only.id };
    if (byEmail.length > 1) return { kind: 'ambiguous', personIds: byEmail.map((person) => person.id) };
  }
  const name = normaliseText(row.name);
  const sameName = people.filter((person) => normaliseText(person.name) === name);
  if (row.birthYear !== null) {
    const byBirthYear = sameName.filter((person) => person.birthYear === row.birthYear);
    const [only] = byBirthYear;
    if (byBirthYear.length === 1 && only !== undefined)
      return { kind: 'name_and_birth_year', personId: only.id };
    if (byBirthYear.length > 1)
      return { kind: 'ambiguous', personIds: byBirthYear.map((person) => person.id) };
  }
  return { kind: 'new', sameName: sameName.map((person) => person.id) };
}

/** A text compared as people read it: NFC, spaces collapsed and trimmed, Swedish lower case. */
function normaliseText(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('sv-SE');
}
