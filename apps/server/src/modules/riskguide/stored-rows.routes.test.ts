import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultTemplate } from '@varn/domain';
import {
  assessmentHistorySchema,
  assessmentListSchema,
  assessmentSchema,
  errorBodySchema,
  templateVersionSchema,
} from '@varn/contracts';
import { buildApp, loggerOptions } from '../../app';
import { migrationsFolder } from '../../db/migrate';
import { riskguideTemplates } from '../../db/schema';
import {
  createCaseOrganisation,
  createMatterVia,
  createTestDatabase,
  testClock,
  testConfig,
} from '../../../test/helpers';

/**
 * Rows as the server has written them since migration 0003 — and `matter_snapshot` as migration
 * 0004 backfilled it — inserted as raw SQL with frozen JSON, then read through the API. The JSON is
 * read with its stored shapes (`db/stored-shapes/riskguide.ts`), not with the API's schemas, so
 * these rows must read the same whatever the contracts become. Then what a row that does not match
 * does: the behaviour described here is the one from before stored shapes, kept.
 */

const database = await createTestDatabase();
const clock = testClock(new Date('2026-11-27T09:00:00.000Z'));
const logLines: string[] = [];
const app = await buildApp({
  config: testConfig(),
  db: database.db,
  clock,
  logger: pino(
    loggerOptions('error'),
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString());
        done();
      },
    }),
  ),
});
afterAll(async () => app.close());
await app.ready();
const ekby = await createCaseOrganisation(database, app, 'Ekby kommun');
const grannby = await createCaseOrganisation(database, app, 'Grannby kommun');

/** The organisation's template version 1, as `createOrganisation` seeds it. */
const templateV1 = await database.db
  .select({ id: riskguideTemplates.id })
  .from(riskguideTemplates)
  .where(eq(riskguideTemplates.organisationId, ekby.id))
  .then(([row]) => {
    if (!row) throw new Error('the default template is missing');
    return row;
  });

// — The JSON exactly as the 0003-era code wrote it (commit "Riskguide server (issue 4)") —

const participants = [
  { name: 'Sara Säkerhet', function: 'security' },
  { name: 'Kim Kommunikation', function: 'communications' },
  { name: 'Nils Nämnd', function: 'committee' },
];

/** Step-2 answers of the earlier assessment: every statement low, no comments. */
const allLow = Object.fromEntries(
  ['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'C1', 'C2'].map((id) => [id, { level: 'low', comment: null }]),
);

/** What finishing wrote for all-low answers without step 3. */
const lowResult = {
  step2: { level: 'low', sum: 0, highCount: 0, reasons: [], recommendStep3: false, step3Reasons: [] },
  step3: null,
  proposedMeasureIds: [],
};

const step2Answers = {
  ...allLow,
  A1: { level: 'high', comment: 'Demonstration utanför kommunhuset förra året.' },
  B2: { level: 'moderate', comment: null },
};

const step3Answers = {
  K1: { answer: 'does_not_apply', comment: null },
  K2: { answer: 'does_not_apply', comment: null },
  K3: { answer: 'does_not_apply', comment: null },
  K4: { answer: 'fully', comment: null },
  K5: { answer: 'does_not_apply', comment: null },
  X1: { answer: 'partly', comment: null },
  X2: { answer: 'partly', comment: null },
  X3: { answer: 'fully', comment: null },
  X4: { answer: 'does_not_apply', comment: null },
  X5: { answer: 'does_not_apply', comment: null },
  X6: { answer: 'does_not_apply', comment: null },
};

/** What finishing wrote for these answers on the default template: every kind of condition quoted. */
const result = {
  step2: {
    level: 'moderate',
    sum: 3,
    highCount: 1,
    reasons: [
      {
        level: 'moderate',
        condition: { kind: 'count_at_least', answer: 'high', count: 1 },
        value: 1,
        statementIds: ['A1'],
        text: {
          sv: '1 påståenden bedömda som hög (gräns 1): A1.',
          en: '1 statements answered high (threshold 1): A1.',
        },
      },
    ],
    recommendStep3: true,
    step3Reasons: [
      {
        trigger: {
          minLevel: 'moderate',
          onlyIf: { kind: 'any_of', statementIds: ['A1', 'C1'], answer: 'high' },
        },
        statementIds: ['A1'],
        text: {
          sv: 'Nivån är måttlig eller högre, och A1 är bedömt som hög.',
          en: 'The level is moderate or higher, and A1 is answered high.',
        },
      },
    ],
  },
  step3: {
    conflict: {
      level: 'high',
      sum: 2,
      reasons: [
        {
          level: 'high',
          condition: { kind: 'any_of', statementIds: ['K4', 'K5'], answer: 'fully' },
          value: 1,
          statementIds: ['K4'],
          text: {
            sv: 'Något av K4, K5 är bedömt som stämmer helt: K4.',
            en: 'One of K4, K5 is answered fully: K4.',
          },
        },
      ],
    },
    complexity: {
      level: 'complex',
      sum: 4,
      reasons: [
        {
          level: 'complex',
          condition: { kind: 'sum_at_least', sum: 4 },
          value: 4,
          statementIds: ['X1', 'X2', 'X3'],
          text: { sv: 'Summan är 4 (gräns 4): X1, X2, X3.', en: 'The sum is 4 (threshold 4): X1, X2, X3.' },
        },
      ],
    },
    cell: 'F',
    glaslBand: { from: 7, to: 9 },
  },
  proposedMeasureIds: [
    'inform_early',
    'communication_plan',
    'external_facilitator',
    'security_review',
    'guards',
    'police_consultation',
    'support_singled_out',
    'remove_staff_names',
    'report_crimes',
    'inform_party_contacts',
  ],
};

/** An assessment row as a 0003-era insert or finish left it; `matter_snapshot` is null, as before 0004. */
async function insertAssessmentRow(values: {
  organisationId: string;
  matterId: string;
  userId: string;
  at: string;
  participants: unknown;
  step2Answers: unknown;
  step3Answers: unknown;
  finished?: {
    result: unknown;
    levels: [risk: string, conflict: string | null, complexity: string | null, cell: string | null];
  };
}): Promise<string> {
  const { rows } = await database.pool.query<{ id: string }>(
    `insert into assessments (organisation_id, matter_id, template_id, template_version, status,
       revision, participants, step2_answers, step3_answers, result, risk_level, conflict_level,
       complexity_level, matrix_cell, created_by_user_id, finished_by_user_id, finished_at,
       created_at, updated_at)
     values ($1, $2, $3, 1, $4, $5, $6::jsonb, $7::jsonb, $8::jsonb, $9::jsonb, $10, $11, $12, $13,
       $14, $15, $16, $17, $17)
     returning id`,
    [
      values.organisationId,
      values.matterId,
      templateV1.id,
      values.finished ? 'finished' : 'draft',
      values.finished ? 3 : 0,
      JSON.stringify(values.participants),
      JSON.stringify(values.step2Answers),
      JSON.stringify(values.step3Answers),
      values.finished ? JSON.stringify(values.finished.result) : null,
      ...(values.finished?.levels ?? [null, null, null, null]),
      values.userId,
      values.finished ? values.userId : null,
      values.finished ? values.at : null,
      values.at,
    ],
  );
  const [row] = rows;
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/** Migration 0004's backfill of `matter_snapshot`, run as the migration file has it. */
async function backfillMatterSnapshots(): Promise<void> {
  const migration = readFileSync(path.join(migrationsFolder, '0004_assessment_matter_snapshot.sql'), 'utf8');
  const [, backfill] = migration.split('--> statement-breakpoint');
  if (!backfill?.includes('UPDATE "assessments"')) throw new Error('0004 has no backfill');
  await database.pool.query(backfill);
}

const matterId = await createMatterVia(ekby.secretary, {
  title: 'Nedläggning av Åby skola',
  diaryNumber: 'BUN 2026/0042',
  body: 'Barn- och utbildningsnämnden',
  decisionDate: '2026-12-10',
});
const earlierId = await insertAssessmentRow({
  organisationId: ekby.id,
  matterId,
  userId: ekby.people.officer.id,
  at: '2026-03-10T13:00:00.000Z',
  participants: participants.slice(0, 1),
  step2Answers: allLow,
  step3Answers: {},
  finished: { result: lowResult, levels: ['low', null, null, null] },
});
const laterId = await insertAssessmentRow({
  organisationId: ekby.id,
  matterId,
  userId: ekby.people.officer.id,
  at: '2026-06-02T08:30:00.000Z',
  participants,
  step2Answers,
  step3Answers,
  finished: { result, levels: ['moderate', 'high', 'complex', 'F'] },
});
// A screening's queue opened an empty draft.
const draftId = await insertAssessmentRow({
  organisationId: ekby.id,
  matterId,
  userId: ekby.people.secretary.id,
  at: '2026-11-20T10:00:00.000Z',
  participants: [],
  step2Answers: {},
  step3Answers: {},
});
await backfillMatterSnapshots();
// Edited after the assessments were signed: they keep the matter as 0004 recorded it.
const edit = await ekby.secretary.patch(`/api/matters/${matterId}`, { title: 'Skolstrukturen i Åby' });
if (edit.statusCode !== 200) throw new Error(`editing the matter answered ${edit.statusCode}`);

const signedMatter = {
  id: matterId,
  title: 'Nedläggning av Åby skola',
  diaryNumber: 'BUN 2026/0042',
  body: 'Barn- och utbildningsnämnden',
  decisionDate: '2026-12-10',
};

async function readAssessment(assessmentId: string) {
  const response = await ekby.officer.get(`/api/assessments/${assessmentId}`);
  expect(response.statusCode, response.body).toBe(200);
  return assessmentSchema.parse(response.json());
}

/** The errors the error plugin logged since `from`, as parsed pino lines. */
const loggedErrors = (from: number) =>
  logLines.slice(from).map((line) => JSON.parse(line) as { msg: string; err?: { message: string } });

describe('rows written since migration 0003', () => {
  it('show a finished assessment as it was stored: participants, answers, result and the matter as signed', async () => {
    const assessment = await readAssessment(laterId);
    expect(assessment).toMatchObject({
      status: 'finished',
      matter: signedMatter,
      template: { id: templateV1.id, version: 1 },
      participants,
      step2Answers,
      step3Answers,
      result,
      missing: { step2: [], step3: [] },
      finishedAt: '2026-06-02T08:30:00.000Z',
      finishedBy: { id: ekby.people.officer.id, name: 'Sara Säkerhet' },
      superseded: false,
    });
    expect(assessment.measures.proposed.map((measure) => [measure.id, measure.chosen])).toEqual(
      result.proposedMeasureIds.map((id) => [id, false]),
    );
  });

  it('show the earlier one as superseded, and the draft with the matter as it is now and nothing answered', async () => {
    const earlier = await readAssessment(earlierId);
    expect(earlier).toMatchObject({ matter: signedMatter, result: lowResult, superseded: true });
    expect(earlier.participants).toEqual(participants.slice(0, 1));

    const draft = await readAssessment(draftId);
    expect(draft).toMatchObject({
      status: 'draft',
      matter: { ...signedMatter, title: 'Skolstrukturen i Åby' },
      participants: [],
      step2Answers: {},
      step3Answers: {},
      result: null,
      missing: { step2: ['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'C1', 'C2'] },
    });
  });

  it('give the history with what changed, compared on the stored answers', async () => {
    const response = await ekby.officer.get(`/api/matters/${matterId}/assessments`);
    expect(response.statusCode, response.body).toBe(200);
    const history = assessmentHistorySchema.parse(response.json());
    expect(history.assessments.map((entry) => [entry.id, entry.riskLevel, entry.cell])).toEqual([
      [draftId, null, null],
      [laterId, 'moderate', 'F'],
      [earlierId, 'low', null],
    ]);
    expect(history.assessments[1]?.changes).toEqual({
      riskLevel: { from: 'low', to: 'moderate' },
      conflictLevel: { from: null, to: 'high' },
      complexityLevel: { from: null, to: 'complex' },
      cell: { from: null, to: 'F' },
      templateVersion: null,
      answers: [
        { statementId: 'A1', from: 'low', to: 'high' },
        { statementId: 'B2', from: 'low', to: 'moderate' },
        ...Object.entries(step3Answers).map(([statementId, answer]) => ({
          statementId,
          from: null,
          to: answer.answer,
        })),
      ],
    });
  });

  it('export the finished one as a PDF and copy its answers into a reassessment', async () => {
    const pdf = await ekby.officer.get(`/api/assessments/${laterId}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');

    const otherMatter = await createMatterVia(ekby.secretary, { title: 'Ny simhall vid Sjövallen' });
    await insertAssessmentRow({
      organisationId: ekby.id,
      matterId: otherMatter,
      userId: ekby.people.officer.id,
      at: '2026-06-03T08:30:00.000Z',
      participants,
      step2Answers,
      step3Answers,
      finished: { result, levels: ['moderate', 'high', 'complex', 'F'] },
    });
    const copied = await ekby.officer.post('/api/assessments', { matterId: otherMatter, copyPrevious: true });
    expect(copied.statusCode, copied.body).toBe(201);
    expect(assessmentSchema.parse(copied.json())).toMatchObject({ participants, step2Answers, step3Answers });
  });

  it('read the default template as seeded', async () => {
    const response = await ekby.admin.get(`/api/riskguide/templates/${templateV1.id}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(templateVersionSchema.parse(response.json()).content).toEqual(defaultTemplate);
  });
});

describe('a row whose JSON does not match its stored shape', () => {
  it('is a logged 500 where its answers are read, naming the row and the column but not the answer', async () => {
    const matter = await createMatterVia(ekby.secretary, { title: 'Ny detaljplan för Norra hamnen' });
    const corruptId = await insertAssessmentRow({
      organisationId: ekby.id,
      matterId: matter,
      userId: ekby.people.officer.id,
      at: '2026-07-01T08:00:00.000Z',
      participants,
      step2Answers: { ...allLow, A1: { level: 'extreme', comment: 'Hemlig uppgift om hotbilden' } },
      step3Answers: {},
      finished: { result: lowResult, levels: ['low', null, null, null] },
    });
    const from = logLines.length;
    const response = await ekby.officer.get(`/api/assessments/${corruptId}`);
    expect(response.statusCode).toBe(500);
    expect(errorBodySchema.parse(response.json()).error.code).toBe('internal_error');
    expect(response.body).not.toContain('step2_answers');
    const [logged] = loggedErrors(from);
    expect(logged?.msg).toBe('unhandled error');
    expect(logged?.err?.message).toContain(
      `assessment ${corruptId} step2_answers does not match its stored shape`,
    );
    expect(logged?.err?.message).toContain('A1.level');
    expect(logLines.slice(from).join('')).not.toContain('Hemlig uppgift');

    // The matter's history compares the answers of every finished assessment: one bad row fails
    // the matter's history (as before), and only that matter's.
    expect((await ekby.officer.get(`/api/matters/${matter}/assessments`)).statusCode).toBe(500);
    expect((await ekby.officer.get(`/api/matters/${matterId}/assessments`)).statusCode).toBe(200);
    // Lists do not read the JSON: the row is listed with its levels.
    const list = await ekby.officer.get('/api/assessments?status=finished');
    expect(list.statusCode).toBe(200);
    expect(assessmentListSchema.parse(list.json()).assessments.map((entry) => entry.id)).toContain(corruptId);
    expect((await readAssessment(laterId)).result).toEqual(result);
  });

  it('shows the matter as it is now when only the snapshot does not match (not an error, as before)', async () => {
    const matter = await createMatterVia(ekby.secretary, { title: 'Flytt av biblioteket' });
    const assessmentId = await insertAssessmentRow({
      organisationId: ekby.id,
      matterId: matter,
      userId: ekby.people.officer.id,
      at: '2026-07-02T08:00:00.000Z',
      participants,
      step2Answers: allLow,
      step3Answers: {},
      finished: { result: lowResult, levels: ['low', null, null, null] },
    });
    await database.pool.query(`update assessments set matter_snapshot = $1::jsonb where id = $2`, [
      JSON.stringify({ rubrik: 'Biblioteket' }),
      assessmentId,
    ]);
    const from = logLines.length;
    expect((await readAssessment(assessmentId)).matter).toEqual({
      id: matter,
      title: 'Flytt av biblioteket',
      diaryNumber: null,
      body: null,
      decisionDate: null,
    });
    expect(loggedErrors(from)).toEqual([]);
  });

  it('is a template version with a key its shape does not know: refused, as a rule could score otherwise', async () => {
    const content = {
      ...defaultTemplate,
      version: 2,
      step2: { ...defaultTemplate.step2, rule: { ...defaultTemplate.step2.rule, weights: { A1: 2 } } },
    };
    const [row] = await database.db
      .insert(riskguideTemplates)
      .values({ organisationId: grannby.id, version: 2, content, createdAt: clock() })
      .returning({ id: riskguideTemplates.id });
    if (!row) throw new Error('insert returned no row');
    const from = logLines.length;
    expect((await grannby.admin.get(`/api/riskguide/templates/${row.id}`)).statusCode).toBe(500);
    expect(loggedErrors(from)[0]?.err?.message).toContain(
      `riskguide template ${row.id} does not match its stored shape`,
    );
    // It is the organisation's newest version: its list and new assessments fail with it, as before.
    expect((await grannby.admin.get('/api/riskguide/templates')).statusCode).toBe(500);
    // Another organisation's templates are not affected.
    expect((await ekby.admin.get('/api/riskguide/templates')).statusCode).toBe(200);
  });
});
