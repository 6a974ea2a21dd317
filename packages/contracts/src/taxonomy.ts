import { z } from 'zod';
import { isTaxonomyCode, TaxonomyKind } from '@varn/domain';

/** A code of a list entry (category, channel, perpetrator type). */
export const taxonomyCodeSchema = z.string().refine(isTaxonomyCode, { message: 'invalid_code_format' });

/** One entry of the report form's lists, with both labels. Inactive entries stay on old reports. */
export const taxonomyEntrySchema = z
  .object({
    kind: z.enum(TaxonomyKind),
    code: z.string(),
    labelSv: z.string(),
    labelEn: z.string(),
    active: z.boolean(),
  })
  .meta({ id: 'TaxonomyEntry' });

export type TaxonomyEntryView = z.infer<typeof taxonomyEntrySchema>;

export const taxonomySchema = z.object({ entries: z.array(taxonomyEntrySchema) }).meta({ id: 'Taxonomy' });

export type Taxonomy = z.infer<typeof taxonomySchema>;

const label = z.string().trim().min(1).max(120);

/** `POST /api/incident-taxonomy` (admin): a new entry with a stable code. */
export const createTaxonomyEntryBodySchema = z
  .strictObject({ kind: z.enum(TaxonomyKind), code: taxonomyCodeSchema, labelSv: label, labelEn: label })
  .meta({ id: 'CreateTaxonomyEntryBody' });

export type CreateTaxonomyEntryBody = z.infer<typeof createTaxonomyEntryBodySchema>;

/** `PATCH /api/incident-taxonomy/{kind}/{code}` (admin): new labels, or (de)activation. The code never changes. */
export const updateTaxonomyEntryBodySchema = z
  .strictObject({ labelSv: label.optional(), labelEn: label.optional(), active: z.boolean().optional() })
  .meta({ id: 'UpdateTaxonomyEntryBody' });

export type UpdateTaxonomyEntryBody = z.infer<typeof updateTaxonomyEntryBodySchema>;

/** Path of one entry. */
export const taxonomyEntryParamsSchema = z.strictObject({
  kind: z.enum(TaxonomyKind),
  code: z.string().max(40),
});
