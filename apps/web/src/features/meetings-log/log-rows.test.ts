import { describe, expect, it } from 'vitest';
import type { LogEntryView } from '../../lib/api/meeting-plans';
import type { QueuedLogEntry } from './log-queue';
import { mergeLog, occurredAtProblem } from './log-rows';

const stored = (id: string, occurredAt: string): LogEntryView => ({
  id,
  kind: 'disturbance',
  text: 'Rop',
  occurredAt,
  recordedAt: occurredAt,
  createdBy: { id: '00000000-0000-4000-8000-000000000002', name: 'Sara Lind' },
  incident: null,
});

const queued = (id: string, problem: QueuedLogEntry['problem'] = null, meetingId = 'm1'): QueuedLogEntry => ({
  id,
  meetingId,
  kind: 'note',
  text: 'Kö',
  occurredAt: '2026-12-10T17:05:00.000Z',
  queuedAt: '2026-12-10T17:05:30.000Z',
  problem,
});

describe('mergeLog', () => {
  it("shows the server's entries as sent and this phone's as not yet sent, each once", () => {
    const rows = mergeLog(
      [stored('a', '2026-12-10T17:00:00.000Z'), stored('b', '2026-12-10T17:01:00.000Z')],
      [queued('b'), queued('c'), queued('d', { status: 422, code: 'validation_failed', message: '' })],
      'm1',
      { name: 'Jag Själv' },
    );
    expect(rows.map((row) => [row.id, row.status, row.by])).toEqual([
      ['a', 'sent', 'Sara Lind'],
      ['b', 'sent', 'Sara Lind'],
      ['c', 'pending', 'Jag Själv'],
      ['d', 'refused', 'Jag Själv'],
    ]);
    expect(rows[2]?.recordedAt.toISOString()).toBe('2026-12-10T17:05:30.000Z');
    expect(rows[2]?.stored).toBeNull();
  });

  it("leaves out other meetings' queued entries", () => {
    expect(mergeLog([], [queued('x', null, 'm2')], 'm1', { name: 'Jag' })).toEqual([]);
  });
});

describe('occurredAtProblem', () => {
  const now = new Date('2026-12-10T17:00:00.000Z');
  it.each<[string | undefined, 'invalid' | 'future' | null]>([
    [undefined, 'invalid'],
    ['2026-13-40T99:00', 'invalid'],
    ['2026-12-10T16:30:00.000Z', null],
    ['2026-12-10T17:05:00.000Z', null],
    ['2026-12-10T17:05:00.001Z', 'future'],
  ])('%s → %s', (iso, expected) => {
    expect(occurredAtProblem(iso, now)).toBe(expected);
  });
});
