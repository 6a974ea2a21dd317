import { z } from 'zod';
import { MatrixCell, RiskLevel, Step3Answer } from '@varn/domain';

/*
 * Building blocks that several Riskguide contracts share. The barrel (`../riskguide.ts`) does not
 * re-export this file: these are parts of the published schemas, not schemas of their own.
 */

/** A person as the Riskguide views name them: id and display name. */
export const person = z.object({ id: z.uuid(), name: z.string() });
/** A text in both languages, as stored or as shown. */
export const bilingualSchema = z.object({ sv: z.string(), en: z.string() });
/** Optional text of a form: `null` or `""` clears it. */
export const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
/** An id of a template's statement, prompt, theme or measure, e.g. `A1`, `P3`, `inform_early`. */
export const templateIdSchema = z.string().max(40);

/** A condition of a step-2 rule of a template (`RiskLevel` answers). */
export const step2ConditionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('count_at_least'), answer: z.enum(RiskLevel), count: z.number() }),
  z.strictObject({ kind: z.literal('sum_at_least'), sum: z.number() }),
  z.strictObject({
    kind: z.literal('any_of'),
    statementIds: z.array(templateIdSchema).max(50),
    answer: z.enum(RiskLevel),
  }),
]);
/** A condition of a step-3 rule of a template (`Step3Answer` answers). */
export const step3ConditionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('count_at_least'), answer: z.enum(Step3Answer), count: z.number() }),
  z.strictObject({ kind: z.literal('sum_at_least'), sum: z.number() }),
  z.strictObject({
    kind: z.literal('any_of'),
    statementIds: z.array(templateIdSchema).max(50),
    answer: z.enum(Step3Answer),
  }),
]);
/** One row of the A–I matrix: the cell for each conflict level. */
export const matrixRowSchema = z.strictObject({
  low: z.enum(MatrixCell),
  moderate: z.enum(MatrixCell),
  high: z.enum(MatrixCell),
});

/** The matter an assessment or a screening row is about, as the lists name it. */
export const matterReferenceSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  diaryNumber: z.string().nullable(),
  body: z.string().nullable(),
  decisionDate: z.string().nullable(),
});
