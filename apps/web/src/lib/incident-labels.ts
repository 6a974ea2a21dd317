import type {
  Consequence,
  IncidentStatus,
  MeasureType,
  Motive,
  PlainStatus,
  PoliceReportStatus,
  Severity,
  SignalStatus,
  TargetKind,
  TargetRole,
  Urgency,
} from '@varn/domain';
import type { I18n } from './i18n/i18n';

/**
 * Names of the fixed codes of incidents and signals (severity, status, roles …) in the UI
 * language, shared by the reporters' pages and the security unit's.
 */

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

/** "Under utredning" for `under_investigation`. */
export const policeStatusLabel = (status: PoliceReportStatus, t: T): string => t(`policeStatus.${status}`);

/** "Blev ett ärende" for `converted`. */
export const signalStatusLabel = (status: SignalStatus, t: T): string => t(`signalStatus.${status}`);
