import { describe, expect, it } from 'vitest';
import { defaultLocale, isLocale, Locale, localeFromAcceptLanguage, locales } from './locale';

describe('locales', () => {
  it('are Swedish first, then English; Swedish by default', () => {
    expect(locales).toEqual(['sv', 'en']);
    expect(defaultLocale).toBe(Locale.Swedish);
  });
});

describe('isLocale', () => {
  it.each<[unknown, boolean]>([
    ['sv', true],
    ['en', true],
    ['SV', false],
    ['sv-SE', false],
    ['de', false],
    ['', false],
    [' sv', false],
    [null, false],
    [undefined, false],
    [1, false],
    [['sv'], false],
  ])('%j → %s', (value, expected) => {
    expect(isLocale(value)).toBe(expected);
  });
});

describe('localeFromAcceptLanguage', () => {
  it.each<[string, string | undefined, Locale]>([
    // nothing sent
    ['no header', undefined, 'sv'],
    ['an empty header', '', 'sv'],
    // one language
    ['Swedish', 'sv', 'sv'],
    ['English', 'en', 'en'],
    ['a region subtag', 'en-GB', 'en'],
    ['Swedish as spoken in Finland', 'sv-FI', 'sv'],
    ['upper case', 'EN-US', 'en'],
    // order decides between equal weights
    ['English before Swedish', 'en, sv', 'en'],
    ['Swedish before English', 'sv,en', 'sv'],
    ['equal q-values: the earlier one', 'en;q=0.8, sv;q=0.8', 'en'],
    // q-values decide over order
    ['a higher q later in the list', 'en;q=0.5, sv;q=0.8', 'sv'],
    ['no q means 1', 'sv;q=0.9, en', 'en'],
    ['explicit q=1 against a default 1: the earlier one', 'en;q=1, sv', 'en'],
    ['three decimals', 'sv;q=0.001, en;q=0.002', 'en'],
    ['a typical browser header', 'en-US,en;q=0.9,sv;q=0.8', 'en'],
    ['a typical Swedish browser header', 'sv-SE,sv;q=0.9,en-US;q=0.8,en;q=0.7', 'sv'],
    ['spaces around the parameter', 'sv ; q=0.2 , en ; q=0.3', 'en'],
    // q=0 means "not acceptable"
    ['English refused, Swedish acceptable', 'en;q=0, sv;q=0.1', 'sv'],
    ['Swedish refused, English acceptable', 'sv;q=0, en;q=0.1', 'en'],
    ['the only language refused: the default', 'en;q=0', 'sv'],
    // unsupported languages are skipped
    ['a supported language after unsupported ones', 'de, fr;q=0.9, en;q=0.1', 'en'],
    ['only unsupported languages', 'de-DE, fr;q=0.9, fi', 'sv'],
    ['Norwegian is not Swedish', 'nb, no', 'sv'],
    ['a longer tag that starts with sv is not Swedish', 'svenska, en;q=0.5', 'en'],
    ['a wildcard', '*', 'sv'],
    // garbage never throws and falls back to Swedish, keeping what can be read
    ['commas only', ',,,', 'sv'],
    ['semicolons only', ';;;', 'sv'],
    ['a bare q', 'q=0.5', 'sv'],
    ['an unreadable q drops the entry', 'en;q=abc', 'sv'],
    ['an unreadable q beside a readable entry', 'en;q=abc, sv;q=0.1', 'sv'],
    ['an empty q drops the entry', 'en;q=', 'sv'],
    ['a negative q drops the entry', 'en;q=-1', 'sv'],
    ['binary junk', '\u0000\u0001\u0002', 'sv'],
  ])('%s: %j → %s', (_label, header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });

  it('reads a very long header to the end', () => {
    expect(localeFromAcceptLanguage(`${'xx;q=0.5,'.repeat(2000)}en;q=0.4`)).toBe('en');
  });
});
