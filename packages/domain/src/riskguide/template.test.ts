import type { BilingualText } from '../shared/bilingual';
import { describe, expect, it } from 'vitest';
import { defaultTemplate } from './default-template';
import {
  complexityLevels,
  complexityLevelText,
  complexityRuleLevels,
  conflictRuleLevels,
  matrixCells,
  riskLevels,
  riskLevelText,
  step2RuleLevels,
  step2Statements,
  step3Answers,
  step3AnswerText,
} from './template';

// Scoring ranks levels by their place in these lists, lowest first, and tries rules highest first.
describe('the orders scoring relies on', () => {
  it.each<[string, readonly string[], string[]]>([
    ['risk and conflict levels, lowest first', riskLevels, ['low', 'moderate', 'high']],
    ['step-3 answers, lowest first', step3Answers, ['does_not_apply', 'partly', 'fully']],
    [
      'complexity levels, lowest first',
      complexityLevels,
      ['simple_or_complicated', 'complex', 'very_complex'],
    ],
    ['step-2 rule levels, highest first', step2RuleLevels, ['high', 'moderate']],
    ['conflict rule levels, highest first', conflictRuleLevels, ['high', 'moderate']],
    ['complexity rule levels, highest first', complexityRuleLevels, ['very_complex', 'complex']],
    ['matrix cells', matrixCells, ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']],
  ])('%s', (_label, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});

describe('names for the UI', () => {
  const names: [string, BilingualText][] = [
    ...Object.entries(riskLevelText),
    ...Object.entries(step3AnswerText),
    ...Object.entries(complexityLevelText),
  ];

  it('has a name for every level and answer', () => {
    expect(names.map(([value]) => value)).toEqual([...riskLevels, ...step3Answers, ...complexityLevels]);
  });

  it.each(names)('%s has a Swedish and an English name', (_value, { sv, en }) => {
    expect([sv.trim() !== '', en.trim() !== '']).toEqual([true, true]);
  });
});

describe('step2Statements', () => {
  it('lists the statements theme by theme', () => {
    const statement = (id: string) => ({ id, text: { sv: id, en: id } });
    const themes = [
      { id: 'T', title: { sv: 'T', en: 'T' }, statements: [statement('T2'), statement('T1')] },
      { id: 'E', title: { sv: 'E', en: 'E' }, statements: [] },
      { id: 'S', title: { sv: 'S', en: 'S' }, statements: [statement('S1')] },
    ];
    const template = { ...defaultTemplate, step2: { ...defaultTemplate.step2, themes } };
    expect(step2Statements(template).map(({ id }) => id)).toEqual(['T2', 'T1', 'S1']);
  });
});
