import { describe, expect, it } from 'vitest';
import { severities, type Severity } from './incident';
import {
  activeStatuses,
  closedQueueRank,
  compareQueueOrder,
  matchesQueueRow,
  queueRank,
  queueRankTable,
  showsOngoing,
  type QueueRankSubject,
} from './queue';
import { incidentStatuses, type IncidentStatus } from './transitions';

const officer = 'a5d3c1e2-0000-4000-8000-000000000001';
const every: QueueRankSubject[] = incidentStatuses.flatMap((status) =>
  [...severities, null].flatMap((severity) =>
    [null, officer].map((handlerUserId) => ({ status, severity, handlerUserId })),
  ),
);

describe('queueRank: what needs action first', () => {
  it('puts every case in exactly one row of the table', () => {
    for (const incident of every)
      expect(
        queueRankTable.filter((row) => matchesQueueRow(row, incident)),
        JSON.stringify(incident),
      ).toHaveLength(1);
  });

  it.each<[string, IncidentStatus, Severity | null, boolean, number]>([
    ['acute, nobody has it', 'new', 'acute', false, 0],
    ['high, nobody has it', 'triaged', 'high', false, 1],
    ['acute with a handler', 'measures', 'acute', true, 2],
    ['high with a handler', 'assessing', 'high', true, 3],
    ['not triaged, nobody has it', 'new', null, false, 4],
    ['not triaged, with a handler', 'new', null, true, 5],
    ['moderate, nobody has it', 'follow_up', 'moderate', false, 6],
    ['moderate with a handler', 'reopened', 'moderate', true, 7],
    ['low, nobody has it', 'triaged', 'low', false, 8],
    ['low with a handler', 'measures', 'low', true, 9],
    ['dormant, even if acute', 'dormant', 'acute', false, 10],
    ['closed, even if acute and unassigned', 'closed', 'acute', false, 11],
  ])('%s → %d', (_name, status, severity, assigned, rank) => {
    expect(queueRank({ status, severity, handlerUserId: assigned ? officer : null })).toBe(rank);
  });

  it('ranks every open case before every closed one, and closed last', () => {
    for (const incident of every)
      expect(queueRank(incident) < closedQueueRank).toBe(incident.status !== 'closed');
    expect(closedQueueRank).toBe(queueRankTable.length - 1);
  });

  it('ranks dormant cases after every active one', () => {
    const dormant = every.filter((incident) => incident.status === 'dormant').map(queueRank);
    const active = every.filter((incident) => activeStatuses.includes(incident.status)).map(queueRank);
    expect(Math.min(...dormant)).toBeGreaterThan(Math.max(...active));
  });

  it('orders equal ranks by the longest wait, then by id', () => {
    const base = { status: 'new' as const, severity: 'high' as const, handlerUserId: null };
    const older = { ...base, id: 'b', reportedAt: new Date('2026-01-01T08:00:00Z') };
    const newer = { ...base, id: 'a', reportedAt: new Date('2026-01-02T08:00:00Z') };
    const twin = { ...older, id: 'c' };
    expect([newer, twin, older].sort(compareQueueOrder).map((row) => row.id)).toEqual(['b', 'c', 'a']);
    const acute = { ...newer, severity: 'acute' as const, id: 'z' };
    expect([older, acute].sort(compareQueueOrder)[0]).toBe(acute);
  });
});

describe('showsOngoing: the "going on now" tag', () => {
  it.each<[IncidentStatus, boolean, boolean]>([
    ['new', true, true],
    ['measures', true, true],
    ['reopened', true, true],
    ['closed', true, false],
    ['dormant', true, false],
    ['new', false, false],
  ])('%s, reported ongoing %s → %s', (status, ongoing, shown) => {
    expect(showsOngoing({ status, ongoing })).toBe(shown);
  });
});
