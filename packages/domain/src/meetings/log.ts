import type { BilingualText } from '../shared/bilingual';

/**
 * The live log of a meeting (issue 10 §3): time-stamped entries written on phones by several
 * people during the meeting, queued while the connection is bad and synced in order. Each entry's
 * id is made by the phone, so a retried entry is stored once. An entry can become an incident with
 * one click: {@link logEntryIncidentSuggestion} prefills the report.
 */

/** What a log entry records (DOMAIN.md §1: people who disturb can be asked to leave or removed by police). */
export const LogEntryKind = {
  /** Störning: shouting, interruptions, a placard. */
  Disturbance: 'disturbance',
  /** Tillsägelse: the chair or staff told someone to stop. */
  WarningGiven: 'warning_given',
  /** Someone was asked to leave (avvisad). */
  AskedToLeave: 'asked_to_leave',
  /** Someone was removed by the police. */
  RemovedByPolice: 'removed_by_police',
  /** The hall or the building was evacuated. */
  Evacuation: 'evacuation',
  /** Someone needed medical help. */
  Medical: 'medical',
  /** Anything else worth noting (anteckning). */
  Note: 'note',
} as const;
export type LogEntryKind = (typeof LogEntryKind)[keyof typeof LogEntryKind];
/** In the order of the quick buttons; `note` last. */
export const logEntryKinds: readonly LogEntryKind[] = Object.values(LogEntryKind);

/** Names of the entry kinds for the UI's quick buttons and the review. */
export const logEntryKindText: Readonly<Record<LogEntryKind, BilingualText>> = {
  disturbance: { sv: 'Störning', en: 'Disturbance' },
  warning_given: { sv: 'Tillsägelse', en: 'Warning given' },
  asked_to_leave: { sv: 'Ombedd att lämna', en: 'Asked to leave' },
  removed_by_police: { sv: 'Avlägsnad av polis', en: 'Removed by police' },
  evacuation: { sv: 'Utrymning', en: 'Evacuation' },
  medical: { sv: 'Sjukvård', en: 'Medical' },
  note: { sv: 'Anteckning', en: 'Note' },
};

/**
 * What an incident reported from a log entry starts with, for the reporter to check and complete:
 * codes of the default report lists (`incidents/taxonomy.ts`) and whether the police were contacted
 * (null: the entry does not say).
 */
export interface IncidentSuggestion {
  readonly categories: readonly string[];
  readonly channel: string;
  readonly policeContacted: boolean | null;
}

/** The report-list codes the suggestions use (`defaultCategories`, `defaultChannels`). */
const category = { meetingDisturbance: 'meeting_disturbance', other: 'other' } as const;
const inPersonAtAMeeting = 'in_person_meeting';

/**
 * The incident a log entry suggests when it becomes one. Every kind happened in person at the
 * meeting (channel `in_person_meeting`). Disturbances, warnings, people asked to leave or removed
 * and evacuations are "störning vid sammanträde eller möte" (`meeting_disturbance`) until the unit
 * triages the case (an evacuation over a bomb threat becomes a threat then); medical events and
 * notes have no category of their own (`other`). A removal by police means the police were
 * contacted.
 */
export function logEntryIncidentSuggestion(kind: LogEntryKind): IncidentSuggestion {
  switch (kind) {
    case LogEntryKind.Disturbance:
    case LogEntryKind.WarningGiven:
    case LogEntryKind.AskedToLeave:
    case LogEntryKind.Evacuation:
      return {
        categories: [category.meetingDisturbance],
        channel: inPersonAtAMeeting,
        policeContacted: null,
      };
    case LogEntryKind.RemovedByPolice:
      return {
        categories: [category.meetingDisturbance],
        channel: inPersonAtAMeeting,
        policeContacted: true,
      };
    case LogEntryKind.Medical:
    case LogEntryKind.Note:
      return { categories: [category.other], channel: inPersonAtAMeeting, policeContacted: null };
  }
}

/** A log entry as {@link orderLogEntries} sorts it. */
export interface OrderableLogEntry {
  /** Made by the phone that wrote the entry (a UUID). */
  readonly id: string;
  /** When it happened, as the writer stated it. */
  readonly occurredAt: Date;
  /** When the server stored it (later than `occurredAt` for an entry queued offline). */
  readonly recordedAt: Date;
}

/**
 * The log in the order it is read: by when it happened, then by when it was stored, then by id —
 * a total order, so every phone and the review show the same log, whatever order queued entries
 * arrived in. Returns a new list.
 */
export function orderLogEntries<T extends OrderableLogEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) =>
      a.occurredAt.getTime() - b.occurredAt.getTime() ||
      a.recordedAt.getTime() - b.recordedAt.getTime() ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
