import { describe, expect, it } from 'vitest';
import { MeetingType, meetingTypes } from './meeting';
import {
  type ScreeningProblem,
  screeningDecisionProblems,
  securityScreeningPossible,
  type ScreeningDecision,
} from './security-plan';

describe('securityScreeningPossible: public sammanträden only (lag 2010:294, 1 §)', () => {
  it.each<[MeetingType, boolean, boolean]>([
    [MeetingType.Council, true, true],
    [MeetingType.Council, false, false],
    [MeetingType.ExecutiveBoard, true, true],
    [MeetingType.ExecutiveBoard, false, false],
    [MeetingType.Committee, true, true],
    [MeetingType.Committee, false, false],
    [MeetingType.CitizenDialogue, true, false],
    [MeetingType.CitizenDialogue, false, false],
    [MeetingType.PublicDebate, true, false],
    [MeetingType.PublicDebate, false, false],
    [MeetingType.CampaignEvent, true, false],
    [MeetingType.CampaignEvent, false, false],
    [MeetingType.ElectionDay, true, false],
    [MeetingType.ElectionDay, false, false],
    [MeetingType.Other, true, false],
    [MeetingType.Other, false, false],
  ])('%s, public %s → %s', (type, isPublic, possible) => {
    expect(securityScreeningPossible({ type, isPublic })).toBe(possible);
  });

  it('has rows above for every type', () => {
    expect(meetingTypes).toHaveLength(8);
  });
});

describe('screeningDecisionProblems: what the law asks of a recorded decision (2 §)', () => {
  // A council meeting on Thursday 10 December 2026 at 18:00 in Sweden.
  const council = {
    type: MeetingType.Council,
    isPublic: true,
    startsAt: new Date('2026-12-10T17:00:00.000Z'),
  };
  const ordered: ScreeningDecision = {
    decided: true,
    decidedBy: 'Anna Ordförande',
    decidedOn: '2026-12-03',
    policeConsultedOn: '2026-12-02',
    premises: 'Sessionssalen, entrén och läktaren',
    reasons: 'Hot mot ledamöter inför beslutet om detaljplanen.',
  };
  const declined: ScreeningDecision = {
    decided: false,
    decidedBy: 'Anna Ordförande',
    decidedOn: '2026-12-03',
    policeConsultedOn: null,
    premises: null,
    reasons: null,
  };

  it.each<[string, ScreeningDecision, readonly ScreeningProblem[]]>([
    ['nothing recorded yet', { ...ordered, decided: null, decidedBy: null, decidedOn: null }, []],
    ['screening ordered, complete', ordered, []],
    ['police consulted the same day', { ...ordered, policeConsultedOn: '2026-12-03' }, []],
    ['decided on the meeting’s day', { ...ordered, decidedOn: '2026-12-10' }, []],
    ['no chair named', { ...ordered, decidedBy: '  ' }, ['missing_decided_by']],
    ['no date', { ...ordered, decidedOn: null }, ['missing_decided_on']],
    ['no police consultation', { ...ordered, policeConsultedOn: null }, ['missing_police_consultation']],
    [
      'police consulted after the decision',
      { ...ordered, policeConsultedOn: '2026-12-04' },
      ['police_consulted_after_decision'],
    ],
    ['no premises', { ...ordered, premises: null }, ['missing_premises']],
    ['blank premises', { ...ordered, premises: ' ' }, ['missing_premises']],
    ['decided after the meeting’s day', { ...ordered, decidedOn: '2026-12-11' }, ['decided_after_meeting']],
    [
      'everything missing',
      {
        decided: true,
        decidedBy: null,
        decidedOn: null,
        policeConsultedOn: null,
        premises: null,
        reasons: null,
      },
      ['missing_decided_by', 'missing_decided_on', 'missing_police_consultation', 'missing_premises'],
    ],
    // A decision against screening needs no consultation and no premises.
    ['screening declined, complete', declined, []],
    ['screening declined, no chair', { ...declined, decidedBy: null }, ['missing_decided_by']],
    ['screening declined, no date', { ...declined, decidedOn: null }, ['missing_decided_on']],
  ])('%s → %j', (_label, decision, problems) => {
    expect(screeningDecisionProblems(council, decision)).toEqual(problems);
  });

  it.each<[string, { type: MeetingType; isPublic: boolean }]>([
    ['a closed committee meeting', { type: MeetingType.Committee, isPublic: false }],
    ['a public debate', { type: MeetingType.PublicDebate, isPublic: true }],
  ])('refuses a decision for %s', (_label, meeting) => {
    expect(screeningDecisionProblems({ ...council, ...meeting }, ordered)).toEqual(['not_possible']);
  });

  it('compares the decision with the meeting’s day in Sweden, not in UTC', () => {
    // 00:30 on 11 December in Sweden is 10 December in UTC.
    const lateNight = { ...council, startsAt: new Date('2026-12-10T23:30:00.000Z') };
    expect(screeningDecisionProblems(lateNight, { ...ordered, decidedOn: '2026-12-11' })).toEqual([]);
  });
});
