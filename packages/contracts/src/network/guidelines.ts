import { z } from 'zod';
import { EndorsementStatus, guidelineTextLimits } from '@varn/domain';
import { idSchema } from '../common';
import { dateSchema } from '../measures';
import { partyRefSchema } from '../parties';

/*
 * The ethical guidelines (issue 11 §4): versions with a Swedish and an English text and the day
 * the council adopted each, and each party's endorsement with its signed page.
 */

/** A version as lists show it. */
export const guidelineVersionSummarySchema = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    title: z.string(),
    adoptedOn: z.string().describe('YYYY-MM-DD'),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'GuidelineVersionSummary' });

export type GuidelineVersionSummary = z.infer<typeof guidelineVersionSummarySchema>;

/** `GET /api/guidelines`: every version, newest first, and the one in force today. */
export const guidelineVersionListSchema = z
  .object({
    versions: z.array(guidelineVersionSummarySchema),
    currentVersionId: z.uuid().nullable(),
  })
  .meta({ id: 'GuidelineVersionList' });

export type GuidelineVersionList = z.infer<typeof guidelineVersionListSchema>;

/** `GET /api/guidelines/{id}`: one version with its texts. */
export const guidelineVersionSchema = guidelineVersionSummarySchema
  .extend({ textSv: z.string(), textEn: z.string(), current: z.boolean() })
  .meta({ id: 'GuidelineVersion' });

export type GuidelineVersionView = z.infer<typeof guidelineVersionSchema>;

/** `POST /api/guidelines`: a new version; every party must endorse it again. */
export const createGuidelineVersionBodySchema = z
  .strictObject({
    title: z.string().trim().min(1).max(guidelineTextLimits.title),
    textSv: z.string().trim().min(1).max(guidelineTextLimits.text),
    textEn: z.string().trim().min(1).max(guidelineTextLimits.text),
    adoptedOn: dateSchema,
  })
  .meta({ id: 'CreateGuidelineVersionBody' });

export type CreateGuidelineVersionBody = z.infer<typeof createGuidelineVersionBodySchema>;

/** One party's endorsement of the version in force. */
export const endorsementRowSchema = z
  .object({
    party: partyRefSchema,
    status: z.enum(EndorsementStatus),
    signedOn: z.string().nullable(),
    signedBy: z.string().nullable().optional().describe('Not for viewers'),
    hasEvidence: z.boolean(),
  })
  .meta({ id: 'EndorsementRow' });

export type EndorsementRow = z.infer<typeof endorsementRowSchema>;

/** `GET /api/guidelines/endorsements`: every party's standing with the version in force. */
export const endorsementMatrixSchema = z
  .object({
    version: guidelineVersionSummarySchema.nullable(),
    parties: z.array(endorsementRowSchema),
  })
  .meta({ id: 'EndorsementMatrix' });

export type EndorsementMatrix = z.infer<typeof endorsementMatrixSchema>;

/** Path parameters of one party's endorsement of one version. */
export const endorsementParamsSchema = z.strictObject({ id: idSchema, partyId: idSchema });

/**
 * The form fields of `PUT /api/guidelines/{id}/endorsements/{partyId}` (multipart/form-data
 * with the signed page in "file").
 */
export const endorsementFieldsSchema = z.strictObject({
  signedBy: z.string().trim().min(1).max(guidelineTextLimits.signedBy),
  signedOn: dateSchema,
});

export type EndorsementFields = z.infer<typeof endorsementFieldsSchema>;
