import { describe, expect, it } from 'vitest';
import { maxAgendaItems, maxFloorPlanBytes, maxMeetingHours } from '@varn/domain';
import { fieldMessages, issuesToFields } from '../field-messages';
import {
  createBodyBodySchema,
  createMeetingBodySchema,
  createVenueBodySchema,
  importAgendaBodySchema,
  importIcalBodySchema,
  meetingQuerySchema,
  putAgendaBodySchema,
  putBodyMembersBodySchema,
  recordThreatLevelBodySchema,
  updateMeetingBodySchema,
} from './core';

const uuid = '3f2b8c1e-5d4a-4e6f-9a8b-7c6d5e4f3a2b';
const otherUuid = '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f';

const meeting = {
  type: 'council',
  title: 'Kommunfullmäktige 10 december',
  startsAt: '2026-12-10T17:00:00Z',
  endsAt: '2026-12-10T21:00:00Z',
};

describe('createMeetingBodySchema', () => {
  it('takes a meeting with only its type, title and times', () => {
    expect(createMeetingBodySchema.safeParse(meeting).success).toBe(true);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an end before the start', { endsAt: '2026-12-10T16:00:00Z' }, 'endsAt'],
    ['an end at the start', { endsAt: meeting.startsAt }, 'endsAt'],
    ['a week and a minute', { endsAt: '2026-12-17T17:01:00Z' }, 'endsAt'],
    ['an unknown type', { type: 'party' }, 'type'],
    ['an empty title', { title: '  ' }, 'title'],
    ['a time without offset', { startsAt: '2026-12-10 17:00' }, 'startsAt'],
    ['a negative audience', { expectedAudience: -1 }, 'expectedAudience'],
    ['an unknown field', { secret: true }, 'secret'],
  ])('refuses %s on its field', (_label, change, field) => {
    const result = createMeetingBodySchema.safeParse({ ...meeting, ...change });
    expect(result.success).toBe(false);
    expect(Object.keys(issuesToFields(result.error?.issues ?? [], 'sv'))).toContain(field);
  });

  it('says why the times are wrong in both languages', () => {
    const result = createMeetingBodySchema.safeParse({ ...meeting, endsAt: '2026-12-10T16:00:00Z' });
    expect(issuesToFields(result.error?.issues ?? [], 'sv').endsAt).toBe(
      fieldMessages.sv.meeting_ends_before_start,
    );
    for (const locale of ['sv', 'en'] as const)
      expect(fieldMessages[locale].meeting_too_long).toContain(String(maxMeetingHours));
  });

  it('checks a PATCH pair only when both times are sent', () => {
    expect(updateMeetingBodySchema.safeParse({ endsAt: '2026-12-10T16:00:00Z' }).success).toBe(true);
    expect(
      updateMeetingBodySchema.safeParse({ startsAt: meeting.endsAt, endsAt: meeting.startsAt }).success,
    ).toBe(false);
    expect(updateMeetingBodySchema.safeParse({ status: 'cancelled' }).success).toBe(true);
    expect(updateMeetingBodySchema.safeParse({ status: 'postponed' }).success).toBe(false);
  });
});

describe('meetingQuerySchema', () => {
  it('takes a window and refuses one that ends before it starts', () => {
    expect(
      meetingQuerySchema.safeParse({ from: '2026-12-01T00:00:00Z', to: '2027-01-01T00:00:00Z' }).success,
    ).toBe(true);
    expect(
      meetingQuerySchema.safeParse({ from: '2027-01-01T00:00:00Z', to: '2026-12-01T00:00:00Z' }).success,
    ).toBe(false);
    expect(meetingQuerySchema.safeParse({ limit: '20', offset: '40' }).data).toEqual({
      limit: 20,
      offset: 40,
    });
  });
});

describe('putAgendaBodySchema', () => {
  it('takes existing and new matters in one agenda', () => {
    const body = { items: [{ matterId: uuid, note: 'Sist' }, { newMatter: { title: 'Budget 2027' } }] };
    expect(putAgendaBodySchema.safeParse(body).success).toBe(true);
  });

  it.each<[string, unknown]>([
    ['both a matter and a new one', { matterId: uuid, newMatter: { title: 'Budget' } }],
    ['neither', { note: 'Sist' }],
    ['a new matter without title', { newMatter: { diaryNumber: 'KS 2026/1' } }],
  ])('refuses an item with %s', (_label, item) => {
    expect(putAgendaBodySchema.safeParse({ items: [item] }).success).toBe(false);
  });

  it('refuses a matter twice and more items than the domain allows', () => {
    const twice = putAgendaBodySchema.safeParse({ items: [{ matterId: uuid }, { matterId: uuid }] });
    expect(issuesToFields(twice.error?.issues ?? [], 'en').items).toBe(
      fieldMessages.en.agenda_duplicate_matter,
    );
    const items = Array.from({ length: maxAgendaItems + 1 }, (_, index) => ({
      newMatter: { title: `P${index}` },
    }));
    expect(putAgendaBodySchema.safeParse({ items }).success).toBe(false);
    expect(putAgendaBodySchema.safeParse({ items: items.slice(1) }).success).toBe(true);
  });
});

describe('the import bodies', () => {
  it('need a format and a mode', () => {
    expect(
      importAgendaBodySchema.safeParse({ text: 'titel\nBudget', format: 'csv', mode: 'preview' }).success,
    ).toBe(true);
    expect(importAgendaBodySchema.safeParse({ text: 'Budget', mode: 'preview' }).success).toBe(false);
    expect(
      importIcalBodySchema.safeParse({ ics: 'BEGIN:VCALENDAR', mode: 'commit', type: 'committee' }).success,
    ).toBe(true);
    expect(importIcalBodySchema.safeParse({ ics: 'BEGIN:VCALENDAR', mode: 'commit' }).success).toBe(false);
  });
});

describe('bodies, venues and the threat level', () => {
  it('take valid bodies and refuse a member twice', () => {
    expect(createBodyBodySchema.safeParse({ name: 'Kommunfullmäktige', kind: 'council' }).success).toBe(true);
    expect(createBodyBodySchema.safeParse({ name: 'KF', kind: 'parliament' }).success).toBe(false);
    const members = [
      { userId: uuid, assignment: 'chair' },
      { userId: otherUuid, assignment: 'member' },
    ];
    expect(putBodyMembersBodySchema.safeParse({ members }).success).toBe(true);
    expect(putBodyMembersBodySchema.safeParse({ members: [...members, members[0]] }).success).toBe(false);
  });

  it('take a venue with rooms', () => {
    expect(createVenueBodySchema.safeParse({ name: 'Stadshuset', rooms: ['Sessionssalen'] }).success).toBe(
      true,
    );
    expect(createVenueBodySchema.safeParse({ name: 'Stadshuset', rooms: [''] }).success).toBe(false);
  });

  it('take the levels 1–5 on a calendar date', () => {
    expect(recordThreatLevelBodySchema.safeParse({ level: 4, changedOn: '2023-08-17' }).success).toBe(true);
    expect(recordThreatLevelBodySchema.safeParse({ level: 6, changedOn: '2023-08-17' }).success).toBe(false);
    expect(recordThreatLevelBodySchema.safeParse({ level: 3, changedOn: '17/8/2023' }).success).toBe(false);
  });

  it('state the floor plan limit the domain enforces', () => {
    expect(maxFloorPlanBytes).toBe(10 * 1024 * 1024);
    for (const locale of ['sv', 'en'] as const)
      expect(fieldMessages[locale].floor_plan_too_large).toContain('10 MiB');
  });
});
