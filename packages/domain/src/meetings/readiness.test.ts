import { describe, expect, it } from 'vitest';
import type { RiskLevel } from '../riskguide/template';
import { MeetingStatus } from './meeting';
import {
  KeyPersonRole,
  meetingReadinessWarnings,
  planApprovalWarningFrom,
  readinessWarningCodes,
  type MeetingReadinessInput,
  type UntrainedKeyPerson,
} from './readiness';
import type { SecurityPlanStatus } from './security-plan';

// Sweden is UTC+1 in winter and UTC+2 in summer. In 2026 summer time starts on Sunday 29 March
// (02:00 → 03:00) and ends on Sunday 25 October (03:00 → 02:00). Labels: the meeting's start in
// Sweden, the days before, and when the warning starts in Sweden.
describe('planApprovalWarningFrom: 00:00 in Sweden, N calendar days before the meeting’s day', () => {
  it.each<[string, string, number, string]>([
    ['10 Dec 18:00, 2 → 8 Dec 00:00', '2026-12-10T17:00:00.000Z', 2, '2026-12-07T23:00:00.000Z'],
    ['10 Dec 18:00, 1 → 9 Dec 00:00', '2026-12-10T17:00:00.000Z', 1, '2026-12-08T23:00:00.000Z'],
    ['10 Dec 18:00, 0 → 10 Dec 00:00', '2026-12-10T17:00:00.000Z', 0, '2026-12-09T23:00:00.000Z'],
    ['10 Dec 18:00, 7 → 3 Dec 00:00', '2026-12-10T17:00:00.000Z', 7, '2026-12-02T23:00:00.000Z'],
    // 00:30 on 10 December in Sweden is still 9 December in UTC: the Swedish day counts.
    ['10 Dec 00:30, 2 → 8 Dec 00:00', '2026-12-09T23:30:00.000Z', 2, '2026-12-07T23:00:00.000Z'],
    ['10 Dec 23:59, 2 → 8 Dec 00:00', '2026-12-10T22:59:00.000Z', 2, '2026-12-07T23:00:00.000Z'],
    ['1 Jan 2027 10:00, 2 → 30 Dec 00:00', '2027-01-01T09:00:00.000Z', 2, '2026-12-29T23:00:00.000Z'],
    ['1 Mar 2028 10:00, 1 → 29 Feb 00:00', '2028-03-01T09:00:00.000Z', 1, '2028-02-28T23:00:00.000Z'],
    // Summer time starts in between: the deadline is in winter time, the meeting in summer time.
    ['30 Mar 18:00 CEST, 2 → 28 Mar 00:00 CET', '2026-03-30T16:00:00.000Z', 2, '2026-03-27T23:00:00.000Z'],
    ['30 Mar 18:00 CEST, 1 → 29 Mar 00:00 CET', '2026-03-30T16:00:00.000Z', 1, '2026-03-28T23:00:00.000Z'],
    ['30 Mar 18:00 CEST, 0 → 30 Mar 00:00 CEST', '2026-03-30T16:00:00.000Z', 0, '2026-03-29T22:00:00.000Z'],
    ['29 Mar 10:00 CEST, 0 → 29 Mar 00:00 CET', '2026-03-29T08:00:00.000Z', 0, '2026-03-28T23:00:00.000Z'],
    // Summer time ends in between.
    ['27 Oct 18:00 CET, 2 → 25 Oct 00:00 CEST', '2026-10-27T17:00:00.000Z', 2, '2026-10-24T22:00:00.000Z'],
    ['27 Oct 18:00 CET, 1 → 26 Oct 00:00 CET', '2026-10-27T17:00:00.000Z', 1, '2026-10-25T23:00:00.000Z'],
    ['25 Oct 18:00 CET, 0 → 25 Oct 00:00 CEST', '2026-10-25T17:00:00.000Z', 0, '2026-10-24T22:00:00.000Z'],
  ])('%s', (_label, startsAt, days, expected) => {
    expect(planApprovalWarningFrom(new Date(startsAt), days).toISOString()).toBe(expected);
  });
});

const startsAt = new Date('2026-12-10T17:00:00.000Z');
/** Tue 8 Dec 00:00 in Sweden: from here on, a two-day approval is late. */
const deadline = new Date('2026-12-07T23:00:00.000Z');
const beforeDeadline = new Date(deadline.getTime() - 1);

const chair: UntrainedKeyPerson = {
  role: KeyPersonRole.Chair,
  name: 'Anna Ordförande',
  userId: 'user-chair',
};
const contact: UntrainedKeyPerson = {
  role: KeyPersonRole.PartySecurityContact,
  name: 'Bo Kontakt',
  userId: null,
};

const meeting = (overrides: Partial<MeetingReadinessInput> = {}): MeetingReadinessInput => ({
  status: MeetingStatus.Planned,
  startsAt,
  riskLevel: null,
  plan: null,
  approveDaysBefore: 2,
  untrainedKeyPeople: [],
  ...overrides,
});

const planWarning = (planStatus: SecurityPlanStatus | null) => ({
  code: 'plan_not_approved',
  planStatus,
  since: deadline,
  daysBefore: 2,
});

describe('meetingReadinessWarnings: the plan, by risk level × plan × time', () => {
  type Plan = 'no plan' | 'draft' | 'approved';
  const planOf = (plan: Plan): MeetingReadinessInput['plan'] =>
    plan === 'no plan' ? null : { status: plan };

  it.each<[RiskLevel | null, Plan, Date, readonly string[]]>([
    // Not assessed and low: no plan needed; a started plan must be approved in time.
    [null, 'no plan', deadline, []],
    [null, 'draft', beforeDeadline, []],
    [null, 'draft', deadline, ['plan_not_approved']],
    [null, 'approved', deadline, []],
    ['low', 'no plan', deadline, []],
    ['low', 'draft', beforeDeadline, []],
    ['low', 'draft', deadline, ['plan_not_approved']],
    ['low', 'approved', deadline, []],
    // Moderate: a plan is expected even when none is started.
    ['moderate', 'no plan', beforeDeadline, []],
    ['moderate', 'no plan', deadline, ['plan_not_approved']],
    ['moderate', 'draft', beforeDeadline, []],
    ['moderate', 'draft', deadline, ['plan_not_approved']],
    ['moderate', 'approved', deadline, []],
    // High without a plan: warned at once, and only once.
    ['high', 'no plan', new Date('2026-11-01T00:00:00.000Z'), ['high_risk_without_plan']],
    ['high', 'no plan', beforeDeadline, ['high_risk_without_plan']],
    ['high', 'no plan', deadline, ['high_risk_without_plan']],
    ['high', 'draft', beforeDeadline, []],
    ['high', 'draft', deadline, ['plan_not_approved']],
    ['high', 'draft', new Date(startsAt.getTime() - 1), ['plan_not_approved']],
    ['high', 'approved', beforeDeadline, []],
    ['high', 'approved', deadline, []],
  ])('risk %s, %s, at %s → %j', (riskLevel, plan, now, codes) => {
    const warnings = meetingReadinessWarnings(meeting({ riskLevel, plan: planOf(plan) }), now);
    expect(warnings.map((warning) => warning.code)).toEqual(codes);
  });

  it('says since when the plan is late, its status and the days', () => {
    expect(meetingReadinessWarnings(meeting({ plan: { status: 'draft' } }), deadline)).toEqual([
      planWarning('draft'),
    ]);
    expect(meetingReadinessWarnings(meeting({ riskLevel: 'moderate' }), deadline)).toEqual([
      planWarning(null),
    ]);
  });

  it.each<[number, string, boolean]>([
    [0, '2026-12-09T22:59:59.999Z', false],
    [0, '2026-12-09T23:00:00.000Z', true],
    [5, '2026-12-04T22:59:59.999Z', false],
    [5, '2026-12-04T23:00:00.000Z', true],
  ])('with %i days, a draft at %s → late: %s', (approveDaysBefore, now, late) => {
    const warnings = meetingReadinessWarnings(
      meeting({ plan: { status: 'draft' }, approveDaysBefore }),
      new Date(now),
    );
    expect(warnings.length > 0).toBe(late);
  });

  it.each<[string, string, string, boolean]>([
    // Summer time starts between the deadline and the meeting (Mon 30 March 18:00 CEST).
    ['spring: Fri 27 Mar 23:59:59.999 CET', '2026-03-30T16:00:00.000Z', '2026-03-27T22:59:59.999Z', false],
    ['spring: Sat 28 Mar 00:00 CET', '2026-03-30T16:00:00.000Z', '2026-03-27T23:00:00.000Z', true],
    // Summer time ends between them (Tue 27 October 18:00 CET).
    ['autumn: Sat 24 Oct 23:59:59.999 CEST', '2026-10-27T17:00:00.000Z', '2026-10-24T21:59:59.999Z', false],
    ['autumn: Sun 25 Oct 00:00 CEST', '2026-10-27T17:00:00.000Z', '2026-10-24T22:00:00.000Z', true],
  ])('two days, across a change of clocks, %s → late: %s', (_label, start, now, late) => {
    const warnings = meetingReadinessWarnings(
      meeting({ startsAt: new Date(start), plan: { status: 'draft' } }),
      new Date(now),
    );
    expect(warnings.length > 0).toBe(late);
  });
});

describe('meetingReadinessWarnings: untrained key people', () => {
  it('gives one warning per person, after the plan’s, for a high-risk meeting only', () => {
    expect(
      meetingReadinessWarnings(
        meeting({ riskLevel: 'high', untrainedKeyPeople: [chair, contact] }),
        beforeDeadline,
      ),
    ).toEqual([
      { code: 'high_risk_without_plan' },
      { code: 'untrained_key_person', person: chair },
      { code: 'untrained_key_person', person: contact },
    ]);
    expect(
      meetingReadinessWarnings(meeting({ riskLevel: 'low', untrainedKeyPeople: [chair] }), beforeDeadline),
    ).toEqual([]);
    expect(
      meetingReadinessWarnings(
        meeting({ riskLevel: 'moderate', plan: { status: 'approved' }, untrainedKeyPeople: [chair] }),
        beforeDeadline,
      ),
    ).toEqual([]);
  });

  it('gives none when everyone is trained', () => {
    expect(meetingReadinessWarnings(meeting({ plan: { status: 'approved' } }), deadline)).toEqual([]);
  });
});

describe('meetingReadinessWarnings: only for coming meetings', () => {
  const everything = meeting({ riskLevel: 'high', untrainedKeyPeople: [chair] });

  it.each<[string, MeetingStatus, Date, number]>([
    ['planned, 1 ms before the start', MeetingStatus.Planned, new Date(startsAt.getTime() - 1), 2],
    ['planned, at the start', MeetingStatus.Planned, startsAt, 0],
    ['planned, after the start', MeetingStatus.Planned, new Date(startsAt.getTime() + 3_600_000), 0],
    ['held', MeetingStatus.Held, deadline, 0],
    ['cancelled', MeetingStatus.Cancelled, deadline, 0],
  ])('%s → %i warnings', (_label, status, now, count) => {
    expect(meetingReadinessWarnings({ ...everything, status }, now)).toHaveLength(count);
  });

  it('knows every warning code', () => {
    expect(readinessWarningCodes).toEqual([
      'high_risk_without_plan',
      'plan_not_approved',
      'untrained_key_person',
    ]);
  });
});
