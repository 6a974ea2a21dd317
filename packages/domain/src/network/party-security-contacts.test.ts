import { describe, expect, it } from 'vitest';
import {
  partiesWithoutContact,
  partyReadinessGaps,
  type PartySecurityContact,
  type ReadinessGap,
} from './party-security-contacts';

const now = new Date('2026-12-05T10:00:00Z');
const ready: PartySecurityContact = {
  partyId: 'party-s',
  contactPersonId: 'p-1',
  deputyPersonId: 'p-2',
  appointedOn: '2026-01-15',
  lastContactAt: new Date('2026-11-20T09:00:00Z'),
};

describe('partyReadinessGaps', () => {
  it.each<[string, PartySecurityContact | null, ReadinessGap[]]>([
    ['a contact, a deputy and recent contact', ready, []],
    ['no row at all', null, ['no_contact']],
    ['no contact, but a deputy', { ...ready, contactPersonId: null }, ['no_contact']],
    ['no deputy', { ...ready, deputyPersonId: null }, ['no_deputy']],
    ['never in contact with the unit', { ...ready, lastContactAt: null }, ['no_recent_contact']],
    // 2026-06-08 is 180 days before 2026-12-05: still recent; a day earlier is not.
    ['in contact 180 days ago', { ...ready, lastContactAt: new Date('2026-06-08T12:00:00Z') }, []],
    [
      'in contact 181 days ago',
      { ...ready, lastContactAt: new Date('2026-06-07T12:00:00Z') },
      ['no_recent_contact'],
    ],
    [
      'no deputy and no contact for long',
      { ...ready, deputyPersonId: null, lastContactAt: null },
      ['no_deputy', 'no_recent_contact'],
    ],
  ])('%s → %j', (_label, contact, gaps) => {
    expect(partyReadinessGaps(contact, now)).toEqual(gaps);
  });

  it('takes the number of days', () => {
    expect(partyReadinessGaps(ready, now, 10)).toEqual(['no_recent_contact']);
  });
});

describe('partiesWithoutContact: the readiness gap', () => {
  it('lists the parties without a contact in their order', () => {
    const parties = [{ id: 'party-s' }, { id: 'party-m' }, { id: 'party-v' }, { id: 'party-c' }];
    const contacts = [ready, { ...ready, partyId: 'party-v', contactPersonId: null }];
    expect(partiesWithoutContact(parties, contacts).map((party) => party.id)).toEqual([
      'party-m',
      'party-v',
      'party-c',
    ]);
  });
});
