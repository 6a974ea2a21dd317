import { describe, expect, it } from 'vitest';
import { Role, roles } from '../access/roles';
import {
  checkContactAppointment,
  checkContactPair,
  type ContactAppointmentProblem,
  type ContactCandidate,
} from './contacts';

const partyId = 'party-s';
const otherPartyId = 'party-m';

type Affiliation = 'this party' | 'another party' | 'no party';
const partyOf = (affiliation: Affiliation): string | null =>
  affiliation === 'this party' ? partyId : affiliation === 'another party' ? otherPartyId : null;

// Every role × active or not × party affiliation. The first problem found is reported, in the
// order: not active, wrong role, wrong party.
const ok = null;
const table: readonly [Role, boolean, Affiliation, ContactAppointmentProblem | null][] = [
  [Role.PartyContact, true, 'this party', ok],
  [Role.PartyContact, true, 'another party', 'contact_wrong_party'],
  [Role.PartyContact, true, 'no party', 'contact_wrong_party'],
  [Role.PartyContact, false, 'this party', 'contact_not_active'],
  [Role.Official, true, 'this party', ok],
  [Role.Official, true, 'another party', 'contact_wrong_party'],
  [Role.Official, true, 'no party', 'contact_wrong_party'],
  [Role.Official, false, 'this party', 'contact_not_active'],
  [Role.Admin, true, 'no party', 'contact_wrong_role'],
  [Role.Admin, true, 'this party', 'contact_wrong_role'],
  [Role.Admin, false, 'no party', 'contact_not_active'],
  [Role.SecurityOfficer, true, 'no party', 'contact_wrong_role'],
  [Role.SecurityOfficer, true, 'this party', 'contact_wrong_role'],
  [Role.SecurityOfficer, false, 'no party', 'contact_not_active'],
  [Role.Staff, true, 'no party', 'contact_wrong_role'],
  [Role.Staff, true, 'this party', 'contact_wrong_role'],
  [Role.Staff, false, 'no party', 'contact_not_active'],
  [Role.Secretary, true, 'no party', 'contact_wrong_role'],
  [Role.Secretary, true, 'another party', 'contact_wrong_role'],
  [Role.Secretary, false, 'no party', 'contact_not_active'],
  [Role.Viewer, true, 'no party', 'contact_wrong_role'],
  [Role.Viewer, true, 'this party', 'contact_wrong_role'],
  [Role.Viewer, false, 'another party', 'contact_not_active'],
];

describe('checkContactAppointment', () => {
  it('has rows for every role, active and inactive', () => {
    for (const role of roles) {
      expect(table.some(([r, active]) => r === role && active)).toBe(true);
      expect(table.some(([r, active]) => r === role && !active)).toBe(true);
    }
  });

  it('reports every problem somewhere in the table', () => {
    const problems = new Set(table.map(([, , , expected]) => expected));
    const every: Record<Exclude<ContactAppointmentProblem, 'contact_same_as_deputy'>, true> = {
      contact_not_active: true,
      contact_wrong_party: true,
      contact_wrong_role: true,
    };
    for (const problem of Object.keys(every)) expect(problems).toContain(problem);
  });

  it.each(table)('%s, active: %s, %s → %s', (role, active, affiliation, expected) => {
    const candidate: ContactCandidate = { userId: 'user-1', role, active, partyId: partyOf(affiliation) };
    expect(checkContactAppointment(partyId, candidate)).toBe(expected);
  });
});

describe('checkContactPair', () => {
  it.each<[string | null, string | null, ContactAppointmentProblem | null]>([
    [null, null, null], // no contact and no deputy
    ['user-1', null, null], // a contact without deputy
    [null, 'user-2', null], // a deputy only
    ['user-1', 'user-2', null], // two different people
    ['user-1', 'user-1', 'contact_same_as_deputy'],
  ])('contact %s, deputy %s → %s', (contact, deputy, expected) => {
    expect(checkContactPair(contact, deputy)).toBe(expected);
  });
});
