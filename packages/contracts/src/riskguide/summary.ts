import { z } from 'zod';
import { MatrixCell, RiskLevel } from '@varn/domain';
import { matrixRowSchema } from './shared';

// Riskguide in figures (issue 4 §7: viewers read aggregates).

const countsOf = <K extends string>(keys: readonly [K, ...K[]]) =>
  z.object(Object.fromEntries(keys.map((key) => [key, z.number().int()])) as Record<K, z.ZodNumber>);

/**
 * Riskguide in figures: counts only — never a title, an answer or a name. `now` is the state at
 * the time of the request; `period` is what happened between `from` and `to`.
 */
export const riskguideSummarySchema = z
  .object({
    from: z.iso.datetime(),
    to: z.iso.datetime(),
    now: z.object({
      matters: z.number().int(),
      byLevel: countsOf([
        ...(Object.values(RiskLevel) as [RiskLevel, ...RiskLevel[]]),
        'none',
      ] as const).describe(
        "By the latest finished assessment's level, else the latest screening's; none: neither",
      ),
      waitingForAssessment: z.number().int().describe('Draft assessments (sent on to step 2, not finished)'),
      measures: z.object({ open: z.number().int(), overdue: z.number().int(), done: z.number().int() }),
    }),
    matrix: z
      .object({
        simple_or_complicated: matrixRowSchema,
        complex: matrixRowSchema,
        very_complex: matrixRowSchema,
      })
      .describe("The current template's matrix: where each cell lies (rows complexity, columns conflict)"),
    period: z.object({
      screened: z.number().int().describe('Matters screened in step 1, each counted once'),
      assessed: z.number().int().describe('Assessments finished (signed)'),
      byRiskLevel: countsOf(Object.values(RiskLevel) as [RiskLevel, ...RiskLevel[]]),
      byCell: countsOf(Object.values(MatrixCell) as [MatrixCell, ...MatrixCell[]]),
      daysToFinish: z.object({ median: z.number().nullable(), longest: z.number().nullable() }),
    }),
  })
  .meta({ id: 'RiskguideSummary' });

export type RiskguideSummaryView = z.infer<typeof riskguideSummarySchema>;
