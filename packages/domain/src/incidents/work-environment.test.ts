import { describe, expect, it } from 'vitest';
import { TargetRole, targetRoles } from './incident';
import { endOfSwedishDay } from '../shared/swedish-time';
import {
  workEnvironmentDeadline,
  workEnvironmentReportPending,
  workEnvironmentReportRequired,
} from './work-environment';

// The report to Arbetsmiljöverket is due the same day (arbetsmiljöförordningen 2 §): the deadline
// is the next midnight in Sweden. Sweden is UTC+1 in winter and UTC+2 in summer; in 2026 summer
// time starts on 29 March (02:00 → 03:00, a 23-hour day) and ends on 25 October (03:00 → 02:00,
// a 25-hour day). Local times are given in the labels; the instants are UTC.
describe('endOfSwedishDay: the next midnight in Europe/Stockholm', () => {
  it.each<[string, string, string]>([
    // Winter, UTC+1.
    ['winter, 11:00', '2026-01-15T10:00:00.000Z', '2026-01-15T23:00:00.000Z'],
    ['winter, 00:00 (start of the day)', '2026-01-14T23:00:00.000Z', '2026-01-15T23:00:00.000Z'],
    ['winter, 23:59:59.999', '2026-01-15T22:59:59.999Z', '2026-01-15T23:00:00.000Z'],
    ['winter, midnight belongs to the next day', '2026-01-15T23:00:00.000Z', '2026-01-16T23:00:00.000Z'],
    [
      'winter, 00:30 on 1 January (still 31 December in UTC)',
      '2026-12-31T23:30:00.000Z',
      '2027-01-01T23:00:00.000Z',
    ],
    ['winter, New Year’s Eve 13:00', '2026-12-31T12:00:00.000Z', '2026-12-31T23:00:00.000Z'],
    ['winter, leap day', '2028-02-29T12:00:00.000Z', '2028-02-29T23:00:00.000Z'],
    // Summer, UTC+2.
    ['summer, 12:00', '2026-07-01T10:00:00.000Z', '2026-07-01T22:00:00.000Z'],
    ['summer, 00:00 (start of the day)', '2026-06-30T22:00:00.000Z', '2026-07-01T22:00:00.000Z'],
    ['summer, 01:30 (still the day before in UTC)', '2026-06-30T23:30:00.000Z', '2026-07-01T22:00:00.000Z'],
    ['summer, 23:59:59.999', '2026-07-01T21:59:59.999Z', '2026-07-01T22:00:00.000Z'],
    ['summer, midnight belongs to the next day', '2026-07-01T22:00:00.000Z', '2026-07-02T22:00:00.000Z'],
    // Summer time starts on Sunday 29 March 2026: the day starts at +01 and ends at +02.
    ['the day before summer time, 13:00', '2026-03-28T12:00:00.000Z', '2026-03-28T23:00:00.000Z'],
    ['summer time day, 00:00 CET', '2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z'],
    ['summer time day, 01:59:59 CET', '2026-03-29T00:59:59.000Z', '2026-03-29T22:00:00.000Z'],
    ['summer time day, 03:00 CEST', '2026-03-29T01:00:00.000Z', '2026-03-29T22:00:00.000Z'],
    ['summer time day, 23:59:59.999 CEST', '2026-03-29T21:59:59.999Z', '2026-03-29T22:00:00.000Z'],
    ['the day after summer time starts, 00:00', '2026-03-29T22:00:00.000Z', '2026-03-30T22:00:00.000Z'],
    // Summer time ends on Sunday 25 October 2026: the day starts at +02 and ends at +01.
    ['the day before winter time, 14:00', '2026-10-24T12:00:00.000Z', '2026-10-24T22:00:00.000Z'],
    ['winter time day, 00:00 CEST', '2026-10-24T22:00:00.000Z', '2026-10-25T23:00:00.000Z'],
    ['winter time day, 02:30 CEST (first time)', '2026-10-25T00:30:00.000Z', '2026-10-25T23:00:00.000Z'],
    ['winter time day, 02:30 CET (second time)', '2026-10-25T01:30:00.000Z', '2026-10-25T23:00:00.000Z'],
    ['winter time day, 23:59:59.999 CET', '2026-10-25T22:59:59.999Z', '2026-10-25T23:00:00.000Z'],
    ['the day after winter time starts, 00:00', '2026-10-25T23:00:00.000Z', '2026-10-26T23:00:00.000Z'],
  ])('%s (%s) → %s', (_label, at, deadline) => {
    expect(endOfSwedishDay(new Date(at)).toISOString()).toBe(deadline);
  });
});

describe('workEnvironmentDeadline: the deadline and the whole minutes left', () => {
  // Known at the first instant of the day: the whole day is left, whatever its length.
  it.each<[string, string, number]>([
    ['an ordinary winter day', '2026-01-14T23:00:00.000Z', 24 * 60],
    ['an ordinary summer day', '2026-06-30T22:00:00.000Z', 24 * 60],
    ['the day summer time starts (23 hours)', '2026-03-28T23:00:00.000Z', 23 * 60],
    ['the day summer time ends (25 hours)', '2026-10-24T22:00:00.000Z', 25 * 60],
  ])('known at 00:00 on %s → %d minutes left', (_label, knownAt, minutes) => {
    const known = new Date(knownAt);
    expect(workEnvironmentDeadline(known, known).minutesLeft).toBe(minutes);
  });

  const knownAt = new Date('2026-01-15T10:00:00.000Z');
  const deadline = new Date('2026-01-15T23:00:00.000Z');
  const before = (ms: number): Date => new Date(deadline.getTime() - ms);

  it.each<[string, Date, number]>([
    ['at the moment it became known', knownAt, 13 * 60],
    ['one minute and one millisecond before', before(60_001), 1],
    ['one minute before', before(60_000), 1],
    ['59.999 seconds before', before(59_999), 0],
    ['one millisecond before', before(1), 0],
    ['at the deadline', deadline, 0],
    ['one millisecond after', before(-1), -1],
    ['one minute after', before(-60_000), -1],
    ['one minute and one millisecond after', before(-60_001), -2],
    ['a day after', before(-86_400_000), -1440],
  ])('%s → %d', (_label, now, minutesLeft) => {
    expect(workEnvironmentDeadline(knownAt, now)).toEqual({ deadline, minutesLeft });
  });

  it('keeps the deadline of the day it became known, not of the day it is now', () => {
    const nextDay = new Date('2026-01-16T10:00:00.000Z');
    expect(workEnvironmentDeadline(knownAt, nextDay).deadline).toEqual(deadline);
  });
});

describe('workEnvironmentReportRequired: staff or election worker, and serious', () => {
  it.each<[TargetRole | null, boolean, boolean]>([
    // The role not stated (the reporter skipped it): the unit states it at triage first.
    [null, true, false],
    [TargetRole.Official, true, false],
    [TargetRole.Official, false, false],
    [TargetRole.Staff, true, true],
    [TargetRole.Staff, false, false],
    [TargetRole.ElectionWorker, true, true],
    [TargetRole.ElectionWorker, false, false],
    [TargetRole.Relative, true, false],
    [TargetRole.Relative, false, false],
    [TargetRole.PartyOrganisation, true, false],
    [TargetRole.PartyOrganisation, false, false],
    [TargetRole.MunicipalPremises, true, false],
    [TargetRole.MunicipalPremises, false, false],
  ])('%s, serious: %s → %s', (targetRole, seriousWorkIncident, required) => {
    expect(workEnvironmentReportRequired({ targetRole, seriousWorkIncident })).toBe(required);
  });

  it('has rows above for every target role', () => {
    expect(targetRoles).toHaveLength(6);
  });
});

describe('workEnvironmentReportPending: required and not yet recorded', () => {
  const serious = { targetRole: TargetRole.Staff, seriousWorkIncident: true };
  it.each<[string, { targetRole: TargetRole; seriousWorkIncident: boolean }, Date | null, boolean]>([
    ['serious, staff, not reported', serious, null, true],
    ['serious, staff, reported', serious, new Date('2026-03-02T10:00:00Z'), false],
    ['not serious', { ...serious, seriousWorkIncident: false }, null, false],
    ['an official', { ...serious, targetRole: TargetRole.Official }, null, false],
  ])('%s → %s', (_label, incident, workEnvironmentReportedAt, pending) => {
    expect(workEnvironmentReportPending({ ...incident, workEnvironmentReportedAt })).toBe(pending);
  });
});
