import { describe, expect, it } from 'vitest';
import { createMeetingBodySchema } from '@varn/contracts';
import {
  agendaBodyOf,
  defaultEnd,
  emptyMeetingValues,
  errorsAsFixed,
  hasMatter,
  meetingBodyOf,
  meetingFieldOrder,
  moveEntry,
  swedishInputToIso,
  toSwedishInputValue,
  withType,
  type AgendaEntry,
} from './meeting-form';

describe('times typed in Swedish time', () => {
  it.each([
    ['2026-12-10T18:00', '2026-12-10T17:00:00.000Z'],
    ['2026-06-10T18:00', '2026-06-10T16:00:00.000Z'],
    // The night summer time ends: 02:30 happens twice; the first (summer time) is taken.
    ['2026-10-25T02:30', '2026-10-25T00:30:00.000Z'],
    // The night summer time starts: 02:30 does not exist; read as the hour after.
    ['2026-03-29T02:30', '2026-03-29T01:30:00.000Z'],
  ])('%s is %s', (value, iso) => expect(swedishInputToIso(value)).toBe(iso));

  it('leaves an empty value out and passes anything else on for the schema to refuse', () => {
    expect(swedishInputToIso('')).toBeUndefined();
    expect(swedishInputToIso('i morgon')).toBe('i morgon');
  });

  it('shows a stored instant in Swedish time whatever the device zone', () => {
    expect(toSwedishInputValue('2026-12-10T17:00:00.000Z')).toBe('2026-12-10T18:00');
    expect(toSwedishInputValue('2026-06-09T22:30:00.000Z')).toBe('2026-06-10T00:30');
    expect(toSwedishInputValue('not a time')).toBe('');
  });

  it('proposes an end three hours after the start', () => {
    expect(defaultEnd('2026-12-10T18:00')).toBe('2026-12-10T21:00');
    expect(defaultEnd('2026-12-10T22:30')).toBe('2026-12-11T01:30');
    expect(defaultEnd('')).toBe('');
  });
});

describe('public by default follows the type until chosen', () => {
  it('starts as a public council meeting', () => {
    expect(emptyMeetingValues()).toMatchObject({ type: 'council', isPublic: true, publicChosen: false });
  });

  it('makes a committee meeting closed, and a citizen dialogue public again', () => {
    const committee = withType(emptyMeetingValues(), 'committee');
    expect(committee.isPublic).toBe(false);
    expect(withType(committee, 'citizen_dialogue').isPublic).toBe(true);
  });

  it('keeps what the user chose', () => {
    const chosen = { ...emptyMeetingValues(), isPublic: true, publicChosen: true };
    expect(withType(chosen, 'committee').isPublic).toBe(true);
  });
});

describe('the meeting body', () => {
  const values = {
    ...emptyMeetingValues(),
    title: 'Kommunfullmäktige 10 december',
    startsAt: '2026-12-10T18:00',
    endsAt: '2026-12-10T21:00',
  };

  it('is accepted by the contract, with empty choices as null', () => {
    const body = meetingBodyOf(values, false);
    expect(body).toEqual({
      type: 'council',
      title: 'Kommunfullmäktige 10 december',
      bodyId: null,
      venueId: null,
      room: null,
      startsAt: '2026-12-10T17:00:00.000Z',
      endsAt: '2026-12-10T20:00:00.000Z',
      isPublic: true,
      organiser: null,
      expectedAudience: null,
      description: null,
    });
    expect(createMeetingBodySchema.safeParse(body).success).toBe(true);
  });

  it('carries the status only when editing', () => {
    expect(meetingBodyOf(values, true)).toMatchObject({ status: 'planned' });
  });

  it('lets the schema refuse an audience that is not a number and an end before the start', () => {
    const body = meetingBodyOf({ ...values, expectedAudience: 'många', endsAt: '2026-12-10T17:00' }, false);
    const result = createMeetingBodySchema.safeParse(body);
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
    expect(paths).toContain('expectedAudience');
  });

  it('sends a number of people as a number', () => {
    expect(meetingBodyOf({ ...values, expectedAudience: ' 120 ' }, false).expectedAudience).toBe(120);
  });
});

describe('errors that follow the fields as they are fixed', () => {
  const order = meetingFieldOrder;
  const before = { ...emptyMeetingValues(), title: '' };
  const sentErrors = { message: 'Rätta', fields: { title: 'Måste fyllas i', bodyId: 'Organet finns inte' } };

  it('drops a field error as soon as the field is fixed', () => {
    const now = { ...before, title: 'Fullmäktige' };
    const live = { message: 'Rätta', fields: {} };
    expect(
      errorsAsFixed({ errors: sentErrors, values: before, fromServer: false }, live, now, order),
    ).toBeNull();
  });

  it("keeps the server's verdict on a field while it is unchanged", () => {
    const now = { ...before, title: 'Fullmäktige' };
    const live = { message: 'Rätta', fields: {} };
    expect(errorsAsFixed({ errors: sentErrors, values: before, fromServer: true }, live, now, order)).toEqual(
      {
        message: 'Rätta',
        fields: { bodyId: 'Organet finns inte' },
      },
    );
  });

  it('shows a new problem at once', () => {
    const live = { message: 'Rätta', fields: { endsAt: 'Mötet måste sluta efter att det har börjat.' } };
    const errors = errorsAsFixed(
      { errors: sentErrors, values: before, fromServer: false },
      live,
      before,
      order,
    );
    expect(Object.keys(errors?.fields ?? {})).toEqual(['endsAt']);
  });

  it('keeps a refusal without fields (not allowed): typing does not fix it', () => {
    const refusal = { message: 'Ingen behörighet', fields: {} };
    expect(
      errorsAsFixed(
        { errors: refusal, values: before, fromServer: true },
        { message: '', fields: {} },
        before,
        order,
      ),
    ).toBe(refusal);
  });
});

describe('the agenda', () => {
  const entries: AgendaEntry[] = [
    { key: 'a', kind: 'existing', matterId: 'm1', title: 'Budget', diaryNumber: 'KS 2026/1', note: '' },
    { key: 'b', kind: 'new', title: 'Ny detaljplan', diaryNumber: null, note: ' Stängda dörrar ' },
    { key: 'c', kind: 'existing', matterId: 'm3', title: 'Revision', diaryNumber: null, note: '' },
  ];

  it.each([
    [0, 1, ['b', 'a', 'c']],
    [2, -1, ['a', 'c', 'b']],
    [0, -1, ['a', 'b', 'c']],
    [2, 1, ['a', 'b', 'c']],
  ])('moves item %i by %i', (index, by, keys) =>
    expect(moveEntry(entries, index, by).map((entry) => entry.key)).toEqual(keys),
  );

  it('knows which matters are on it', () => {
    expect(hasMatter(entries, 'm3')).toBe(true);
    expect(hasMatter(entries, 'm2')).toBe(false);
  });

  it('becomes the PUT body: existing matters by id, new ones created, notes trimmed', () => {
    expect(agendaBodyOf(entries)).toEqual({
      items: [
        { matterId: 'm1', note: null },
        { newMatter: { title: 'Ny detaljplan' }, note: 'Stängda dörrar' },
        { matterId: 'm3', note: null },
      ],
    });
  });
});
