import { z } from 'zod';
import { ComplexityLevel, MatrixCell, matterTextLimits, RiskLevel, TitleWarningKind } from '@varn/domain';
import { idSchema } from '../common';
import { dateSchema, measureSchema } from '../measures';
import { optionalText, person } from './shared';

// Riskguide: matters (ärenden) (issue 4 §1).

/** A warning that a title may not be neutral (domain `titleWarnings`): shown, never blocking. */
export const titleWarningSchema = z
  .object({
    kind: z.enum(TitleWarningKind),
    match: z.string().describe('The text found'),
    start: z.number().int(),
    end: z.number().int().describe('Exclusive'),
    term: z.string().optional().describe("For a sensitive term: the entry of the organisation's list"),
  })
  .meta({ id: 'TitleWarning' });

export type TitleWarningView = z.infer<typeof titleWarningSchema>;

const matterFields = {
  title: z.string().trim().min(1).max(matterTextLimits.title),
  diaryNumber: optionalText(matterTextLimits.diaryNumber),
  /** Fullmäktige, kommunstyrelsen or a nämnd. */
  body: optionalText(matterTextLimits.body),
  decisionDate: dateSchema.nullable().optional(),
  description: optionalText(matterTextLimits.description),
  responsibleOfficial: optionalText(matterTextLimits.responsibleOfficial),
};

/** `POST /api/matters`: a matter (ärende). The response carries warnings about a title that is not neutral. */
export const createMatterBodySchema = z.strictObject(matterFields).meta({ id: 'CreateMatterBody' });

export type CreateMatterBody = z.infer<typeof createMatterBodySchema>;

/**
 * `GET /api/matters/sensitive-terms` (screeners): the organisation's words that should not be in a
 * matter's title, so that the form can warn while the title is typed (the server warns again).
 */
export const sensitiveTermsSchema = z.object({ terms: z.array(z.string()) }).meta({ id: 'SensitiveTerms' });

export type SensitiveTerms = z.infer<typeof sensitiveTermsSchema>;

/** `PATCH /api/matters/{id}`: only the fields sent change. */
export const updateMatterBodySchema = z
  .strictObject({ ...matterFields, title: matterFields.title.optional() })
  .meta({ id: 'UpdateMatterBody' });

export type UpdateMatterBody = z.infer<typeof updateMatterBodySchema>;

/**
 * A matter's result as everyone who reads matters may see it: the latest step-1 level and the
 * latest finished assessment's levels and cell — never the answers (OSL 18 kap. 8 §).
 */
export const matterResultSchema = z
  .object({
    screeningLevel: z.enum(RiskLevel).nullable(),
    screenedAt: z.iso.datetime().nullable(),
    riskLevel: z.enum(RiskLevel).nullable().describe('Step 2 of the latest finished assessment'),
    conflictLevel: z.enum(RiskLevel).nullable(),
    complexityLevel: z.enum(ComplexityLevel).nullable(),
    cell: z.enum(MatrixCell).nullable(),
    assessedAt: z.iso.datetime().nullable(),
    templateVersion: z.number().int().nullable(),
    assessmentInProgress: z.boolean().describe('A draft assessment exists (queued for step 2)'),
  })
  .meta({ id: 'MatterResult' });

const matterCore = {
  id: z.uuid(),
  title: z.string(),
  diaryNumber: z.string().nullable(),
  body: z.string().nullable(),
  decisionDate: z.string().nullable(),
  responsibleOfficial: z.string().nullable(),
  titleWarnings: z.array(titleWarningSchema),
};

/** One matter of a list. */
export const matterSummarySchema = z
  .object({ ...matterCore, result: matterResultSchema })
  .meta({ id: 'MatterSummary' });

export type MatterSummary = z.infer<typeof matterSummarySchema>;

/** `GET /api/matters`: one page of matters and `total`, how many match the filters. */
export const matterListSchema = z
  .object({ matters: z.array(matterSummarySchema), total: z.number().int() })
  .meta({ id: 'MatterList' });

export type MatterList = z.infer<typeof matterListSchema>;

/** `GET /api/matters` filters. */
export const matterQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional().describe('Part of the title or diary number'),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).max(100_000).optional(),
});

export type MatterQuery = z.infer<typeof matterQuerySchema>;

/**
 * `GET /api/matters/{id}`. `measures` is `null` for a caller who may not see them (secretaries
 * read only the result level).
 */
export const matterDetailSchema = z
  .object({
    ...matterCore,
    description: z.string().nullable(),
    createdAt: z.iso.datetime(),
    createdBy: person.nullable(),
    result: matterResultSchema,
    measures: z.array(measureSchema).nullable(),
  })
  .meta({ id: 'MatterDetail' });

export type MatterDetail = z.infer<typeof matterDetailSchema>;

/** Path of one measure of a matter. */
export const matterMeasureParamsSchema = z.strictObject({ id: idSchema, measureId: idSchema });
