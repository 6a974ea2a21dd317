import { describe, expect, it } from 'vitest';
import { Role } from '../access/roles';
import { MfaStep, mfaStepAfterPassword } from '../auth/mfa';
import { sessionTimeoutBounds } from '../auth/session-lifetime';
import { defaultOrganisationSettings, demoOrganisationSettings, isMunicipalityCode } from './settings';

describe('isMunicipalityCode', () => {
  it.each<[string, boolean, string]>([
    ['0180', true, 'Stockholm (municipality, four digits)'],
    ['2580', true, 'Luleå'],
    ['01', true, 'Region Stockholm (region, two digits)'],
    ['25', true, 'Region Norrbotten'],
    ['0000', false, 'all zeros'],
    ['00', false, 'all zeros'],
    ['0', false, 'one digit'],
    ['018', false, 'three digits'],
    ['01800', false, 'five digits'],
    ['abcd', false, 'letters'],
    ['01a0', false, 'a letter among digits'],
    [' 0180', false, 'a leading space (the contract trims before it asks)'],
    ['0180 ', false, 'a trailing space'],
    ['01 80', false, 'a space inside'],
    ['', false, 'empty'],
    ['٠١٨٠', false, 'Arabic-Indic digits'],
    ['０１８０', false, 'full-width digits'],
    ['-180', false, 'a sign'],
  ])('%j → %s (%s)', (code, expected) => {
    expect(isMunicipalityCode(code)).toBe(expected);
  });
});

describe('defaultOrganisationSettings', () => {
  it('requires MFA of admins and security officers only', () => {
    expect([...defaultOrganisationSettings.mfaRequiredRoles].sort()).toEqual(
      [Role.Admin, Role.SecurityOfficer].sort(),
    );
  });

  it.each<[Role, MfaStep]>([
    [Role.Admin, MfaStep.Enrol],
    [Role.SecurityOfficer, MfaStep.Enrol],
    [Role.PartyContact, MfaStep.None],
    [Role.Official, MfaStep.None],
    [Role.Staff, MfaStep.None],
    [Role.Secretary, MfaStep.None],
    [Role.Viewer, MfaStep.None],
  ])('sends a new %s without MFA to %s after the password', (role, expected) => {
    expect(
      mfaStepAfterPassword({ role, mfaEnabled: false }, defaultOrganisationSettings.mfaRequiredRoles),
    ).toBe(expected);
  });

  it('ends a session after 30 minutes idle and 12 hours in all, within the bounds an admin may set', () => {
    expect(defaultOrganisationSettings.idleMinutes).toBe(30);
    expect(defaultOrganisationSettings.absoluteHours).toBe(12);
    for (const settings of [defaultOrganisationSettings, demoOrganisationSettings]) {
      expect(settings.idleMinutes).toBeGreaterThanOrEqual(sessionTimeoutBounds.idleMinutes.min);
      expect(settings.idleMinutes).toBeLessThanOrEqual(sessionTimeoutBounds.idleMinutes.max);
      expect(settings.absoluteHours).toBeGreaterThanOrEqual(sessionTimeoutBounds.absoluteHours.min);
      expect(settings.absoluteHours).toBeLessThanOrEqual(sessionTimeoutBounds.absoluteHours.max);
    }
  });
});

describe('demoOrganisationSettings', () => {
  it('asks nobody for MFA and keeps the default timeouts', () => {
    expect(demoOrganisationSettings).toEqual({ mfaRequiredRoles: [], idleMinutes: 30, absoluteHours: 12 });
  });

  it('lets even an admin in with the password alone', () => {
    expect(
      mfaStepAfterPassword(
        { role: Role.Admin, mfaEnabled: false },
        demoOrganisationSettings.mfaRequiredRoles,
      ),
    ).toBe(MfaStep.None);
  });
});
