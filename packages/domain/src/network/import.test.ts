import { describe, expect, it } from 'vitest';
import {
  assignmentRoleFor,
  checkOfficialImport,
  checkOfficialRow,
  importColumnFor,
  importPersonKey,
  matchImportedPerson,
  type ImportProblem,
  type OfficialImportContext,
  type OfficialImportRow,
  type PersonMatch,
  type RegisterPersonForMatching,
} from './import';

const context: OfficialImportContext = {
  bodies: [
    { id: 'body-kf', name: 'Kommunfullmäktige' },
    { id: 'body-ks', name: 'Kommunstyrelsen' },
  ],
  parties: [
    { id: 'party-s', code: 'S' },
    { id: 'party-m', code: 'M' },
  ],
};

const good: OfficialImportRow = {
  name: 'Anna Andersson',
  email: 'Anna.Andersson@Example.se',
  phone: '070-123 45 67',
  body: 'Kommunstyrelsen',
  role: 'Ordförande',
  termStart: '2027-01-01',
  termEnd: '2030-12-31',
  partyCode: 'S',
  birthYear: '1971',
};

const { role: _role, ...withoutRole } = good;

describe('importColumnFor: Swedish and English headers', () => {
  it.each<[string, string | null]>([
    ['Namn', 'name'],
    ['  E-post ', 'email'],
    ['Email', 'email'],
    ['Telefon', 'phone'],
    ['Nämnd', 'body'],
    ['Uppdrag', 'role'],
    ['Mandat från', 'termStart'],
    ['Till', 'termEnd'],
    ['Parti', 'partyCode'],
    ['Födelseår', 'birthYear'],
    ['Personnummer', null],
    ['', null],
  ])('%j → %s', (header, column) => {
    expect(importColumnFor(header)).toBe(column);
  });
});

describe('assignmentRoleFor: codes and the words of the lists', () => {
  it.each<[string, string | null]>([
    ['ledamot', 'member'],
    ['Ledamot', 'member'],
    ['Ersättare', 'substitute'],
    ['suppleant', 'substitute'],
    ['ORDFÖRANDE', 'chair'],
    ['1:e vice ordförande', 'vice_chair'],
    ['vice_chair', 'vice_chair'],
    ['member', 'member'],
    ['sekreterare', null],
  ])('%j → %s', (text, role) => {
    expect(assignmentRoleFor(text)).toBe(role);
  });
});

describe('checkOfficialRow: a good row', () => {
  it('is parsed: e-mail lower case, body and party by name and code, role by its word', () => {
    expect(checkOfficialRow(good, context, 2)).toEqual({
      line: 2,
      problems: [],
      row: {
        name: 'Anna Andersson',
        email: 'anna.andersson@example.se',
        phone: '070-123 45 67',
        bodyId: 'body-ks',
        role: 'chair',
        termStart: '2027-01-01',
        termEnd: '2030-12-31',
        partyId: 'party-s',
        birthYear: 1971,
      },
    });
  });

  it('needs only name, body, role and term start', () => {
    const row = checkOfficialRow(
      { name: ' Bo  Berg ', body: 'kommunfullmäktige', role: 'ersättare', termStart: '2027-01-01' },
      context,
      3,
    );
    expect(row.problems).toEqual([]);
    expect(row.row).toMatchObject({
      name: 'Bo Berg',
      email: null,
      phone: null,
      bodyId: 'body-kf',
      termEnd: null,
      partyId: null,
      birthYear: null,
    });
  });
});

describe('checkOfficialRow: each problem in its column', () => {
  it.each<[string, OfficialImportRow, ImportProblem[]]>([
    ['no name', { ...good, name: '  ' }, [{ column: 'name', code: 'required' }]],
    ['a too long name', { ...good, name: 'x'.repeat(201) }, [{ column: 'name', code: 'too_long' }]],
    ['a bad e-mail', { ...good, email: 'anna(at)example.se' }, [{ column: 'email', code: 'invalid_email' }]],
    ['a too long phone', { ...good, phone: '0'.repeat(41) }, [{ column: 'phone', code: 'too_long' }]],
    ['no body', { ...good, body: '' }, [{ column: 'body', code: 'required' }]],
    ['an unknown body', { ...good, body: 'Kulturnämnden' }, [{ column: 'body', code: 'unknown_body' }]],
    ['no role', withoutRole, [{ column: 'role', code: 'required' }]],
    ['an unknown role', { ...good, role: 'sekreterare' }, [{ column: 'role', code: 'unknown_role' }]],
    ['no term start', { ...good, termStart: '' }, [{ column: 'termStart', code: 'required' }]],
    [
      'a bad term start',
      { ...good, termStart: '2027-02-30' },
      [{ column: 'termStart', code: 'invalid_date' }],
    ],
    ['a bad term end', { ...good, termEnd: '31/12/2030' }, [{ column: 'termEnd', code: 'invalid_date' }]],
    [
      'a term ending before it starts',
      { ...good, termEnd: '2026-12-31' },
      [{ column: 'termEnd', code: 'term_ends_before_start' }],
    ],
    [
      'a term over eight years',
      { ...good, termEnd: '2040-12-31' },
      [{ column: 'termEnd', code: 'term_too_long' }],
    ],
    ['an unknown party', { ...good, partyCode: 'XX' }, [{ column: 'partyCode', code: 'unknown_party' }]],
    ['a bad birth year', { ...good, birthYear: '71' }, [{ column: 'birthYear', code: 'invalid_birth_year' }]],
    [
      'a birth year out of range',
      { ...good, birthYear: '1899' },
      [{ column: 'birthYear', code: 'invalid_birth_year' }],
    ],
    [
      'several problems at once',
      { ...good, name: '', body: 'Okänd', partyCode: 'XX' },
      [
        { column: 'name', code: 'required' },
        { column: 'body', code: 'unknown_body' },
        { column: 'partyCode', code: 'unknown_party' },
      ],
    ],
  ])('%s', (_label, raw, problems) => {
    const checked = checkOfficialRow(raw, context, 7);
    expect(checked.problems).toEqual(problems);
    expect(checked.row).toBeNull();
    expect(checked.line).toBe(7);
  });
});

describe('checkOfficialImport: the rows among themselves', () => {
  it('numbers the rows from line 2 and keeps the good rows beside the bad ones', () => {
    const checked = checkOfficialImport(
      [good, { ...good, name: '' }, { ...good, role: 'ledamot', body: 'Kommunfullmäktige' }],
      context,
    );
    expect(checked.map((row) => [row.line, row.row !== null])).toEqual([
      [2, true],
      [3, false],
      [4, true],
    ]);
  });

  it('lets one person hold several assignments', () => {
    const checked = checkOfficialImport(
      [good, { ...good, body: 'Kommunfullmäktige', role: 'ledamot' }],
      context,
    );
    expect(checked.every((row) => row.problems.length === 0)).toBe(true);
  });

  it.each<[string, OfficialImportRow, ImportProblem[]]>([
    ['the same assignment twice', { ...good }, [{ column: 'body', code: 'duplicate_assignment' }]],
    // The e-mail is the person, whatever case it is written in.
    [
      'the same assignment, e-mail in another case',
      { ...good, email: 'ANNA.ANDERSSON@example.se' },
      [{ column: 'body', code: 'duplicate_assignment' }],
    ],
    [
      'the same person with another party',
      { ...good, body: 'Kommunfullmäktige', partyCode: 'M' },
      [{ column: 'partyCode', code: 'conflicting_party' }],
    ],
    ['another person, same assignment', { ...good, email: 'bo@example.se' }, []],
  ])('%s: a problem of the later row', (_label, later, problems) => {
    const [first, second] = checkOfficialImport([good, later], context);
    expect(first?.problems).toEqual([]);
    expect(second?.problems).toEqual(problems);
    expect(second?.row === null).toBe(problems.length > 0);
  });
});

describe('importPersonKey', () => {
  it.each<[string | null, string, number | null, string]>([
    ['anna@example.se', 'Anna', 1971, 'email:anna@example.se'],
    [null, ' Anna  Andersson', 1971, 'name:anna andersson|1971'],
    [null, 'Anna Andersson', null, 'name:anna andersson|'],
  ])('%s, %s, %s → %s', (email, name, birthYear, key) => {
    expect(importPersonKey({ email, name, birthYear })).toBe(key);
  });
});

describe('matchImportedPerson: e-mail first, then name and birth year, never name alone', () => {
  const people: RegisterPersonForMatching[] = [
    { id: 'p-anna', name: 'Anna Andersson', email: 'anna@example.se', birthYear: 1971 },
    { id: 'p-anna-2', name: 'Anna Andersson', email: null, birthYear: 1985 },
    { id: 'p-bo', name: 'Bo Berg', email: null, birthYear: null },
    { id: 'p-shared-1', name: 'Cecilia Ek', email: 'kansli@parti.se', birthYear: 1960 },
    { id: 'p-shared-2', name: 'David Ek', email: 'KANSLI@parti.se', birthYear: 1962 },
    { id: 'p-twin-1', name: 'Eva Lind', email: null, birthYear: 1990 },
    { id: 'p-twin-2', name: 'Eva Lind', email: null, birthYear: 1990 },
  ];

  it.each<[string, string, string | null, number | null, PersonMatch]>([
    ['by e-mail', 'Anna A.', 'anna@example.se', null, { kind: 'email', personId: 'p-anna' }],
    [
      'by e-mail, whatever the name and year',
      'Someone',
      'anna@example.se',
      1999,
      { kind: 'email', personId: 'p-anna' },
    ],
    [
      'an e-mail two people share',
      'Cecilia Ek',
      'kansli@parti.se',
      1960,
      { kind: 'ambiguous', personIds: ['p-shared-1', 'p-shared-2'] },
    ],
    [
      'by name and birth year',
      'anna  andersson',
      null,
      1985,
      { kind: 'name_and_birth_year', personId: 'p-anna-2' },
    ],
    [
      'a new e-mail, then name and birth year',
      'Anna Andersson',
      'anna.new@example.se',
      1971,
      { kind: 'name_and_birth_year', personId: 'p-anna' },
    ],
    [
      'name alone is never a match',
      'Anna Andersson',
      null,
      null,
      { kind: 'new', sameName: ['p-anna', 'p-anna-2'] },
    ],
    ['name with another birth year', 'Bo Berg', null, 1950, { kind: 'new', sameName: ['p-bo'] }],
    [
      'two people with the same name and year',
      'Eva Lind',
      null,
      1990,
      { kind: 'ambiguous', personIds: ['p-twin-1', 'p-twin-2'] },
    ],
    ['nobody like them', 'Fredrik Falk', 'fredrik@example.se', 1980, { kind: 'new', sameName: [] }],
  ])('%s', (_label, name, email, birthYear, match) => {
    expect(matchImportedPerson({ name, email, birthYear }, people)).toEqual(match);
  });
});
