import { describe, expect, it } from 'vitest';
import { defaultChecklistTemplate, maxPlanStaff, type EvacuationPlanPart } from '@varn/domain';
import type { z } from 'zod';
import {
  createChecklistTemplateBodySchema,
  evacuationPlanSchema,
  planChecklistItemParamsSchema,
  savePlanBodySchema,
  savePlanStaffBodySchema,
  updateChecklistItemBodySchema,
} from './plan';

const uuid = '3f2b8c1e-5d4a-4e6f-9a8b-7c6d5e4f3a2b';

describe('the checklist template body', () => {
  it("reads the domain's default items as they are", () => {
    const body = { basedOnVersion: 1, items: defaultChecklistTemplate.items };
    expect(createChecklistTemplateBodySchema.parse(body)).toEqual(body);
  });

  it.each([
    ['an unknown group', { id: 'x', group: 'parking', text: { sv: 'a', en: 'a' } }],
    ['an unknown field', { id: 'x', group: 'premises', text: { sv: 'a', en: 'a' }, extra: 1 }],
    ['no English text', { id: 'x', group: 'premises', text: { sv: 'a' } }],
  ])('refuses an item with %s', (_label, item) => {
    expect(createChecklistTemplateBodySchema.safeParse({ basedOnVersion: 1, items: [item] }).success).toBe(
      false,
    );
  });
});

describe('the plan body', () => {
  it('needs only the revision (a part left out is kept)', () => {
    expect(savePlanBodySchema.parse({ revision: 0 })).toEqual({ revision: 0 });
  });

  it.each<[string, Record<string, unknown>, boolean]>([
    ['a negative revision', { revision: -1 }, false],
    ['lookback 365 days', { revision: 1, lookbackDays: 365 }, true],
    ['lookback 366 days', { revision: 1, lookbackDays: 366 }, false],
    ['national level 5', { revision: 1, nationalThreatLevel: 5 }, true],
    ['national level 6', { revision: 1, nationalThreatLevel: 6 }, false],
    [
      'an unreadable decision date',
      { revision: 1, screening: { decided: true, decidedOn: '2026-13-01' } },
      false,
    ],
    ['the approval status', { revision: 1, status: 'approved' }, false],
    ['a threat assessment of 8000 characters', { revision: 1, threatAssessment: 'x'.repeat(8000) }, true],
    ['a threat assessment of 8001 characters', { revision: 1, threatAssessment: 'x'.repeat(8001) }, false],
  ])('%s: accepted %s', (_label, body, accepted) => {
    expect(savePlanBodySchema.safeParse(body).success).toBe(accepted);
  });
});

describe('the staffing body', () => {
  const row = { kind: 'guard', name: 'Securitas, entrén', phone: '+46 70 123 45 67' };

  it(`takes up to ${maxPlanStaff} rows, not one more`, () => {
    const rows = (n: number) => ({ revision: 0, staff: Array.from({ length: n }, () => row) });
    expect(savePlanStaffBodySchema.safeParse(rows(maxPlanStaff)).success).toBe(true);
    expect(savePlanStaffBodySchema.safeParse(rows(maxPlanStaff + 1)).success).toBe(false);
  });

  it('refuses a blank name and a phone number that is not one', () => {
    const parse = (change: Record<string, unknown>) =>
      savePlanStaffBodySchema.safeParse({ revision: 0, staff: [{ ...row, ...change }] }).success;
    expect(parse({ name: '  ' })).toBe(false);
    expect(parse({ phone: 'ring mig' })).toBe(false);
    expect(parse({ kind: 'bodyguard' })).toBe(false);
  });
});

describe('checklist items', () => {
  it('take a status and a note, by an item id that is a slug', () => {
    expect(updateChecklistItemBodySchema.safeParse({ status: 'not_applicable', note: null }).success).toBe(
      true,
    );
    expect(updateChecklistItemBodySchema.safeParse({ status: 'maybe' }).success).toBe(false);
    expect(planChecklistItemParamsSchema.safeParse({ id: uuid, itemId: 'premises_searched' }).success).toBe(
      true,
    );
    expect(planChecklistItemParamsSchema.safeParse({ id: uuid, itemId: "x'; drop table" }).success).toBe(
      false,
    );
  });
});

describe('the evacuation plan view', () => {
  it("names every part of the domain's gaps", () => {
    const parts: EvacuationPlanPart[] = [
      'leads_officials',
      'leads_public',
      'calls_police',
      'routes',
      'meeting_point',
    ];
    const gaps: z.infer<typeof evacuationPlanSchema>['gaps'] = parts;
    expect(evacuationPlanSchema.shape.gaps.safeParse(gaps).success).toBe(true);
  });
});
