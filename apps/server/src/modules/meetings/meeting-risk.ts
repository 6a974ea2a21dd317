import {
  assessMeetingRisk,
  currentMatterLevel,
  defaultThreatLookbackDays,
  threatPictureTime,
  threatWindow,
  type LinkedIncident,
  type MeetingRisk,
  type RiskLevel,
  type Severity,
} from '@varn/domain';
import type { AgendaItem, MeetingRiskView } from '@varn/contracts';
import type { DbOrTx } from '../../db/client';
import { findMattersByIds, resultsOf, sensitiveTermsOf, warningsFor } from '../riskguide';
import { findAgendaItems, type MeetingRow } from './meetings.repository';
import {
  findIncidentsByBodyMembers,
  findIncidentsByMatterReference,
  findPlansForRisk,
  type PlanForRisk,
} from './meeting-risk.repository';

/*
 * A meeting's risk (issue 10 §1, domain `assessMeetingRisk`): the highest of its agenda matters'
 * levels (latest finished assessment, else latest screening), the plan's threat level and the
 * incidents of the lookback window linked to its matters (an incident's matter reference equal to
 * a matter's diary number, without case) or to its body (an incident about one of its members),
 * as the plan's threat picture lists them. Computed when read, never stored, so that a new
 * screening, assessment or incident shows at once.
 */

/** What the meeting views need of each meeting: the agenda with levels, the risk and the plan. */
export interface MeetingRiskFacts {
  readonly agenda: AgendaItem[];
  readonly risk: MeetingRisk;
  readonly plan: PlanForRisk | null;
}

/**
 * The agenda, risk and plan of meetings at `now`, read in a few queries for the whole list. The
 * incidents' window of each meeting ends at `threatPictureTime` (now, or the start of a meeting
 * that has begun) and reaches back the plan's `lookbackDays`.
 */
export async function meetingRiskFacts(
  db: DbOrTx,
  organisationId: string,
  meetings: readonly MeetingRow[],
  now: Date,
): Promise<Map<string, MeetingRiskFacts>> {
  const meetingIds = meetings.map((meeting) => meeting.id);
  const items = await findAgendaItems(db, organisationId, meetingIds);
  const matterIds = [...new Set(items.map((item) => item.matterId))];
  const matters = new Map(
    (await findMattersByIds(db, organisationId, matterIds)).map((row) => [row.id, row]),
  );
  const results =
    matterIds.length > 0 ? await resultsOf(db, organisationId, matterIds) : new Map<string, never>();
  const terms = matterIds.length > 0 ? await sensitiveTermsOf(db, organisationId) : [];
  const plans = await findPlansForRisk(db, organisationId, meetingIds);

  const windows = meetings.map((meeting) =>
    threatWindow(
      threatPictureTime(meeting.startsAt, now),
      plans.get(meeting.id)?.lookbackDays ?? defaultThreatLookbackDays,
    ),
  );
  const diaryNumbers = [...matters.values()].flatMap((matter) =>
    matter.diaryNumber ? [matter.diaryNumber] : [],
  );
  const from = new Date(Math.min(...windows.map((window) => window.from.getTime())));
  const to = new Date(Math.max(...windows.map((window) => window.to.getTime())));
  const incidents =
    windows.length > 0 && diaryNumbers.length > 0
      ? await findIncidentsByMatterReference(db, organisationId, diaryNumbers, from, to)
      : [];
  const bodyIds = meetings.flatMap((meeting) => (meeting.bodyId ? [meeting.bodyId] : []));
  const bodyIncidents =
    windows.length > 0 ? await findIncidentsByBodyMembers(db, organisationId, bodyIds, from, to) : [];

  // Grouped once, so that a long list is not meetings × items (or × incidents) of comparisons.
  const itemsByMeeting = groupBy(items, (item) => item.meetingId);
  const incidentsByReference = groupBy(
    incidents.map((incident, order) => ({ incident, order })),
    ({ incident }) => incident.reference,
  );
  const incidentsByBody = groupBy(bodyIncidents, (incident) => incident.bodyId);

  const facts = new Map<string, MeetingRiskFacts>();
  for (const meeting of meetings) {
    const plan = plans.get(meeting.id) ?? null;
    const agenda: AgendaItem[] = [];
    const references = new Set<string>();
    for (const item of itemsByMeeting.get(meeting.id) ?? []) {
      const matter = matters.get(item.matterId);
      if (!matter) continue;
      if (matter.diaryNumber) references.add(matter.diaryNumber.trim().toLowerCase());
      const result = results.get(matter.id);
      const level: RiskLevel | null = result ? currentMatterLevel(result) : null;
      agenda.push({
        id: item.id,
        position: item.position,
        note: item.note,
        matter: {
          id: matter.id,
          title: matter.title,
          diaryNumber: matter.diaryNumber,
          body: matter.body,
          titleWarnings: warningsFor(matter.title, terms),
        },
        level,
        levelSource: result?.riskLevel ? 'assessment' : result?.screeningLevel ? 'screening' : null,
      });
    }
    const risk = assessMeetingRisk(
      {
        agendaItems: agenda.map((item) => ({
          matterId: item.matter.id,
          title: item.matter.title,
          assessedLevel: results.get(item.matter.id)?.riskLevel ?? null,
          screeningLevel: results.get(item.matter.id)?.screeningLevel ?? null,
        })),
        threatPictureLevel: plan?.threatLevel ?? null,
        linkedIncidents: linkedIncidents([
          // In the order they were found, as one pass over them gave them.
          ...[...references]
            .flatMap((reference) => incidentsByReference.get(reference) ?? [])
            .sort((a, b) => a.order - b.order)
            .map(({ incident }) => incident),
          ...(meeting.bodyId ? (incidentsByBody.get(meeting.bodyId) ?? []) : []),
        ]),
        lookbackDays: plan?.lookbackDays ?? defaultThreatLookbackDays,
      },
      threatPictureTime(meeting.startsAt, now),
    );
    facts.set(meeting.id, { agenda, risk, plan });
  }
  return facts;
}

/** The values in groups by their key, each group in the values' order. */
function groupBy<T, K>(values: readonly T[], keyOf: (value: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const value of values) {
    const key = keyOf(value);
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}

/** Each incident once, though linked both by a matter and by the body (or by several matters). */
function linkedIncidents(
  found: readonly { incidentId: string; severity: Severity | null; reportedAt: Date }[],
): LinkedIncident[] {
  const byId = new Map<string, LinkedIncident>();
  for (const incident of found)
    byId.set(incident.incidentId, {
      incidentId: incident.incidentId,
      severity: incident.severity,
      reportedAt: incident.reportedAt,
    });
  return [...byId.values()];
}

/**
 * A meeting's risk as the API shows it: the incidents behind a reason are named (by id) only to
 * those who read the threat picture; everyone else sees their count (ADR 017).
 */
export function riskView(risk: MeetingRisk, seesThreat: boolean): MeetingRiskView {
  return {
    level: risk.level,
    reasons: risk.reasons.map((reason) => {
      switch (reason.kind) {
        case 'recent_incidents':
          return {
            kind: reason.kind,
            level: reason.level,
            count: reason.count,
            lookbackDays: reason.lookbackDays,
            incidentIds: seesThreat ? [...reason.incidentIds] : null,
          };
        case 'agenda_items_not_assessed':
          return { ...reason, matterIds: [...reason.matterIds] };
        default:
          return { ...reason };
      }
    }),
  };
}
