import { describe, expect, it } from 'vitest';
import { defaultTemplate } from './default-template';
import { describeConditionMet, describeStep3Trigger } from './explain';
import { isCalendarDate } from './matters';
import { scoreConflict, scoreStep2 } from './scoring';

const lowStep2 = {
  A1: 'low',
  A2: 'low',
  A3: 'low',
  B1: 'low',
  B2: 'low',
  B3: 'low',
  C1: 'low',
  C2: 'low',
} as const;

describe('describeConditionMet: each kind of condition as a sentence', () => {
  it('a count of statements', () => {
    const score = scoreStep2({ ...lowStep2, A1: 'high', C1: 'high' }, defaultTemplate);
    if (!score.ok) throw new Error('not scored');
    expect(score.reasons.map(describeConditionMet)).toEqual([
      {
        sv: '2 påståenden bedömda som hög (gräns 2): A1, C1.',
        en: '2 statements answered high (threshold 2): A1, C1.',
      },
    ]);
    expect(score.step3Reasons.map(describeStep3Trigger)).toEqual([
      { sv: 'Nivån är hög eller högre.', en: 'The level is high or higher.' },
      {
        sv: 'Nivån är måttlig eller högre, och A1, C1 är bedömt som hög.',
        en: 'The level is moderate or higher, and A1, C1 is answered high.',
      },
    ]);
  });

  it('a sum', () => {
    const score = scoreStep2(
      { ...lowStep2, A1: 'moderate', A2: 'moderate', A3: 'moderate', B1: 'moderate' },
      defaultTemplate,
    );
    if (!score.ok) throw new Error('not scored');
    expect(score.reasons.map(describeConditionMet)).toEqual([
      { sv: 'Summan är 4 (gräns 4): A1, A2, A3, B1.', en: 'The sum is 4 (threshold 4): A1, A2, A3, B1.' },
    ]);
  });

  it('one of several statements', () => {
    const none = {
      K1: 'does_not_apply',
      K2: 'does_not_apply',
      K3: 'does_not_apply',
      K5: 'does_not_apply',
    } as const;
    const score = scoreConflict({ ...none, K4: 'fully' }, defaultTemplate);
    if (!score.ok) throw new Error('not scored');
    expect(score.reasons.map(describeConditionMet)).toEqual([
      { sv: 'Något av K4, K5 är bedömt som stämmer helt: K4.', en: 'One of K4, K5 is answered fully: K4.' },
    ]);
  });

  it('a step-3 trigger on a sum', () => {
    expect(
      describeStep3Trigger({
        trigger: { minLevel: 'moderate', onlyIf: { kind: 'sum_at_least', sum: 6 } },
        statementIds: ['A1'],
      }),
    ).toEqual({
      sv: 'Nivån är måttlig eller högre, och summan är minst 6.',
      en: 'The level is moderate or higher, and the sum is at least 6.',
    });
  });
});

describe('isCalendarDate', () => {
  it.each<[string, boolean]>([
    ['2026-12-14', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-12-00', false],
    ['2026-1-14', false],
    ['14/12/2026', false],
    ['2026-12-14T00:00', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });
});
