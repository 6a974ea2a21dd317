import { Severity } from '../incidents/incident';
import { currentMatterLevel } from '../riskguide/summary';
import { RiskLevel, riskLevels } from '../riskguide/template';

/**
 * A meeting's risk level (issue 10 §1): the highest of its agenda items' Riskguide levels, the
 * security unit's written threat picture and the recent incidents linked to its matters or its
 * body, with the reasons, so that the risk heat calendar and the plan can say why. A meeting about
 * which nothing is known has no level ("inte bedömd"), never "low".
 */

/** An agenda item's matter with its Riskguide levels, as the repository reads them. */
export interface AgendaItemRisk {
  readonly matterId: string;
  /** The matter's title (neutral by the title warnings, DOMAIN.md §4), for the reason's text. */
  readonly title: string;
  /** The step-2 level of the matter's latest finished assessment, or null. */
  readonly assessedLevel: RiskLevel | null;
  /** The level of the matter's latest step-1 screening, or null. */
  readonly screeningLevel: RiskLevel | null;
}

/** An incident linked to one of the meeting's matters or to its body. */
export interface LinkedIncident {
  readonly incidentId: string;
  /** Set at triage; null while the case is untriaged. */
  readonly severity: Severity | null;
  readonly reportedAt: Date;
}

/** What {@link assessMeetingRisk} weighs. */
export interface MeetingRiskInput {
  /** In agenda order. */
  readonly agendaItems: readonly AgendaItemRisk[];
  /** The level of the security unit's written threat picture in the plan, or null (none written). */
  readonly threatPictureLevel: RiskLevel | null;
  /**
   * Incidents linked to the meeting's matters or its body. Those outside the lookback window are
   * ignored here, so the repository may read a wider set; {@link threatWindow} gives the window.
   */
  readonly linkedIncidents: readonly LinkedIncident[];
  /** Days back the window reaches (`defaultThreatLookbackDays` unless the plan says otherwise). */
  readonly lookbackDays: number;
}

/** Why a meeting has its level: one source and the level it brings. */
export type MeetingRiskReason =
  /** An agenda item's matter stands at `level`: from its latest finished assessment, else its screening. */
  | {
      readonly kind: 'agenda_item';
      readonly level: RiskLevel;
      readonly matterId: string;
      readonly title: string;
      readonly source: 'assessment' | 'screening';
    }
  /** The security unit's written threat picture says `level`. */
  | { readonly kind: 'threat_picture'; readonly level: RiskLevel }
  /** `count` linked incidents within the last `lookbackDays` days bring `level` ({@link incidentRiskLevel}). */
  | {
      readonly kind: 'recent_incidents';
      readonly level: RiskLevel;
      readonly count: number;
      readonly incidentIds: readonly string[];
      readonly lookbackDays: number;
    }
  /** Agenda items whose matters are neither screened nor assessed: they add no level, but the picture is incomplete. */
  | {
      readonly kind: 'agenda_items_not_assessed';
      readonly level: null;
      readonly count: number;
      readonly matterIds: readonly string[];
    };

/** A meeting's risk: the level (null: not assessed) and its reasons, highest level first. */
export interface MeetingRisk {
  readonly level: RiskLevel | null;
  readonly reasons: readonly MeetingRiskReason[];
}

const dayMs = 86_400_000;

/**
 * The window the threat picture counts linked incidents in: reported at or after `to` minus
 * `lookbackDays` × 24 hours, and at or before `to`. `to` is `now` for a coming meeting and the
 * meeting's start for one that has begun ({@link threatPictureTime}), so a held meeting keeps the
 * picture it had.
 */
export function threatWindow(to: Date, lookbackDays: number): { readonly from: Date; readonly to: Date } {
  return { from: new Date(to.getTime() - lookbackDays * dayMs), to };
}

/** The instant the threat picture is taken at: now, or the meeting's start if that has passed. */
export function threatPictureTime(startsAt: Date, now: Date): Date {
  return startsAt.getTime() < now.getTime() ? startsAt : now;
}

/**
 * The level a linked incident brings to a meeting: acute and high severity → high; moderate, low
 * and untriaged → moderate. An incident tied to the meeting's matters or its body within the window
 * shows that the issue is live, whatever its severity, and Riskguide's rule "if unsure, choose the
 * higher level" (DOMAIN.md §4) keeps it from counting as low.
 */
export function incidentRiskLevel(severity: Severity | null): RiskLevel {
  return severity === Severity.Acute || severity === Severity.High ? RiskLevel.High : RiskLevel.Moderate;
}

const rank = (level: RiskLevel): number => riskLevels.indexOf(level);

/** Kinds of reason in the order they are listed within one level. */
const kindOrder: readonly MeetingRiskReason['kind'][] = [
  'threat_picture',
  'recent_incidents',
  'agenda_item',
  'agenda_items_not_assessed',
];

/**
 * A meeting's risk level and its reasons (issue 10 §1): the highest level among its agenda items
 * (each matter's latest finished assessment, else its latest screening: `currentMatterLevel`), the
 * threat picture and the linked incidents in the window ending at `at` ({@link threatWindow}).
 * Reasons: one per agenda item with a level, one for the threat picture, one per level the
 * incidents bring (with their count), and one for the items without any level; sorted highest
 * level first, then threat picture, incidents, agenda items (in agenda order); the not-assessed
 * items last. `level` is null when no source has a level.
 */
export function assessMeetingRisk(input: MeetingRiskInput, at: Date): MeetingRisk {
  const reasons: MeetingRiskReason[] = [];
  const notAssessed: string[] = [];
  for (const item of input.agendaItems) {
    const level = currentMatterLevel({ riskLevel: item.assessedLevel, screeningLevel: item.screeningLevel });
    if (level === null) notAssessed.push(item.matterId);
    else
      reasons.push({
        kind: 'agenda_item',
        level,
        matterId: item.matterId,
        title: item.title,
        source: item.assessedLevel === null ? 'screening' : 'assessment',
      });
  }
  if (input.threatPictureLevel !== null)
    reasons.push({ kind: 'threat_picture', level: input.threatPictureLevel });

  const window = threatWindow(at, input.lookbackDays);
  const byLevel = new Map<RiskLevel, string[]>();
  for (const incident of input.linkedIncidents) {
    const time = incident.reportedAt.getTime();
    if (time < window.from.getTime() || time > window.to.getTime()) continue;
    const level = incidentRiskLevel(incident.severity);
    byLevel.set(level, [...(byLevel.get(level) ?? []), incident.incidentId]);
  }
  for (const [level, incidentIds] of byLevel)
    reasons.push({
      kind: 'recent_incidents',
      level,
      count: incidentIds.length,
      incidentIds,
      lookbackDays: input.lookbackDays,
    });

  // A stable sort keeps the agenda order among items of one level.
  reasons.sort(
    (a, b) =>
      (b.level === null ? -1 : rank(b.level)) - (a.level === null ? -1 : rank(a.level)) ||
      kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind),
  );
  const top = reasons[0]?.level ?? null;
  if (notAssessed.length > 0)
    reasons.push({
      kind: 'agenda_items_not_assessed',
      level: null,
      count: notAssessed.length,
      matterIds: notAssessed,
    });
  return { level: top, reasons };
}
