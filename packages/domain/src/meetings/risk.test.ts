import { describe, expect, it } from 'vitest';
import { Severity, severities } from '../incidents/incident';
import type { RiskLevel } from '../riskguide/template';
import {
  assessMeetingRisk,
  incidentRiskLevel,
  threatPictureTime,
  threatWindow,
  type AgendaItemRisk,
  type LinkedIncident,
  type MeetingRiskInput,
} from './risk';

const at = new Date('2026-12-10T17:00:00.000Z');
const day = 86_400_000;
const daysBefore = (days: number, ms = 0) => new Date(at.getTime() - days * day + ms);

const item = (
  matterId: string,
  assessedLevel: RiskLevel | null,
  screeningLevel: RiskLevel | null,
): AgendaItemRisk => ({ matterId, title: `Ärende ${matterId}`, assessedLevel, screeningLevel });

const incident = (
  incidentId: string,
  severity: Severity | null,
  reportedAt = daysBefore(1),
): LinkedIncident => ({
  incidentId,
  severity,
  reportedAt,
});

const input = (overrides: Partial<MeetingRiskInput> = {}): MeetingRiskInput => ({
  agendaItems: [],
  threatPictureLevel: null,
  linkedIncidents: [],
  lookbackDays: 30,
  ...overrides,
});

describe('incidentRiskLevel: the level a linked incident brings', () => {
  it.each<[Severity | null, RiskLevel]>([
    [Severity.Acute, 'high'],
    [Severity.High, 'high'],
    [Severity.Moderate, 'moderate'],
    // Never low: a linked incident shows the issue is live ("if unsure, choose the higher level").
    [Severity.Low, 'moderate'],
    [null, 'moderate'],
  ])('%s → %s', (severity, level) => {
    expect(incidentRiskLevel(severity)).toBe(level);
  });

  it('has a row above for every severity', () => {
    expect(severities).toHaveLength(4);
  });
});

describe('assessMeetingRisk: an agenda item stands at its latest assessment, else its screening', () => {
  // Every assessed × screened pair of one item.
  it.each<[RiskLevel | null, RiskLevel | null, RiskLevel | null, 'assessment' | 'screening' | null]>([
    [null, null, null, null],
    [null, 'low', 'low', 'screening'],
    [null, 'moderate', 'moderate', 'screening'],
    [null, 'high', 'high', 'screening'],
    ['low', null, 'low', 'assessment'],
    // The deeper step-2 assessment replaces the screening, also when it comes out lower.
    ['low', 'high', 'low', 'assessment'],
    ['low', 'moderate', 'low', 'assessment'],
    ['low', 'low', 'low', 'assessment'],
    ['moderate', null, 'moderate', 'assessment'],
    ['moderate', 'low', 'moderate', 'assessment'],
    ['moderate', 'moderate', 'moderate', 'assessment'],
    ['moderate', 'high', 'moderate', 'assessment'],
    ['high', null, 'high', 'assessment'],
    ['high', 'low', 'high', 'assessment'],
    ['high', 'moderate', 'high', 'assessment'],
    ['high', 'high', 'high', 'assessment'],
  ])('assessed %s, screened %s → %s (%s)', (assessed, screened, level, source) => {
    const risk = assessMeetingRisk(input({ agendaItems: [item('m1', assessed, screened)] }), at);
    expect(risk.level).toBe(level);
    if (level === null)
      expect(risk.reasons).toEqual([
        { kind: 'agenda_items_not_assessed', level: null, count: 1, matterIds: ['m1'] },
      ]);
    else
      expect(risk.reasons).toEqual([
        { kind: 'agenda_item', level, matterId: 'm1', title: 'Ärende m1', source },
      ]);
  });
});

describe('assessMeetingRisk: the highest of items, threat picture and incidents — every combination', () => {
  // Each source: absent, or at each level it can bring. An item without any Riskguide level and an
  // incident of each severity (and untriaged) are included.
  type ItemCase = readonly [string, readonly AgendaItemRisk[], RiskLevel | null];
  const items: readonly ItemCase[] = [
    ['no items', [], null],
    ['an item not assessed', [item('m0', null, null)], null],
    ['a low item', [item('m1', 'low', null)], 'low'],
    ['a moderate item', [item('m1', null, 'moderate')], 'moderate'],
    ['a high item', [item('m1', 'high', 'low')], 'high'],
  ];
  const pictures: readonly (RiskLevel | null)[] = [null, 'low', 'moderate', 'high'];
  type IncidentCase = readonly [string, readonly LinkedIncident[], RiskLevel | null];
  const incidents: readonly IncidentCase[] = [
    ['no incidents', [], null],
    ['an untriaged incident', [incident('i1', null)], 'moderate'],
    ['a low incident', [incident('i1', 'low')], 'moderate'],
    ['a moderate incident', [incident('i1', 'moderate')], 'moderate'],
    ['a high incident', [incident('i1', 'high')], 'high'],
    ['an acute incident', [incident('i1', 'acute')], 'high'],
  ];
  // Written out by hand rather than taken from the code under test.
  const order: Readonly<Record<RiskLevel, number>> = { low: 1, moderate: 2, high: 3 };
  const highest = (levels: readonly (RiskLevel | null)[]): RiskLevel | null =>
    levels.reduce<RiskLevel | null>(
      (top, level) => (level !== null && (top === null || order[level] > order[top]) ? level : top),
      null,
    );

  const cases = items.flatMap(([itemLabel, agendaItems, itemLevel]) =>
    pictures.flatMap((picture) =>
      incidents.map(
        ([incidentLabel, linkedIncidents, incidentLevel]) =>
          [
            `${itemLabel}, threat picture ${String(picture)}, ${incidentLabel}`,
            input({ agendaItems, threatPictureLevel: picture, linkedIncidents }),
            highest([itemLevel, picture, incidentLevel]),
          ] as const,
      ),
    ),
  );

  it('covers 5 × 4 × 6 combinations', () => {
    expect(cases).toHaveLength(120);
  });

  it.each(cases)('%s → %s', (_label, meeting, level) => {
    const risk = assessMeetingRisk(meeting, at);
    expect(risk.level).toBe(level);
    // The first reason carries the meeting's level; none is above it.
    expect(risk.reasons[0]?.level ?? null).toBe(level);
    for (const reason of risk.reasons)
      if (reason.level !== null && level !== null)
        expect(order[reason.level]).toBeLessThanOrEqual(order[level]);
  });
});

describe('assessMeetingRisk: nothing known is "not assessed", never low', () => {
  it('has no level and no reasons without items, threat picture or incidents', () => {
    expect(assessMeetingRisk(input(), at)).toEqual({ level: null, reasons: [] });
  });

  it('has no level when no item has been screened or assessed, and says which', () => {
    const risk = assessMeetingRisk(
      input({ agendaItems: [item('m1', null, null), item('m2', null, null)] }),
      at,
    );
    expect(risk).toEqual({
      level: null,
      reasons: [{ kind: 'agenda_items_not_assessed', level: null, count: 2, matterIds: ['m1', 'm2'] }],
    });
  });
});

describe('assessMeetingRisk: the reasons, highest level first', () => {
  it('lists every source: threat picture, incidents, then items in agenda order within a level', () => {
    const risk = assessMeetingRisk(
      input({
        agendaItems: [
          item('m1', null, 'moderate'),
          item('m2', null, null),
          item('m3', 'high', null),
          item('m4', null, 'high'),
          item('m5', 'low', 'high'),
        ],
        threatPictureLevel: 'high',
        linkedIncidents: [
          incident('i1', 'low'),
          incident('i2', 'acute'),
          incident('i3', null),
          incident('i4', 'high'),
        ],
      }),
      at,
    );
    expect(risk.level).toBe('high');
    expect(risk.reasons).toEqual([
      { kind: 'threat_picture', level: 'high' },
      { kind: 'recent_incidents', level: 'high', count: 2, incidentIds: ['i2', 'i4'], lookbackDays: 30 },
      { kind: 'agenda_item', level: 'high', matterId: 'm3', title: 'Ärende m3', source: 'assessment' },
      { kind: 'agenda_item', level: 'high', matterId: 'm4', title: 'Ärende m4', source: 'screening' },
      { kind: 'recent_incidents', level: 'moderate', count: 2, incidentIds: ['i1', 'i3'], lookbackDays: 30 },
      { kind: 'agenda_item', level: 'moderate', matterId: 'm1', title: 'Ärende m1', source: 'screening' },
      { kind: 'agenda_item', level: 'low', matterId: 'm5', title: 'Ärende m5', source: 'assessment' },
      { kind: 'agenda_items_not_assessed', level: null, count: 1, matterIds: ['m2'] },
    ]);
  });

  it('puts a higher item before a lower threat picture', () => {
    const risk = assessMeetingRisk(
      input({ agendaItems: [item('m1', 'moderate', null)], threatPictureLevel: 'low' }),
      at,
    );
    expect(risk.reasons.map((reason) => reason.kind)).toEqual(['agenda_item', 'threat_picture']);
  });
});

describe('assessMeetingRisk: only incidents within the lookback window count', () => {
  it.each<[string, Date, boolean]>([
    ['reported at the instant the picture is taken', at, true],
    ['reported an hour before', daysBefore(0, -3_600_000), true],
    ['reported 30 days before, to the millisecond', daysBefore(30), true],
    ['reported 30 days and 1 ms before', daysBefore(30, -1), false],
    ['reported a year before', daysBefore(365), false],
    // A held meeting keeps the picture it had: later incidents do not count.
    ['reported 1 ms after', new Date(at.getTime() + 1), false],
  ])('an acute incident %s → counted: %s', (_label, reportedAt, counted) => {
    const risk = assessMeetingRisk(input({ linkedIncidents: [incident('i1', 'acute', reportedAt)] }), at);
    expect(risk.level).toBe(counted ? 'high' : null);
  });

  it.each<[number, boolean]>([
    [7, false],
    [8, true],
  ])('an incident 8 days before, looking back %i days → counted: %s', (lookbackDays, counted) => {
    const risk = assessMeetingRisk(
      input({ lookbackDays, linkedIncidents: [incident('i1', 'moderate', daysBefore(8))] }),
      at,
    );
    expect(risk.reasons).toEqual(
      counted
        ? [{ kind: 'recent_incidents', level: 'moderate', count: 1, incidentIds: ['i1'], lookbackDays }]
        : [],
    );
  });
});

describe('threatWindow and threatPictureTime', () => {
  it('reaches back lookbackDays × 24 hours from its end', () => {
    expect(threatWindow(at, 30)).toEqual({ from: new Date('2026-11-10T17:00:00.000Z'), to: at });
  });

  it.each<[string, string, string]>([
    ['a coming meeting: now', '2026-12-10T17:00:00.000Z', '2026-12-01T09:00:00.000Z'],
    ['a meeting that has begun: its start', '2026-12-01T08:00:00.000Z', '2026-12-01T08:00:00.000Z'],
    ['a meeting starting now: now', '2026-12-01T09:00:00.000Z', '2026-12-01T09:00:00.000Z'],
  ])('%s', (_label, startsAt, expected) => {
    expect(threatPictureTime(new Date(startsAt), new Date('2026-12-01T09:00:00.000Z')).toISOString()).toBe(
      expected,
    );
  });
});
