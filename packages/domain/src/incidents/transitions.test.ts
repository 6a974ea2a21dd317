import { describe, expect, it } from 'vitest';
import { incidentTextLimits } from './incident';
import {
  allowedEvents,
  IncidentEvent,
  incidentEvents,
  IncidentStatus,
  incidentStatuses,
  isOpenStatus,
  PlainStatus,
  plainStatus,
  transitionIncident,
  type TransitionResult,
  type TransitionSubject,
} from './transitions';

// The transition table written out by hand (DOMAIN.md §3, issue 3 §2): one row per status, one
// column per event. A cell holds the next status, or `—` when the event is refused. It is
// deliberately not derived from `incidentTransitions`.
const grid = `
             triage   start_assessment  start_measures  start_follow_up  close   make_dormant  resume     reopen
new          triaged  —                 —               —                closed  —             —          —
triaged      —        assessing         measures        —                closed  dormant       —          —
assessing    —        —                 measures        follow_up        closed  dormant       —          —
measures     —        —                 —               follow_up        closed  dormant       —          —
follow_up    —        —                 measures        —                closed  dormant       —          —
closed       —        —                 —               —                —       —             —          reopened
dormant      —        —                 —               —                closed  —             assessing  —
reopened     —        assessing         measures        —                closed  dormant       —          —
`;

const S = IncidentStatus;
const E = IncidentEvent;
const _ = '—';

type Cell = IncidentStatus | typeof _;

const isStatus = (value: string): value is IncidentStatus =>
  (incidentStatuses as readonly string[]).includes(value);
const isEvent = (value: string): value is IncidentEvent =>
  (incidentEvents as readonly string[]).includes(value);

const [header = [], ...body] = grid
  .trim()
  .split('\n')
  .map((line) => line.trim().split(/\s+/u));
const columns: IncidentEvent[] = header.filter(isEvent);
const table: [IncidentStatus, Cell[]][] = body.map(([status = '', ...cells]) => {
  if (!isStatus(status)) throw new Error(`unknown status ${status}`);
  return [status, cells.map((cell) => (cell === _ || isStatus(cell) ? cell : fail(cell)))];
});

function fail(cell: string): never {
  throw new Error(`unknown cell ${cell}`);
}

interface Case {
  readonly from: IncidentStatus;
  readonly event: IncidentEvent;
  readonly next: Cell;
}

const cases: Case[] = table.flatMap(([from, cells]) =>
  columns.map((event, index) => {
    const next = cells[index];
    if (next === undefined) throw new Error(`row ${from} has no cell for ${event}`);
    return { from, event, next };
  }),
);

const at = (iso: string): Date => new Date(iso);
const reportedAt = at('2026-03-02T08:00:00Z');
const now = at('2026-03-05T14:30:00Z');
const summary = 'Stödsamtal genomfört, polisanmälan gjord. Inga fler händelser.';

/** An incident in `status` as it would look in the database: marks set by the steps before it. */
function subjectIn(status: IncidentStatus): TransitionSubject {
  return { status, triagedAt: status === S.New ? null : reportedAt, assessedAt: null };
}

describe('the transition table', () => {
  it('has one row for every status and one column for every event', () => {
    expect(header).toEqual([...incidentEvents]);
    expect(table.map(([status]) => status)).toEqual([...incidentStatuses]);
    for (const [status, cells] of table) expect([status, cells.length]).toEqual([status, columns.length]);
  });
});

describe('transitionIncident: every status × every event', () => {
  it.each(cases)('$from + $event → $next', ({ from, event, next }) => {
    const result = transitionIncident(subjectIn(from), event, now, { summary });
    if (next === _) {
      expect(result).toStrictEqual({ ok: false, reason: 'not_allowed', from, event });
    } else {
      expect(result).toMatchObject({ ok: true, from, status: next });
    }
  });

  // An illegal move is refused as such even when a summary is missing: the 409 wins over the 422.
  it.each(cases.filter(({ next, event }) => next === _ && event === E.Close))(
    '$from + close without summary → not_allowed (not summary_required)',
    ({ from, event }) => {
      expect(transitionIncident(subjectIn(from), event, now)).toStrictEqual({
        ok: false,
        reason: 'not_allowed',
        from,
        event,
      });
    },
  );
});

describe('allowedEvents: exactly the events the UI offers, in table order', () => {
  it.each<[IncidentStatus, IncidentEvent[]]>([
    [S.New, [E.Triage, E.Close]],
    [S.Triaged, [E.StartAssessment, E.StartMeasures, E.Close, E.MakeDormant]],
    [S.Assessing, [E.StartMeasures, E.StartFollowUp, E.Close, E.MakeDormant]],
    [S.Measures, [E.StartFollowUp, E.Close, E.MakeDormant]],
    [S.FollowUp, [E.StartMeasures, E.Close, E.MakeDormant]],
    [S.Closed, [E.Reopen]],
    [S.Dormant, [E.Close, E.Resume]],
    [S.Reopened, [E.StartAssessment, E.StartMeasures, E.Close, E.MakeDormant]],
  ])('%s → %j', (status, expected) => {
    expect(allowedEvents(status)).toEqual(expected);
  });

  it.each(incidentStatuses)('%s: every offered event is accepted, every other is refused', (status) => {
    const offered = allowedEvents(status);
    for (const event of incidentEvents) {
      const result = transitionIncident(subjectIn(status), event, now, { summary });
      expect([event, result.ok]).toEqual([event, offered.includes(event)]);
    }
  });
});

describe('closing needs a summary', () => {
  const closable = cases.filter(({ event, next }) => event === E.Close && next !== _);

  it('can be done from every status but Avslutad', () => {
    expect(closable.map(({ from }) => from)).toEqual([
      S.New,
      S.Triaged,
      S.Assessing,
      S.Measures,
      S.FollowUp,
      S.Dormant,
      S.Reopened,
    ]);
  });

  it.each<[string, string | undefined]>([
    ['no summary', undefined],
    ['an empty summary', ''],
    ['a blank summary', ' \t\n\r\n  '],
    ['a non-breaking space only', '\u00a0'],
  ])('refuses %s', (_label, given) => {
    for (const { from } of closable) {
      const input = given === undefined ? {} : { summary: given };
      expect(transitionIncident(subjectIn(from), E.Close, now, input)).toStrictEqual({
        ok: false,
        reason: 'summary_required',
      });
    }
  });

  it.each<[string, string, string]>([
    ['one character', 'x', 'x'],
    ['a summary with spaces around it (trimmed)', '  Avslutat efter samtal.\n', 'Avslutat efter samtal.'],
    ['the longest summary', 'x'.repeat(incidentTextLimits.summary), 'x'.repeat(5000)],
    [
      'the longest summary with spaces around it',
      ` ${'x'.repeat(incidentTextLimits.summary)} `,
      'x'.repeat(5000),
    ],
    // Characters, not UTF-16 units: 5000 emoji are 5000 characters.
    ['5000 emoji', '🛡'.repeat(5000), '🛡'.repeat(5000)],
  ])('accepts %s', (_label, given, kept) => {
    for (const { from } of closable) {
      const result = transitionIncident(subjectIn(from), E.Close, now, { summary: given });
      expect(result).toMatchObject({ ok: true, status: S.Closed, closedAt: now, closingSummary: kept });
    }
  });

  it.each<[string, string]>([
    ['5001 characters', 'x'.repeat(5001)],
    ['5001 emoji', '🛡'.repeat(5001)],
  ])('refuses %s as too long', (_label, given) => {
    for (const { from } of closable) {
      expect(transitionIncident(subjectIn(from), E.Close, now, { summary: given })).toStrictEqual({
        ok: false,
        reason: 'summary_too_long',
      });
    }
  });

  it.each(cases.filter(({ event, next }) => event !== E.Close && next !== _))(
    '$from + $event keeps no summary, even when one is sent',
    ({ from, event }) => {
      const result = transitionIncident(subjectIn(from), event, now, { summary });
      expect(result).not.toHaveProperty('closingSummary');
      expect(result).not.toHaveProperty('closedAt');
    },
  );
});

/** The handling-time marks a result sets, for compact rows. */
type Marks = readonly ('triagedAt' | 'assessedAt' | 'closedAt' | 'clearClosed')[];

function expectedResult(from: IncidentStatus, status: IncidentStatus, marks: Marks): TransitionResult {
  return {
    ok: true,
    from,
    status,
    ...(marks.includes('triagedAt') ? { triagedAt: now } : {}),
    ...(marks.includes('assessedAt') ? { assessedAt: now } : {}),
    ...(marks.includes('closedAt') ? { closedAt: now, closingSummary: summary } : {}),
    ...(marks.includes('clearClosed') ? { clearClosed: true as const } : {}),
  };
}

describe('handling-time marks: set the first time a step is reached, and only then', () => {
  // Triaged when the case leaves Ny; assessed when it moves on to measures, follow-up or closing
  // (not when it leaves Ny directly); closed at every close.
  const firstTime: readonly [IncidentStatus, IncidentEvent, IncidentStatus, Marks][] = [
    [S.New, E.Triage, S.Triaged, ['triagedAt']],
    [S.New, E.Close, S.Closed, ['triagedAt', 'closedAt']],
    [S.Triaged, E.StartAssessment, S.Assessing, []],
    [S.Triaged, E.StartMeasures, S.Measures, ['assessedAt']],
    [S.Triaged, E.MakeDormant, S.Dormant, []],
    [S.Triaged, E.Close, S.Closed, ['assessedAt', 'closedAt']],
    [S.Assessing, E.StartMeasures, S.Measures, ['assessedAt']],
    [S.Assessing, E.StartFollowUp, S.FollowUp, ['assessedAt']],
    [S.Assessing, E.MakeDormant, S.Dormant, []],
    [S.Assessing, E.Close, S.Closed, ['assessedAt', 'closedAt']],
    [S.Measures, E.StartFollowUp, S.FollowUp, ['assessedAt']],
    [S.Measures, E.MakeDormant, S.Dormant, []],
    [S.Measures, E.Close, S.Closed, ['assessedAt', 'closedAt']],
    [S.FollowUp, E.StartMeasures, S.Measures, ['assessedAt']],
    [S.FollowUp, E.MakeDormant, S.Dormant, []],
    [S.FollowUp, E.Close, S.Closed, ['assessedAt', 'closedAt']],
    // Reopening clears the close: an open case must never count as closed.
    [S.Closed, E.Reopen, S.Reopened, ['clearClosed']],
    [S.Dormant, E.Resume, S.Assessing, []],
    [S.Dormant, E.Close, S.Closed, ['assessedAt', 'closedAt']],
    [S.Reopened, E.StartAssessment, S.Assessing, []],
    [S.Reopened, E.StartMeasures, S.Measures, ['assessedAt']],
    [S.Reopened, E.MakeDormant, S.Dormant, []],
    [S.Reopened, E.Close, S.Closed, ['assessedAt', 'closedAt']],
  ];

  it('cover every allowed transition', () => {
    const allowed = cases
      .filter(({ next }) => next !== _)
      .map(({ from, event, next }) => [from, event, next]);
    expect(firstTime.map(([from, event, next]) => [from, event, next])).toEqual(
      expect.arrayContaining(allowed),
    );
    expect(firstTime).toHaveLength(allowed.length);
  });

  it.each(firstTime)('not yet assessed: %s + %s → %s sets %j', (from, event, status, marks) => {
    expect(transitionIncident(subjectIn(from), event, now, { summary })).toStrictEqual(
      expectedResult(from, status, marks),
    );
  });

  // Once triaged and assessed, only closing records a time (the latest close counts).
  it.each(firstTime)('already assessed: %s + %s → %s', (from, event, status) => {
    const subject: TransitionSubject = { status: from, triagedAt: reportedAt, assessedAt: reportedAt };
    const marks: Marks = status === S.Closed ? ['closedAt'] : event === E.Reopen ? ['clearClosed'] : [];
    expect(transitionIncident(subject, event, now, { summary })).toStrictEqual(
      expectedResult(from, status, marks),
    );
  });

  // A case that is not Ny but has no triage time (e.g. migrated data) is not marked afterwards:
  // the mark is the moment the case left Ny, and that moment is unknown.
  it('does not set triagedAt on a case that left Ny without it', () => {
    const subject: TransitionSubject = { status: S.Triaged, triagedAt: null, assessedAt: null };
    expect(transitionIncident(subject, E.StartMeasures, now)).toStrictEqual(
      expectedResult(S.Triaged, S.Measures, ['assessedAt']),
    );
  });

  it('does not set triagedAt twice on a Ny case that already has it', () => {
    const subject: TransitionSubject = { status: S.New, triagedAt: reportedAt, assessedAt: null };
    expect(transitionIncident(subject, E.Triage, now)).toStrictEqual(expectedResult(S.New, S.Triaged, []));
  });

  it('walks a whole case: each mark keeps its first time, the close its last', () => {
    const steps: readonly [IncidentEvent, string][] = [
      [E.Triage, '2026-03-02T09:00:00Z'],
      [E.StartAssessment, '2026-03-02T10:00:00Z'],
      [E.MakeDormant, '2026-03-03T10:00:00Z'],
      [E.Resume, '2026-03-04T10:00:00Z'],
      [E.StartMeasures, '2026-03-05T10:00:00Z'],
      [E.StartFollowUp, '2026-03-06T10:00:00Z'],
      [E.StartMeasures, '2026-03-07T10:00:00Z'],
      [E.Close, '2026-03-08T10:00:00Z'],
      [E.Reopen, '2026-04-01T10:00:00Z'],
      [E.StartAssessment, '2026-04-02T10:00:00Z'],
      [E.StartFollowUp, '2026-04-03T10:00:00Z'],
      [E.Close, '2026-04-04T10:00:00Z'],
    ];
    let subject: TransitionSubject = { status: S.New, triagedAt: null, assessedAt: null };
    let closedAt: Date | null = null;
    const statuses: IncidentStatus[] = [];
    for (const [event, time] of steps) {
      const result = transitionIncident(subject, event, at(time), { summary });
      if (!result.ok) throw new Error(`${subject.status} + ${event} was refused`);
      subject = {
        status: result.status,
        triagedAt: result.triagedAt ?? subject.triagedAt,
        assessedAt: result.assessedAt ?? subject.assessedAt,
      };
      closedAt = result.closedAt ?? closedAt;
      statuses.push(result.status);
    }
    expect(statuses).toEqual([
      S.Triaged,
      S.Assessing,
      S.Dormant,
      S.Assessing,
      S.Measures,
      S.FollowUp,
      S.Measures,
      S.Closed,
      S.Reopened,
      S.Assessing,
      S.FollowUp,
      S.Closed,
    ]);
    expect(subject).toEqual({
      status: S.Closed,
      triagedAt: at('2026-03-02T09:00:00Z'),
      assessedAt: at('2026-03-05T10:00:00Z'),
    });
    expect(closedAt).toEqual(at('2026-04-04T10:00:00Z'));
  });
});

describe('plainStatus: what the reporter and the targeted person see', () => {
  it.each<[IncidentStatus, PlainStatus]>([
    [S.New, PlainStatus.Received],
    [S.Triaged, PlainStatus.InProgress],
    [S.Assessing, PlainStatus.InProgress],
    [S.Measures, PlainStatus.MeasuresOngoing],
    [S.FollowUp, PlainStatus.FollowUp],
    [S.Closed, PlainStatus.Closed],
    [S.Dormant, PlainStatus.OnHold],
    [S.Reopened, PlainStatus.InProgress],
  ])('%s → %s', (status, expected) => {
    expect(plainStatus(status)).toBe(expected);
  });

  it('has a row above for every status', () => {
    expect(incidentStatuses).toHaveLength(8);
  });
});

describe('isOpenStatus', () => {
  it.each<[IncidentStatus, boolean]>([
    [S.New, true],
    [S.Triaged, true],
    [S.Assessing, true],
    [S.Measures, true],
    [S.FollowUp, true],
    [S.Closed, false],
    [S.Dormant, true],
    [S.Reopened, true],
  ])('%s → %s', (status, expected) => {
    expect(isOpenStatus(status)).toBe(expected);
  });
});
