import type {
  CreateTaxonomyEntryBody,
  Taxonomy,
  TaxonomyEntryView,
  UpdateTaxonomyEntryBody,
} from '@varn/contracts';
import type { TaxonomyKind } from '@varn/domain';
import { apiRequest } from './client';

/** `GET /api/incident-taxonomy`. */
export function getTaxonomy(signal?: AbortSignal): Promise<Taxonomy> {
  return apiRequest('GET', '/api/incident-taxonomy', { signal });
}

/** `POST /api/incident-taxonomy` (admin). */
export function addTaxonomyEntry(body: CreateTaxonomyEntryBody): Promise<TaxonomyEntryView> {
  return apiRequest('POST', '/api/incident-taxonomy', { body });
}

/** `PATCH /api/incident-taxonomy/{kind}/{code}` (admin). */
export function updateTaxonomyEntry(
  kind: TaxonomyKind,
  code: string,
  body: UpdateTaxonomyEntryBody,
): Promise<TaxonomyEntryView> {
  return apiRequest('PATCH', `/api/incident-taxonomy/${kind}/${encodeURIComponent(code)}`, {
    body,
  });
}
