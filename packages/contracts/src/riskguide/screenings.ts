import { z } from 'zod';
import { maxScreeningRows, riskguideTextLimits, RiskLevel } from '@varn/domain';
import { idSchema } from '../common';
import { createMatterBodySchema, titleWarningSchema } from './matters';
import { bilingualSchema, matterReferenceSchema, optionalText, person, templateIdSchema } from './shared';

// Riskguide step 1: screening (issue 4 §2).

/** One row of a screening: an existing matter (`matterId`) or a new one (`matter`), never both. */
export const screeningRowBodySchema = z
  .strictObject({
    matterId: idSchema.optional(),
    matter: createMatterBodySchema.optional(),
    level: z.enum(RiskLevel),
    reason: optionalText(riskguideTextLimits.screeningReason),
    /** The template's prompts by id (P1–P4 by default): true when ticked; a missing prompt is not ticked. */
    prompts: z.record(templateIdSchema, z.boolean()).optional(),
  })
  .refine((row) => (row.matterId === undefined) !== (row.matter === undefined), {
    message: 'matter_choice',
    path: ['matterId'],
  });

/** `POST /api/screenings`: a batch (e.g. a whole agenda), screened by the caller now. */
export const createScreeningBodySchema = z
  .strictObject({
    title: optionalText(riskguideTextLimits.screeningTitle),
    rows: z.array(screeningRowBodySchema).min(1).max(maxScreeningRows),
  })
  .meta({ id: 'CreateScreeningBody' });

export type CreateScreeningBody = z.infer<typeof createScreeningBodySchema>;

/** A screening batch with its rows. */
export const screeningSchema = z
  .object({
    id: z.uuid(),
    title: z.string().nullable(),
    screenedAt: z.iso.datetime(),
    screenedBy: person.nullable(),
    templateVersion: z.number().int(),
    prompts: z.array(z.object({ id: z.string(), text: bilingualSchema })),
    rows: z.array(
      z.object({
        id: z.uuid(),
        matter: matterReferenceSchema.extend({ titleWarnings: z.array(titleWarningSchema) }),
        level: z.enum(RiskLevel),
        reason: z.string().nullable(),
        prompts: z.record(z.string(), z.boolean()),
        needsStep2: z.boolean().describe('Moderate and high go on to step 2'),
        queuedAt: z.iso.datetime().nullable().describe('When it was sent on to step 2'),
      }),
    ),
  })
  .meta({ id: 'Screening' });

export type Screening = z.infer<typeof screeningSchema>;

/** `GET /api/screenings`: the batches, newest first, with the counts of their rows. */
export const screeningListSchema = z
  .object({
    screenings: z.array(
      z.object({
        id: z.uuid(),
        title: z.string().nullable(),
        screenedAt: z.iso.datetime(),
        screenedBy: person.nullable(),
        rows: z.number().int(),
        needsStep2: z.number().int(),
        queued: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'ScreeningList' });

export type ScreeningList = z.infer<typeof screeningListSchema>;
