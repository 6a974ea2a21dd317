import { describe, expect, it } from 'vitest';
import { defaultTemplate, maxMatterImportRows } from '@varn/domain';
import { fieldMessages } from './field-messages';
import {
  createScreeningBodySchema,
  riskguideTemplateSchema,
  saveAssessmentBodySchema,
  templateContentSchema,
} from './riskguide';

describe('the template schemas', () => {
  it('read the default template as it is', () => {
    expect(riskguideTemplateSchema.parse(defaultTemplate)).toEqual(defaultTemplate);
    const { id: _id, version: _version, ...content } = defaultTemplate;
    expect(templateContentSchema.safeParse(content).success).toBe(true);
  });

  it.each<[string, (content: Record<string, unknown>) => unknown]>([
    ['an unknown field', (content) => ({ ...content, extra: true })],
    ['no matrix', ({ matrix: _matrix, ...content }) => content],
    [
      'a cell outside A–I',
      (content) => ({ ...content, measures: [{ id: 'x', text: { sv: 'x', en: 'x' }, cells: ['J'] }] }),
    ],
  ])('refuse %s', (_label, change) => {
    const { id: _id, version: _version, ...content } = defaultTemplate;
    expect(templateContentSchema.safeParse(change({ ...content })).success).toBe(false);
  });
});

describe('createScreeningBodySchema', () => {
  it.each<[string, unknown, boolean]>([
    ['an existing matter', { matterId: '3f2b8c1e-5d4a-4e6f-9a8b-7c6d5e4f3a2b', level: 'low' }, true],
    ['a new matter', { matter: { title: 'Budget' }, level: 'high', prompts: { P1: true } }, true],
    [
      'both',
      { matterId: '3f2b8c1e-5d4a-4e6f-9a8b-7c6d5e4f3a2b', matter: { title: 'Budget' }, level: 'low' },
      false,
    ],
    ['neither', { level: 'low' }, false],
    ['an unknown level', { matter: { title: 'Budget' }, level: 'extreme' }, false],
  ])('a row with %s → valid: %s', (_label, row, valid) => {
    expect(createScreeningBodySchema.safeParse({ rows: [row] }).success).toBe(valid);
  });

  it('needs a row and takes a whole agenda', () => {
    expect(createScreeningBodySchema.safeParse({ rows: [] }).success).toBe(false);
    const row = { matter: { title: 'Punkt' }, level: 'low' };
    expect(createScreeningBodySchema.safeParse({ rows: Array(200).fill(row) }).success).toBe(true);
    expect(createScreeningBodySchema.safeParse({ rows: Array(201).fill(row) }).success).toBe(false);
  });
});

describe('saveAssessmentBodySchema', () => {
  it('takes answers with and without comments, and refuses an unknown answer', () => {
    const body = {
      revision: 0,
      participants: [{ name: 'Sara', function: 'security' }],
      step2Answers: { A1: { level: 'high', comment: 'Se mejlen.' }, A2: { level: 'low' } },
      step3Answers: { K1: { answer: 'partly', comment: null } },
    };
    expect(saveAssessmentBodySchema.safeParse(body).success).toBe(true);
    expect(
      saveAssessmentBodySchema.safeParse({ ...body, step3Answers: { K1: { answer: 'maybe' } } }).success,
    ).toBe(false);
    expect(
      saveAssessmentBodySchema.safeParse({ ...body, participants: [{ name: 'Sara', function: 'boss' }] })
        .success,
    ).toBe(false);
  });
});

describe('the import messages', () => {
  it('state the row limit the domain enforces', () => {
    for (const locale of ['sv', 'en'] as const)
      expect(fieldMessages[locale].csv_too_many_rows).toContain(String(maxMatterImportRows));
  });
});
