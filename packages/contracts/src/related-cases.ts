import { z } from 'zod';
import { IncidentStatus, RelatedReason, Severity } from '@varn/domain';
import { idSchema } from './common';

/**
 * Related cases (issue 9 §2): searching the organisation's cases by reference or words, the
 * suggestions for one case and why, and linking a case to another (its series). Security unit.
 */

/** A case as a search result or a suggestion shows it: enough to recognise it, no names. */
export const relatedCaseSchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    reportedAt: z.iso.datetime(),
    status: z.enum(IncidentStatus),
    severity: z.enum(Severity).nullable(),
    excerpt: z.string().describe('The first 160 characters of the description'),
  })
  .meta({ id: 'RelatedCase' });

export type RelatedCase = z.infer<typeof relatedCaseSchema>;

/** `GET /api/incidents/search`: a reference ("2026-0042", "0042") or words of the description. */
export const incidentSearchQuerySchema = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .describe('A case reference, or words that all occur in the description'),
  limit: z.coerce.number().int().min(1).max(50).optional(),
});

export type IncidentSearchQuery = z.infer<typeof incidentSearchQuerySchema>;

export const incidentSearchResultSchema = z
  .object({ incidents: z.array(relatedCaseSchema) })
  .meta({ id: 'IncidentSearchResult' });

export type IncidentSearchResult = z.infer<typeof incidentSearchResultSchema>;

/** One reason of a suggestion (domain `RelatedReasonDetail`). */
export const relatedReasonSchema = z
  .discriminatedUnion('reason', [
    z.object({
      reason: z.literal(RelatedReason.SamePerpetrator),
      identifiers: z.array(z.string()).describe('The shared perpetrator identifiers, normalised'),
    }),
    z.object({ reason: z.literal(RelatedReason.SameTarget) }),
    z.object({
      reason: z.literal(RelatedReason.SimilarText),
      sharedTerms: z.number().int().describe('Words (stems) the descriptions share'),
    }),
  ])
  .meta({ id: 'RelatedReason' });

export type RelatedReasonView = z.infer<typeof relatedReasonSchema>;

/** `GET /api/incidents/{id}/suggestions`: cases to link, strongest reason first. */
export const relatedSuggestionListSchema = z
  .object({
    suggestions: z.array(
      z.object({ incident: relatedCaseSchema, reasons: z.array(relatedReasonSchema).min(1) }),
    ),
    similarTextFrom: z.iso.datetime().describe('Similar descriptions are looked for from this time …'),
    similarTextTo: z.iso.datetime().describe('… to this time'),
  })
  .meta({ id: 'RelatedSuggestionList' });

export type RelatedSuggestionList = z.infer<typeof relatedSuggestionListSchema>;

/** `POST /api/incidents/{id}/links`: links a case to this one (both ways). */
export const incidentLinkBodySchema = z
  .strictObject({ incidentId: idSchema })
  .meta({ id: 'IncidentLinkBody' });

export type IncidentLinkBody = z.infer<typeof incidentLinkBodySchema>;

/** `DELETE /api/incidents/{id}/links/{linkedId}`. */
export const incidentLinkParamsSchema = z.strictObject({ id: idSchema, linkedId: idSchema });
