import { describe, expect, it } from 'vitest';
import { saveAssessmentBodySchema } from './assessments';

describe('saveAssessmentBodySchema', () => {
  it('takes answers with and without comments, and refuses an unknown answer', () => {
    const body = {
      revision: 0,
      participants: [{ name: 'Sara', function: 'security' }],
      step2Answers: { A1: { level: 'high', comment: 'Se mejlen.' }, A2: { level: 'low' } },
      step3Answers: { K1: { answer: 'partly', comment: null } },
    };
    expect(saveAssessmentBodySchema.safeParse(body).success).toBe(true);
    expect(
      saveAssessmentBodySchema.safeParse({ ...body, step3Answers: { K1: { answer: 'maybe' } } }).success,
    ).toBe(false);
    expect(
      saveAssessmentBodySchema.safeParse({ ...body, participants: [{ name: 'Sara', function: 'boss' }] })
        .success,
    ).toBe(false);
  });
});
