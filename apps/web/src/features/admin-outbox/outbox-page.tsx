import { Alert, Card, Details, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { MailStatus } from '@varn/domain';
import type { OutboxMail } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { getOutbox } from '../../lib/api/outbox';
import { useQuery } from '../../lib/use-query';
import { Page } from '../../components/page';
import { QueryView } from '../../components/feedback';

const statusColours: Readonly<Record<MailStatus, string>> = {
  pending: 'info',
  sent: 'success',
  failed: 'danger',
  held: 'warning',
};

/** "Utkorg": the e-mails Värn has sent or is keeping; without SMTP, invitations are passed on by hand from here. */
export function OutboxPage() {
  const { t } = useI18n();
  const query = useQuery(getOutbox);
  return (
    <Page title={t('outbox.title')}>
      <Paragraph>{t('outbox.intro')}</Paragraph>
      <QueryView query={query} loadingLabel={t('outbox.loading')}>
        {({ smtpConfigured, mails }) => (
          <>
            {!smtpConfigured && (
              <Alert data-color="warning">
                <Heading level={2} data-size="xs">
                  {t('outbox.noSmtpHeading')}
                </Heading>
                <Paragraph>{t('outbox.noSmtpText')}</Paragraph>
              </Alert>
            )}
            {mails.length === 0 ? (
              <Paragraph>{t('outbox.empty')}</Paragraph>
            ) : (
              <ul className="plain-list stack" aria-label={t('outbox.listLabel')}>
                {mails.map((mail) => (
                  <li key={mail.id}>
                    <MailCard mail={mail} />
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </QueryView>
    </Page>
  );
}

function MailCard({ mail }: { readonly mail: OutboxMail }) {
  const { t, dateTime } = useI18n();
  return (
    <Card data-color="neutral">
      <Card.Block className="stack">
        <Heading level={2} data-size="2xs">
          {mail.subject}
        </Heading>
        <dl className="facts">
          <dt>{t('outbox.to')}</dt>
          <dd>{mail.to}</dd>
          <dt>{t('outbox.status')}</dt>
          <dd>
            <Tag data-color={statusColours[mail.status]}>{t(`mailStatus.${mail.status}`)}</Tag>
          </dd>
          <dt>{t('outbox.created')}</dt>
          <dd>{dateTime(mail.createdAt)}</dd>
          {mail.sentAt && (
            <>
              <dt>{t('outbox.sent')}</dt>
              <dd>{dateTime(mail.sentAt)}</dd>
            </>
          )}
          {mail.attempts > 0 && (
            <>
              <dt>{t('outbox.attempts')}</dt>
              <dd>{mail.attempts}</dd>
            </>
          )}
          {mail.lastError && (
            <>
              <dt>{t('outbox.lastError')}</dt>
              <dd className="break">{mail.lastError}</dd>
            </>
          )}
        </dl>
      </Card.Block>
      <Details>
        <Details.Summary>{t('outbox.showBody')}</Details.Summary>
        <Details.Content>
          <pre className="mail-body">{mail.bodyText}</pre>
        </Details.Content>
      </Details>
    </Card>
  );
}
