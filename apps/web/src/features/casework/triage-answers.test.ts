import { describe, expect, it } from 'vitest';
import type { UnitIncidentDetail } from '@varn/contracts';
import { answerChanges, answersOf } from './triage-answers';

/** The follow-up answers of a case whose reporter skipped them all (issue 9 §1). */
const skipped = {
  targetRole: null,
  channel: null,
  perpetratorType: null,
  motive: null,
  matterReference: null,
  policeContacted: null,
  consequences: [],
} as const satisfies Partial<UnitIncidentDetail>;
const incident = (answers: Partial<UnitIncidentDetail> = {}) =>
  ({ ...skipped, ...answers }) as UnitIncidentDetail;

describe('answersOf', () => {
  it('shows what was skipped as "not stated"', () => {
    expect(answersOf(incident())).toEqual({
      targetRole: '',
      channel: '',
      perpetratorType: '',
      motive: '',
      matterReference: '',
      policeContacted: '',
      consequences: [],
    });
  });

  it('shows what was answered', () => {
    expect(answersOf(incident({ policeContacted: false, channel: 'email' }))).toMatchObject({
      policeContacted: 'no',
      channel: 'email',
    });
  });
});

describe('answerChanges', () => {
  it('sends nothing when nothing changed', () => {
    const answered = incident({ targetRole: 'official', policeContacted: true, consequences: ['fear'] });
    expect(answerChanges(answersOf(answered), answered)).toEqual({});
    expect(answerChanges(answersOf(incident()), incident())).toEqual({});
  });

  it('sends the answers the unit filled in', () => {
    const answers = {
      ...answersOf(incident()),
      targetRole: 'staff' as const,
      channel: 'phone_sms',
      perpetratorType: 'unknown',
      motive: 'decision' as const,
      matterReference: '  KS 2026/1 ',
      policeContacted: 'yes' as const,
      consequences: ['fear' as const],
    };
    expect(answerChanges(answers, incident())).toEqual({
      targetRole: 'staff',
      channel: 'phone_sms',
      perpetratorType: 'unknown',
      motive: 'decision',
      matterReference: 'KS 2026/1',
      policeContacted: true,
      consequences: ['fear'],
    });
  });

  it('takes back a motive and a matter, but not an answer the schema cannot unset', () => {
    const answered = incident({
      motive: 'role',
      matterReference: 'KS 1',
      channel: 'email',
      policeContacted: true,
    });
    const cleared = {
      ...answersOf(answered),
      motive: '' as const,
      matterReference: ' ',
      channel: '',
      policeContacted: '' as const,
    };
    expect(answerChanges(cleared, answered)).toEqual({ motive: null, matterReference: null });
  });

  it('compares consequences as a set', () => {
    const answered = incident({ consequences: ['fear', 'sick_leave'] });
    expect(answerChanges({ ...answersOf(answered), consequences: ['sick_leave', 'fear'] }, answered)).toEqual(
      {},
    );
  });
});
