import { and, asc, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { extractText } from 'unpdf';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  defaultTemplate,
  type ComplexityLevel,
  type MatrixCell,
  type RiskLevel,
  type Step3Answer,
} from '@varn/domain';
import {
  assessmentHistorySchema,
  assessmentListSchema,
  assessmentSchema,
  errorBodySchema,
  matterDetailSchema,
  measureSchema,
  type Assessment,
} from '@varn/contracts';
import {
  assessMatter,
  buildTestApp,
  createCaseOrganisation,
  createMatterVia,
  createTestDatabase,
  meetingWithAgenda,
  raceBeforeCommit,
  step2Answers,
  step3Answers,
  testClock,
  type TestClient,
} from '../../../test/helpers';
import { assessments, auditEvents, measures } from '../../db/schema';

/**
 * Assessments through the API (issue 4 §3, §4, §6): scores and reasons of steps 2 and 3, the
 * matrix cell and its measures, drafts and their revision, locking and signing, reassessment
 * history, measures that become tracked measures of the matter, and the PDF export. Who may call
 * which route is in test/access.routes.test.ts; here the behaviour.
 */

const database = await createTestDatabase();
/** Friday 27 November 2026, 10:00 in Sweden. */
const start = new Date('2026-11-27T09:00:00.000Z');
const clock = testClock(start);
const app = await buildTestApp(database, { clock });
beforeEach(() => clock.set(start));
const ekby = await createCaseOrganisation(database, app, 'Ekby kommun');
const grannby = await createCaseOrganisation(database, app, 'Grannby kommun');

function errorOf(response: LightMyRequestResponse) {
  return errorBodySchema.parse(response.json()).error;
}

/** The audit trail of one record: what, by whom, in order. */
const auditOf = (recordId: string) =>
  database.db
    .select({ action: auditEvents.action, actorUserId: auditEvents.actorUserId })
    .from(auditEvents)
    .where(eq(auditEvents.recordId, recordId))
    .orderBy(asc(auditEvents.id));

const newMatter = (title = 'Nedläggning av Åby skola') =>
  createMatterVia(ekby.officer, {
    title,
    diaryNumber: 'BUN 2026/0042',
    body: 'Barn- och utbildningsnämnden',
  });

async function startDraft(matterId: string, client: TestClient = ekby.officer): Promise<Assessment> {
  const response = await client.post('/api/assessments', { matterId });
  expect(response.statusCode, response.body).toBe(201);
  return assessmentSchema.parse(response.json());
}

const participants = [
  { name: 'Sara Säkerhet', function: 'security' },
  { name: 'Kim Kommunikation', function: 'communications' },
  { name: 'Nils Nämnd', function: 'committee' },
] as const;

async function save(
  draft: Assessment,
  body: Partial<Record<'participants' | 'step2Answers' | 'step3Answers', unknown>>,
) {
  return await ekby.officer.put(`/api/assessments/${draft.id}`, {
    revision: draft.revision,
    participants: draft.participants,
    step2Answers: draft.step2Answers,
    step3Answers: draft.step3Answers,
    ...body,
  });
}

describe('step 2: the level and why', () => {
  it.each<{
    label: string;
    answers: Partial<Record<string, RiskLevel>>;
    /** The answer of every statement not named. */
    fallback?: RiskLevel;
    level: RiskLevel;
    reasons: { kind: string; value: number; statementIds: string[] }[];
    recommendStep3: boolean;
  }>([
    { label: 'everything low', answers: {}, level: 'low', reasons: [], recommendStep3: false },
    {
      label: 'one statement high (A1): moderate, and step 3 because it is A1',
      answers: { A1: 'high' },
      level: 'moderate',
      reasons: [{ kind: 'count_at_least', value: 1, statementIds: ['A1'] }],
      recommendStep3: true,
    },
    {
      label: 'one statement high (B2): moderate, no step 3',
      answers: { B2: 'high' },
      level: 'moderate',
      reasons: [{ kind: 'count_at_least', value: 1, statementIds: ['B2'] }],
      recommendStep3: false,
    },
    {
      label: 'four moderate: the sum reaches 4',
      answers: { A1: 'moderate', A2: 'moderate', A3: 'moderate', B1: 'moderate' },
      level: 'moderate',
      reasons: [{ kind: 'sum_at_least', value: 4, statementIds: ['A1', 'A2', 'A3', 'B1'] }],
      recommendStep3: false,
    },
    {
      label: 'two high (A1, C1): high',
      answers: { A1: 'high', C1: 'high' },
      level: 'high',
      reasons: [{ kind: 'count_at_least', value: 2, statementIds: ['A1', 'C1'] }],
      recommendStep3: true,
    },
    {
      label: 'one high and the rest moderate: the sum reaches 9, so high',
      answers: { B3: 'high' },
      fallback: 'moderate',
      level: 'high',
      reasons: [
        { kind: 'sum_at_least', value: 9, statementIds: ['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'C1', 'C2'] },
      ],
      recommendStep3: true,
    },
  ])('$label', async ({ answers, fallback, level, reasons, recommendStep3 }) => {
    const finished = await assessMatter(ekby.officer, await newMatter(), {
      step2: step2Answers(answers, fallback ?? 'low'),
    });
    const step2 = finished.result?.step2;
    expect(step2?.level).toBe(level);
    expect(
      step2?.reasons.map((reason) => ({
        kind: reason.condition.kind,
        value: reason.value,
        statementIds: reason.statementIds,
      })),
    ).toEqual(reasons);
    expect(step2?.recommendStep3).toBe(recommendStep3);
    expect(finished.result?.step3).toBeNull();
  });

  it('explains the reasons in Swedish and English', async () => {
    const finished = await assessMatter(ekby.officer, await newMatter(), {
      step2: step2Answers({ A1: 'high', C1: 'high' }),
    });
    expect(finished.result?.step2.reasons[0]?.text).toEqual({
      sv: '2 påståenden bedömda som hög (gräns 2): A1, C1.',
      en: '2 statements answered high (threshold 2): A1, C1.',
    });
    expect(finished.result?.step2.step3Reasons.map((reason) => reason.text.sv)).toEqual([
      'Nivån är hög eller högre.',
      'Nivån är måttlig eller högre, och A1, C1 är bedömt som hög.',
    ]);
  });
});

describe('step 3: conflict, complexity and the matrix cell', () => {
  const conflict = {
    low: {},
    moderate: { K1: 'fully', K2: 'partly' },
    high: { K4: 'fully' },
  } satisfies Record<RiskLevel, Partial<Record<string, Step3Answer>>>;
  const complexity = {
    simple_or_complicated: { X1: 'partly' },
    complex: { X1: 'fully', X2: 'fully' },
    very_complex: { X1: 'fully', X2: 'fully', X3: 'fully', X4: 'fully' },
  } satisfies Record<ComplexityLevel, Partial<Record<string, Step3Answer>>>;

  it.each<[RiskLevel, ComplexityLevel, MatrixCell, { from: number; to: number }]>([
    ['low', 'simple_or_complicated', 'A', { from: 1, to: 3 }],
    ['high', 'simple_or_complicated', 'C', { from: 7, to: 9 }],
    ['moderate', 'complex', 'E', { from: 4, to: 6 }],
    ['low', 'very_complex', 'G', { from: 1, to: 3 }],
    ['high', 'very_complex', 'I', { from: 7, to: 9 }],
  ])('conflict %s and complexity %s → cell %s', async (conflictLevel, complexityLevel, cell, band) => {
    const finished = await assessMatter(ekby.officer, await newMatter(), {
      step2: step2Answers({ A1: 'high', C1: 'high' }),
      step3: step3Answers({ ...conflict[conflictLevel], ...complexity[complexityLevel] }),
    });
    expect(finished.result?.step3).toMatchObject({
      conflict: { level: conflictLevel },
      complexity: { level: complexityLevel },
      cell,
      glaslBand: band,
    });
  });

  it('proposes the measures of the cell from the library, in library order', async () => {
    const finished = await assessMatter(ekby.officer, await newMatter(), {
      step2: step2Answers({ A1: 'high', C1: 'high' }),
      step3: step3Answers({ ...conflict.moderate, ...complexity.complex }),
    });
    expect(finished.result?.proposedMeasureIds).toEqual([
      'inform_early',
      'communication_plan',
      'dialogue',
      'security_review',
      'report_crimes',
      'inform_party_contacts',
    ]);
    expect(finished.measures.proposed.map((measure) => [measure.id, measure.chosen])).toContainEqual([
      'dialogue',
      false,
    ]);
    expect(finished.measures.proposed[0]?.text.sv).toMatch(/^Informera/u);
  });
});

describe('drafts', () => {
  it('start empty on the newest template version, preview the result once step 2 is complete, and list what is missing', async () => {
    const draft = await startDraft(await newMatter());
    expect(draft).toMatchObject({
      status: 'draft',
      revision: 0,
      result: null,
      finishedAt: null,
      finishedBy: null,
    });
    expect(draft.template.version).toBe(1);
    expect(draft.missing.step2).toEqual(['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'C1', 'C2']);
    const partly = await save(draft, {
      step2Answers: { A1: { level: 'high', comment: 'Aktivister har hört av sig.' } },
    });
    expect(partly.statusCode, partly.body).toBe(200);
    const partlySaved = assessmentSchema.parse(partly.json());
    expect(partlySaved).toMatchObject({ revision: 1, result: null });
    expect(partlySaved.step2Answers.A1).toEqual({ level: 'high', comment: 'Aktivister har hört av sig.' });
    expect(partlySaved.missing.step2).toHaveLength(7);
    const complete = await save(partlySaved, { step2Answers: step2Answers({ A1: 'high', C1: 'high' }) });
    const completed = assessmentSchema.parse(complete.json());
    expect(completed.status).toBe('draft');
    expect(completed.result?.step2.level).toBe('high');
    expect(completed.missing).toEqual({
      step2: [],
      step3: ['K1', 'K2', 'K3', 'K4', 'K5', 'X1', 'X2', 'X3', 'X4', 'X5', 'X6'],
    });
  });

  it('are resumed by another security officer, and a save over someone else’s answers 409', async () => {
    const draft = await startDraft(await newMatter());
    const byOther = await ekby.officer2.put(`/api/assessments/${draft.id}`, {
      revision: 0,
      participants,
      step2Answers: {},
      step3Answers: {},
    });
    expect(byOther.statusCode).toBe(200);
    const stale = await save(draft, { participants: [] });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('conflict');
    const read = assessmentSchema.parse((await ekby.officer.get(`/api/assessments/${draft.id}`)).json());
    expect(read.participants).toEqual(participants);
  });

  it('refuse answers to statements the template version does not have (422)', async () => {
    const draft = await startDraft(await newMatter());
    const response = await save(draft, {
      step2Answers: { Z9: { level: 'high' } },
      step3Answers: { A1: { answer: 'fully' } },
    });
    expect(response.statusCode).toBe(422);
    expect(Object.keys(errorOf(response).fields ?? {}).sort()).toEqual([
      'step2Answers.Z9',
      'step3Answers.A1',
    ]);
  });

  it('are one per matter: starting again answers the open draft, and that read of its answers is audited', async () => {
    const matterId = await newMatter();
    const first = await startDraft(matterId);
    expect((await save(first, { participants })).statusCode).toBe(200);
    const again = await ekby.officer2.post('/api/assessments', { matterId });
    expect(again.statusCode).toBe(200);
    const shown = assessmentSchema.parse(again.json());
    expect(shown.id).toBe(first.id);
    expect(shown.participants).toEqual(participants);
    expect(await auditOf(first.id)).toEqual([
      { action: 'assessment.create', actorUserId: ekby.people.officer.id },
      { action: 'assessment.save', actorUserId: ekby.people.officer.id },
      { action: 'assessment.read', actorUserId: ekby.people.officer2.id },
    ]);
  });

  it('started twice at the same moment (a double click) are one draft: 201 and 200 with it', async () => {
    const matterId = await newMatter();
    const open = () => ekby.officer.post('/api/assessments', { matterId });
    const responses = await raceBeforeCommit(database, ekby.id, 2, () => Promise.all([open(), open()]));
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 201]);
    const [a, b] = responses.map((response) => assessmentSchema.parse(response.json()).id);
    expect(a).toBe(b);
    const rows = await database.db
      .select({ id: assessments.id })
      .from(assessments)
      .where(eq(assessments.matterId, matterId));
    expect(rows).toEqual([{ id: a }]);
    expect((await auditOf(a ?? '')).map((event) => event.action)).toEqual([
      'assessment.create',
      'assessment.read',
    ]);
  });

  it('cannot be started for a matter of another organisation (422, the matter is unknown)', async () => {
    const theirs = await createMatterVia(grannby.officer, { title: 'Grannbys ärende' });
    const response = await ekby.officer.post('/api/assessments', { matterId: theirs });
    expect(response.statusCode).toBe(422);
    expect(errorOf(response).fields).toEqual({ matterId: 'Det politiska ärendet finns inte.' });
  });
});

describe('finishing', () => {
  it('needs every step-2 answer, a participant, and step 3 whole or not at all (422 at each field)', async () => {
    const draft = await startDraft(await newMatter());
    const saved = assessmentSchema.parse(
      (
        await save(draft, {
          step2Answers: step2Answers({ A1: 'high' }),
          step3Answers: { K1: { answer: 'fully' } },
        })
      ).json(),
    );
    const { B2: _left, ...withoutB2 } = saved.step2Answers;
    await save(saved, { step2Answers: withoutB2 });
    const response = await ekby.officer.post(`/api/assessments/${draft.id}/finish`, {});
    expect(response.statusCode).toBe(422);
    // Every problem at once, as the web's check before finishing shows them (domain
    // whatFinishWouldRefuse): no participant, B2 unanswered, step 3 begun (K1) but not complete.
    const step3Rest = [
      ...defaultTemplate.step3.conflict.statements,
      ...defaultTemplate.step3.complexity.statements,
    ]
      .map((statement) => statement.id)
      .filter((id) => id !== 'K1');
    expect(errorOf(response).fields).toEqual({
      participants: 'Ange minst en deltagare innan bedömningen avslutas.',
      'step2Answers.B2': 'Besvara påståendet innan bedömningen avslutas.',
      ...Object.fromEntries(
        step3Rest.map((id) => [
          `step3Answers.${id}`,
          'Besvara alla påståenden i steg 3, eller inget av dem.',
        ]),
      ),
    });
    const current = assessmentSchema.parse((await ekby.officer.get(`/api/assessments/${draft.id}`)).json());
    await save(current, { participants, step2Answers: step2Answers() });
    const step3Partly = await ekby.officer.post(`/api/assessments/${draft.id}/finish`, {});
    expect(step3Partly.statusCode).toBe(422);
    expect(errorOf(step3Partly).fields?.['step3Answers.K2']).toBe(
      'Besvara alla påståenden i steg 3, eller inget av dem.',
    );
  });

  it('locks and signs: who and when; every later change answers 409 and changes nothing', async () => {
    const matterId = await newMatter();
    const draft = await startDraft(matterId);
    const saved = assessmentSchema.parse(
      (await save(draft, { participants, step2Answers: step2Answers({ A1: 'high', C1: 'high' }) })).json(),
    );
    clock.advance(60_000);
    const finished = await ekby.officer.post(`/api/assessments/${draft.id}/finish`, {
      revision: saved.revision,
    });
    expect(finished.statusCode, finished.body).toBe(200);
    const signed = assessmentSchema.parse(finished.json());
    expect(signed).toMatchObject({
      status: 'finished',
      finishedAt: new Date(start.getTime() + 60_000).toISOString(),
      finishedBy: { id: ekby.people.officer.id, name: 'Sara Säkerhet' },
    });
    const change = await ekby.officer.put(`/api/assessments/${draft.id}`, {
      revision: signed.revision,
      participants: [],
      step2Answers: step2Answers(),
      step3Answers: {},
    });
    expect(change.statusCode).toBe(409);
    expect(errorOf(change).code).toBe('assessment_locked');
    const again = await ekby.officer.post(`/api/assessments/${draft.id}/finish`, {});
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).code).toBe('assessment_locked');
    const read = assessmentSchema.parse((await ekby.officer.get(`/api/assessments/${draft.id}`)).json());
    expect(read).toEqual(signed);
    const matter = matterDetailSchema.parse((await ekby.secretary.get(`/api/matters/${matterId}`)).json());
    expect(matter.result).toMatchObject({ riskLevel: 'high', cell: null, assessmentInProgress: false });
  });

  it('keeps the matter as it was signed: a later edit of the matter changes neither the assessment nor its PDF', async () => {
    const matterId = await newMatter('Ny skolskjutsorganisation');
    const signed = await assessMatter(ekby.officer, matterId, { step2: step2Answers({ B2: 'high' }) });
    expect(signed.matter).toMatchObject({ title: 'Ny skolskjutsorganisation', diaryNumber: 'BUN 2026/0042' });
    const edited = await ekby.secretary.patch(`/api/matters/${matterId}`, {
      title: 'Skolskjutsar i norra kommundelen',
      diaryNumber: 'BUN 2026/0099',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const read = assessmentSchema.parse((await ekby.officer.get(`/api/assessments/${signed.id}`)).json());
    expect(read.matter).toEqual(signed.matter);
    const pdf = await ekby.officer.get(`/api/assessments/${signed.id}/pdf`);
    const { text } = await extractText(new Uint8Array(pdf.rawPayload), { mergePages: true });
    expect(text).toContain('Ny skolskjutsorganisation');
    expect(text).not.toContain('norra kommundelen');
    // A draft shows the matter as it is now.
    const draft = await startDraft(matterId);
    expect(draft.matter).toMatchObject({
      title: 'Skolskjutsar i norra kommundelen',
      diaryNumber: 'BUN 2026/0099',
    });
  });

  it('refuses a stale revision (409)', async () => {
    const draft = await startDraft(await newMatter());
    await save(draft, { participants, step2Answers: step2Answers() });
    const response = await ekby.officer.post(`/api/assessments/${draft.id}/finish`, { revision: 0 });
    expect(response.statusCode).toBe(409);
    expect(errorOf(response).code).toBe('conflict');
  });
});

describe('reassessment and history', () => {
  it('keeps every assessment of a matter and says what changed, newest first', async () => {
    const matterId = await newMatter('Ny vindkraftspark vid Ekbacken');
    const first = await assessMatter(ekby.officer, matterId, {
      step2: step2Answers({ B2: 'moderate' }),
      step3: step3Answers(),
    });
    clock.advance(7 * 24 * 3_600_000);
    const second = await ekby.officer.post('/api/assessments', { matterId, copyPrevious: true });
    expect(second.statusCode).toBe(201);
    const copied = assessmentSchema.parse(second.json());
    expect(copied.id).not.toBe(first.id);
    expect(copied.step2Answers).toEqual(first.step2Answers);
    expect(copied.participants).toEqual(first.participants);
    await save(copied, {
      step2Answers: {
        ...copied.step2Answers,
        A1: { level: 'high', comment: null },
        C1: { level: 'high', comment: null },
      },
      step3Answers: step3Answers({ K4: 'fully', X1: 'fully', X2: 'fully' }),
    });
    clock.advance(60_000);
    expect((await ekby.officer.post(`/api/assessments/${copied.id}/finish`, {})).statusCode).toBe(200);
    const third = await startDraft(matterId);

    const response = await ekby.officer.get(`/api/matters/${matterId}/assessments`);
    expect(response.statusCode).toBe(200);
    const history = assessmentHistorySchema.parse(response.json());
    expect(history.assessments.map((entry) => [entry.id, entry.status, entry.riskLevel, entry.cell])).toEqual(
      [
        [third.id, 'draft', null, null],
        [copied.id, 'finished', 'high', 'F'],
        [first.id, 'finished', 'low', 'A'],
      ],
    );
    expect(history.assessments[0]?.changes).toBeNull();
    expect(history.assessments[2]?.changes).toBeNull();
    expect(history.assessments[1]?.changes).toEqual({
      riskLevel: { from: 'low', to: 'high' },
      conflictLevel: { from: 'low', to: 'high' },
      complexityLevel: { from: 'simple_or_complicated', to: 'complex' },
      cell: { from: 'A', to: 'F' },
      templateVersion: null,
      answers: [
        { statementId: 'A1', from: 'low', to: 'high' },
        { statementId: 'C1', from: 'low', to: 'high' },
        { statementId: 'K4', from: 'does_not_apply', to: 'fully' },
        { statementId: 'X1', from: 'does_not_apply', to: 'fully' },
        { statementId: 'X2', from: 'does_not_apply', to: 'fully' },
      ],
    });
    // The official reads the matter's level on the agenda of a public meeting (ADR 017).
    await meetingWithAgenda(database, ekby.id, [matterId]);
    const matter = matterDetailSchema.parse((await ekby.official.get(`/api/matters/${matterId}`)).json());
    expect(matter.result).toMatchObject({ riskLevel: 'high', cell: 'F', assessmentInProgress: true });
  });

  it('lists drafts to resume for the security unit', async () => {
    const draft = await startDraft(await newMatter('Flytt av vårdcentralen'));
    const list = assessmentListSchema.parse((await ekby.officer.get('/api/assessments?status=draft')).json());
    expect(list.assessments.map((entry) => entry.id)).toContain(draft.id);
    expect(list.assessments.every((entry) => entry.status === 'draft')).toBe(true);
    expect(list.assessments.find((entry) => entry.id === draft.id)?.matter.title).toBe(
      'Flytt av vårdcentralen',
    );
  });
});

describe('measures', () => {
  async function finishedInCell(title: string): Promise<{ matterId: string; assessment: Assessment }> {
    const matterId = await newMatter(title);
    const assessment = await assessMatter(ekby.officer, matterId, {
      step2: step2Answers({ A1: 'high', C1: 'high' }),
      step3: step3Answers({ K4: 'fully', X1: 'fully', X2: 'fully', X3: 'fully', X4: 'fully' }),
    });
    return { matterId, assessment };
  }

  it('chosen from the library become tracked measures of the matter, with owner and due date', async () => {
    const { matterId, assessment } = await finishedInCell('Stängning av badhuset');
    expect(assessment.result?.step3?.cell).toBe('I');
    const response = await ekby.officer.post(`/api/assessments/${assessment.id}/measures`, {
      measures: [
        { libraryMeasureId: 'guards', ownerUserId: ekby.people.officer2.id, dueDate: '2026-12-10' },
        { libraryMeasureId: 'dialogue', description: 'Dialogmöte med föräldrarna i Åby' },
      ],
    });
    expect(response.statusCode, response.body).toBe(201);
    const updated = assessmentSchema.parse(response.json());
    expect(
      updated.measures.chosen.map(({ libraryMeasureId, measure }) => ({
        libraryMeasureId,
        description: measure.description,
        owner: measure.owner?.name ?? null,
        dueDate: measure.dueDate,
        status: measure.status,
      })),
    ).toEqual([
      {
        libraryMeasureId: 'dialogue',
        description: 'Dialogmöte med föräldrarna i Åby',
        owner: null,
        dueDate: null,
        status: 'planned',
      },
      {
        libraryMeasureId: 'guards',
        description: 'Ha ordningsvakter och säkerhetspersonal på plats vid mötet.',
        owner: 'Sven Skydd',
        dueDate: '2026-12-10',
        status: 'planned',
      },
    ]);
    expect(updated.measures.proposed.find((measure) => measure.id === 'guards')?.chosen).toBe(true);
    const stored = await database.db
      .select({ subjectType: measures.subjectType, subjectId: measures.subjectId })
      .from(measures)
      .where(and(eq(measures.organisationId, ekby.id), eq(measures.subjectId, matterId)));
    expect(stored).toEqual([
      { subjectType: 'matter', subjectId: matterId },
      { subjectType: 'matter', subjectId: matterId },
    ]);

    // Officials and party contacts see the measures and the level of a matter on the agenda of a
    // public meeting (ADR 017); secretaries the level only.
    await meetingWithAgenda(database, ekby.id, [matterId]);
    for (const client of [ekby.official, ekby.contactM, ekby.officer]) {
      const matter = matterDetailSchema.parse((await client.get(`/api/matters/${matterId}`)).json());
      expect(matter.measures?.map((measure) => measure.description)).toHaveLength(2);
      expect(matter.result).toMatchObject({ riskLevel: 'high', cell: 'I' });
      expect(Object.keys(matter)).not.toContain('step2Answers');
    }
    const forSecretary = matterDetailSchema.parse(
      (await ekby.secretary.get(`/api/matters/${matterId}`)).json(),
    );
    expect(forSecretary.measures).toBeNull();
    expect(forSecretary.result.riskLevel).toBe('high');

    // The security unit follows them up.
    const measureId = updated.measures.chosen[1]?.measure.id ?? '';
    const done = await ekby.officer.patch(`/api/matters/${matterId}/measures/${measureId}`, {
      status: 'done',
    });
    expect(done.statusCode).toBe(200);
    expect(measureSchema.parse(done.json())).toMatchObject({ status: 'done' });
    expect(
      (await ekby.official.patch(`/api/matters/${matterId}/measures/${measureId}`, { status: 'planned' }))
        .statusCode,
    ).toBe(404);
  });

  it('refuses a measure twice, one not in the library, and a draft', async () => {
    const { assessment } = await finishedInCell('Ny detaljplan för Hamnen');
    const first = await ekby.officer.post(`/api/assessments/${assessment.id}/measures`, {
      measures: [{ libraryMeasureId: 'guards' }],
    });
    expect(first.statusCode).toBe(201);
    const twice = await ekby.officer.post(`/api/assessments/${assessment.id}/measures`, {
      measures: [
        { libraryMeasureId: 'inform_early' },
        { libraryMeasureId: 'guards' },
        { libraryMeasureId: 'moat' },
      ],
    });
    expect(twice.statusCode).toBe(422);
    expect(errorOf(twice).fields).toEqual({
      'measures.1.libraryMeasureId': 'Åtgärden är redan vald i bedömningen.',
      'measures.2.libraryMeasureId': 'Åtgärden finns inte i mallens åtgärdsbibliotek.',
    });
    const draft = await startDraft(await newMatter());
    const onDraft = await ekby.officer.post(`/api/assessments/${draft.id}/measures`, {
      measures: [{ libraryMeasureId: 'guards' }],
    });
    expect(onDraft.statusCode).toBe(409);
    expect(errorOf(onDraft).code).toBe('assessment_not_finished');
  });

  it('are chosen on the latest finished assessment only: one a reassessment replaced stays as it was signed', async () => {
    const matterId = await newMatter('Flytt av biblioteket');
    const first = await assessMatter(ekby.officer, matterId, { step2: step2Answers({ A3: 'high' }) });
    expect(first.superseded).toBe(false);
    clock.advance(24 * 3_600_000);
    const second = await assessMatter(ekby.officer, matterId, { step2: step2Answers({ A3: 'moderate' }) });
    const old = assessmentSchema.parse((await ekby.officer.get(`/api/assessments/${first.id}`)).json());
    expect(old.superseded).toBe(true);
    expect(second.superseded).toBe(false);
    const refused = await ekby.officer.post(`/api/assessments/${first.id}/measures`, {
      measures: [{ libraryMeasureId: 'inform_early' }],
    });
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused).code).toBe('assessment_superseded');
    expect(
      (
        await ekby.officer.post(`/api/assessments/${second.id}/measures`, {
          measures: [{ libraryMeasureId: 'inform_early' }],
        })
      ).statusCode,
    ).toBe(201);
  });

  it('refuses an owner who is not an active security officer', async () => {
    const { assessment } = await finishedInCell('Ny förskola');
    const response = await ekby.officer.post(`/api/assessments/${assessment.id}/measures`, {
      measures: [{ libraryMeasureId: 'guards', ownerUserId: ekby.people.official.id }],
    });
    expect(response.statusCode).toBe(422);
    expect(Object.keys(errorOf(response).fields ?? {})).toEqual(['ownerUserId']);
  });
});

describe('the PDF export', () => {
  it('is a PDF with the organisation, the matter, participants, answers, result, matrix, measures and template version', async () => {
    const matterId = await newMatter('Nedläggning av Åby skola och ändrade skolskjutsar');
    const assessment = await assessMatter(ekby.officer, matterId, {
      step2: step2Answers({ A1: 'high', C1: 'high' }),
      step3: step3Answers({ K1: 'fully', K2: 'partly', X1: 'fully', X2: 'fully' }),
      participants: [...participants],
    });
    await ekby.officer.post(`/api/assessments/${assessment.id}/measures`, {
      measures: [{ libraryMeasureId: 'dialogue', dueDate: '2026-12-18' }],
    });
    const response = await ekby.officer.get(`/api/assessments/${assessment.id}/pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="Riskbedomning BUN 2026-0042 2026-11-27\.pdf"/u,
    );
    const bytes = response.rawPayload;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text } = await extractText(new Uint8Array(bytes), { mergePages: true });
    const flat = text.replace(/\s+/gu, ' ');
    for (const expected of [
      'Ekby kommun',
      'Nedläggning av Åby skola och ändrade skolskjutsar',
      'BUN 2026/0042',
      'Riskguide, standardmall, version 1',
      'Nils Nämnd (Nämnden)',
      'Grupper eller personer som tidigare har förknippats med hat',
      '2 påståenden bedömda som hög (gräns 2): A1, C1.',
      'Markerad ruta: E',
      'Glasls trappa, steg 4–6',
      'Håll dialog eller samråd med de grupper som berörs.',
      'Avslutad och signerad',
      'Sara Säkerhet',
    ])
      expect(flat).toContain(expected);
  });

  it('is in the language of the caller', async () => {
    const assessment = await assessMatter(ekby.officer, await newMatter(), { step2: step2Answers() });
    expect((await ekby.officer2.patch('/api/me', { language: 'en' })).statusCode).toBe(200);
    const response = await ekby.officer2.get(`/api/assessments/${assessment.id}/pdf`);
    await ekby.officer2.patch('/api/me', { language: 'sv' });
    expect(response.statusCode).toBe(200);
    const { text } = await extractText(new Uint8Array(response.rawPayload), { mergePages: true });
    expect(text.replace(/\s+/gu, ' ')).toContain('Risk assessment of a matter');
  });

  it('is only for finished assessments (409), and is audited', async () => {
    const draft = await startDraft(await newMatter());
    const response = await ekby.officer.get(`/api/assessments/${draft.id}/pdf`);
    expect(response.statusCode).toBe(409);
    expect(errorOf(response).code).toBe('assessment_not_finished');
    const assessment = await assessMatter(ekby.officer, await newMatter(), { step2: step2Answers() });
    await ekby.officer.get(`/api/assessments/${assessment.id}/pdf`);
    const events = await database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, assessment.id), eq(auditEvents.action, 'assessment.export')));
    expect(events).toHaveLength(1);
  });
});

describe('audit', () => {
  it('records every read of an assessment and of a history', async () => {
    const matterId = await newMatter();
    const assessment = await assessMatter(ekby.officer, matterId, { step2: step2Answers() });
    await ekby.officer.get(`/api/assessments/${assessment.id}`);
    await ekby.officer.get(`/api/matters/${matterId}/assessments`);
    const actions = await database.db
      .select({ action: auditEvents.action, recordId: auditEvents.recordId })
      .from(auditEvents)
      .where(eq(auditEvents.organisationId, ekby.id));
    expect(actions).toContainEqual({ action: 'assessment.read', recordId: assessment.id });
    expect(actions).toContainEqual({ action: 'assessment.history', recordId: matterId });
    expect(actions).toContainEqual({ action: 'assessment.finish', recordId: assessment.id });
  });
});
