import { describe, expect, it } from 'vitest';
import { defaultTemplate } from './default-template';
import { type RiskguideTemplate } from './template';
import { TemplateProblemCode, templateProblemCodes } from './template-problems';
import { validateTemplate } from './validation';

type Draft<T> = T extends readonly (infer Item)[]
  ? Draft<Item>[]
  : T extends object
    ? { -readonly [Key in keyof T]: Draft<T[Key]> }
    : T;

/** The default template with one change, as an admin or a stored row could make it. */
function edited(change: (draft: Draft<RiskguideTemplate>) => void): RiskguideTemplate {
  const draft: Draft<RiskguideTemplate> = JSON.parse(JSON.stringify(defaultTemplate));
  change(draft);
  return draft;
}

/** The item at `index`; the tests only edit items that exist. */
function at<Item>(items: Item[], index: number): Item {
  const item = items[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

/** A value the types forbid but stored JSON may hold. */
const unchecked = <T>(value: unknown): T => value as T;

const P = TemplateProblemCode;

type Case = [string, (draft: Draft<RiskguideTemplate>) => void, [string, string][]];

// Each row: a broken template and exactly the problems (code, path) it must give.
const cases: Case[] = [
  // ids
  ['a blank template id', (t) => void (t.id = ' '), [[P.InvalidId, 'id']]],
  ['version 0', (t) => void (t.version = 0), [[P.InvalidVersion, 'version']]],
  ['version 1.5', (t) => void (t.version = 1.5), [[P.InvalidVersion, 'version']]],
  [
    'a blank statement id',
    (t) => void (at(at(t.step2.themes, 0).statements, 1).id = ''),
    [[P.InvalidId, 'step2.themes[0].statements[1].id']],
  ],
  [
    'a statement id used in two themes',
    (t) => void (at(at(t.step2.themes, 1).statements, 0).id = 'A1'),
    [[P.DuplicateId, 'step2.themes[1].statements[0].id']],
  ],
  [
    'a conflict statement id used twice',
    (t) => void (at(t.step3.conflict.statements, 1).id = 'K1'),
    [[P.DuplicateId, 'step3.conflict.statements[1].id']],
  ],
  [
    'a complexity statement id used twice',
    (t) => void (at(t.step3.complexity.statements, 5).id = 'X5'),
    [[P.DuplicateId, 'step3.complexity.statements[5].id']],
  ],
  [
    'a complexity statement with the id of a conflict statement (one answer map for step 3)',
    (t) => void (at(t.step3.complexity.statements, 0).id = 'K1'),
    [[P.DuplicateId, 'step3.complexity.statements[0].id']],
  ],
  [
    'more step-2 statements than an assessment can answer',
    (t) =>
      void at(t.step2.themes, 0).statements.push(
        ...Array.from({ length: 93 }, (_, n) => ({
          id: `E${n}`,
          text: { sv: `Påstående ${n}`, en: `Statement ${n}` },
        })),
      ),
    [[P.TooManyStatements, 'step2.themes']],
  ],
  [
    'more step-3 statements (conflict and complexity together) than an assessment can answer',
    (t) =>
      void t.step3.conflict.statements.push(
        ...Array.from({ length: 90 }, (_, n) => ({
          id: `Y${n}`,
          text: { sv: `Påstående ${n}`, en: `Statement ${n}` },
        })),
      ),
    [[P.TooManyStatements, 'step3']],
  ],
  [
    'a theme id used twice',
    (t) => void (at(t.step2.themes, 2).id = 'B'),
    [[P.DuplicateId, 'step2.themes[2].id']],
  ],
  [
    'a prompt id used twice',
    (t) => void (at(t.step1.prompts, 3).id = 'P1'),
    [[P.DuplicateId, 'step1.prompts[3].id']],
  ],
  [
    'a measure id used twice',
    (t) => void (at(t.measures, 1).id = 'inform_early'),
    [[P.DuplicateId, 'measures[1].id']],
  ],
  // texts
  ['a blank Swedish name', (t) => void (t.name.sv = ''), [[P.MissingText, 'name.sv']]],
  [
    'a blank English prompt',
    (t) => void (at(t.step1.prompts, 0).text.en = '  '),
    [[P.MissingText, 'step1.prompts[0].text.en']],
  ],
  [
    'a blank Swedish theme title',
    (t) => void (at(t.step2.themes, 1).title.sv = ''),
    [[P.MissingText, 'step2.themes[1].title.sv']],
  ],
  [
    'a step-2 statement without Swedish',
    (t) => void (at(at(t.step2.themes, 2).statements, 1).text.sv = '\n'),
    [[P.MissingText, 'step2.themes[2].statements[1].text.sv']],
  ],
  [
    'a conflict statement without English',
    (t) => void (at(t.step3.conflict.statements, 4).text.en = ''),
    [[P.MissingText, 'step3.conflict.statements[4].text.en']],
  ],
  [
    'a complexity statement without any text',
    (t) => void (at(t.step3.complexity.statements, 0).text = unchecked({})),
    [
      [P.MissingText, 'step3.complexity.statements[0].text.sv'],
      [P.MissingText, 'step3.complexity.statements[0].text.en'],
    ],
  ],
  [
    'a measure without English',
    (t) => void (at(t.measures, 11).text.en = ''),
    [[P.MissingText, 'measures[11].text.en']],
  ],
  // statements
  [
    'a theme without statements (C1, named by a rule, goes with it)',
    (t) => void (at(t.step2.themes, 2).statements = []),
    [
      [P.NoStatements, 'step2.themes[2].statements'],
      [P.UnknownStatement, 'step2.rule.recommendStep3[1].onlyIf.statementIds[1]'],
    ],
  ],
  [
    'no complexity statements',
    (t) => void (t.step3.complexity.statements = []),
    [
      [P.NoStatements, 'step3.complexity.statements'],
      [P.ThresholdUnreachable, 'step3.complexity.rule.very_complex[0]'],
      [P.ThresholdUnreachable, 'step3.complexity.rule.complex[0]'],
    ],
  ],
  // rules that name what does not exist
  [
    'a step-3 recommendation naming an unknown statement',
    (t) =>
      void (at(t.step2.rule.recommendStep3, 1).onlyIf = {
        kind: 'any_of',
        statementIds: ['A1', 'C9'],
        answer: 'high',
      }),
    [[P.UnknownStatement, 'step2.rule.recommendStep3[1].onlyIf.statementIds[1]']],
  ],
  [
    'K4 renamed K7: the conflict rule still names K4',
    (t) => void (at(t.step3.conflict.statements, 3).id = 'K7'),
    [[P.UnknownStatement, 'step3.conflict.rule.high[0].statementIds[0]']],
  ],
  [
    'a conflict rule naming a step-2 statement',
    (t) =>
      void (t.step3.conflict.rule.high[0] = { kind: 'any_of', statementIds: ['K4', 'A1'], answer: 'fully' }),
    [[P.UnknownStatement, 'step3.conflict.rule.high[0].statementIds[1]']],
  ],
  [
    'a count of an answer not on the scale',
    (t) =>
      void (t.step2.rule.levels.high[0] = {
        kind: 'count_at_least',
        answer: unchecked('very_high'),
        count: 2,
      }),
    [[P.UnknownAnswer, 'step2.rule.levels.high[0].answer']],
  ],
  [
    'a step-2 answer in a step-3 rule',
    (t) =>
      void (t.step3.conflict.rule.high[0] = {
        kind: 'any_of',
        statementIds: ['K4'],
        answer: unchecked('high'),
      }),
    [[P.UnknownAnswer, 'step3.conflict.rule.high[0].answer']],
  ],
  [
    'a recommendation from an unknown level',
    (t) => void (at(t.step2.rule.recommendStep3, 0).minLevel = unchecked('critical')),
    [[P.UnknownLevel, 'step2.rule.recommendStep3[0].minLevel']],
  ],
  [
    'a condition of an unknown kind',
    (t) => void (t.step3.complexity.rule.complex[0] = unchecked({ kind: 'sum_at_most', sum: 3 })),
    [[P.UnknownConditionKind, 'step3.complexity.rule.complex[0]']],
  ],
  // numbers that cannot be evaluated
  [
    'a sum threshold that is not a number',
    (t) => void (t.step2.rule.levels.moderate[1] = { kind: 'sum_at_least', sum: Number.NaN }),
    [[P.InvalidNumber, 'step2.rule.levels.moderate[1].sum']],
  ],
  [
    'a sum threshold given as text',
    (t) => void (t.step3.conflict.rule.moderate[0] = { kind: 'sum_at_least', sum: unchecked('3') }),
    [[P.InvalidNumber, 'step3.conflict.rule.moderate[0].sum']],
  ],
  [
    'a count of 1.5',
    (t) => void (t.step2.rule.levels.high[0] = { kind: 'count_at_least', answer: 'high', count: 1.5 }),
    [[P.InvalidNumber, 'step2.rule.levels.high[0].count']],
  ],
  [
    'step-2 points that do not rise (moderate 0)',
    (t) => void (t.step2.scale.moderate = 0),
    [[P.InvalidScale, 'step2.scale']],
  ],
  ['negative step-2 points', (t) => void (t.step2.scale.low = -1), [[P.InvalidScale, 'step2.scale']]],
  ['step-3 points of 1.5', (t) => void (t.step3.scale.partly = 1.5), [[P.InvalidScale, 'step3.scale']]],
  [
    'a step-3 scale without "fully"',
    (t) => void Reflect.deleteProperty(t.step3.scale, 'fully'),
    [[P.InvalidScale, 'step3.scale']],
  ],
  // thresholds outside what the statements can reach: sums 0–16 (step 2), 0–10 (conflict), 0–12 (complexity)
  [
    'step 2 high at sum ≥ 17',
    (t) => void (t.step2.rule.levels.high[1] = { kind: 'sum_at_least', sum: 17 }),
    [[P.ThresholdUnreachable, 'step2.rule.levels.high[1]']],
  ],
  [
    'step 2 high at nine statements high',
    (t) => void (t.step2.rule.levels.high[0] = { kind: 'count_at_least', answer: 'high', count: 9 }),
    [[P.ThresholdUnreachable, 'step2.rule.levels.high[0]']],
  ],
  [
    'conflict high at sum ≥ 11',
    (t) => void (t.step3.conflict.rule.high[1] = { kind: 'sum_at_least', sum: 11 }),
    [[P.ThresholdUnreachable, 'step3.conflict.rule.high[1]']],
  ],
  [
    'complexity very complex at sum ≥ 13',
    (t) => void (t.step3.complexity.rule.very_complex[0] = { kind: 'sum_at_least', sum: 13 }),
    [[P.ThresholdUnreachable, 'step3.complexity.rule.very_complex[0]']],
  ],
  [
    'conflict high when any of no statements',
    (t) => void (t.step3.conflict.rule.high[0] = { kind: 'any_of', statementIds: [], answer: 'fully' }),
    [[P.ThresholdUnreachable, 'step3.conflict.rule.high[0]']],
  ],
  [
    'step 2 moderate at sum ≥ 0',
    (t) => void (t.step2.rule.levels.moderate[1] = { kind: 'sum_at_least', sum: 0 }),
    [[P.ThresholdAlwaysMet, 'step2.rule.levels.moderate[1]']],
  ],
  [
    'step 2 moderate at no statement high',
    (t) => void (t.step2.rule.levels.moderate[0] = { kind: 'count_at_least', answer: 'high', count: 0 }),
    [[P.ThresholdAlwaysMet, 'step2.rule.levels.moderate[0]']],
  ],
  [
    'step 2 moderate at one statement low or higher',
    (t) => void (t.step2.rule.levels.moderate[0] = { kind: 'count_at_least', answer: 'low', count: 1 }),
    [[P.ThresholdAlwaysMet, 'step2.rule.levels.moderate[0]']],
  ],
  [
    'conflict high when K4 or K5 at least does not apply',
    (t) =>
      void (t.step3.conflict.rule.high[0] = {
        kind: 'any_of',
        statementIds: ['K4', 'K5'],
        answer: 'does_not_apply',
      }),
    [[P.ThresholdAlwaysMet, 'step3.conflict.rule.high[0]']],
  ],
  [
    'step-2 points 1, 2, 3: every sum is at least 8, so moderate at ≥ 4 always holds',
    (t) => void (t.step2.scale = { low: 1, moderate: 2, high: 3 }),
    [[P.ThresholdAlwaysMet, 'step2.rule.levels.moderate[1]']],
  ],
  // a lower level's threshold not below a higher level's
  [
    'step 2 moderate at sum ≥ 9, as high',
    (t) => void (t.step2.rule.levels.moderate[1] = { kind: 'sum_at_least', sum: 9 }),
    [[P.ThresholdNotBelowHigherLevel, 'step2.rule.levels.moderate[1]']],
  ],
  [
    'step 2 moderate at sum ≥ 10, above high',
    (t) => void (t.step2.rule.levels.moderate[1] = { kind: 'sum_at_least', sum: 10 }),
    [[P.ThresholdNotBelowHigherLevel, 'step2.rule.levels.moderate[1]']],
  ],
  [
    'step 2 moderate at two statements high, as high',
    (t) => void (t.step2.rule.levels.moderate[0] = { kind: 'count_at_least', answer: 'high', count: 2 }),
    [[P.ThresholdNotBelowHigherLevel, 'step2.rule.levels.moderate[0]']],
  ],
  [
    'conflict moderate at sum ≥ 6, as high',
    (t) => void (t.step3.conflict.rule.moderate[0] = { kind: 'sum_at_least', sum: 6 }),
    [[P.ThresholdNotBelowHigherLevel, 'step3.conflict.rule.moderate[0]']],
  ],
  [
    'complexity complex at sum ≥ 9, above very complex',
    (t) => void (t.step3.complexity.rule.complex[0] = { kind: 'sum_at_least', sum: 9 }),
    [[P.ThresholdNotBelowHigherLevel, 'step3.complexity.rule.complex[0]']],
  ],
  // levels and recommendations without rules
  [
    'conflict moderate without conditions',
    (t) => void (t.step3.conflict.rule.moderate = []),
    [[P.LevelWithoutConditions, 'step3.conflict.rule.moderate']],
  ],
  [
    'step 2 without a rule for high',
    (t) => void Reflect.deleteProperty(t.step2.rule.levels, 'high'),
    [[P.LevelWithoutConditions, 'step2.rule.levels.high']],
  ],
  [
    'no rule for recommending step 3',
    (t) => void (t.step2.rule.recommendStep3 = []),
    [[P.NoStep3Trigger, 'step2.rule.recommendStep3']],
  ],
  // the matrix
  [
    'a missing cell',
    (t) => void Reflect.deleteProperty(t.matrix.complex, 'moderate'),
    [[P.MatrixMissingCell, 'matrix.complex.moderate']],
  ],
  [
    'a missing row',
    (t) => void Reflect.deleteProperty(t.matrix, 'very_complex'),
    [
      [P.MatrixMissingCell, 'matrix.very_complex.low'],
      [P.MatrixMissingCell, 'matrix.very_complex.moderate'],
      [P.MatrixMissingCell, 'matrix.very_complex.high'],
    ],
  ],
  [
    'a cell J',
    (t) => void (t.matrix.complex.high = unchecked('J')),
    [[P.MatrixInvalidCell, 'matrix.complex.high']],
  ],
  [
    'a lower-case cell',
    (t) => void (t.matrix.complex.low = unchecked('d')),
    [[P.MatrixInvalidCell, 'matrix.complex.low']],
  ],
  ['cell A twice', (t) => void (t.matrix.complex.low = 'A'), [[P.MatrixDuplicateCell, 'matrix.complex.low']]],
  // Glasl's bands: 1–3, 4–6, 7–9 by default
  [
    'a gap (1–3, 4–5, 7–9)',
    (t) => void (t.glaslBands.moderate = { from: 4, to: 5 }),
    [[P.InvalidGlaslBands, 'glaslBands.high']],
  ],
  [
    'an overlap (1–3, 3–6, 7–9)',
    (t) => void (t.glaslBands.moderate = { from: 3, to: 6 }),
    [[P.InvalidGlaslBands, 'glaslBands.moderate']],
  ],
  [
    'not reaching step 9',
    (t) => void (t.glaslBands.high = { from: 7, to: 8 }),
    [[P.InvalidGlaslBands, 'glaslBands.high']],
  ],
  [
    'a band backwards (6–4)',
    (t) => void (t.glaslBands.moderate = { from: 6, to: 4 }),
    [
      [P.InvalidGlaslBands, 'glaslBands.moderate'],
      [P.InvalidGlaslBands, 'glaslBands.high'],
    ],
  ],
  [
    'a missing band',
    (t) => void Reflect.deleteProperty(t.glaslBands, 'low'),
    [[P.InvalidGlaslBands, 'glaslBands.low']],
  ],
  // the measure library
  [
    'a measure proposed for cell J',
    (t) => void at(t.measures, 0).cells.push(unchecked('J')),
    [[P.MeasureUnknownCell, 'measures[0].cells[9]']],
  ],
  [
    'a measure proposed for no cell',
    (t) => void (at(t.measures, 3).cells = []),
    [[P.MeasureWithoutCells, 'measures[3].cells']],
  ],
];

describe('validateTemplate (issue 4 §5, §8)', () => {
  it('finds nothing wrong with the default template', () => {
    expect(validateTemplate(defaultTemplate)).toEqual([]);
  });

  it.each(cases)('%s', (_label, change, expected) => {
    const problems = validateTemplate(edited(change));
    expect(problems.map(({ code, path }) => [code, path])).toEqual(expected);
    for (const { message } of problems) {
      expect(message.sv.trim()).not.toBe('');
      expect(message.en.trim()).not.toBe('');
    }
  });

  it('has a broken template above for every problem code', () => {
    const covered = new Set(cases.flatMap(([, , expected]) => expected.map(([code]) => code)));
    expect([...templateProblemCodes].filter((code) => !covered.has(code))).toEqual([]);
  });

  // The edges of "what the statements can reach": a threshold at the highest sum is usable.
  it.each<[string, (draft: Draft<RiskguideTemplate>) => void]>([
    [
      'step 2 high at sum ≥ 16 (all high)',
      (t) => void (t.step2.rule.levels.high[1] = { kind: 'sum_at_least', sum: 16 }),
    ],
    [
      'step 2 high at eight statements high',
      (t) => void (t.step2.rule.levels.high[0] = { kind: 'count_at_least', answer: 'high', count: 8 }),
    ],
    [
      'step 2 moderate at sum ≥ 1',
      (t) => void (t.step2.rule.levels.moderate[1] = { kind: 'sum_at_least', sum: 1 }),
    ],
    [
      'step 2 moderate at sum ≥ 8, one below high',
      (t) => void (t.step2.rule.levels.moderate[1] = { kind: 'sum_at_least', sum: 8 }),
    ],
    [
      'conflict high at sum ≥ 10',
      (t) => void (t.step3.conflict.rule.high[1] = { kind: 'sum_at_least', sum: 10 }),
    ],
    [
      'complexity very complex at sum ≥ 12',
      (t) => void (t.step3.complexity.rule.very_complex[0] = { kind: 'sum_at_least', sum: 12 }),
    ],
    [
      'complexity complex at sum ≥ 7, one below very complex',
      (t) => void (t.step3.complexity.rule.complex[0] = { kind: 'sum_at_least', sum: 7 }),
    ],
    ['step-3 points 0, 2, 5', (t) => void (t.step3.scale = { does_not_apply: 0, partly: 2, fully: 5 })],
    [
      'Glasl bands 1–2, 3–6, 7–9',
      (t) =>
        void (t.glaslBands = {
          low: { from: 1, to: 2 },
          moderate: { from: 3, to: 6 },
          high: { from: 7, to: 9 },
        }),
    ],
    [
      'a moderate-only count at a different answer than high’s',
      (t) => void t.step2.rule.levels.moderate.push({ kind: 'count_at_least', answer: 'moderate', count: 6 }),
    ],
  ])('accepts %s', (_label, change) => {
    expect(validateTemplate(edited(change))).toEqual([]);
  });

  it('explains a problem in Swedish and English', () => {
    const [problem] = validateTemplate(
      edited((t) => void (t.step2.rule.levels.moderate[1] = { kind: 'sum_at_least', sum: 9 })),
    );
    expect(problem?.message).toEqual({
      sv: 'Gränsen 9 för måttlig måste vara lägre än gränsen 9 för hög.',
      en: 'The threshold 9 for moderate must be below the threshold 9 for high.',
    });
  });
});
