import {
  defaultTaxonomy,
  type Consequence,
  type IncidentStatus,
  type MeasureStatus,
  type MeasureType,
  type Motive,
  type PlainStatus,
  type PoliceReportStatus,
  type Severity,
  type SignalStatus,
  type TargetKind,
  type TargetRole,
  type TaxonomyKind,
  type Urgency,
} from '@varn/domain';
import type { Locale, Taxonomy, TaxonomyEntryView } from '@varn/contracts';
import { getTaxonomy } from './api/taxonomy';
import { useQuery, type Query } from './use-query';
import type { I18n } from './i18n/i18n';

/**
 * Names of the incident vocabulary in the UI language: the lists the organisation keeps as data
 * (categories, channels, perpetrator types, with a Swedish and an English label each) and the
 * fixed codes of the domain (severity, status, roles …), whose names are in the catalogues.
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

type T = I18n['t'];

/** "Akut" for `acute`. */
export const severityLabel = (severity: Severity, t: T): string => t(`severity.${severity}`);

/** The security unit's status: "Under bedömning" for `assessing`. */
export const incidentStatusLabel = (status: IncidentStatus, t: T): string => t(`incidentStatus.${status}`);

/** The status as the reporter sees it: "Under handläggning" for `in_progress`. */
export const plainStatusLabel = (status: PlainStatus, t: T): string => t(`plainStatus.${status}`);

/** One sentence on what a plain status means for the reporter. */
export const plainStatusHelp = (status: PlainStatus, t: T): string => t(`plainStatusHelp.${status}`);

/** The targeted person's role: "Förtroendevald" for `official`. */
export const targetRoleLabel = (role: TargetRole, t: T): string => t(`targetRole.${role}`);

/** Whom a report is about, seen from outside: "Den som rapporterade" for `self`. */
export const targetKindLabel = (kind: TargetKind, t: T): string => t(`targetKind.${kind}`);

/** "Politiska åsikter" for `political_opinion`. */
export const motiveLabel = (motive: Motive, t: T): string => t(`motive.${motive}`);

/** "Rädsla eller oro" for `fear`. */
export const consequenceLabel = (consequence: Consequence, t: T): string => t(`consequence.${consequence}`);

/** A signal's urgency: "Hög" for `high`. */
export const urgencyLabel = (urgency: Urgency, t: T): string => t(`urgency.${urgency}`);

/** What an urgency means (for the person choosing it). */
export const urgencyHelp = (urgency: Urgency, t: T): string => t(`urgencyHelp.${urgency}`);

/** "Stödsamtal" for `support_talk`. */
export const measureTypeLabel = (type: MeasureType, t: T): string => t(`measureType.${type}`);

/** "Planerad" for `planned`. */
export const measureStatusLabel = (status: MeasureStatus, t: T): string => t(`measureStatus.${status}`);

/** "Under utredning" for `under_investigation`. */
export const policeStatusLabel = (status: PoliceReportStatus, t: T): string => t(`policeStatus.${status}`);

/** "Blev ett ärende" for `converted`. */
export const signalStatusLabel = (status: SignalStatus, t: T): string => t(`signalStatus.${status}`);
