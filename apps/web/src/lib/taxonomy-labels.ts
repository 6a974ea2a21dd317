import { defaultTaxonomy, type TaxonomyKind } from '@varn/domain';
import type { Locale, Taxonomy, TaxonomyEntryView } from '@varn/contracts';
import { getTaxonomy } from './api/taxonomy';
import { useQuery, type Query } from './use-query';

/**
 * The incident lists the organisation keeps as data (categories, channels, perpetrator types),
 * with a Swedish and an English label each. The fixed codes of the domain (severity, status,
 * roles …) are named in `incident-labels.ts`, from the catalogues.
 */

/** The organisation's lists (`GET /api/incident-taxonomy`), active and inactive entries. */
export function useTaxonomy(): Query<Taxonomy> {
  return useQuery(getTaxonomy);
}

/**
 * The label of a list entry in the UI language. Given a code, the entry is looked up in
 * `entries`, then among the default entries; an unknown code (a newer server's) is shown as is.
 */
export function taxonomyLabel(
  entry: TaxonomyEntryView | string,
  kind: TaxonomyKind,
  locale: Locale,
  entries: readonly TaxonomyEntryView[] = [],
): string {
  const found =
    typeof entry === 'string'
      ? entries.find((candidate) => candidate.kind === kind && candidate.code === entry)
      : entry;
  if (found) return locale === 'en' ? found.labelEn : found.labelSv;
  const code = typeof entry === 'string' ? entry : '';
  const fallback = defaultTaxonomy.find((candidate) => candidate.kind === kind && candidate.code === code);
  if (fallback) return locale === 'en' ? fallback.en : fallback.sv;
  return code;
}

/**
 * The choices of a list for a form: its active entries in the list's order, plus any inactive
 * entry in `keep` (a value already chosen, so that editing an old record does not lose it).
 */
export function taxonomyOptions(
  entries: readonly TaxonomyEntryView[],
  kind: TaxonomyKind,
  locale: Locale,
  keep: readonly string[] = [],
): { readonly value: string; readonly label: string }[] {
  return entries
    .filter((entry) => entry.kind === kind && (entry.active || keep.includes(entry.code)))
    .map((entry) => ({ value: entry.code, label: taxonomyLabel(entry, kind, locale) }));
}
