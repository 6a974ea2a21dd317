import { defaultPlanApprovalDaysBefore, meetingReadinessWarnings, type ReadinessWarning } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import { findOrganisationById } from '../organisations';
import { meetingRiskFacts, type MeetingRiskFacts } from './meeting-risk';
import { findUntrainedKeyPeople } from './meetings.key-people';
import type { MeetingRow } from './meetings.repository';

/*
 * Readiness warnings of coming meetings (issue 10 §2, DOMAIN.md §6): a high-risk meeting without a
 * plan, a plan not approved by the organisation's day, an untrained key person — the domain's
 * `meetingReadinessWarnings` fed with the meetings' risk and plans. For the security unit's views
 * (the meeting, the calendar, the inbox): the caller checks `meeting.handle_plan` first.
 */

/**
 * The readiness warnings of each meeting at `now` (none for one that is not coming). Pass the
 * meetings' risk facts when the caller has them already (a list computes them once).
 */
export async function meetingsReadiness(
  db: DbOrTx,
  organisationId: string,
  meetings: readonly MeetingRow[],
  now: Date,
  known?: ReadonlyMap<string, MeetingRiskFacts>,
): Promise<Map<string, ReadinessWarning[]>> {
  const facts = known ?? (await meetingRiskFacts(db, organisationId, meetings, now));
  const organisation = await findOrganisationById(db, organisationId);
  const approveDaysBefore = organisation?.planApprovalDaysBefore ?? defaultPlanApprovalDaysBefore;
  const warnings = new Map<string, ReadinessWarning[]>();
  for (const meeting of meetings) {
    const fact = facts.get(meeting.id);
    warnings.set(
      meeting.id,
      meetingReadinessWarnings(
        {
          status: meeting.status,
          startsAt: meeting.startsAt,
          riskLevel: fact?.risk.level ?? null,
          plan: fact?.plan ? { status: fact.plan.status } : null,
          approveDaysBefore,
          untrainedKeyPeople: await findUntrainedKeyPeople(db, organisationId, meeting),
        },
        now,
      ),
    );
  }
  return warnings;
}
