import { useCallback } from 'react';
import { useParams } from 'react-router';
import { Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../lib/i18n/i18n';
import { getMeetingOfPlan } from '../../lib/api/meeting-plans';
import { useQuery } from '../../lib/use-query';
import { Page } from '../../components/page';
import { AppLink } from '../../components/links';
import { MeetingReviewSection } from './review-section';

/** "Efter mötet" (`/meetings/{id}/review`): the after-action review on a page of its own. */
export function MeetingReviewPage() {
  const { t, dateTime } = useI18n();
  const { id = '' } = useParams();
  const load = useCallback((signal: AbortSignal) => getMeetingOfPlan(id, signal), [id]);
  const meeting = useQuery(load);
  const title =
    meeting.status === 'success'
      ? t('meetingReview.pageTitleOf', { title: meeting.data.title })
      : t('meetingReview.pageTitle');
  return (
    <Page title={title} heading={t('meetingReview.pageTitle')}>
      {meeting.status === 'success' && (
        <Paragraph>
          {t('meetingReview.meeting', { title: meeting.data.title, time: dateTime(meeting.data.startsAt) })}
        </Paragraph>
      )}
      <Paragraph>
        <AppLink to={`/meetings/${encodeURIComponent(id)}`}>{t('meetingReview.backToMeeting')}</AppLink>
      </Paragraph>
      <MeetingReviewSection meetingId={id} />
    </Page>
  );
}
