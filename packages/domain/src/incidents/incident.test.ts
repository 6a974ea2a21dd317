import { describe, expect, it } from 'vitest';
import { Severity, severities, severityRank } from './incident';

describe('severityRank: the order of the security unit’s queue', () => {
  it.each<[Severity | null, number]>([
    [Severity.Acute, 0],
    [Severity.High, 1],
    // Not triaged yet: sorts with moderate, after acute and high, before low.
    [null, 2],
    [Severity.Moderate, 2],
    [Severity.Low, 3],
  ])('%s → %d', (severity, rank) => {
    expect(severityRank(severity)).toBe(rank);
  });

  it('lists the severities most severe first', () => {
    expect(severities).toEqual(['acute', 'high', 'moderate', 'low']);
  });
});
