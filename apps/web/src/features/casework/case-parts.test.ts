import { describe, expect, it } from 'vitest';
import type { Measure, PoliceReport, UnitIncidentDetail } from '@varn/contracts';
import { caseDeadlines, CasePart, partsNeedingAction } from './case-parts';

type Case = Parameters<typeof partsNeedingAction>[0];

const handler = { id: '00000000-0000-4000-8000-000000000001', name: 'Sara Säkerhet' };
const base: Case = {
  status: 'assessing',
  handler,
  measures: [],
  workEnvironment: {
    required: false,
    deadline: null,
    reportedAt: null,
    reportedBy: null,
    kiaReference: null,
  },
  policeReport: null,
  policeReportRecommended: false,
};

let measureCount = 0;
const measure = (values: Partial<Measure>): Measure => ({
  id: `00000000-0000-4000-8000-${String((measureCount += 1)).padStart(12, '0')}`,
  type: 'advice',
  description: '',
  owner: null,
  dueDate: null,
  status: 'planned',
  overdue: false,
  createdAt: '2026-11-01T09:00:00.000Z',
  completedAt: null,
  visibleToPerson: false,
  ...values,
});

const police = (values: Partial<PoliceReport>): UnitIncidentDetail['policeReport'] => ({
  id: '00000000-0000-4000-8000-0000000000aa',
  reportNumber: '5000-K1-26',
  reportedOn: '2026-11-02',
  electedRoleStated: true,
  protectionRequested: true,
  personConsented: false,
  investigatorContact: null,
  status: 'under_investigation',
  statusChangedAt: '2026-11-02T09:00:00.000Z',
  reminderDue: false,
  updateDueAt: '2026-12-02T09:00:00.000Z',
  reminderDays: 30,
  history: [],
  linkedIncidents: [],
  ...values,
});

const keysOf = (incident: Case) =>
  Object.fromEntries(Object.entries(partsNeedingAction(incident)).map(([part, note]) => [part, note.key]));

describe('partsNeedingAction', () => {
  it.each<[string, Partial<Case>, Record<string, string>]>([
    ['a case in hand needs nothing', {}, {}],
    [
      'a new case is read, triaged and checked for related cases',
      { status: 'new', handler: null },
      {
        [CasePart.Report]: 'casework.parts.needs.read',
        [CasePart.Triage]: 'casework.parts.needs.triage',
        [CasePart.Related]: 'casework.parts.needs.related',
      },
    ],
    [
      'a reopened case is triaged again',
      { status: 'reopened' },
      { [CasePart.Triage]: 'casework.parts.needs.reopened' },
    ],
    [
      'a case without a handler gets one',
      { handler: null },
      { [CasePart.Triage]: 'casework.parts.needs.handler' },
    ],
    [
      'a recommended police report is made',
      { policeReportRecommended: true },
      { [CasePart.Police]: 'casework.parts.needs.policeRecommended' },
    ],
    [
      'a stalled police report is followed up',
      { policeReport: police({ reminderDue: true }) },
      { [CasePart.Police]: 'casework.parts.needs.policeReminder' },
    ],
    [
      'a police report in time needs nothing',
      { policeReport: police({}), policeReportRecommended: true },
      {},
    ],
    [
      'a due report to Arbetsmiljöverket is made',
      {
        workEnvironment: { ...base.workEnvironment, required: true, deadline: '2026-11-27T22:59:59.999Z' },
      },
      { [CasePart.WorkEnvironment]: 'casework.parts.needs.workEnvironment' },
    ],
    [
      'a closed case needs nothing, whatever it lacks',
      {
        status: 'closed',
        handler: null,
        policeReportRecommended: true,
        measures: [measure({ overdue: true })],
      },
      {},
    ],
  ])('%s', (_label, values, expected) => {
    expect(keysOf({ ...base, ...values })).toEqual(expected);
  });

  it('counts the overdue measures', () => {
    const notes = partsNeedingAction({
      ...base,
      measures: [measure({ overdue: true }), measure({ overdue: true }), measure({})],
    });
    expect(notes[CasePart.Measures]).toEqual({ key: 'casework.parts.needs.overdue', n: 2 });
  });
});

describe('caseDeadlines', () => {
  const now = new Date('2026-11-27T12:00:00.000Z');

  it('has none for a case without any', () => {
    expect(caseDeadlines(base, now)).toEqual([]);
  });

  it('gives the report to Arbetsmiljöverket, the next open measure and the police update', () => {
    const deadlines = caseDeadlines(
      {
        ...base,
        workEnvironment: { ...base.workEnvironment, required: true, deadline: '2026-11-27T22:59:59.999Z' },
        measures: [
          measure({ dueDate: '2026-12-10' }),
          measure({ dueDate: '2026-11-20', status: 'done' }),
          measure({ dueDate: '2026-12-03', type: 'support_talk' }),
          measure({ dueDate: null }),
        ],
        policeReport: police({}),
      },
      now,
    );
    expect(deadlines).toEqual([
      { kind: 'work_environment', at: '2026-11-27T22:59:59.999Z', done: false, passed: false },
      { kind: 'measure', date: '2026-12-03', type: 'support_talk', passed: false },
      { kind: 'police', at: '2026-12-02T09:00:00.000Z', passed: false },
    ]);
  });

  it('says what has passed, and a report already made', () => {
    expect(
      caseDeadlines(
        {
          ...base,
          workEnvironment: {
            ...base.workEnvironment,
            required: true,
            deadline: '2026-11-26T22:59:59.999Z',
            reportedAt: '2026-11-26T15:00:00.000Z',
          },
          measures: [measure({ dueDate: '2026-11-25', overdue: true })],
          policeReport: police({ reminderDue: true, updateDueAt: '2026-11-20T09:00:00.000Z' }),
        },
        now,
      ),
    ).toEqual([
      { kind: 'work_environment', at: '2026-11-26T15:00:00.000Z', done: true, passed: false },
      { kind: 'measure', date: '2026-11-25', type: 'advice', passed: true },
      { kind: 'police', at: '2026-11-20T09:00:00.000Z', passed: true },
    ]);
    expect(
      caseDeadlines(
        {
          ...base,
          workEnvironment: { ...base.workEnvironment, required: true, deadline: '2026-11-26T22:59:59.999Z' },
        },
        now,
      )[0],
    ).toMatchObject({ done: false, passed: true });
  });

  it('has no police date when nothing is awaited from the police', () => {
    expect(
      caseDeadlines({ ...base, policeReport: police({ status: 'closed', updateDueAt: null }) }, now),
    ).toEqual([]);
  });
});
