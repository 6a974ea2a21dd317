import { describe, expect, it } from 'vitest';
import {
  defaultCategories,
  defaultChannels,
  defaultPerpetratorTypes,
  defaultTaxonomy,
  isTaxonomyCode,
  TaxonomyKind,
  taxonomyKinds,
} from './taxonomy';

describe('isTaxonomyCode: lower-case letters, digits and underscores, 2–40 characters, a letter first', () => {
  it.each<[string, boolean]>([
    ['ab', true],
    ['a', false],
    ['', false],
    [`a${'b'.repeat(39)}`, true],
    [`a${'b'.repeat(40)}`, false],
    ['arson', true],
    ['arson_2', true],
    ['a_', true],
    ['a1', true],
    ['1arson', false],
    ['_arson', false],
    ['Arson', false],
    ['arsoN', false],
    ['mord-brand', false],
    ['mord brand', false],
    ['mordbränd', false],
    ['arson\n', false],
    [' arson', false],
  ])('%j → %s', (code, valid) => {
    expect(isTaxonomyCode(code)).toBe(valid);
  });
});

describe('the default lists (DOMAIN.md §3)', () => {
  it.each<[TaxonomyKind, number]>([
    [TaxonomyKind.Category, 16],
    [TaxonomyKind.Channel, 12],
    [TaxonomyKind.PerpetratorType, 13],
  ])('%s has %d entries', (kind, count) => {
    expect(defaultTaxonomy.filter((entry) => entry.kind === kind)).toHaveLength(count);
  });

  it('are the three lists, in order', () => {
    expect(taxonomyKinds).toEqual(['category', 'channel', 'perpetrator_type']);
    expect(defaultTaxonomy).toEqual([...defaultCategories, ...defaultChannels, ...defaultPerpetratorTypes]);
  });

  it.each(defaultTaxonomy.map((entry) => ({ ...entry, id: `${entry.kind}/${entry.code}` })))(
    '$id has a code an admin could also have given, and labels in Swedish and English',
    ({ code, sv, en }) => {
      expect(isTaxonomyCode(code)).toBe(true);
      expect(sv.trim()).not.toBe('');
      expect(en.trim()).not.toBe('');
      expect(sv.length).toBeLessThanOrEqual(120);
      expect(en.length).toBeLessThanOrEqual(120);
    },
  );

  it.each(taxonomyKinds)('%s has no code twice', (kind) => {
    const codes = defaultTaxonomy.filter((entry) => entry.kind === kind).map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('ends the categories and the channels with their catch-all entries', () => {
    expect(defaultCategories.at(-1)?.code).toBe('other');
    expect(defaultChannels.at(-1)?.code).toBe('unknown');
    expect(defaultPerpetratorTypes.at(0)?.code).toBe('unknown');
  });
});
