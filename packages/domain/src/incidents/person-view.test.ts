import { describe, expect, it } from 'vitest';
import {
  CaseRelation,
  caseRelation,
  NextStep,
  nextStepForPerson,
  nextSteps,
  nextStepText,
  policeReportForPerson,
} from './person-view';
import { PoliceReportStatus, policeReportStatuses } from './police-report';
import { IncidentStatus, incidentStatuses } from './transitions';

const S = IncidentStatus;
const N = NextStep;

// Every status, with and without a handler, written out by hand (police not involved).
const byStatus: readonly [IncidentStatus, withoutHandler: NextStep, withHandler: NextStep][] = [
  [S.New, N.AwaitingHandler, N.HandlerWillContact],
  [S.Triaged, N.AwaitingHandler, N.HandlerWillContact],
  [S.Reopened, N.AwaitingHandler, N.HandlerWillContact],
  [S.Assessing, N.Assessing, N.Assessing],
  [S.Measures, N.MeasuresOngoing, N.MeasuresOngoing],
  [S.FollowUp, N.FollowUp, N.FollowUp],
  [S.Dormant, N.OnHold, N.OnHold],
  [S.Closed, N.Closed, N.Closed],
];

describe('nextStepForPerson', () => {
  it('has a row for every status', () => {
    expect(byStatus.map(([status]) => status).sort()).toEqual([...incidentStatuses].sort());
  });

  it.each(byStatus)('%s without a handler → %s, with one → %s', (status, without, withHandler) => {
    expect(nextStepForPerson({ status, hasHandler: false, policeReportStatus: null })).toBe(without);
    expect(nextStepForPerson({ status, hasHandler: true, policeReportStatus: null })).toBe(withHandler);
  });

  // A case on hold waits for the police while they still have the matter.
  it.each<[PoliceReportStatus, NextStep]>([
    [PoliceReportStatus.Reported, N.WaitingForPolice],
    [PoliceReportStatus.UnderInvestigation, N.WaitingForPolice],
    [PoliceReportStatus.Prosecuted, N.WaitingForPolice],
    [PoliceReportStatus.Closed, N.OnHold],
    [PoliceReportStatus.Judgment, N.OnHold],
  ])('on hold with the police report %s → %s', (policeReportStatus, expected) => {
    expect(nextStepForPerson({ status: S.Dormant, hasHandler: true, policeReportStatus })).toBe(expected);
  });

  it.each(policeReportStatuses)(
    'the police report (%s) does not change an active step',
    (policeReportStatus) => {
      expect(nextStepForPerson({ status: S.Measures, hasHandler: true, policeReportStatus })).toBe(
        N.MeasuresOngoing,
      );
    },
  );

  it.each(nextSteps)('%s has a text in Swedish and English', (step) => {
    expect(nextStepText[step].sv).not.toBe('');
    expect(nextStepText[step].en).not.toBe('');
  });
});

describe('policeReportForPerson', () => {
  it('is null when the case is not reported to the police', () => {
    expect(policeReportForPerson(null)).toBeNull();
  });

  it.each<[boolean, string | null, string | null]>([
    [true, 'K123-26', 'K123-26'],
    [false, 'K123-26', null],
    [true, null, null],
    [false, null, null],
  ])('consented %s, number %s → number shown %s', (personConsented, reportNumber, shown) => {
    expect(
      policeReportForPerson({ status: PoliceReportStatus.UnderInvestigation, reportNumber, personConsented }),
    ).toEqual({ status: PoliceReportStatus.UnderInvestigation, reportNumber: shown });
  });
});

describe('caseRelation', () => {
  const me = 'user-me';
  it.each<[string, string, string | null, CaseRelation]>([
    ['reported by me about myself', me, me, CaseRelation.Own],
    ['reported by me about a member', me, null, CaseRelation.Own],
    ['reported by me about a member with an account', me, 'user-member', CaseRelation.Own],
    ['reported by someone else about me', 'user-officer', me, CaseRelation.Own],
    ['reported by a member about themself', 'user-member', 'user-member', CaseRelation.Member],
    ['reported by someone else about a member', 'user-officer', 'user-member', CaseRelation.Member],
  ])('%s → %s', (_name, reportedByUserId, targetUserId, expected) => {
    expect(caseRelation(me, { reportedByUserId, targetUserId })).toBe(expected);
  });
});
