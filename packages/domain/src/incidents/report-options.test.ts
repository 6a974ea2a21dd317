import { describe, expect, it } from 'vitest';
import { Role, roles } from '../access/roles';
import { TargetKind, type TargetKind as TargetKindType } from './incident';
import { reportConsentQuestion, reportTargetKinds } from './report-options';

const kinds = Object.values(TargetKind);

describe('reportTargetKinds: whom a reporter may report about', () => {
  const cells = roles.flatMap((role) => [null, 'party-1'].map((partyId) => ({ role, partyId })));
  it.each(cells)('$role with party $partyId', (reporter) => {
    const forMember = reporter.role === Role.PartyContact && reporter.partyId !== null;
    expect(reportTargetKinds(reporter)).toEqual(
      forMember
        ? [TargetKind.Self, TargetKind.PartyMember, TargetKind.Other]
        : [TargetKind.Self, TargetKind.Other],
    );
  });
});

describe('reportConsentQuestion', () => {
  const cells = roles.flatMap((role) =>
    [null, 'party-1'].flatMap((partyId) => kinds.map((targetKind) => ({ role, partyId, targetKind }))),
  );
  it.each(cells)('$role with party $partyId about $targetKind', ({ role, partyId, targetKind }) => {
    const expected: 'member' | 'self' | null =
      targetKind === TargetKind.PartyMember && role === Role.PartyContact && partyId !== null
        ? 'member'
        : targetKind === TargetKind.Self && role === Role.Official && partyId !== null
          ? 'self'
          : null;
    expect(reportConsentQuestion({ role, partyId }, targetKind as TargetKindType)).toBe(expected);
  });
});
