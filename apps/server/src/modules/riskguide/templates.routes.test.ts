import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '@varn/domain';
import {
  assessmentSchema,
  errorBodySchema,
  screeningSchema,
  templateVersionListSchema,
  templateVersionSchema,
  type TemplateContent,
  type TemplateVersion,
} from '@varn/contracts';
import {
  assessMatter,
  buildTestApp,
  createCaseOrganisation,
  createMatterVia,
  createTestDatabase,
  step2Answers,
} from '../../../test/helpers';

/**
 * Templates as versioned data (issue 4 §5): every organisation starts with the default as version
 * 1; an admin makes a new version from an edited copy, checked by `validateTemplate`; a new
 * version never changes an assessment made on an older one, and each shows the version it used.
 */

const database = await createTestDatabase();
const app = await buildTestApp(database);
const ekby = await createCaseOrganisation(database, app, 'Ekby kommun');
const grannby = await createCaseOrganisation(database, app, 'Grannby kommun');

function errorOf(response: LightMyRequestResponse) {
  return errorBodySchema.parse(response.json()).error;
}

/** The default template's content, as an admin's copy starts. */
function defaultContent(): TemplateContent {
  const {
    id: _id,
    version: _version,
    ...content
  } = templateVersionSchema.shape.content.parse(defaultTemplate);
  return structuredClone(content);
}

async function current(client = ekby.admin): Promise<TemplateVersion> {
  const list = templateVersionListSchema.parse((await client.get('/api/riskguide/templates')).json());
  const newest = list.templates.find((template) => template.current);
  if (!newest) throw new Error('no current template');
  return templateVersionSchema.parse((await client.get(`/api/riskguide/templates/${newest.id}`)).json());
}

describe('the default template', () => {
  it('is version 1 of every organisation, exactly the domain default', async () => {
    for (const organisation of [ekby, grannby]) {
      const version = await current(organisation.admin);
      expect(version).toMatchObject({ version: 1, current: true, createdBy: null });
      expect(version.content).toEqual(defaultTemplate);
    }
  });

  it('is read by admins, the security unit and secretaries (step-1 prompts)', async () => {
    const version = await current(ekby.secretary);
    expect(version.content.step1.prompts.map((prompt) => prompt.id)).toEqual(['P1', 'P2', 'P3', 'P4']);
  });
});

describe('a new version', () => {
  it('never changes a finished assessment; old assessments show the version they used', async () => {
    const matterId = await createMatterVia(ekby.officer, { title: 'Ny skolstruktur' });
    // Four statements moderate: a sum of 4 is "moderate" in version 1.
    const answers = step2Answers({ A1: 'moderate', A2: 'moderate', A3: 'moderate', B1: 'moderate' });
    const old = await assessMatter(ekby.officer, matterId, { step2: answers });
    expect(old.result?.step2.level).toBe('moderate');
    const draftOnV1 = assessmentSchema.parse(
      (
        await ekby.officer.post('/api/assessments', {
          matterId: await createMatterVia(ekby.officer, { title: 'Flytt av biblioteket' }),
        })
      ).json(),
    );

    // Version 2: high from a sum of 4, a reworded A1 and the dialogue measure also in cell A.
    const v1 = await current();
    const content = defaultContent();
    content.step2.rule.levels.high = [
      { kind: 'count_at_least', answer: 'high', count: 2 },
      { kind: 'sum_at_least', sum: 4 },
    ];
    content.step2.rule.levels.moderate = [
      { kind: 'count_at_least', answer: 'high', count: 1 },
      { kind: 'sum_at_least', sum: 2 },
    ];
    const a1 = content.step2.themes[0]?.statements[0];
    if (a1)
      a1.text = {
        sv: 'Kända hatgrupper intresserar sig för frågan.',
        en: 'Known hate groups take an interest.',
      };
    const dialogue = content.measures.find((measure) => measure.id === 'dialogue');
    if (dialogue) dialogue.cells = ['A', ...dialogue.cells];
    const created = await ekby.admin.post('/api/riskguide/templates', {
      basedOnVersion: v1.version,
      content,
    });
    expect(created.statusCode, created.body).toBe(201);
    const v2 = templateVersionSchema.parse(created.json());
    expect(v2).toMatchObject({
      version: 2,
      current: true,
      createdBy: { id: ekby.people.admin.id, name: 'Alva Admin' },
    });
    expect(v2.content.id).toBe('riskguide-default');

    // The finished assessment is unchanged and names version 1, whose texts are still there.
    const reread = assessmentSchema.parse((await ekby.officer.get(`/api/assessments/${old.id}`)).json());
    expect(reread).toEqual(old);
    expect(reread.template).toEqual({ id: v1.id, version: 1, name: defaultTemplate.name });
    const v1Again = templateVersionSchema.parse(
      (await ekby.officer.get(`/api/riskguide/templates/${v1.id}`)).json(),
    );
    expect(v1Again.content).toEqual(defaultTemplate);
    expect(v1Again.current).toBe(false);

    // A draft started on version 1 is finished on version 1.
    const draftSaved = await ekby.officer.put(`/api/assessments/${draftOnV1.id}`, {
      revision: draftOnV1.revision,
      participants: [{ name: 'Sara Säkerhet', function: 'security' }],
      step2Answers: answers,
      step3Answers: {},
    });
    expect(draftSaved.statusCode).toBe(200);
    const draftFinished = assessmentSchema.parse(
      (await ekby.officer.post(`/api/assessments/${draftOnV1.id}/finish`, {})).json(),
    );
    expect(draftFinished.template.version).toBe(1);
    expect(draftFinished.result?.step2.level).toBe('moderate');

    // A reassessment uses version 2, and the same answers now give "high".
    const reassessed = await assessMatter(ekby.officer, matterId, { step2: answers });
    expect(reassessed.template).toMatchObject({ id: v2.id, version: 2 });
    expect(reassessed.result?.step2.level).toBe('high');

    // The history tells that the template version changed.
    const history = (await ekby.officer.get(`/api/matters/${matterId}/assessments`)).json() as {
      assessments: { changes: { templateVersion: unknown; riskLevel: unknown } | null }[];
    };
    expect(history.assessments[0]?.changes).toMatchObject({
      templateVersion: { from: 1, to: 2 },
      riskLevel: { from: 'moderate', to: 'high' },
    });

    // The list counts who uses which version; new screenings use version 2.
    const list = templateVersionListSchema.parse((await ekby.admin.get('/api/riskguide/templates')).json());
    expect(list.templates.map((entry) => [entry.version, entry.current, entry.assessments])).toEqual([
      [2, true, 1],
      [1, false, 2],
    ]);
    const screening = await ekby.secretary.post('/api/screenings', { rows: [{ matterId, level: 'low' }] });
    expect(screeningSchema.parse(screening.json()).templateVersion).toBe(2);

    // Other organisations keep their own template.
    expect((await current(grannby.admin)).version).toBe(1);
  });

  it('must be made from the newest version (409), and leaves it as it was', async () => {
    const newest = await current();
    const stale = await ekby.admin.post('/api/riskguide/templates', {
      basedOnVersion: newest.version - 1,
      content: defaultContent(),
    });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('conflict');
    expect((await current()).version).toBe(newest.version);
  });

  it('whose rules cannot work is refused with each problem at its place, in the caller’s language (422)', async () => {
    const newest = await current();
    const content = defaultContent();
    content.step2.rule.levels.moderate = [{ kind: 'sum_at_least', sum: 10 }];
    content.matrix.complex.low = 'A';
    const a1 = content.step2.themes[0]?.statements[0];
    if (a1) a1.text = { sv: ' ', en: 'Something' };
    const response = await ekby.admin.post('/api/riskguide/templates', {
      basedOnVersion: newest.version,
      content,
    });
    expect(response.statusCode).toBe(422);
    const error = errorOf(response);
    expect(error.code).toBe('rule_violation');
    expect(error.fields).toMatchObject({
      'content.step2.themes.0.statements.0.text.sv': 'Svensk text saknas.',
      'content.step2.rule.levels.moderate.0': expect.stringContaining(
        'Gränsen 10 för måttlig måste vara lägre',
      ),
      'content.matrix.complex.low': 'Ruta A finns redan vid matrix.simple_or_complicated.low.',
    });
    expect((await current()).version).toBe(newest.version);
  });

  it('with a condition of an unknown kind or a cell outside A–I is refused by the contract (400)', async () => {
    const newest = await current();
    const content = defaultContent();
    const response = await ekby.admin.post('/api/riskguide/templates', {
      basedOnVersion: newest.version,
      content: {
        ...content,
        step3: {
          ...content.step3,
          complexity: {
            ...content.step3.complexity,
            rule: { very_complex: [{ kind: 'median_at_least', median: 2 }], complex: [] },
          },
        },
        measures: [{ id: 'x', text: { sv: 'x', en: 'x' }, cells: ['J'] }],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(errorOf(response).fields ?? {}).sort()).toEqual([
      'content.measures.0.cells.0',
      'content.step3.complexity.rule.very_complex.0.kind',
    ]);
  });

  it('of another organisation is not found (404)', async () => {
    const theirs = await current(grannby.admin);
    expect((await ekby.admin.get(`/api/riskguide/templates/${theirs.id}`)).statusCode).toBe(404);
  });
});
