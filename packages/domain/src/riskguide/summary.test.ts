import { describe, expect, it } from 'vitest';
import { currentMatterLevel, riskguideSummary, type RiskguideSummaryFacts } from './summary';

const none: RiskguideSummaryFacts = {
  matters: [],
  screenedInPeriod: 0,
  finishedInPeriod: [],
  drafts: 0,
  measures: [],
};

const at = (text: string): Date => new Date(text);

describe('currentMatterLevel: the latest finished assessment wins over step 1', () => {
  it.each([
    [null, null, null],
    ['high', null, 'high'],
    [null, 'low', 'low'],
    ['high', 'low', 'low'],
    ['low', 'high', 'high'],
  ] as const)('screened %s, assessed %s → %s', (screeningLevel, riskLevel, level) => {
    expect(currentMatterLevel({ screeningLevel, riskLevel })).toBe(level);
  });
});

describe('riskguideSummary', () => {
  it('is all zeroes and no times for an organisation without matters', () => {
    const summary = riskguideSummary(none, '2026-11-27');
    expect(summary.now).toEqual({
      matters: 0,
      byLevel: { low: 0, moderate: 0, high: 0, none: 0 },
      waitingForAssessment: 0,
      measures: { open: 0, overdue: 0, done: 0 },
    });
    expect(summary.period.daysToFinish).toEqual({ median: null, longest: null });
    expect(Object.values(summary.period.byCell)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('counts matters by their current level, measures by status and overdue on today in Sweden', () => {
    const summary = riskguideSummary(
      {
        ...none,
        matters: [
          { screeningLevel: null, riskLevel: null, count: 4 },
          { screeningLevel: 'high', riskLevel: null, count: 2 },
          { screeningLevel: 'high', riskLevel: 'low', count: 1 },
          { screeningLevel: null, riskLevel: 'high', count: 3 },
          { screeningLevel: 'moderate', riskLevel: null, count: 5 },
        ],
        drafts: 2,
        measures: [
          { status: 'planned', dueDate: '2026-11-26', count: 2 },
          { status: 'in_progress', dueDate: '2026-11-27', count: 1 },
          { status: 'planned', dueDate: null, count: 3 },
          { status: 'done', dueDate: '2026-01-01', count: 4 },
          { status: 'cancelled', dueDate: '2026-01-01', count: 7 },
        ],
      },
      '2026-11-27',
    );
    expect(summary.now).toEqual({
      matters: 15,
      byLevel: { none: 4, high: 5, low: 1, moderate: 5 },
      waitingForAssessment: 2,
      // Due today is not overdue yet; cancelled is neither open nor done.
      measures: { open: 6, overdue: 2, done: 4 },
    });
  });

  it("counts the period's assessments by level and cell and the days from draft to signing", () => {
    const summary = riskguideSummary(
      {
        ...none,
        screenedInPeriod: 9,
        finishedInPeriod: [
          {
            riskLevel: 'high',
            cell: 'F',
            startedAt: at('2026-03-01T08:00Z'),
            finishedAt: at('2026-03-03T20:00Z'),
          },
          {
            riskLevel: 'high',
            cell: 'F',
            startedAt: at('2026-04-01T08:00Z'),
            finishedAt: at('2026-04-02T08:00Z'),
          },
          {
            riskLevel: 'moderate',
            cell: 'A',
            startedAt: at('2026-05-01T08:00Z'),
            finishedAt: at('2026-05-11T08:00Z'),
          },
          {
            riskLevel: 'low',
            cell: null,
            startedAt: at('2026-06-01T08:00Z'),
            finishedAt: at('2026-06-01T10:24Z'),
          },
        ],
      },
      '2026-11-27',
    );
    expect(summary.period.screened).toBe(9);
    expect(summary.period.assessed).toBe(4);
    expect(summary.period.byRiskLevel).toEqual({ low: 1, moderate: 1, high: 2 });
    expect(summary.period.byCell).toEqual({ A: 1, B: 0, C: 0, D: 0, E: 0, F: 2, G: 0, H: 0, I: 0 });
    // 0.1, 1, 2.5 and 10 days: the median is the mean of the middle two.
    expect(summary.period.daysToFinish).toEqual({ median: 1.8, longest: 10 });
  });
});
