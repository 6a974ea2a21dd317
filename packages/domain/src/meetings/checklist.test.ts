import { describe, expect, it } from 'vitest';
import {
  ChecklistGroup,
  checklistGroups,
  checklistProblemCodes,
  checklistProgress,
  checklistTemplateProblems,
  defaultChecklistTemplate,
  isChecklistItemId,
  maxChecklistItems,
  maxChecklistItemTextLength,
  type ChecklistItemState,
  type ChecklistTemplate,
  type ChecklistTemplateItem,
} from './checklist';

const itemOf = (id: string, overrides: Partial<ChecklistTemplateItem> = {}): ChecklistTemplateItem => ({
  id,
  group: ChecklistGroup.Premises,
  text: { sv: `Punkt ${id}`, en: `Item ${id}` },
  ...overrides,
});

const templateOf = (items: readonly ChecklistTemplateItem[], version = 1): ChecklistTemplate => ({
  version,
  items,
});

describe('defaultChecklistTemplate', () => {
  it('has no problems', () => {
    expect(checklistTemplateProblems(defaultChecklistTemplate)).toEqual([]);
  });

  it('holds the items of issue 10 §2', () => {
    expect(defaultChecklistTemplate.items.map((item) => item.id).sort()).toEqual(
      [
        'premises_searched',
        'entrances_controlled',
        'evacuation_routes_clear',
        'assembly_point_known',
        'first_aid_and_defibrillator',
        'communications_tested',
        'seating_and_overflow',
        'placards_and_filming_rules',
        'who_calls_police',
      ].sort(),
    );
  });

  it('lists its items group by group, in the groups’ order', () => {
    const groupIndexes = defaultChecklistTemplate.items.map((item) => checklistGroups.indexOf(item.group));
    expect(groupIndexes).toEqual([...groupIndexes].sort((a, b) => a - b));
    expect(new Set(defaultChecklistTemplate.items.map((item) => item.group))).toEqual(
      new Set(checklistGroups),
    );
  });
});

describe('isChecklistItemId: a slug of lower-case letters, digits and underscores', () => {
  it.each<[string, boolean]>([
    ['premises_searched', true],
    ['a', true],
    ['item2', true],
    ['a'.repeat(40), true],
    ['a'.repeat(41), false],
    ['', false],
    ['2items', false],
    ['_item', false],
    ['Item', false],
    ['first-aid', false],
    ['första_hjälpen', false],
    ['with space', false],
  ])('%j → %s', (id, valid) => {
    expect(isChecklistItemId(id)).toBe(valid);
  });
});

describe('checklistTemplateProblems: every problem', () => {
  const long = 'x'.repeat(maxChecklistItemTextLength + 1);
  const longest = 'x'.repeat(maxChecklistItemTextLength);
  const many = Array.from({ length: maxChecklistItems + 1 }, (_, index) => itemOf(`item_${index}`));

  it.each<[string, ChecklistTemplate, readonly (readonly [string, string])[]]>([
    ['version 0', templateOf([itemOf('a')], 0), [['invalid_version', 'version']]],
    ['version 1.5', templateOf([itemOf('a')], 1.5), [['invalid_version', 'version']]],
    ['no items', templateOf([]), [['no_items', 'items']]],
    ['as many items as allowed', templateOf(many.slice(1)), []],
    ['one item too many', templateOf(many), [['too_many_items', 'items']]],
    ['an id that is not a slug', templateOf([itemOf('First aid')]), [['invalid_id', 'items[0].id']]],
    ['a blank id', templateOf([itemOf('')]), [['invalid_id', 'items[0].id']]],
    ['a repeated id', templateOf([itemOf('a'), itemOf('b'), itemOf('a')]), [['duplicate_id', 'items[2].id']]],
    [
      'an unknown group',
      templateOf([itemOf('a', { group: 'parking' as ChecklistGroup })]),
      [['unknown_group', 'items[0].group']],
    ],
    [
      'a blank Swedish text',
      templateOf([itemOf('a', { text: { sv: ' ', en: 'Item' } })]),
      [['missing_text', 'items[0].text.sv']],
    ],
    [
      'a missing English text',
      templateOf([itemOf('a', { text: { sv: 'Punkt' } as ChecklistTemplateItem['text'] })]),
      [['missing_text', 'items[0].text.en']],
    ],
    ['texts as long as allowed', templateOf([itemOf('a', { text: { sv: longest, en: longest } })]), []],
    [
      'a Swedish text too long',
      templateOf([itemOf('a', { text: { sv: long, en: 'Item' } })]),
      [['text_too_long', 'items[0].text.sv']],
    ],
    [
      'an English text too long',
      templateOf([itemOf('a', { text: { sv: 'Punkt', en: long } })]),
      [['text_too_long', 'items[0].text.en']],
    ],
    [
      'several problems, in template order',
      templateOf(
        [itemOf('a', { text: { sv: '', en: '' } }), itemOf('a', { group: 'x' as ChecklistGroup })],
        0,
      ),
      [
        ['invalid_version', 'version'],
        ['missing_text', 'items[0].text.sv'],
        ['missing_text', 'items[0].text.en'],
        ['duplicate_id', 'items[1].id'],
        ['unknown_group', 'items[1].group'],
      ],
    ],
  ])('%s', (_label, template, expected) => {
    const problems = checklistTemplateProblems(template);
    expect(problems.map((problem) => [problem.code, problem.path])).toEqual(expected);
    for (const problem of problems) {
      expect(problem.message.sv.trim()).not.toBe('');
      expect(problem.message.en.trim()).not.toBe('');
    }
  });

  it('counts characters, not UTF-16 units: 300 å’s are not too long', () => {
    const swedish = 'å'.repeat(maxChecklistItemTextLength);
    expect(
      checklistTemplateProblems(templateOf([itemOf('a', { text: { sv: swedish, en: 'Item' } })])),
    ).toEqual([]);
    const emoji = '🚒'.repeat(maxChecklistItemTextLength);
    expect(checklistTemplateProblems(templateOf([itemOf('a', { text: { sv: emoji, en: 'Item' } })]))).toEqual(
      [],
    );
  });

  it('has a case above for every code', () => {
    expect(checklistProblemCodes).toHaveLength(8);
  });
});

describe('checklistProgress: done, not applicable and open against the template', () => {
  const template = templateOf([itemOf('a'), itemOf('b'), itemOf('c'), itemOf('d')]);
  const state = (itemId: string, status: ChecklistItemState['status']): ChecklistItemState => ({
    itemId,
    status,
  });

  it.each<[string, readonly ChecklistItemState[], readonly [number, number, number]]>([
    ['nothing marked', [], [0, 0, 4]],
    ['one done', [state('a', 'done')], [1, 0, 3]],
    ['one not applicable', [state('b', 'not_applicable')], [0, 1, 3]],
    ['one marked not done', [state('c', 'not_done')], [0, 0, 4]],
    [
      'all marked',
      [state('a', 'done'), state('b', 'done'), state('c', 'not_applicable'), state('d', 'not_done')],
      [2, 1, 1],
    ],
    [
      'everything done or not applicable',
      [state('a', 'done'), state('b', 'done'), state('c', 'not_applicable'), state('d', 'done')],
      [3, 1, 0],
    ],
    ['a status of an item the template lacks', [state('z', 'done'), state('a', 'done')], [1, 0, 3]],
  ])('%s → done %j', (_label, statuses, [done, notApplicable, open]) => {
    expect(checklistProgress(template, statuses)).toEqual({ done, notApplicable, open, total: 4 });
  });

  it('counts the default template’s nine items', () => {
    expect(checklistProgress(defaultChecklistTemplate, [])).toEqual({
      done: 0,
      notApplicable: 0,
      open: 9,
      total: 9,
    });
  });
});
