import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../lib/i18n/i18n';
import { getMeetingOfPlan, getSecurityPlan } from '../../lib/api/meeting-plans';
import { useQuery } from '../../lib/use-query';
import { Page } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { AppLink } from '../../components/links';
import { EvacuationFacts } from './evacuation-section';
import { EvacuationPdfLink } from './evacuation-pdf-link';
import './meetings-plan.css';

/**
 * The evacuation plan to print (`/meetings/{id}/plan/evacuation`): the meeting, when and where,
 * and the plan's roles, routes and meeting point on one page; the app's header and footer are
 * left out of the print.
 */
export function EvacuationPrintPage() {
  const { t, dateTime } = useI18n();
  const { id = '' } = useParams();
  const loadPlan = useCallback((signal: AbortSignal) => getSecurityPlan(id, signal), [id]);
  const loadMeeting = useCallback((signal: AbortSignal) => getMeetingOfPlan(id, signal), [id]);
  const plan = useQuery(loadPlan);
  const meeting = useQuery(loadMeeting);
  // The time the page was opened: what the printed copy was current at.
  const [printedAt] = useState(() => new Date().toISOString());
  const title =
    meeting.status === 'success'
      ? t('meetingPlan.print.titleOf', { title: meeting.data.title })
      : t('meetingPlan.print.title');
  return (
    <Page title={title} heading={t('meetingPlan.print.title')}>
      <div className="button-row no-print">
        <AppLink to={`/meetings/${encodeURIComponent(id)}/plan`}>{t('meetingPlan.print.back')}</AppLink>
        <Button variant="secondary" onClick={() => window.print()}>
          {t('meetingPlan.print.print')}
        </Button>
        <EvacuationPdfLink meetingId={id} />
      </div>
      {meeting.status === 'success' && (
        <Paragraph>
          {t('meetingPlan.whenOf', {
            title: meeting.data.title,
            time: dateTime(meeting.data.startsAt),
            place:
              [meeting.data.venue?.name, meeting.data.room].filter(Boolean).join(', ') ||
              t('meetingPlan.noVenue'),
          })}
        </Paragraph>
      )}
      <QueryView query={plan} loadingLabel={t('meetingPlan.loading')}>
        {(data) =>
          data.evacuation ? (
            <div className="evacuation-print">
              <EvacuationFacts evacuation={data.evacuation} />
              {data.evacuation.venue?.assemblyPoint && (
                <Paragraph data-size="sm">
                  {t('meetingPlan.print.venueAssemblyPoint', { point: data.evacuation.venue.assemblyPoint })}
                </Paragraph>
              )}
              <Paragraph data-size="sm">{t('meetingPlan.print.emergency')}</Paragraph>
              <Paragraph data-size="sm" className="muted">
                {t('meetingPlan.print.printedAt', { time: dateTime(printedAt) })}
              </Paragraph>
            </div>
          ) : (
            <Paragraph>{t('meetingPlan.print.notAvailable')}</Paragraph>
          )
        }
      </QueryView>
    </Page>
  );
}
