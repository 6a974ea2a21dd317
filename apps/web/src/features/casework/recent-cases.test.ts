import { describe, expect, it } from 'vitest';
import { linkableCases, recentCaseOptions, shorten } from './recent-cases';

const summary = (id: string, excerpt = 'Hot i ett mejl') => ({
  id,
  reference: `VRN-${id}`,
  reportedAt: '2025-03-01T09:00:00Z',
  excerpt,
});

describe('shorten', () => {
  it.each([
    ['keeps a short text, its spaces folded', ' Hot  i\nett mejl ', 'Hot i ett mejl'],
    ['cuts a long text to the length, with an ellipsis', 'a'.repeat(70), `${'a'.repeat(59)}…`],
    ['keeps a text of exactly the length', 'a'.repeat(60), 'a'.repeat(60)],
  ])('%s', (_label, text, expected) => {
    expect(shorten(text)).toBe(expected);
  });
});

describe('linkableCases', () => {
  it('leaves out the case itself and the cases linked already, in the given order', () => {
    const cases = [summary('3'), summary('2'), summary('1')];
    expect(linkableCases(cases, '2', [{ id: '1' }]).map((item) => item.id)).toEqual(['3']);
    expect(linkableCases(cases, '9', []).map((item) => item.id)).toEqual(['3', '2', '1']);
  });
});

describe('recentCaseOptions', () => {
  it('names a case by its reference, date and the start of its description', () => {
    const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
      `${key} ${JSON.stringify(params)}`;
    expect(recentCaseOptions([summary('7', 'x'.repeat(80))], { t, date: (iso) => iso.slice(0, 10) })).toEqual(
      [
        {
          value: '7',
          label: `casework.recentCase ${JSON.stringify({ reference: 'VRN-7', date: '2025-03-01', excerpt: `${'x'.repeat(59)}…` })}`,
        },
      ],
    );
  });
});
