import { describe, expect, it } from 'vitest';
import { defaultTemplate } from './default-template';
import {
  type AnswersRejected,
  glaslBand,
  matrixCell,
  proposeMeasures,
  scoreComplexity,
  scoreConflict,
  scoreStep2,
  screeningNeedsStep2,
  type Step2Answers,
  type Step3Answers,
} from './scoring';
import {
  ComplexityLevel,
  complexityLevels,
  type ConflictLevel,
  type MatrixCell,
  type RiskguideTemplate,
  RiskLevel,
  riskLevels,
  type ScoreCondition,
  Step3Answer,
  step3Answers,
} from './template';

// The default template `riskguide-default` v1 (issue 4 §5). Answers are written as one digit per
// statement in template order: 0 = low / does not apply, 1 = moderate / partly, 2 = high / fully.
const template = defaultTemplate;
const step2Ids = ['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'C1', 'C2'];
const conflictIds = ['K1', 'K2', 'K3', 'K4', 'K5'];
const complexityIds = ['X1', 'X2', 'X3', 'X4', 'X5', 'X6'];

const { Low, Moderate, High } = RiskLevel;
const { SimpleOrComplicated, Complex, VeryComplex } = ComplexityLevel;

function answersFrom<Answer extends string>(
  ids: readonly string[],
  scale: readonly Answer[],
  digits: string,
): Record<string, Answer> {
  if (digits.length !== ids.length) throw new Error(`${digits}: expected ${ids.length} digits`);
  return Object.fromEntries(
    ids.map((id, index) => {
      const answer = scale[Number(digits[index])];
      if (answer === undefined) throw new Error(`${digits}: not a digit 0–2 at ${index}`);
      return [id, answer];
    }),
  );
}

const step2 = (digits: string): Step2Answers => answersFrom(step2Ids, riskLevels, digits);
const conflict = (digits: string): Step3Answers => answersFrom(conflictIds, step3Answers, digits);
const complexity = (digits: string): Step3Answers => answersFrom(complexityIds, step3Answers, digits);

function scored<Score extends { readonly ok: true }>(result: Score | AnswersRejected): Score {
  if (result.ok) return result;
  throw new Error(`not scored: ${JSON.stringify(result)}`);
}

/** A condition in short: `count≥2`, `sum≥9`, `any(K4,K5)`. */
function short(condition: ScoreCondition<string>): string {
  switch (condition.kind) {
    case 'count_at_least':
      return `count≥${condition.count}`;
    case 'sum_at_least':
      return `sum≥${condition.sum}`;
    case 'any_of':
      return `any(${condition.statementIds.join(',')})`;
  }
}

/** The reasons in short: `count≥2=2:A2,A3`: condition, value compared, statements that drove it. */
const reasonsOf = (result: {
  readonly reasons: readonly {
    readonly condition: ScoreCondition<string>;
    readonly value: number;
    readonly statementIds: readonly string[];
  }[];
}): string[] =>
  result.reasons.map(
    ({ condition, value, statementIds }) => `${short(condition)}=${value}:${statementIds.join(',')}`,
  );

describe('scoreStep2: every threshold boundary of the default rule (issue 4 §5)', () => {
  // Rule: high if at least two statements are high or the sum ≥ 9; moderate if any statement is
  // high or the sum ≥ 4; otherwise low. Each block: just below, at and above one threshold, with
  // the other conditions kept from firing where the answers allow it.
  it.each<[string, string, RiskLevel, number, number, string[]]>([
    // high: at least two statements high (sum kept below 9)
    ['one high, below two', '02000000', Moderate, 2, 1, ['count≥1=1:A2']],
    ['two high, at two', '02200000', High, 4, 2, ['count≥2=2:A2,A3']],
    ['three high, above two', '02220000', High, 6, 3, ['count≥2=3:A2,A3,B1']],
    [
      'seven high',
      '22222220',
      High,
      14,
      7,
      ['count≥2=7:A1,A2,A3,B1,B2,B3,C1', 'sum≥9=14:A1,A2,A3,B1,B2,B3,C1'],
    ],
    // high: sum ≥ 9 with at most one high (the sum rule alone)
    ['sum 8, no high', '11111111', Moderate, 8, 0, ['sum≥4=8:A1,A2,A3,B1,B2,B3,C1,C2']],
    ['sum 8, one high', '12111110', Moderate, 8, 1, ['count≥1=1:A2', 'sum≥4=8:A1,A2,A3,B1,B2,B3,C1']],
    ['sum 9, one high', '12111111', High, 9, 1, ['sum≥9=9:A1,A2,A3,B1,B2,B3,C1,C2']],
    // Above 9 the sum rule cannot fire alone: a sum of 10 needs two highs.
    ['sum 10, two high', '22111111', High, 10, 2, ['count≥2=2:A1,A2', 'sum≥9=10:A1,A2,A3,B1,B2,B3,C1,C2']],
    [
      'sum 16, all high',
      '22222222',
      High,
      16,
      8,
      ['count≥2=8:A1,A2,A3,B1,B2,B3,C1,C2', 'sum≥9=16:A1,A2,A3,B1,B2,B3,C1,C2'],
    ],
    // moderate: any statement high (sum kept below 4)
    ['no high, sum 3', '00000111', Low, 3, 0, []],
    ['one high, sum 2', '00000002', Moderate, 2, 1, ['count≥1=1:C2']],
    ['one high, sum 3', '00000012', Moderate, 3, 1, ['count≥1=1:C2']],
    // moderate: sum ≥ 4 without a high
    ['all low', '00000000', Low, 0, 0, []],
    ['sum 3, no high', '11100000', Low, 3, 0, []],
    ['sum 4, no high', '11110000', Moderate, 4, 0, ['sum≥4=4:A1,A2,A3,B1']],
    ['sum 5, no high', '11111000', Moderate, 5, 0, ['sum≥4=5:A1,A2,A3,B1,B2']],
    ['sum 4, one high', '02011000', Moderate, 4, 1, ['count≥1=1:A2', 'sum≥4=4:A2,B1,B2']],
  ])('%s (%s) → %s, sum %i, %i high, because %j', (_label, digits, level, sum, highCount, reasons) => {
    const result = scored(scoreStep2(step2(digits), template));
    expect({ level: result.level, sum: result.sum, highCount: result.highCount }).toEqual({
      level,
      sum,
      highCount,
    });
    expect(reasonsOf(result)).toEqual(reasons);
    for (const reason of result.reasons) expect(reason.level).toBe(level);
  });
});

describe('scoreStep2: when step 3 is recommended (issue 4 §3, §5)', () => {
  // Rule: for high, and for moderate when A1 or C1 is high.
  it.each<[string, string, RiskLevel, boolean, string[]]>([
    ['low', '11100000', Low, false, []],
    ['moderate by the sum, A1 and C1 moderate', '11000011', Moderate, false, []],
    ['moderate, A1 high', '20000000', Moderate, true, ['moderate:A1']],
    ['moderate, C1 high', '00000020', Moderate, true, ['moderate:C1']],
    ['moderate, A2 high', '02000000', Moderate, false, []],
    ['moderate, A3 high', '00200000', Moderate, false, []],
    ['moderate, B1 high', '00020000', Moderate, false, []],
    ['moderate, B2 high', '00002000', Moderate, false, []],
    ['moderate, B3 high', '00000200', Moderate, false, []],
    ['moderate, C2 high', '00000002', Moderate, false, []],
    ['moderate, A1 moderate and another high', '12000000', Moderate, false, []],
    ['high, neither A1 nor C1 high', '02200000', High, true, ['high:']],
    ['high by the sum alone', '12111111', High, true, ['high:']],
    ['high with A1 and C1 high', '20000020', High, true, ['high:', 'moderate:A1,C1']],
  ])('%s (%s) → %s, step 3 %s, because %j', (_label, digits, level, recommend, because) => {
    const result = scored(scoreStep2(step2(digits), template));
    expect(result.level).toBe(level);
    expect(result.recommendStep3).toBe(recommend);
    expect(
      result.step3Reasons.map(({ trigger, statementIds }) => `${trigger.minLevel}:${statementIds.join(',')}`),
    ).toEqual(because);
  });
});

describe('scoreConflict: every threshold boundary of the default rule (issue 4 §5)', () => {
  // Rule: high if K4 or K5 is "fully" or the sum ≥ 6; moderate if the sum ≥ 3; otherwise low.
  it.each<[string, string, ConflictLevel, number, string[]]>([
    // high: K4 or K5 fully (sum kept below 3)
    ['K4 partly', '00010', Low, 1, []],
    ['K4 fully', '00020', High, 2, ['any(K4,K5)=1:K4']],
    ['K5 partly', '00001', Low, 1, []],
    ['K5 fully', '00002', High, 2, ['any(K4,K5)=1:K5']],
    ['K4 and K5 partly', '00011', Low, 2, []],
    ['K4 and K5 fully', '00022', High, 4, ['any(K4,K5)=2:K4,K5']],
    ['K1 fully (not in the list)', '20000', Low, 2, []],
    // high: sum ≥ 6 with neither K4 nor K5 fully
    ['sum 5', '22100', Moderate, 5, ['sum≥3=5:K1,K2,K3']],
    ['sum 6', '22200', High, 6, ['sum≥6=6:K1,K2,K3']],
    ['sum 7', '22210', High, 7, ['sum≥6=7:K1,K2,K3,K4']],
    ['sum 8, the most without K4 or K5 fully', '22211', High, 8, ['sum≥6=8:K1,K2,K3,K4,K5']],
    ['sum 6 with K5 fully', '11112', High, 6, ['any(K4,K5)=1:K5', 'sum≥6=6:K1,K2,K3,K4,K5']],
    ['all fully', '22222', High, 10, ['any(K4,K5)=2:K4,K5', 'sum≥6=10:K1,K2,K3,K4,K5']],
    // moderate: sum ≥ 3
    ['none applies', '00000', Low, 0, []],
    ['sum 2', '11000', Low, 2, []],
    ['sum 3', '11100', Moderate, 3, ['sum≥3=3:K1,K2,K3']],
    ['sum 3 with K4 and K5 partly', '00111', Moderate, 3, ['sum≥3=3:K3,K4,K5']],
    ['sum 4', '21100', Moderate, 4, ['sum≥3=4:K1,K2,K3']],
  ])('%s (%s) → %s, sum %i, because %j', (_label, digits, level, sum, reasons) => {
    const result = scored(scoreConflict(conflict(digits), template));
    expect({ level: result.level, sum: result.sum }).toEqual({ level, sum });
    expect(reasonsOf(result)).toEqual(reasons);
  });
});

describe('scoreComplexity: every threshold boundary of the default rule (issue 4 §5)', () => {
  // Rule: very complex if the sum ≥ 8; complex if the sum ≥ 4; otherwise simple or complicated.
  it.each<[string, ComplexityLevel, number, string[]]>([
    ['000000', SimpleOrComplicated, 0, []],
    ['111000', SimpleOrComplicated, 3, []],
    ['200010', SimpleOrComplicated, 3, []],
    ['111100', Complex, 4, ['sum≥4=4:X1,X2,X3,X4']],
    ['200011', Complex, 4, ['sum≥4=4:X1,X5,X6']],
    ['111110', Complex, 5, ['sum≥4=5:X1,X2,X3,X4,X5']],
    ['221110', Complex, 7, ['sum≥4=7:X1,X2,X3,X4,X5']],
    ['111111', Complex, 6, ['sum≥4=6:X1,X2,X3,X4,X5,X6']],
    ['222200', VeryComplex, 8, ['sum≥8=8:X1,X2,X3,X4']],
    ['221111', VeryComplex, 8, ['sum≥8=8:X1,X2,X3,X4,X5,X6']],
    ['222210', VeryComplex, 9, ['sum≥8=9:X1,X2,X3,X4,X5']],
    ['222222', VeryComplex, 12, ['sum≥8=12:X1,X2,X3,X4,X5,X6']],
  ])('%s → %s, sum %i, because %j', (digits, level, sum, reasons) => {
    const result = scored(scoreComplexity(complexity(digits), template));
    expect({ level: result.level, sum: result.sum }).toEqual({ level, sum });
    expect(reasonsOf(result)).toEqual(reasons);
  });
});

/**
 * Every answer set of `ids` on a three-answer scale, numbered so that the answer of statement `p`
 * is digit `p` of the index in base 3: raising that answer one step adds 3^p.
 */
function everyAnswerSet<Answer extends string>(
  ids: readonly string[],
  scale: readonly Answer[],
): Record<string, Answer>[] {
  const sets: Record<string, Answer>[] = [];
  for (let index = 0; index < 3 ** ids.length; index += 1) {
    const digits = ids.map((_id, position) => String(Math.floor(index / 3 ** position) % 3)).join('');
    sets.push(answersFrom(ids, scale, digits));
  }
  return sets;
}

/** Pairs (set, set with one answer raised one step) where the rank went down. */
function loweredByRaising(ids: readonly string[], ranks: readonly number[]): string[] {
  const lowered: string[] = [];
  ranks.forEach((rank, index) => {
    ids.forEach((id, position) => {
      if (Math.floor(index / 3 ** position) % 3 === 2) return;
      const raised = ranks[index + 3 ** position];
      if (raised === undefined || raised < rank)
        lowered.push(`set ${index}, ${id} raised: ${rank} → ${String(raised)}`);
    });
  });
  return lowered;
}

describe('raising any single answer never lowers the result (issue 4 §8), every answer set', () => {
  it('step 2: all 3^8 = 6561 answer sets, level and recommendation', () => {
    const results = everyAnswerSet(step2Ids, riskLevels).map((answers) =>
      scored(scoreStep2(answers, template)),
    );
    expect(results).toHaveLength(6561);
    // The sweep reaches every level, so a rule that stopped working would show.
    expect(new Set(results.map((result) => result.level))).toEqual(new Set(riskLevels));
    expect(
      loweredByRaising(
        step2Ids,
        results.map((result) => riskLevels.indexOf(result.level)),
      ),
    ).toEqual([]);
    expect(
      loweredByRaising(
        step2Ids,
        results.map((result) => Number(result.recommendStep3)),
      ),
    ).toEqual([]);
    expect(
      loweredByRaising(
        step2Ids,
        results.map((result) => result.sum),
      ),
    ).toEqual([]);
  });

  it('conflict: all 3^5 = 243 answer sets', () => {
    const results = everyAnswerSet(conflictIds, step3Answers).map((answers) =>
      scored(scoreConflict(answers, template)),
    );
    expect(results).toHaveLength(243);
    expect(new Set(results.map((result) => result.level))).toEqual(new Set(riskLevels));
    expect(
      loweredByRaising(
        conflictIds,
        results.map((result) => riskLevels.indexOf(result.level)),
      ),
    ).toEqual([]);
  });

  it('complexity: all 3^6 = 729 answer sets', () => {
    const results = everyAnswerSet(complexityIds, step3Answers).map((answers) =>
      scored(scoreComplexity(answers, template)),
    );
    expect(results).toHaveLength(729);
    expect(new Set(results.map((result) => result.level))).toEqual(new Set(complexityLevels));
    expect(
      loweredByRaising(
        complexityIds,
        results.map((result) => complexityLevels.indexOf(result.level)),
      ),
    ).toEqual([]);
  });

  it('the check itself finds a lowered result', () => {
    // Ranks of a single statement: low 1, moderate 0, high 2 — raising low to moderate lowers it.
    expect(loweredByRaising(['A1'], [1, 0, 2])).toEqual(['set 0, A1 raised: 1 → 0']);
  });
});

describe('answers that cannot be scored are reported, not guessed', () => {
  const all = step2('11110000');
  const { B2: _b2, ...withoutB2 } = all;

  it.each<[string, Step2Answers, 'incomplete' | 'unknown_statements', string[], string[]]>([
    ['no answers', {}, 'incomplete', step2Ids, []],
    ['B2 unanswered', withoutB2, 'incomplete', ['B2'], []],
    ['B2 null (a draft)', { ...all, B2: null }, 'incomplete', ['B2'], []],
    ['A1 and C2 null', { ...all, A1: null, C2: null }, 'incomplete', ['A1', 'C2'], []],
    ['an answer for a statement the template lacks', { ...all, D1: High }, 'unknown_statements', [], ['D1']],
    ['both', { ...withoutB2, K1: High }, 'incomplete', ['B2'], ['K1']],
  ])('step 2, %s → %s', (_label, answers, reason, missing, unknown) => {
    expect(scoreStep2(answers, template)).toStrictEqual({ ok: false, reason, missing, unknown });
  });

  it('conflict, K5 unanswered → incomplete', () => {
    const { K5: _k5, ...answers } = conflict('22222');
    expect(scoreConflict(answers, template)).toStrictEqual({
      ok: false,
      reason: 'incomplete',
      missing: ['K5'],
      unknown: [],
    });
  });

  it('complexity, given the conflict answers → incomplete, the conflict ids unknown', () => {
    expect(scoreComplexity(conflict('00000'), template)).toStrictEqual({
      ok: false,
      reason: 'incomplete',
      missing: complexityIds,
      unknown: conflictIds,
    });
  });
});

describe('the rules are read from the template, not from code (issue 4 §5)', () => {
  const stricter: RiskguideTemplate = {
    ...template,
    step2: {
      ...template.step2,
      rule: {
        ...template.step2.rule,
        levels: { ...template.step2.rule.levels, high: [{ kind: 'sum_at_least', sum: 5 }] },
      },
    },
    step3: {
      ...template.step3,
      conflict: {
        ...template.step3.conflict,
        rule: {
          ...template.step3.conflict.rule,
          high: [{ kind: 'any_of', statementIds: ['K1'], answer: Step3Answer.Partly }],
        },
      },
    },
  };

  it.each<[string, RiskLevel, RiskLevel]>([
    ['11110000', Moderate, Moderate],
    ['11111000', Moderate, High],
    ['02200000', High, Moderate],
  ])('step 2 %s: default %s, with high at sum ≥ 5 only %s', (digits, byDefault, byStricter) => {
    expect(scored(scoreStep2(step2(digits), template)).level).toBe(byDefault);
    expect(scored(scoreStep2(step2(digits), stricter)).level).toBe(byStricter);
  });

  it.each<[string, ConflictLevel, ConflictLevel]>([
    ['10000', Low, High],
    ['00020', High, Low],
  ])(
    'conflict %s: default %s, with high when K1 applies at least partly %s',
    (digits, byDefault, byStricter) => {
      expect(scored(scoreConflict(conflict(digits), template)).level).toBe(byDefault);
      expect(scored(scoreConflict(conflict(digits), stricter)).level).toBe(byStricter);
    },
  );
});

describe('matrixCell: every cell (issue 4 §4, rows complexity, columns conflict)', () => {
  it.each<[ComplexityLevel, ConflictLevel, MatrixCell]>([
    [SimpleOrComplicated, Low, 'A'],
    [SimpleOrComplicated, Moderate, 'B'],
    [SimpleOrComplicated, High, 'C'],
    [Complex, Low, 'D'],
    [Complex, Moderate, 'E'],
    [Complex, High, 'F'],
    [VeryComplex, Low, 'G'],
    [VeryComplex, Moderate, 'H'],
    [VeryComplex, High, 'I'],
  ])('%s × %s → %s', (complexityLevel, conflictLevel, cell) => {
    expect(matrixCell(conflictLevel, complexityLevel, template)).toBe(cell);
  });

  it.each<[string, string, MatrixCell]>([
    ['00000', '000000', 'A'],
    ['00022', '111100', 'F'],
    ['11100', '222200', 'H'],
  ])('from the answers: conflict %s, complexity %s → %s', (conflictDigits, complexityDigits, cell) => {
    const conflictLevel = scored(scoreConflict(conflict(conflictDigits), template)).level;
    const complexityLevel = scored(scoreComplexity(complexity(complexityDigits), template)).level;
    expect(matrixCell(conflictLevel, complexityLevel, template)).toBe(cell);
  });
});

describe('glaslBand: conflict level on Glasl’s nine steps (issue 4 §4)', () => {
  it.each<[ConflictLevel, number, number]>([
    [Low, 1, 3],
    [Moderate, 4, 6],
    [High, 7, 9],
  ])('%s → steps %i–%i', (level, from, to) => {
    expect(glaslBand(level, template)).toEqual({ from, to });
  });
});

describe('proposeMeasures: the measure library per cell, in library order (issue 4 §5)', () => {
  it.each<[MatrixCell, string[]]>([
    ['A', ['inform_early']],
    [
      'B',
      ['inform_early', 'communication_plan', 'security_review', 'report_crimes', 'inform_party_contacts'],
    ],
    [
      'C',
      [
        'inform_early',
        'communication_plan',
        'external_facilitator',
        'security_review',
        'guards',
        'police_consultation',
        'support_singled_out',
        'remove_staff_names',
        'report_crimes',
        'inform_party_contacts',
      ],
    ],
    ['D', ['inform_early', 'dialogue']],
    [
      'E',
      [
        'inform_early',
        'communication_plan',
        'dialogue',
        'security_review',
        'report_crimes',
        'inform_party_contacts',
      ],
    ],
    [
      'F',
      [
        'inform_early',
        'communication_plan',
        'external_facilitator',
        'security_review',
        'guards',
        'police_consultation',
        'support_singled_out',
        'remove_staff_names',
        'report_crimes',
        'inform_party_contacts',
      ],
    ],
    ['G', ['inform_early', 'dialogue', 'flexible_timetable']],
    [
      'H',
      [
        'inform_early',
        'communication_plan',
        'dialogue',
        'security_review',
        'support_singled_out',
        'report_crimes',
        'flexible_timetable',
        'inform_party_contacts',
      ],
    ],
    [
      'I',
      [
        'inform_early',
        'communication_plan',
        'external_facilitator',
        'security_review',
        'guards',
        'police_consultation',
        'support_singled_out',
        'remove_staff_names',
        'report_crimes',
        'flexible_timetable',
        'inform_party_contacts',
      ],
    ],
  ])('%s → %j', (cell, ids) => {
    expect(proposeMeasures(cell, template).map((measure) => measure.id)).toEqual(ids);
  });
});

describe('screeningNeedsStep2: moderate and high go on to step 2 (issue 4 §2)', () => {
  it.each<[RiskLevel, boolean]>([
    [Low, false],
    [Moderate, true],
    [High, true],
  ])('%s → %s', (level, goesOn) => {
    expect(screeningNeedsStep2(level)).toBe(goesOn);
  });
});
