import {
  meetingTypeIsPublicByDefault,
  MeetingStatus,
  MeetingType,
  swedishDate,
  swedishTimeZone,
  type MeetingType as MeetingTypeValue,
} from '@varn/domain';
import type { AgendaItemBody, MeetingDetail } from '@varn/contracts';
import type { FormErrors } from '../../lib/errors';

/**
 * The meeting form and the agenda editor without React: the form's values and the body they
 * become, times typed in Swedish time whatever the device's zone, the public default that follows
 * the type, errors that follow the fields as they are fixed, and the agenda's items.
 */

/** What the meeting form holds, as its fields give it (text, `datetime-local` values). */
export interface MeetingValues {
  readonly type: MeetingTypeValue;
  readonly title: string;
  readonly bodyId: string;
  readonly venueId: string;
  readonly room: string;
  /** `YYYY-MM-DDTHH:mm` in Swedish time. */
  readonly startsAt: string;
  readonly endsAt: string;
  readonly isPublic: boolean;
  /** Whether the user chose "public" themselves: then a change of type no longer changes it. */
  readonly publicChosen: boolean;
  readonly organiser: string;
  readonly expectedAudience: string;
  readonly description: string;
  readonly status: MeetingStatus;
}

/** The form's fields in the order they are shown (and errors are listed). */
export const meetingFieldOrder = [
  'type',
  'title',
  'bodyId',
  'venueId',
  'room',
  'startsAt',
  'endsAt',
  'isPublic',
  'organiser',
  'expectedAudience',
  'description',
  'status',
] as const;
export type MeetingField = (typeof meetingFieldOrder)[number];

/** A new meeting: a council meeting, public as the law has it, times still to be filled in. */
export function emptyMeetingValues(): MeetingValues {
  return {
    type: MeetingType.Council,
    title: '',
    bodyId: '',
    venueId: '',
    room: '',
    startsAt: '',
    endsAt: '',
    isPublic: meetingTypeIsPublicByDefault(MeetingType.Council),
    publicChosen: false,
    organiser: '',
    expectedAudience: '',
    description: '',
    status: MeetingStatus.Planned,
  };
}

/** A stored meeting as the form's values. */
export function meetingValuesOf(meeting: MeetingDetail): MeetingValues {
  return {
    type: meeting.type,
    title: meeting.title,
    bodyId: meeting.body?.id ?? '',
    venueId: meeting.venue?.id ?? '',
    room: meeting.room ?? '',
    startsAt: toSwedishInputValue(meeting.startsAt),
    endsAt: toSwedishInputValue(meeting.endsAt),
    isPublic: meeting.isPublic,
    publicChosen: true,
    organiser: meeting.organiser ?? '',
    expectedAudience: meeting.expectedAudience === null ? '' : String(meeting.expectedAudience),
    description: meeting.description ?? '',
    status: meeting.status,
  };
}

/** A new type: "public" follows the type's default (`meetingTypeIsPublicByDefault`) until chosen by hand. */
export function withType(values: MeetingValues, type: MeetingTypeValue): MeetingValues {
  return {
    ...values,
    type,
    isPublic: values.publicChosen ? values.isPublic : meetingTypeIsPublicByDefault(type),
  };
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/**
 * The body of `POST /api/meetings` (and, with `status`, of `PATCH`): empty choices become null,
 * times become instants; a value that is not a number or a time is passed on as it is, so that
 * the contract's schema names the problem.
 */
export function meetingBodyOf(values: MeetingValues, withStatus: boolean): Record<string, unknown> {
  const audience = values.expectedAudience.trim();
  const audienceNumber = Number(audience);
  return {
    type: values.type,
    title: values.title,
    bodyId: orNull(values.bodyId),
    venueId: orNull(values.venueId),
    room: orNull(values.room),
    startsAt: swedishInputToIso(values.startsAt) ?? '',
    endsAt: swedishInputToIso(values.endsAt) ?? '',
    isPublic: values.isPublic,
    organiser: orNull(values.organiser),
    expectedAudience: audience === '' ? null : Number.isFinite(audienceNumber) ? audienceNumber : audience,
    description: orNull(values.description),
    ...(withStatus ? { status: values.status } : {}),
  };
}

const inputPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/u;

const clock = new Intl.DateTimeFormat('sv-SE', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: swedishTimeZone,
});

/** An instant as a `datetime-local` value in Swedish time ("2026-12-10T18:00"). */
export function toSwedishInputValue(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  return `${swedishDate(at)}T${clock.format(at)}`;
}

/**
 * A `datetime-local` value read as Swedish time, as ISO; '' gives undefined, and anything else
 * that is not such a value is returned as it is (the schema then rejects it with its message).
 * A time that does not exist (02:30 on the night summer time starts) is read as the hour after.
 */
export function swedishInputToIso(value: string): string | undefined {
  if (value.trim() === '') return undefined;
  const match = inputPattern.exec(value);
  if (!match) return value;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Summer time first: of a time that happens twice (the night it ends), the first is meant.
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000);
    if (toSwedishInputValue(candidate.toISOString()) === value) return candidate.toISOString();
  }
  return new Date(asUtc - 3_600_000).toISOString();
}

/** The date part of a `datetime-local` value, and the same time on another day (for a default end). */
export function defaultEnd(startsAt: string, hours = 3): string {
  const iso = swedishInputToIso(startsAt);
  if (!iso || !inputPattern.test(startsAt)) return '';
  return toSwedishInputValue(new Date(Date.parse(iso) + hours * 3_600_000).toISOString());
}

/** What was sent when the shown errors came: the values then, and whether the server answered. */
export interface SentForm<V> {
  readonly errors: FormErrors;
  readonly values: V;
  readonly fromServer: boolean;
}

/**
 * Errors while the user fixes them (after a failed submit; the report form's rule): each field's
 * error follows the field as it is now — the live check, and the server's verdict on a field
 * only while that field is unchanged. `null` when nothing is wrong any more.
 */
export function errorsAsFixed<V extends object>(
  sent: SentForm<V>,
  live: FormErrors,
  values: V,
  order: readonly string[],
): FormErrors | null {
  const fields: Record<string, string> = {};
  const same = (field: string) =>
    JSON.stringify((values as Record<string, unknown>)[field]) ===
    JSON.stringify((sent.values as Record<string, unknown>)[field]);
  for (const field of order) {
    const kept = sent.fromServer && same(field) ? sent.errors.fields[field] : undefined;
    const message = live.fields[field] ?? kept;
    if (message !== undefined) fields[field] = message;
  }
  for (const [field, message] of Object.entries(sent.errors.fields))
    if (!order.includes(field)) fields[field] ??= message;
  const sentFields = Object.keys(sent.errors.fields).length > 0;
  if (Object.keys(fields).length > 0)
    return { message: sentFields ? sent.errors.message : live.message, fields };
  return sentFields ? null : sent.errors;
}

// — The agenda —

/** An item of the agenda being edited: a matter already in Värn, or a new one. */
export type AgendaEntry =
  | {
      readonly key: string;
      readonly kind: 'existing';
      readonly matterId: string;
      readonly title: string;
      readonly diaryNumber: string | null;
      readonly note: string;
    }
  | {
      readonly key: string;
      readonly kind: 'new';
      readonly title: string;
      readonly diaryNumber: string | null;
      readonly note: string;
    };

/** The stored agenda as entries. */
export function agendaEntriesOf(meeting: MeetingDetail): AgendaEntry[] {
  return meeting.agenda.map((item) => ({
    key: item.id,
    kind: 'existing',
    matterId: item.matter.id,
    title: item.matter.title,
    diaryNumber: item.matter.diaryNumber,
    note: item.note ?? '',
  }));
}

/** The entries with one moved `by` places (−1 up, +1 down); unchanged at either end. */
export function moveEntry<T>(entries: readonly T[], index: number, by: number): T[] {
  const target = index + by;
  const list = [...entries];
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return list;
  const [moved] = list.splice(index, 1);
  if (moved !== undefined) list.splice(target, 0, moved);
  return list;
}

/** Whether a matter is on the agenda already. */
export function hasMatter(entries: readonly AgendaEntry[], matterId: string): boolean {
  return entries.some((entry) => entry.kind === 'existing' && entry.matterId === matterId);
}

/** The body of `PUT /api/meetings/{id}/agenda`. */
export function agendaBodyOf(entries: readonly AgendaEntry[]): { items: AgendaItemBody[] } {
  return {
    items: entries.map((entry) => {
      const note = entry.note.trim() === '' ? null : entry.note.trim();
      return entry.kind === 'existing'
        ? { matterId: entry.matterId, note }
        : {
            newMatter: {
              title: entry.title,
              ...(entry.diaryNumber === null ? {} : { diaryNumber: entry.diaryNumber }),
            },
            note,
          };
    }),
  };
}
