import { describe, expect, it } from 'vitest';
import { defaultChecklistTemplate } from '@varn/domain';
import {
  draftItemsOf,
  draftProblems,
  fieldPath,
  moveItem,
  templateItemsOf,
  type DraftItem,
} from './template-draft';

const base = draftItemsOf(defaultChecklistTemplate.items);

describe('the checklist template editor', () => {
  it('carries the items of the base version over with their ids fixed, and sends them back unchanged', () => {
    expect(base.every((item) => item.fixedId)).toBe(true);
    expect(templateItemsOf(base)).toEqual(defaultChecklistTemplate.items);
  });

  it('finds no problem in an unchanged copy', () => {
    expect(draftProblems(base, 2, 'sv')).toEqual({});
  });

  it("puts the domain's problems at the fields, in the UI language", () => {
    const added: DraftItem = {
      key: 'n1',
      id: 'Guard Briefed',
      fixedId: false,
      group: '',
      sv: '',
      en: 'x'.repeat(301),
    };
    const twice: DraftItem = {
      key: 'n2',
      id: 'premises_searched',
      fixedId: false,
      group: 'premises',
      sv: 'a',
      en: 'b',
    };
    const problems = draftProblems([...base, added, twice], 2, 'en');
    const at = base.length;
    expect(Object.keys(problems).sort()).toEqual(
      [
        `items.${at}.id`,
        `items.${at}.group`,
        `items.${at}.text.sv`,
        `items.${at}.text.en`,
        `items.${at + 1}.id`,
      ].sort(),
    );
    expect(problems[`items.${at}.text.sv`]).toBe('The Swedish text is missing.');
    expect(problems[`items.${at + 1}.id`]).toBe('The id premises_searched is used twice.');
    expect(draftProblems([], 2, 'sv')).toEqual({ items: 'Checklistan har inga punkter.' });
  });

  it('reads both forms of a path', () => {
    expect(fieldPath('items[3].text.en')).toBe('items.3.text.en');
    expect(fieldPath('items.3.text.en')).toBe('items.3.text.en');
  });

  it('moves an item up and down, and not past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
