import { useCallback } from 'react';
import { useParams } from 'react-router';
import { Alert, Link, List, Paragraph } from '@digdir/designsystemet-react';
import type { IncidentDetail } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { getIncident } from '../../lib/api/incidents';
import { useQuery } from '../../lib/use-query';
import { uploadQueueFor, useUploads } from '../../lib/evidence-uploads';
import { Page, Section } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { AppLink, ButtonLink } from '../../components/links';
import { UploadList } from '../../components/evidence-files';
import { sentReport } from './sent-reports';

/**
 * After a report: the case number, that a confirmation is on its way by e-mail, what happens
 * next, the uploads of the attached files, and the way to the case.
 */
export function ReportSentPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const load = useCallback(
    (signal: AbortSignal): Promise<IncidentDetail> => {
      const known = sentReport(id);
      return known ? Promise.resolve(known) : getIncident(id, signal);
    },
    [id],
  );
  const incident = useQuery(load);
  return (
    <Page title={t('reportSent.title')}>
      <QueryView query={incident} loadingLabel={t('reportSent.loading')}>
        {(data) => <SentReport incident={data} />}
      </QueryView>
    </Page>
  );
}

function SentReport({ incident }: { readonly incident: IncidentDetail }) {
  const { t } = useI18n();
  const queue = uploadQueueFor(incident.id);
  const uploads = useUploads(queue);
  const caseLink = incident.view === 'unit' ? `/incidents/${incident.id}` : `/cases/${incident.id}`;
  return (
    <>
      <Alert data-color="success" className="stack">
        <Paragraph>{t('reportSent.thanks', { reference: incident.reference })}</Paragraph>
        <Paragraph>{t('reportSent.email')}</Paragraph>
      </Alert>
      {incident.ongoing && (
        <Alert data-color="danger">
          <Paragraph>
            {t('reportSent.ongoing')} <Link href="tel:112">{t('report.acuteCall')}</Link>
          </Paragraph>
        </Alert>
      )}
      {uploads.length > 0 && (
        <Section title={t('reportSent.filesHeading')} id="report-sent-files-heading">
          <UploadList queue={queue} />
          {uploads.some((item) => item.state === 'failed') && (
            <Paragraph>{t('reportSent.filesFailed')}</Paragraph>
          )}
        </Section>
      )}
      <Section title={t('reportSent.nextHeading')} id="report-sent-next-heading">
        <List.Ordered>
          <List.Item>{t('reportSent.next1')}</List.Item>
          <List.Item>{t('reportSent.next2')}</List.Item>
          <List.Item>{t('reportSent.next3')}</List.Item>
        </List.Ordered>
        <div className="button-row">
          <ButtonLink to={caseLink}>{t('reportSent.toCase')}</ButtonLink>
          <AppLink to="/report">{t('reportSent.another')}</AppLink>
        </div>
      </Section>
    </>
  );
}
