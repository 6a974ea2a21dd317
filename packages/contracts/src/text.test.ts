import { describe, expect, it } from 'vitest';
import { issuesToFields } from './field-messages';
import { isStorableText, unstorableTextIssues } from './text';

describe('isStorableText: NUL and lone surrogates cannot be stored', () => {
  it.each([
    ['', true],
    ['Nedläggning av Norrby skola', true],
    ['tab\tnew line\ncarriage return\r', true],
    ['an emoji 😀 is a surrogate pair', true],
    ['a\u0000b', false],
    ['\u0000', false],
    ['a lone high surrogate \ud800', false],
    ['a lone low surrogate \udc00', false],
    ['reversed pair \ude00\ud83d', false],
  ])('%j → %s', (text, storable) => {
    expect(isStorableText(text)).toBe(storable);
  });
});

describe('unstorableTextIssues', () => {
  it('finds every unstorable text and key, at any depth, translated per field', () => {
    const body = {
      title: 'ok 😀',
      rows: [{ matter: { title: 'a\u0000b' } }, { reason: 'fine' }],
      answers: { 'A1\u0000': { comment: 'x' }, A2: { comment: 'y\ud800' } },
      count: 3,
      flag: null,
    };
    expect(issuesToFields(unstorableTextIssues(body), 'en')).toEqual({
      'rows.0.matter.title': 'The text contains characters that cannot be stored.',
      'answers.A1\u0000': 'The text contains characters that cannot be stored.',
      'answers.A2.comment': 'The text contains characters that cannot be stored.',
    });
    expect(issuesToFields(unstorableTextIssues('\u0000'), 'sv')).toEqual({
      _: 'Texten innehåller tecken som inte går att spara.',
    });
  });

  it('finds nothing in storable input', () => {
    expect(unstorableTextIssues({ a: ['b', 1, true, null, { c: 'å' }] })).toEqual([]);
  });

  it('reports at most 50 issues', () => {
    expect(unstorableTextIssues(Array.from({ length: 1000 }, () => '\u0000'))).toHaveLength(50);
  });

  it('walks a value nested 100 000 levels deep without exhausting the stack', () => {
    const deep: unknown = JSON.parse(`${'['.repeat(100_000)}"\\u0000"${']'.repeat(100_000)}`);
    const [issue] = unstorableTextIssues(deep);
    expect(issue?.path).toHaveLength(100_000);
  });
});
