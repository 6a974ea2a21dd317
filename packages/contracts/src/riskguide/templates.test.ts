import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '@varn/domain';
import { riskguideTemplateSchema, templateContentSchema } from './templates';

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
