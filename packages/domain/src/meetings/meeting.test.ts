import { describe, expect, it } from 'vitest';
import {
  isComingMeeting,
  maxMeetingHours,
  MeetingStatus,
  meetingStatuses,
  meetingTimeProblem,
  MeetingType,
  meetingTypeIsPublicByDefault,
  meetingTypes,
} from './meeting';

describe('meetingTypeIsPublicByDefault: the form’s default for "open to the public"', () => {
  it.each<[MeetingType, boolean]>([
    // Kommunallagen 5 kap. 42 §: fullmäktige meets in public.
    [MeetingType.Council, true],
    // 6 kap. 25 §: a nämnd (and the styrelse) meets behind closed doors unless it decides otherwise.
    [MeetingType.ExecutiveBoard, false],
    [MeetingType.Committee, false],
    [MeetingType.CitizenDialogue, true],
    [MeetingType.PublicDebate, true],
    [MeetingType.CampaignEvent, true],
    [MeetingType.ElectionDay, true],
    [MeetingType.Other, false],
  ])('%s → %s', (type, isPublic) => {
    expect(meetingTypeIsPublicByDefault(type)).toBe(isPublic);
  });

  it('has a row above for every type', () => {
    expect(meetingTypes).toHaveLength(8);
  });
});

describe('isComingMeeting: planned and not yet started', () => {
  const startsAt = new Date('2026-12-10T17:00:00.000Z');
  it.each<[MeetingStatus, string, boolean]>([
    [MeetingStatus.Planned, '2026-12-10T16:59:59.999Z', true],
    [MeetingStatus.Planned, '2026-12-10T17:00:00.000Z', false],
    [MeetingStatus.Planned, '2026-12-10T18:00:00.000Z', false],
    [MeetingStatus.Held, '2026-12-01T00:00:00.000Z', false],
    [MeetingStatus.Held, '2026-12-11T00:00:00.000Z', false],
    [MeetingStatus.Cancelled, '2026-12-01T00:00:00.000Z', false],
    [MeetingStatus.Cancelled, '2026-12-11T00:00:00.000Z', false],
  ])('%s, now %s → %s', (status, now, coming) => {
    expect(isComingMeeting({ status, startsAt }, new Date(now))).toBe(coming);
  });

  it('has rows above for every status', () => {
    expect(meetingStatuses).toEqual(['planned', 'held', 'cancelled']);
  });
});

describe('meetingTimeProblem: the end after the start, at most a week', () => {
  const start = new Date('2026-12-10T17:00:00.000Z');
  const plus = (ms: number) => new Date(start.getTime() + ms);
  it.each<[string, Date, string | null]>([
    ['ends before it starts', plus(-60_000), 'ends_before_start'],
    ['ends when it starts', plus(0), 'ends_before_start'],
    ['one millisecond', plus(1), null],
    ['three hours', plus(3 * 3_600_000), null],
    ['exactly the longest', plus(maxMeetingHours * 3_600_000), null],
    ['a millisecond longer', plus(maxMeetingHours * 3_600_000 + 1), 'too_long'],
  ])('%s → %s', (_label, end, problem) => {
    expect(meetingTimeProblem(start, end)).toBe(problem);
  });
});
