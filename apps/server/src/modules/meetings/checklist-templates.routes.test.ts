import { describe, expect, it } from 'vitest';
import { defaultChecklistTemplate } from '@varn/domain';
import {
  checklistTemplateListSchema,
  checklistTemplateVersionSchema,
  errorBodySchema,
  type ChecklistTemplateItem,
} from '@varn/contracts';
import { buildTestApp, createCaseOrganisation, createTestDatabase } from '../../../test/helpers';

/**
 * The checklist template as versioned data (issue 10 §2): every organisation starts with the
 * domain's default as version 1; an admin adds versions, checked by `checklistTemplateProblems`.
 * That a plan keeps its version is tested with the plans (security-plans.routes.test.ts).
 */

const database = await createTestDatabase();
const app = await buildTestApp(database);
const ekby = await createCaseOrganisation(database, app, 'Ekby kommun');
const grannby = await createCaseOrganisation(database, app, 'Grannby kommun');

const items = (): ChecklistTemplateItem[] =>
  structuredClone(defaultChecklistTemplate.items) as ChecklistTemplateItem[];

describe('the checklist template', () => {
  it("starts as the domain's default, version 1, in every organisation", async () => {
    for (const organisation of [ekby, grannby]) {
      const list = checklistTemplateListSchema.parse(
        (await organisation.officer.get('/api/meeting-templates')).json(),
      );
      expect(list.templates).toHaveLength(1);
      expect(list.templates[0]).toMatchObject({ version: 1, current: true, createdBy: null, plans: 0 });
      expect(list.templates[0]?.items).toEqual(defaultChecklistTemplate.items);
    }
  });

  it('gets a new version from an admin, based on the newest', async () => {
    const edited = [
      ...items(),
      { id: 'bag_check', group: 'premises' as const, text: { sv: ' Väskkontroll ', en: 'Bag check' } },
    ];
    const response = await ekby.admin.post('/api/meeting-templates', { basedOnVersion: 1, items: edited });
    expect(response.statusCode).toBe(201);
    const created = checklistTemplateVersionSchema.parse(response.json());
    expect(created).toMatchObject({ version: 2, current: true, createdBy: { id: ekby.people.admin.id } });
    expect(created.items.at(-1)?.text.sv).toBe('Väskkontroll');
    const list = checklistTemplateListSchema.parse((await ekby.admin.get('/api/meeting-templates')).json());
    expect(list.templates.map((template) => [template.version, template.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    // Another organisation's template is its own.
    const other = checklistTemplateListSchema.parse(
      (await grannby.admin.get('/api/meeting-templates')).json(),
    );
    expect(other.templates.map((template) => template.version)).toEqual([1]);
  });

  it('refuses a version based on an older one (409): someone else made one meanwhile', async () => {
    const response = await ekby.admin.post('/api/meeting-templates', { basedOnVersion: 1, items: items() });
    expect(response.statusCode).toBe(409);
    expect(errorBodySchema.parse(response.json()).error.code).toBe('conflict');
  });

  it('refuses a version with problems, each at its place (422)', async () => {
    const broken = items().map((item, index) => {
      if (index === 0) return { ...item, id: 'Bad id' };
      if (index === 2) return { ...item, id: defaultChecklistTemplate.items[1]?.id ?? '' };
      if (index === 3) return { ...item, text: { sv: ' ', en: 'x' } };
      return item;
    });
    const response = await ekby.admin.post('/api/meeting-templates', { basedOnVersion: 2, items: broken });
    expect(response.statusCode).toBe(422);
    const { fields } = errorBodySchema.parse(response.json()).error;
    expect(Object.keys(fields ?? {}).sort()).toEqual(['items.0.id', 'items.2.id', 'items.3.text.sv']);
    const empty = await ekby.admin.post('/api/meeting-templates', { basedOnVersion: 2, items: [] });
    expect(empty.statusCode).toBe(422);
  });

  it('is read by the admin and the security unit, changed by the admin only', async () => {
    for (const client of [ekby.secretary, ekby.official, ekby.viewer, ekby.staff])
      expect((await client.get('/api/meeting-templates')).statusCode).toBe(403);
    expect(
      (await ekby.officer.post('/api/meeting-templates', { basedOnVersion: 2, items: items() })).statusCode,
    ).toBe(403);
  });
});
