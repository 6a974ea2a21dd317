import type { MeetingDetail } from '@varn/contracts';
import { Action, MeetingStatus } from '@varn/domain';
import { MeetingPage } from '../features/meetings-meeting/meeting-page';
import { MeetingPlanSections } from '../features/meetings-plan';
import { MeetingLogLink } from '../features/meetings-log';
import { MeetingReviewSection } from '../features/meetings-review';
import { useCan } from '../lib/session/access';

const withoutWarnings = new WeakMap<MeetingDetail, MeetingDetail>();

/**
 * The meeting without its readiness warnings, the same object for the same meeting: the plan's
 * parts fetch again when the meeting they are given changes.
 */
function planMeeting(meeting: MeetingDetail): MeetingDetail {
  let stripped = withoutWarnings.get(meeting);
  if (!stripped) {
    stripped = { ...meeting, readinessWarnings: null };
    withoutWarnings.set(meeting, stripped);
  }
  return stripped;
}

/** Whether the meeting has begun (or was held): its review can be written. */
const hasBegun = (meeting: MeetingDetail): boolean =>
  meeting.status === MeetingStatus.Held ||
  (meeting.status === MeetingStatus.Planned && Date.parse(meeting.startsAt) <= Date.now());

/**
 * The meeting page as the router shows it: the meetings feature's page with the security plan,
 * the live log's link and the after-action review of the meeting-plans features in its slots
 * (features do not import each other; `app/` composes them). The readiness warnings are in the
 * page's header, so the plan's parts get the meeting without them; a saved change to the plan
 * fetches the meeting again, so that the header's warnings and risk follow. The review is shown
 * once the meeting has begun.
 */
export function ComposedMeetingPage() {
  const can = useCan();
  return (
    <MeetingPage
      slots={{
        plan: (meeting, refresh) => (
          <MeetingPlanSections meetingId={meeting.id} meeting={planMeeting(meeting)} onChange={refresh} />
        ),
        log: (meeting) => <MeetingLogLink meetingId={meeting.id} />,
        review: (meeting) =>
          can(Action.MeetingReview) && hasBegun(meeting) ? (
            <MeetingReviewSection meetingId={meeting.id} />
          ) : null,
      }}
    />
  );
}
