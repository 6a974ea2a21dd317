import {
  AssessmentStatus,
  MeasureStatus,
  MeasureType,
  swedishDate,
  type ParticipantFunction,
  type RiskLevel,
  type Step3Answer,
} from '@varn/domain';
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { agendaItems, assessments, matters, meetings, screeningRows } from '../db/schema';
import { insertMeasure } from '../modules/measures/measures.repository';
import { scoreAnswers, type AssessmentAnswers } from '../modules/riskguide/assessment-result';
import { insertAssessment, insertAssessmentMeasure } from '../modules/riskguide/assessments.repository';
import { insertMatters, type MatterRow } from '../modules/riskguide/matters.repository';
import { insertScreening, insertScreeningRows } from '../modules/riskguide/screenings.repository';
import { loadCurrentTemplate, type LoadedTemplate } from '../modules/riskguide/templates.service';

/**
 * Riskguide in the demo (issue 4 "Done when"): matters of Exempelkommun with finished assessments
 * in several cells of the matrix (A, C, E, F, G, I), one reassessed, measures chosen and tracked,
 * and a screening of the coming council meeting with two matters sent on to step 2. Deterministic:
 * the same demo every time, dated relative to the seed's `now`.
 */

const day = 24 * 60 * 60 * 1000;

/** Step-2 answers: low unless named. */
const step2 = (levels: Partial<Record<string, RiskLevel>> = {}): AssessmentAnswers['step2Answers'] =>
  Object.fromEntries(
    ['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'C1', 'C2'].map((id) => [
      id,
      { level: levels[id] ?? 'low', comment: null },
    ]),
  );

/** Step-3 answers: "does not apply" unless named. */
const step3 = (answers: Partial<Record<string, Step3Answer>> = {}): AssessmentAnswers['step3Answers'] =>
  Object.fromEntries(
    ['K1', 'K2', 'K3', 'K4', 'K5', 'X1', 'X2', 'X3', 'X4', 'X5', 'X6'].map((id) => [
      id,
      { answer: answers[id] ?? 'does_not_apply', comment: null },
    ]),
  );

interface DemoAssessment {
  /** Days before `now` the assessment was finished. */
  readonly daysAgo: number;
  readonly answers: AssessmentAnswers;
  /** Library measures chosen, with their due date in days from `now`. */
  readonly measures?: readonly { readonly id: string; readonly dueInDays: number; readonly done?: boolean }[];
}

interface DemoMatter {
  readonly title: string;
  readonly diaryNumber: string;
  readonly body: string;
  /** Days from `now` to the decision (negative: decided). */
  readonly decisionInDays: number;
  readonly description: string;
  readonly assessments: readonly DemoAssessment[];
}

const participants: readonly { name: string; function: ParticipantFunction }[] = [
  { name: 'Sara Säkerhet', function: 'security' },
  { name: 'Karin Kommunikatör', function: 'communications' },
  { name: 'Nämndsekreterare Sofia', function: 'committee' },
];

const demoMatters: readonly DemoMatter[] = [
  {
    title: 'Ny översiktsplan för Exempelkommun 2040',
    diaryNumber: 'KS 2026/0101',
    body: 'Kommunfullmäktige',
    decisionInDays: 40,
    description: 'Samrådsförslag till ny översiktsplan.',
    // A: low conflict, simple or complicated.
    assessments: [
      {
        daysAgo: 20,
        answers: { step2Answers: step2({ B2: 'moderate' }), step3Answers: step3({ X1: 'partly' }) },
      },
    ],
  },
  {
    title: 'Ny taxa för parkering i centrum',
    diaryNumber: 'TN 2026/0033',
    body: 'Tekniska nämnden',
    decisionInDays: 12,
    description: 'Höjd timtaxa och avgift för boendeparkering.',
    // C: high conflict (the sum), simple or complicated.
    assessments: [
      {
        daysAgo: 9,
        answers: {
          step2Answers: step2({ A3: 'high', B2: 'high' }),
          step3Answers: step3({ K1: 'fully', K2: 'fully', K3: 'fully' }),
        },
        measures: [{ id: 'communication_plan', dueInDays: 5 }],
      },
    ],
  },
  {
    title: 'Ändrad skolskjutsorganisation i norra kommundelen',
    diaryNumber: 'BUN 2026/0045',
    body: 'Barn- och utbildningsnämnden',
    decisionInDays: 21,
    description: 'Färre hållplatser och längre restider för elever i Norrby och Västerby.',
    // E: moderate conflict, complex.
    assessments: [
      {
        daysAgo: 14,
        answers: {
          step2Answers: step2({ A2: 'high', B2: 'moderate', C2: 'moderate' }),
          step3Answers: step3({ K1: 'fully', K2: 'partly', X1: 'fully', X3: 'fully' }),
        },
        measures: [
          { id: 'inform_early', dueInDays: -3, done: true },
          { id: 'dialogue', dueInDays: 10 },
        ],
      },
    ],
  },
  {
    title: 'Detaljplan för vindkraftspark vid Ekåsen',
    diaryNumber: 'BN 2026/0210',
    body: 'Byggnadsnämnden',
    decisionInDays: 33,
    description: 'Detaljplan för sex vindkraftverk.',
    // F: high conflict (K5), complex.
    assessments: [
      {
        daysAgo: 30,
        answers: {
          step2Answers: step2({ A1: 'high', A3: 'high', B1: 'moderate' }),
          step3Answers: step3({ K5: 'fully', X2: 'fully', X5: 'fully' }),
        },
        measures: [
          { id: 'security_review', dueInDays: 25 },
          { id: 'report_crimes', dueInDays: 30 },
        ],
      },
    ],
  },
  {
    title: 'Budget och verksamhetsplan 2027',
    diaryNumber: 'KS 2026/0001',
    body: 'Kommunfullmäktige',
    decisionInDays: -10,
    description: 'Budget med ramar för nämnderna.',
    // G: low conflict, very complex.
    assessments: [
      {
        daysAgo: 45,
        answers: {
          step2Answers: step2({ B2: 'high' }),
          step3Answers: step3({ X1: 'fully', X2: 'fully', X4: 'fully', X6: 'fully' }),
        },
      },
    ],
  },
  {
    title: 'Nedläggning av Norrby skola',
    diaryNumber: 'BUN 2026/0012',
    body: 'Barn- och utbildningsnämnden',
    decisionInDays: 7,
    description: 'Eleverna föreslås flytta till Centralskolan från höstterminen.',
    // Reassessed: E two months ago, I after threats against the committee's chair.
    assessments: [
      {
        daysAgo: 60,
        answers: {
          step2Answers: step2({ A2: 'high', B2: 'moderate', C2: 'moderate' }),
          step3Answers: step3({ K1: 'fully', K2: 'partly', X1: 'fully', X3: 'fully' }),
        },
      },
      {
        daysAgo: 4,
        answers: {
          step2Answers: step2({ A1: 'high', A2: 'high', A3: 'high', C1: 'high', C2: 'moderate' }),
          step3Answers: step3({
            K1: 'fully',
            K2: 'fully',
            K4: 'fully',
            X1: 'fully',
            X3: 'fully',
            X5: 'fully',
            X6: 'fully',
          }),
        },
        measures: [
          { id: 'guards', dueInDays: 6 },
          { id: 'police_consultation', dueInDays: 3 },
          { id: 'support_singled_out', dueInDays: 2 },
          { id: 'inform_party_contacts', dueInDays: 1, done: true },
        ],
      },
    ],
  },
];

/** Seeds the demo's matters, assessments and a screening. Returns the number of finished assessments. */
export async function seedDemoRiskguide(
  tx: Tx,
  organisationId: string,
  people: { officer: string; secretary: string },
  now: Date,
): Promise<number> {
  const template = await loadCurrentTemplate(tx, organisationId, now);
  const at = (days: number): Date => new Date(now.getTime() + days * day);
  const dateIn = (days: number): string => swedishDate(at(days));
  const matterRows = await insertMatters(
    tx,
    demoMatters.map((matter, index) => ({
      organisationId,
      title: matter.title,
      diaryNumber: matter.diaryNumber,
      body: matter.body,
      decisionDate: dateIn(matter.decisionInDays),
      description: matter.description,
      responsibleOfficial: null,
      createdByUserId: people.secretary,
      createdAt: at(-90 + index),
      updatedAt: at(-90 + index),
    })),
  );
  let finished = 0;
  for (const [index, matter] of demoMatters.entries()) {
    const row = matterRows[index];
    if (!row) continue;
    for (const assessment of matter.assessments) {
      await insertFinished(tx, template, row, assessment, people.officer, at);
      finished += 1;
    }
  }
  await seedScreening(tx, template, organisationId, matterRows, people, at);
  return finished;
}

async function insertFinished(
  tx: Tx,
  loaded: LoadedTemplate,
  matter: MatterRow,
  demo: DemoAssessment,
  officer: string,
  at: (days: number) => Date,
): Promise<void> {
  const scored = scoreAnswers(loaded.template, demo.answers);
  if (!scored.ok) throw new Error(`demo assessment of "${matter.title}" does not score`);
  const { result } = scored;
  const finishedAt = at(-demo.daysAgo);
  const row = await insertAssessment(tx, {
    organisationId: matter.organisationId,
    matterId: matter.id,
    templateId: loaded.row.id,
    templateVersion: loaded.row.version,
    status: AssessmentStatus.Finished,
    revision: 3,
    participants,
    ...demo.answers,
    result,
    riskLevel: result.step2.level,
    conflictLevel: result.step3?.conflict.level ?? null,
    complexityLevel: result.step3?.complexity.level ?? null,
    matrixCell: result.step3?.cell ?? null,
    matterSnapshot: {
      title: matter.title,
      diaryNumber: matter.diaryNumber,
      body: matter.body,
      decisionDate: matter.decisionDate,
    },
    createdByUserId: officer,
    finishedByUserId: officer,
    finishedAt,
    // Drafts took from a couple of hours to a few days (a group meeting, a second meeting).
    createdAt: new Date(finishedAt.getTime() - 2 * 60 * 60 * 1000 - (demo.daysAgo % 5) * day),
    updatedAt: finishedAt,
  });
  for (const chosen of demo.measures ?? []) {
    const proposal = loaded.template.measures.find((measure) => measure.id === chosen.id);
    const measure = await insertMeasure(tx, {
      organisationId: matter.organisationId,
      subjectType: 'matter',
      subjectId: matter.id,
      type: MeasureType.Other,
      description: proposal?.text.sv ?? chosen.id,
      ownerUserId: officer,
      dueDate: swedishDate(at(chosen.dueInDays)),
      status: chosen.done ? MeasureStatus.Done : MeasureStatus.Planned,
      createdByUserId: officer,
      now: finishedAt,
    });
    await insertAssessmentMeasure(tx, {
      organisationId: matter.organisationId,
      assessmentId: row.id,
      libraryMeasureId: chosen.id,
      measureId: measure.id,
      now: finishedAt,
    });
  }
}

/** The secretary's screening of the coming council meeting; moderate and high sent on to step 2. */
async function seedScreening(
  tx: Tx,
  loaded: LoadedTemplate,
  organisationId: string,
  existing: readonly MatterRow[],
  people: { officer: string; secretary: string },
  at: (days: number) => Date,
): Promise<void> {
  const screenedAt = at(-2);
  const created = await insertMatters(
    tx,
    [
      {
        title: 'Motion om fler papperskorgar i parkerna',
        diaryNumber: 'KS 2026/0340',
        body: 'Kommunfullmäktige',
      },
      { title: 'Höjda avgifter i äldreomsorgen', diaryNumber: 'SN 2026/0115', body: 'Kommunfullmäktige' },
      { title: 'Ny simhall vid Sjövallen', diaryNumber: 'KS 2026/0288', body: 'Kommunfullmäktige' },
    ].map((matter) => ({
      organisationId,
      ...matter,
      decisionDate: swedishDate(at(17)),
      description: null,
      responsibleOfficial: null,
      createdByUserId: people.secretary,
      createdAt: screenedAt,
      updatedAt: screenedAt,
    })),
  );
  const [plan] = existing;
  const [bins, fees, pool] = created;
  if (!plan || !bins || !fees || !pool) throw new Error('demo matters missing');
  const screening = await insertScreening(tx, {
    organisationId,
    title: 'Kommunfullmäktige, sammanträde om 17 dagar',
    templateId: loaded.row.id,
    screenedByUserId: people.secretary,
    screenedAt,
    createdAt: screenedAt,
  });
  const prompts = (ticked: readonly string[]) =>
    Object.fromEntries(
      loaded.template.step1.prompts.map((prompt) => [prompt.id, ticked.includes(prompt.id)]),
    );
  const rows = [
    { matter: plan, level: 'low', reason: 'Bedömd tidigare, inget nytt.', ticked: [], queued: false },
    { matter: bins, level: 'low', reason: null, ticked: [], queued: false },
    {
      matter: fees,
      level: 'moderate',
      reason: 'Pensionärsföreningar har samlat namn mot höjningen.',
      ticked: ['P3', 'P4'],
      queued: true,
    },
    {
      matter: pool,
      level: 'high',
      reason: 'Mycket diskussion och hotfulla kommentarer om placeringen.',
      ticked: ['P1', 'P3', 'P4'],
      queued: true,
    },
  ] as const;
  await insertScreeningRows(
    tx,
    rows.map((row, position) => ({
      organisationId,
      screeningId: screening.id,
      matterId: row.matter.id,
      position,
      level: row.level,
      reason: row.reason,
      prompts: prompts(row.ticked),
      queuedAt: row.queued ? screenedAt : null,
    })),
  );
  for (const row of rows.filter((entry) => entry.queued)) {
    await insertAssessment(tx, {
      organisationId,
      matterId: row.matter.id,
      templateId: loaded.row.id,
      templateVersion: loaded.row.version,
      status: AssessmentStatus.Draft,
      revision: 0,
      participants: [],
      step2Answers: {},
      step3Answers: {},
      createdByUserId: people.secretary,
      createdAt: screenedAt,
      updatedAt: screenedAt,
    });
  }
}

/** Every fifth matter of the past agendas was decided without a screening: room to improve. */
const unscreenedEvery = 5;

/**
 * The secretary's screenings of the past agendas (issue 12: the lägesbild's "decided matters that
 * went through the Riskguide"): the matters of the meetings held, a month's agendas in one batch,
 * ten days before the month's first meeting, all of them low — the demo's moderate and high
 * matters are the Riskguide's own above. Four of five matters are screened; a matter on several
 * agendas (the committee, then the council) once. Runs after the meetings' seed, whose agendas it
 * reads. Returns the number of matters screened.
 */
export async function seedPastAgendaScreenings(
  tx: Tx,
  organisationId: string,
  secretary: string,
  now: Date,
): Promise<number> {
  const template = await loadCurrentTemplate(tx, organisationId, now);
  const result = await tx.execute<{ matter_id: string; first_meeting: string }>(sql`
    select ${agendaItems.matterId} as matter_id, min(${meetings.startsAt}) as first_meeting
    from ${agendaItems}
    join ${meetings} on ${meetings.id} = ${agendaItems.meetingId}
    join ${matters} on ${matters.id} = ${agendaItems.matterId}
    where ${agendaItems.organisationId} = ${organisationId}
      and ${meetings.status} <> 'cancelled'
      and not exists (select 1 from ${screeningRows} where ${screeningRows.matterId} = ${agendaItems.matterId})
      and not exists (select 1 from ${assessments} where ${assessments.matterId} = ${agendaItems.matterId})
    group by ${agendaItems.matterId}, ${matters.diaryNumber}
    having min(${meetings.startsAt}) < ${now.toISOString()}::timestamptz
    order by min(${meetings.startsAt}), ${matters.diaryNumber}`);
  const batches = new Map<string, { first: Date; matterIds: string[] }>();
  for (const [index, row] of result.rows.entries()) {
    if (index % unscreenedEvery === unscreenedEvery - 1) continue;
    const first = new Date(row.first_meeting);
    const month = swedishDate(first).slice(0, 7);
    const batch = batches.get(month) ?? { first, matterIds: [] };
    batch.matterIds.push(row.matter_id);
    batches.set(month, batch);
  }
  const monthName = new Intl.DateTimeFormat('sv-SE', {
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Stockholm',
  });
  const notTicked = Object.fromEntries(template.template.step1.prompts.map((prompt) => [prompt.id, false]));
  let screened = 0;
  for (const batch of batches.values()) {
    const screenedAt = new Date(batch.first.getTime() - 10 * day);
    const screening = await insertScreening(tx, {
      organisationId,
      title: `Föredragningslistor, ${monthName.format(batch.first)}`,
      templateId: template.row.id,
      screenedByUserId: secretary,
      screenedAt,
      createdAt: screenedAt,
    });
    await insertScreeningRows(
      tx,
      batch.matterIds.map((matterId, position) => ({
        organisationId,
        screeningId: screening.id,
        matterId,
        position,
        level: 'low' as const,
        reason: null,
        prompts: notTicked,
        queuedAt: null,
      })),
    );
    screened += batch.matterIds.length;
  }
  return screened;
}
