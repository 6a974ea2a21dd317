import { describe, expect, it } from 'vitest';
import { defaultCategories, defaultChannels } from '../incidents/taxonomy';
import {
  LogEntryKind,
  logEntryIncidentSuggestion,
  logEntryKinds,
  orderLogEntries,
  type OrderableLogEntry,
} from './log';

describe('logEntryIncidentSuggestion: what a log entry prefills when it becomes an incident', () => {
  it.each<[LogEntryKind, readonly string[], boolean | null]>([
    [LogEntryKind.Disturbance, ['meeting_disturbance'], null],
    [LogEntryKind.WarningGiven, ['meeting_disturbance'], null],
    [LogEntryKind.AskedToLeave, ['meeting_disturbance'], null],
    [LogEntryKind.RemovedByPolice, ['meeting_disturbance'], true],
    [LogEntryKind.Evacuation, ['meeting_disturbance'], null],
    [LogEntryKind.Medical, ['other'], null],
    [LogEntryKind.Note, ['other'], null],
  ])('%s → %j, police contacted %s', (kind, categories, policeContacted) => {
    expect(logEntryIncidentSuggestion(kind)).toEqual({
      categories,
      channel: 'in_person_meeting',
      policeContacted,
    });
  });

  it('has a row above for every kind', () => {
    expect(logEntryKinds).toHaveLength(7);
  });

  // The report form's lists are data an admin may extend, but the defaults are always there.
  it.each(logEntryKinds)('%s suggests codes of the default report lists', (kind) => {
    const suggestion = logEntryIncidentSuggestion(kind);
    const categoryCodes = defaultCategories.map((entry) => entry.code);
    expect(suggestion.categories.every((code) => categoryCodes.includes(code))).toBe(true);
    expect(defaultChannels.map((entry) => entry.code)).toContain(suggestion.channel);
  });
});

describe('orderLogEntries: by when it happened, then when it was stored, then id', () => {
  const entry = (id: string, occurredAt: string, recordedAt: string): OrderableLogEntry => ({
    id,
    occurredAt: new Date(occurredAt),
    recordedAt: new Date(recordedAt),
  });

  it('orders entries queued offline among the others by when they happened', () => {
    const first = entry('c', '2026-12-10T17:05:00Z', '2026-12-10T17:05:01Z');
    // Written at 17:07 on a phone without signal, stored at 17:20.
    const queued = entry('a', '2026-12-10T17:07:00Z', '2026-12-10T17:20:00Z');
    const third = entry('b', '2026-12-10T17:10:00Z', '2026-12-10T17:10:01Z');
    expect(orderLogEntries([third, queued, first])).toEqual([first, queued, third]);
  });

  it('breaks a tie of the same minute by when it was stored, then by id', () => {
    const storedLater = entry('a', '2026-12-10T17:05:00Z', '2026-12-10T17:06:00Z');
    const storedFirst = entry('z', '2026-12-10T17:05:00Z', '2026-12-10T17:05:30Z');
    const sameTimesB = entry('b', '2026-12-10T17:05:00Z', '2026-12-10T17:06:00Z');
    expect(orderLogEntries([sameTimesB, storedLater, storedFirst])).toEqual([
      storedFirst,
      storedLater,
      sameTimesB,
    ]);
  });

  it('gives the same order whatever order the entries arrive in, and leaves its input alone', () => {
    const entries = [
      entry('d', '2026-12-10T17:00:00Z', '2026-12-10T17:00:00Z'),
      entry('b', '2026-12-10T17:00:00Z', '2026-12-10T17:00:00Z'),
      entry('a', '2026-12-10T16:59:00Z', '2026-12-10T17:30:00Z'),
      entry('c', '2026-12-10T17:01:00Z', '2026-12-10T17:01:00Z'),
    ];
    const expected = ['a', 'b', 'd', 'c'];
    expect(orderLogEntries(entries).map((e) => e.id)).toEqual(expected);
    expect(orderLogEntries([...entries].reverse()).map((e) => e.id)).toEqual(expected);
    expect(entries.map((e) => e.id)).toEqual(['d', 'b', 'a', 'c']);
  });
});
