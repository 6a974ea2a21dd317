import { describe, expect, it } from 'vitest';
import { type AssessmentOutcome, compareAssessments } from './history';

const before: AssessmentOutcome = {
  templateVersion: 1,
  riskLevel: 'moderate',
  conflictLevel: 'low',
  complexityLevel: 'complex',
  cell: 'D',
  step2Answers: { A1: 'high', A2: 'low', B1: 'moderate' },
  step3Answers: { K1: 'partly', X1: 'fully' },
};

describe('compareAssessments (issue 4 §6: what changed in a reassessment)', () => {
  it('finds nothing between equal assessments', () => {
    expect(compareAssessments(before, { ...before })).toEqual({
      riskLevel: null,
      conflictLevel: null,
      complexityLevel: null,
      cell: null,
      templateVersion: null,
      answers: [],
    });
  });

  it('names every level, the cell, the version and each changed answer, step 2 before step 3', () => {
    const after: AssessmentOutcome = {
      templateVersion: 2,
      riskLevel: 'high',
      conflictLevel: 'high',
      complexityLevel: 'complex',
      cell: 'F',
      step2Answers: { A1: 'high', A2: 'high', B1: 'low', C9: 'low' },
      step3Answers: { K1: 'fully', X1: 'fully' },
    };
    expect(compareAssessments(before, after)).toEqual({
      riskLevel: { from: 'moderate', to: 'high' },
      conflictLevel: { from: 'low', to: 'high' },
      complexityLevel: null,
      cell: { from: 'D', to: 'F' },
      templateVersion: { from: 1, to: 2 },
      answers: [
        { statementId: 'A2', from: 'low', to: 'high' },
        { statementId: 'B1', from: 'moderate', to: 'low' },
        { statementId: 'C9', from: null, to: 'low' },
        { statementId: 'K1', from: 'partly', to: 'fully' },
      ],
    });
  });

  it('tells when step 3 was left out of the reassessment', () => {
    const after: AssessmentOutcome = {
      ...before,
      conflictLevel: null,
      complexityLevel: null,
      cell: null,
      step3Answers: {},
    };
    const changes = compareAssessments(before, after);
    expect(changes.cell).toEqual({ from: 'D', to: null });
    expect(changes.answers).toEqual([
      { statementId: 'K1', from: 'partly', to: null },
      { statementId: 'X1', from: 'fully', to: null },
    ]);
  });
});
