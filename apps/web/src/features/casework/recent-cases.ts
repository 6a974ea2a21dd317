import type { IncidentSummary } from '@varn/contracts';
import type { I18n } from '../../lib/i18n/i18n';
import type { Option } from '../../components/fields';

/** The start of a description, for a choice in a list. */
export function shorten(text: string, length = 60): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/** The recent cases that may be linked to a case: not the case itself, nor one linked already. */
export function linkableCases<C extends { readonly id: string }>(
  recentCases: readonly C[],
  caseId: string,
  linked: readonly { readonly id: string }[],
): C[] {
  return recentCases.filter(
    (candidate) => candidate.id !== caseId && !linked.some((item) => item.id === candidate.id),
  );
}

/** Cases as choices of a select: reference, date reported and the start of the description. */
export function recentCaseOptions(
  cases: readonly Pick<IncidentSummary, 'id' | 'reference' | 'reportedAt' | 'excerpt'>[],
  { t, date }: Pick<I18n, 't' | 'date'>,
): Option[] {
  return cases.map((candidate) => ({
    value: candidate.id,
    label: t('casework.recentCase', {
      reference: candidate.reference,
      date: date(candidate.reportedAt),
      excerpt: shorten(candidate.excerpt),
    }),
  }));
}
