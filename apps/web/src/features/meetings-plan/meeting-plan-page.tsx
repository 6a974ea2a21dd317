import { useCallback } from 'react';
import { useParams } from 'react-router';
import { Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../lib/i18n/i18n';
import { getMeetingOfPlan } from '../../lib/api/meeting-plans';
import { useQuery } from '../../lib/use-query';
import { Page } from '../../components/page';
import { AppLink } from '../../components/links';
import { MeetingPlanSections } from './plan-sections';

/** "Säkerhetsplan" (`/meetings/{id}/plan`): the plan's parts on a page of their own. */
export function MeetingPlanPage() {
  const { t, dateTime } = useI18n();
  const { id = '' } = useParams();
  const load = useCallback((signal: AbortSignal) => getMeetingOfPlan(id, signal), [id]);
  const meeting = useQuery(load);
  const title =
    meeting.status === 'success'
      ? t('meetingPlan.pageTitleOf', { title: meeting.data.title })
      : t('meetingPlan.pageTitle');
  return (
    <Page title={title} heading={t('meetingPlan.pageTitle')}>
      <Paragraph>
        <AppLink to={`/meetings/${encodeURIComponent(id)}`}>{t('meetingPlan.backToMeeting')}</AppLink>
      </Paragraph>
      {meeting.status === 'success' && (
        <Paragraph>
          {t('meetingPlan.whenOf', {
            title: meeting.data.title,
            time: dateTime(meeting.data.startsAt),
            place: meeting.data.venue?.name ?? t('meetingPlan.noVenue'),
          })}
        </Paragraph>
      )}
      {/* The plan waits for the meeting only if it came: a failed meeting fetch still shows the plan. */}
      {meeting.status !== 'loading' && (
        <MeetingPlanSections meetingId={id} meeting={meeting.status === 'success' ? meeting.data : null} />
      )}
    </Page>
  );
}
