import { useState } from 'react';
import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { CalendarFeed, CreatedCalendarFeed } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { createCalendarFeed, getCalendarFeed, revokeCalendarFeed } from '../../lib/api/meeting-plans';
import { useQuery } from '../../lib/use-query';
import { Page } from '../../components/page';
import { ErrorAlert, FocusAlert, QueryView } from '../../components/feedback';
import { AppLink } from '../../components/links';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { webcalAddress } from './feed-address';
import './calendar-feed.css';

/**
 * "Kalenderprenumeration" (`/profile/calendar`): the coming meetings one may see, in one's own
 * calendar app, through a secret address. The address is shown once when it is made; making a new
 * one stops the old, and turning it off stops it altogether.
 */
export function CalendarFeedPage() {
  const { t } = useI18n();
  const feed = useQuery(getCalendarFeed);
  return (
    <Page title={t('calendarFeed.title')}>
      <Paragraph>
        <AppLink to="/profile">{t('calendarFeed.backToProfile')}</AppLink>
      </Paragraph>
      <Paragraph>{t('calendarFeed.intro')}</Paragraph>
      <Paragraph>{t('calendarFeed.secret')}</Paragraph>
      <QueryView query={feed} loadingLabel={t('calendarFeed.loading')}>
        {(data) => <FeedSettings feed={data} onFeed={feed.setData} />}
      </QueryView>
    </Page>
  );
}

type Pending = 'create' | 'rotate' | 'revoke' | null;

function FeedSettings({
  feed,
  onFeed,
}: {
  readonly feed: CalendarFeed;
  readonly onFeed: (feed: CalendarFeed) => void;
}) {
  const { t, dateTime } = useI18n();
  const [created, setCreated] = useState<CreatedCalendarFeed | null>(null);
  const [confirm, setConfirm] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [revoked, setRevoked] = useState(0);

  async function run(command: Exclude<Pending, null>) {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      if (command === 'revoke') {
        const revokedFeed = await revokeCalendarFeed();
        setCreated(null);
        onFeed(revokedFeed);
        setRevoked((n) => n + 1);
      } else {
        const made = await createCalendarFeed();
        setCreated(made);
        onFeed({ active: true, createdAt: made.createdAt });
      }
      setConfirm(null);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="section" aria-labelledby="feed-heading">
      <Heading level={2} data-size="sm" id="feed-heading">
        {t('calendarFeed.heading')}
      </Heading>
      <Paragraph>
        {t('calendarFeed.status')}{' '}
        <Tag data-color={feed.active ? 'success' : 'neutral'}>
          {feed.active ? t('calendarFeed.on') : t('calendarFeed.off')}
        </Tag>
        {feed.active && feed.createdAt && <> {t('calendarFeed.since', { time: dateTime(feed.createdAt) })}</>}
      </Paragraph>
      {revoked > 0 && !feed.active && (
        <FocusAlert key={revoked} color="success">
          <Paragraph>{t('calendarFeed.revoked')}</Paragraph>
        </FocusAlert>
      )}
      {created && <CreatedAddress created={created} />}
      {error !== null && confirm === null && <ErrorAlert error={error} />}
      <div className="button-row">
        {feed.active ? (
          <>
            <Button variant="secondary" onClick={() => setConfirm('rotate')}>
              {t('calendarFeed.rotate')}
            </Button>
            <Button variant="secondary" data-color="danger" onClick={() => setConfirm('revoke')}>
              {t('calendarFeed.revoke')}
            </Button>
          </>
        ) : (
          <Button loading={busy} onClick={() => void run('create')}>
            {t('calendarFeed.create')}
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={confirm === 'rotate' || confirm === 'revoke'}
        title={confirm === 'revoke' ? t('calendarFeed.revokeTitle') : t('calendarFeed.rotateTitle')}
        confirmLabel={confirm === 'revoke' ? t('calendarFeed.revoke') : t('calendarFeed.rotate')}
        onConfirm={() => confirm && void run(confirm)}
        onCancel={() => {
          setConfirm(null);
          setError(null);
        }}
        busy={busy}
        error={confirm === null ? null : error}
        danger={confirm === 'revoke'}
      >
        <Paragraph>
          {confirm === 'revoke' ? t('calendarFeed.revokeText') : t('calendarFeed.rotateText')}
        </Paragraph>
      </ConfirmDialog>
    </section>
  );
}

/** The new address, shown this once: copy it, or open it in the calendar app. */
function CreatedAddress({ created }: { readonly created: CreatedCalendarFeed }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(created.url);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }
  return (
    <FocusAlert color="info">
      <Heading level={3} data-size="2xs">
        {t('calendarFeed.createdHeading')}
      </Heading>
      <Paragraph>{t('calendarFeed.createdText')}</Paragraph>
      <Paragraph>
        {t('calendarFeed.address')}
        <br />
        <code className="secret feed-address">{created.url}</code>
      </Paragraph>
      <div className="button-row alert-action">
        <Button variant="primary" data-size="sm" onClick={() => void copy()}>
          {t('calendarFeed.copy')}
        </Button>
        <Button asChild variant="secondary" data-size="sm">
          <a href={webcalAddress(created.url)}>{t('calendarFeed.openInCalendar')}</a>
        </Button>
      </div>
      <p role="status" className="feed-copy-status">
        {copied === 'yes'
          ? t('calendarFeed.copied')
          : copied === 'failed'
            ? t('calendarFeed.copyFailed')
            : ''}
      </p>
    </FocusAlert>
  );
}
