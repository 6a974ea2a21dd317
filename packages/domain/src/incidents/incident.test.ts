import { describe, expect, it } from 'vitest';
import { severities } from './incident';

describe('the severities', () => {
  it('are listed most severe first', () => {
    expect(severities).toEqual(['acute', 'high', 'moderate', 'low']);
  });
});
