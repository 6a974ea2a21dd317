import { describe, expect, it } from 'vitest';
import {
  chairsOn,
  commissionerKinds,
  contactDetailsProblem,
  isAssignmentActiveOn,
  isCoveredByKl418a,
  personGroups,
  preferredContacts,
  shownAddress,
  termProblem,
  type PersonAssignment,
  type PersonContactDetails,
} from './register';

const details: PersonContactDetails = {
  email: 'anna@example.se',
  phone: '070-123 45 67',
  address: 'Storgatan 1, 123 45 Småstad',
  protectedAddress: false,
  preferredContact: null,
};

describe('the register’s vocabularies', () => {
  it('has the groups, commissioner kinds and contact ways of issue 11 §1', () => {
    expect(personGroups).toEqual(['official', 'staff', 'election_worker']);
    expect(commissionerKinds).toEqual(['full_time', 'part_time']);
    expect(preferredContacts).toEqual(['email', 'phone', 'sms', 'post']);
  });
});

describe('shownAddress: a protected address is never shown', () => {
  it.each<[boolean, string | null, string | null]>([
    [false, 'Storgatan 1', 'Storgatan 1'],
    [true, 'Storgatan 1', null],
    [false, null, null],
    [true, null, null],
  ])('protected %s, address %s → %s', (protectedAddress, address, shown) => {
    expect(shownAddress({ ...details, protectedAddress, address })).toBe(shown);
  });
});

describe('contactDetailsProblem', () => {
  it.each<[string, Partial<PersonContactDetails>, string | null]>([
    ['no preference', {}, null],
    ['e-mail with an address', { preferredContact: 'email' }, null],
    ['e-mail without one', { preferredContact: 'email', email: null }, 'preferred_contact_missing'],
    ['phone with a number', { preferredContact: 'phone' }, null],
    ['phone without one', { preferredContact: 'phone', phone: null }, 'preferred_contact_missing'],
    ['sms without a number', { preferredContact: 'sms', phone: null }, 'preferred_contact_missing'],
    ['post with an address', { preferredContact: 'post' }, null],
    ['post without one', { preferredContact: 'post', address: null }, 'preferred_contact_missing'],
    [
      'post to a protected address',
      { preferredContact: 'post', protectedAddress: true },
      'post_to_protected_address',
    ],
    ['e-mail, protected address', { preferredContact: 'email', protectedAddress: true }, null],
  ])('%s → %s', (_label, change, problem) => {
    expect(contactDetailsProblem({ ...details, ...change })).toBe(problem);
  });
});

const assignment = (change: Partial<PersonAssignment> = {}): PersonAssignment => ({
  bodyId: 'body-ks',
  role: 'member',
  termStart: '2027-01-01',
  termEnd: '2030-12-31',
  commissioner: null,
  ...change,
});

describe('isAssignmentActiveOn: both term days included', () => {
  it.each<[string, string | null, string, boolean]>([
    ['2027-01-01', '2030-12-31', '2026-12-31', false],
    ['2027-01-01', '2030-12-31', '2027-01-01', true],
    ['2027-01-01', '2030-12-31', '2030-12-31', true],
    ['2027-01-01', '2030-12-31', '2031-01-01', false],
    ['2027-01-01', null, '2040-01-01', true],
  ])('%s–%s on %s → %s', (termStart, termEnd, day, active) => {
    expect(isAssignmentActiveOn(assignment({ termStart, termEnd }), day)).toBe(active);
  });
});

describe('isCoveredByKl418a: a running commissioner assignment', () => {
  it.each<[string, PersonAssignment[], boolean]>([
    ['no assignments', [], false],
    ['a leisure-time member', [assignment()], false],
    ['a full-time commissioner', [assignment({ commissioner: 'full_time' })], true],
    ['a part-time commissioner', [assignment({ commissioner: 'part_time' })], true],
    [
      'a commissioner whose term ended',
      [assignment({ commissioner: 'full_time', termEnd: '2027-06-30' })],
      false,
    ],
    [
      'a member and a commissioner',
      [assignment(), assignment({ bodyId: 'body-bun', commissioner: 'part_time' })],
      true,
    ],
  ])('%s → %s', (_label, assignments, covered) => {
    expect(isCoveredByKl418a(assignments, '2028-03-01')).toBe(covered);
  });
});

describe('chairsOn: the running chairs of a body', () => {
  const rows = [
    { personId: 'p-chair', ...assignment({ role: 'chair' }) },
    { personId: 'p-vice', ...assignment({ role: 'vice_chair' }) },
    {
      personId: 'p-old-chair',
      ...assignment({ role: 'chair', termStart: '2023-01-01', termEnd: '2026-12-31' }),
    },
    { personId: 'p-other-body', ...assignment({ role: 'chair', bodyId: 'body-bun' }) },
  ];

  it.each<[string, string[]]>([
    ['2028-03-01', ['p-chair']],
    ['2026-06-01', ['p-old-chair']],
  ])('on %s → %j', (day, chairs) => {
    expect(chairsOn(rows, 'body-ks', day)).toEqual(chairs);
  });
});

describe('termProblem', () => {
  it.each<[string, string | null, string | null]>([
    ['2027-01-01', '2030-12-31', null],
    ['2027-01-01', null, null],
    ['2027-01-01', '2027-01-01', null],
    ['2027-01-01', '2026-12-31', 'ends_before_start'],
    ['2027-01-01', '2035-01-01', null],
    ['2027-01-01', '2035-01-02', 'too_long'],
  ])('%s–%s → %s', (start, end, problem) => {
    expect(termProblem(start, end)).toBe(problem);
  });
});
