import { describe, expect, it } from 'vitest';
import { Role, roles } from '../access/roles';
import {
  isTotpCode,
  MfaStep,
  mfaRequiredFor,
  mfaStepAfterPassword,
  normaliseRecoveryCode,
  recoveryCodeCount,
} from './mfa';

// What follows a correct password:
//
//                         MFA enabled   MFA not enabled
//   role requires MFA     verify        enrol
//   role does not         verify        none
const stepTable: readonly [required: boolean, mfaEnabled: boolean, expected: MfaStep][] = [
  [true, true, MfaStep.Verify],
  [true, false, MfaStep.Enrol],
  [false, true, MfaStep.Verify],
  [false, false, MfaStep.None],
];

const everyRoleAndCell = roles.flatMap((role) =>
  stepTable.map(([required, mfaEnabled, expected]) => ({ role, required, mfaEnabled, expected })),
);

describe('mfaStepAfterPassword', () => {
  it.each(everyRoleAndCell)(
    '$role, required: $required, enabled: $mfaEnabled → $expected',
    ({ role, required, mfaEnabled, expected }) => {
      // Other roles in the list must not matter; only the user's own role does.
      const otherRoles = roles.filter((other) => other !== role);
      const requiredRoles = required ? [role] : otherRoles;
      expect(mfaStepAfterPassword({ role, mfaEnabled }, requiredRoles)).toBe(expected);
    },
  );

  it.each(roles)('%s: nobody required (the demo organisation) → none, or verify if enrolled', (role) => {
    expect(mfaStepAfterPassword({ role, mfaEnabled: false }, [])).toBe(MfaStep.None);
    expect(mfaStepAfterPassword({ role, mfaEnabled: true }, [])).toBe(MfaStep.Verify);
  });
});

describe('mfaRequiredFor', () => {
  it.each(roles)('%s is required when listed and only then', (role) => {
    expect(mfaRequiredFor(role, [role])).toBe(true);
    expect(mfaRequiredFor(role, roles)).toBe(true);
    expect(mfaRequiredFor(role, [])).toBe(false);
    expect(
      mfaRequiredFor(
        role,
        roles.filter((other) => other !== role),
      ),
    ).toBe(false);
  });

  it('is not fooled by a similar role name', () => {
    expect(mfaRequiredFor(Role.Admin, [Role.SecurityOfficer])).toBe(false);
  });
});

describe('isTotpCode', () => {
  it.each<[string, boolean]>([
    ['123456', true],
    ['000000', true],
    ['123 456', true],
    [' 123456 ', true],
    ['12 34 56', true],
    ['12345', false],
    ['1234567', false],
    ['12345a', false],
    ['123-456', false],
    ['', false],
    ['abcdef', false],
    ['１２３４５６', false], // full-width digits
    ['٠١٢٣٤٥', false], // Arabic-Indic digits
  ])('%j → %s', (input, expected) => {
    expect(isTotpCode(input)).toBe(expected);
  });
});

describe('normaliseRecoveryCode', () => {
  it.each<[string, string]>([
    ['abcd-efgh-1234', 'abcdefgh1234'],
    ['ABCD-EFGH-1234', 'abcdefgh1234'],
    [' abcd efgh 1234 ', 'abcdefgh1234'],
    ['abcd_efgh.1234', 'abcdefgh1234'],
    ['abcdefgh1234', 'abcdefgh1234'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normaliseRecoveryCode(input)).toBe(expected);
  });

  it('makes differently typed versions of one code equal, and different codes different', () => {
    expect(normaliseRecoveryCode('Abcd Efgh 1234')).toBe(normaliseRecoveryCode('abcd-efgh-1234'));
    expect(normaliseRecoveryCode('abcd-efgh-1235')).not.toBe(normaliseRecoveryCode('abcd-efgh-1234'));
  });
});

describe('recovery codes', () => {
  it('are issued ten at a time', () => {
    expect(recoveryCodeCount).toBe(10);
  });
});
