import { describe, expect, it } from 'vitest';
import { Role, roleMayHaveParty, roleRequiresParty, roles } from './roles';

describe('party affiliation by role', () => {
  it.each([
    [Role.Admin, false, false],
    [Role.SecurityOfficer, false, false],
    [Role.PartyContact, true, true],
    [Role.Official, true, false],
    [Role.Staff, false, false],
    [Role.Secretary, false, false],
    [Role.Viewer, false, false],
  ])('%s: may have a party %s, must have one %s', (role, may, must) => {
    expect(roleMayHaveParty(role)).toBe(may);
    expect(roleRequiresParty(role)).toBe(must);
  });

  it('covers every role', () => {
    expect(roles).toHaveLength(7);
  });
});
