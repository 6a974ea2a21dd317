import { describe, expect, it } from 'vitest';
import {
  answerRefusals,
  assessAnswers,
  participantRefusals,
  step3Begun,
  whatFinishWouldRefuse,
} from './assessment';
import { defaultTemplate } from './default-template';
import { matrixCell, scoreComplexity, scoreConflict, scoreStep2 } from './scoring';
import { step2Statements, type RiskLevel, type Step3Answer } from './template';

const step2Ids = step2Statements(defaultTemplate).map((statement) => statement.id);
const conflictIds = defaultTemplate.step3.conflict.statements.map((statement) => statement.id);
const complexityIds = defaultTemplate.step3.complexity.statements.map((statement) => statement.id);
const step3Ids = [...conflictIds, ...complexityIds];
const every = <A>(ids: readonly string[], answer: A) => Object.fromEntries(ids.map((id) => [id, answer]));
const anna = { name: 'Anna Andersson', function: 'security' };

describe('participantRefusals', () => {
  it.each([
    ['one complete participant', [anna], {}],
    ['no row at all', [], { participants: 'participants_required' }],
    ['only an empty row', [{ name: ' ', function: '' }], { participants: 'participants_required' }],
    [
      'a name without a function',
      [anna, { name: 'Bo', function: null }],
      { 'participants.1.function': 'participant_function_required' },
    ],
    [
      'a function without a name',
      [{ name: '', function: 'committee' }],
      { 'participants.0.name': 'participant_name_required' },
    ],
    ['an empty row beside a complete one', [anna, { name: '', function: '' }], {}],
  ])('%s', (_name, participants, expected) => {
    expect(participantRefusals(participants)).toEqual(expected);
  });
});

describe('answerRefusals', () => {
  const step2 = every<RiskLevel | null>(step2Ids, 'low');
  it('accepts step 2 complete and step 3 not begun, or complete', () => {
    expect(answerRefusals({ step2, step3: {} }, defaultTemplate)).toEqual({});
    expect(answerRefusals({ step2, step3: every<Step3Answer>(step3Ids, 'partly') }, defaultTemplate)).toEqual(
      {},
    );
  });
  it('asks for each unanswered step-2 statement', () => {
    const [first = '', ...rest] = step2Ids;
    expect(answerRefusals({ step2: { ...step2, [first]: null }, step3: {} }, defaultTemplate)).toEqual({
      [`step2Answers.${first}`]: 'answer_required',
    });
    expect(rest.length).toBeGreaterThan(0);
  });
  it('asks for the rest of step 3 once any statement is answered; a null answer is not begun', () => {
    const [first = '', ...rest] = step3Ids;
    expect(answerRefusals({ step2, step3: { [first]: null } }, defaultTemplate)).toEqual({});
    expect(answerRefusals({ step2, step3: { [first]: 'fully' } }, defaultTemplate)).toEqual(
      Object.fromEntries(rest.map((id) => [`step3Answers.${id}`, 'step3_incomplete'])),
    );
  });
  it('refuses answers to statements the template version does not have', () => {
    expect(
      answerRefusals(
        { step2: { ...step2, Z9: 'high' }, step3: { Y1: 'fully', ...every(step3Ids, 'partly') } },
        defaultTemplate,
      ),
    ).toEqual({ 'step2Answers.Z9': 'unknown_statement', 'step3Answers.Y1': 'unknown_statement' });
  });
});

describe('whatFinishWouldRefuse', () => {
  it('reports the group and the answers together, all at once', () => {
    expect(
      whatFinishWouldRefuse(
        { participants: [], step2: {}, step3: { [conflictIds[0] ?? '']: 'fully' } },
        defaultTemplate,
      ),
    ).toEqual({
      participants: 'participants_required',
      ...Object.fromEntries(step2Ids.map((id) => [`step2Answers.${id}`, 'answer_required'])),
      ...Object.fromEntries(step3Ids.slice(1).map((id) => [`step3Answers.${id}`, 'step3_incomplete'])),
    });
  });
});

describe('step3Begun', () => {
  it.each([
    [{}, false],
    [{ K1: null }, false],
    [{ K1: undefined }, false],
    [{ K1: null, X1: 'partly' as const }, true],
  ])('%j → %s', (answers, begun) => {
    expect(step3Begun(answers)).toBe(begun);
  });
});

describe('assessAnswers', () => {
  it('has no result before step 2 is complete', () => {
    expect(assessAnswers({ step2: {}, step3: {} }, defaultTemplate)).toEqual({
      step2: null,
      step3: null,
      proposedMeasures: [],
    });
  });

  it.each(['low', 'moderate', 'high'] as const)(
    'scores step 2 answered %s as the domain scoring does',
    (level) => {
      const step2 = every<RiskLevel>(step2Ids, level);
      expect(assessAnswers({ step2, step3: {} }, defaultTemplate)).toEqual({
        step2: scoreStep2(step2, defaultTemplate),
        step3: null,
        proposedMeasures: [],
      });
    },
  );

  it.each(['does_not_apply', 'partly', 'fully'] as const)(
    'puts step 3 answered %s in its matrix cell with the cell’s measures',
    (answer) => {
      const step3 = every<Step3Answer>(step3Ids, answer);
      const result = assessAnswers({ step2: every<RiskLevel>(step2Ids, 'low'), step3 }, defaultTemplate);
      const conflict = scoreConflict(every(conflictIds, answer), defaultTemplate);
      const complexity = scoreComplexity(every(complexityIds, answer), defaultTemplate);
      if (!conflict.ok || !complexity.ok) throw new Error('complete answers must score');
      const cell = matrixCell(conflict.level, complexity.level, defaultTemplate);
      expect(result.step3).toEqual({
        conflict,
        complexity,
        cell,
        glaslBand: defaultTemplate.glaslBands[conflict.level],
      });
      expect(result.proposedMeasures.map((measure) => measure.id)).toEqual(
        defaultTemplate.measures
          .filter((measure) => measure.cells.includes(cell))
          .map((measure) => measure.id),
      );
    },
  );

  it('leaves an incomplete step 3 out, and ignores answers the template lacks', () => {
    const step2 = every<RiskLevel>(step2Ids, 'moderate');
    const result = assessAnswers(
      { step2: { ...step2, Z9: 'high' }, step3: { [conflictIds[0] ?? '']: 'fully' } },
      defaultTemplate,
    );
    expect(result.step2).toEqual(scoreStep2(step2, defaultTemplate));
    expect(result.step3).toBeNull();
  });
});
