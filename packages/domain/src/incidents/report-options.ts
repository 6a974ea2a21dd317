import { Role } from '../access/roles';
import { TargetKind } from './incident';

/** The reporter as the report form's rules see them: their role and party, if any. */
export interface Reporter {
  readonly role: Role;
  readonly partyId: string | null;
}

/**
 * Whom a reporter may report about (issue 3 §1): themself or someone else; a party's security
 * contact with a party also for a member of that party ("on behalf of members", DOMAIN.md §2).
 */
export function reportTargetKinds(reporter: Reporter): readonly TargetKind[] {
  return reporter.role === Role.PartyContact && reporter.partyId !== null
    ? [TargetKind.Self, TargetKind.PartyMember, TargetKind.Other]
    : [TargetKind.Self, TargetKind.Other];
}

/**
 * Which consent question the report asks (issue 3 §9): a party contact reporting for a member
 * asks whether the member lets the contact follow the case; an official with a party reporting
 * their own case may let their party's contact see it. Nobody else is asked.
 */
export function reportConsentQuestion(reporter: Reporter, targetKind: TargetKind): 'member' | 'self' | null {
  if (targetKind === TargetKind.PartyMember && reportTargetKinds(reporter).includes(TargetKind.PartyMember))
    return 'member';
  if (targetKind === TargetKind.Self && reporter.role === Role.Official && reporter.partyId !== null)
    return 'self';
  return null;
}
