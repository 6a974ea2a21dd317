import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Paragraph } from '@digdir/designsystemet-react';
import type { CampaignMailResult, TrainingCampaign } from '@varn/contracts';
import { formatCalendarDate } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { getCampaign, inviteToSession, sendReminders } from '../../lib/api/training';
import { useQuery } from '../../lib/use-query';
import { useSubmit } from '../../lib/use-form-submit';
import { Page, Section } from '../../components/page';
import { FocusAlert, QueryView } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { SelectField } from '../../components/fields';
import { AppLink } from '../../components/links';
import { StatusTag } from './status-tag';
import './training.css';

const load = (signal: AbortSignal): Promise<TrainingCampaign> => getCampaign(signal);

/**
 * "Repetition före valet" (admin, security unit): everyone without a refresher valid on election
 * day, invited to a session with one click, and the reminders the job sends.
 */
export function CampaignPage() {
  const { t, locale } = useI18n();
  const campaign = useQuery(load);
  // Fetched again in place: a reload would unmount the forms and their outcome messages.
  const refresh = async () => campaign.setData(await getCampaign());
  return (
    <Page title={t('training.campaign.title')}>
      <Paragraph>
        <AppLink to="/training">{t('training.backToOverview')}</AppLink>
      </Paragraph>
      <QueryView query={campaign} loadingLabel={t('training.loading')}>
        {(data) => (
          <>
            <Paragraph>
              {t('training.campaign.intro', {
                election: formatCalendarDate(data.electionDate, locale),
                opens: formatCalendarDate(data.opensOn, locale),
              })}
            </Paragraph>
            <Paragraph>
              {data.open
                ? t('training.campaign.open', { days: data.daysUntilElection })
                : t('training.campaign.notOpen')}
            </Paragraph>
            {data.people.length === 0 ? (
              <Paragraph>{t('training.campaign.empty')}</Paragraph>
            ) : (
              <InviteForm campaign={data} onDone={refresh} />
            )}
            <Reminders onDone={refresh} />
          </>
        )}
      </QueryView>
    </Page>
  );
}

function InviteForm({
  campaign,
  onDone,
}: {
  readonly campaign: TrainingCampaign;
  readonly onDone: () => Promise<void>;
}) {
  const { t, locale, dateTime } = useI18n();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [sessionId, setSessionId] = useState(campaign.sessions[0]?.id ?? '');
  const [result, setResult] = useState<CampaignMailResult | null>(null);
  const form = useSubmit();
  const notInvited = campaign.people.filter((row) => row.invitation === null).map((row) => row.person.id);
  const fields = { sessionId: { id: 'campaign-session', label: t('training.campaign.session') } };
  function toggle(personId: string, on: boolean) {
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(personId);
      else next.delete(personId);
      return next;
    });
  }
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (chosen.size === 0) {
      form.fail({ message: t('training.campaign.chooseSomeone'), fields: {} });
      return;
    }
    void form.run(async () => {
      setResult(await inviteToSession({ sessionId, personIds: [...chosen] }));
      setChosen(new Set());
      await onDone();
    });
  }
  return (
    <Section title={t('training.campaign.people', { count: campaign.people.length })} id="campaign-people">
      {result && (
        <FocusAlert key={JSON.stringify(result)} color="success">
          <Paragraph>{t('training.campaign.invited', result)}</Paragraph>
        </FocusAlert>
      )}
      <FormErrorSummary errors={form.errors} fields={fields} attempt={form.attempt} />
      <form noValidate onSubmit={onSubmit}>
        {campaign.sessions.length === 0 ? (
          <Paragraph>
            <AppLink to="/training/sessions">{t('training.campaign.noSessions')}</AppLink>
          </Paragraph>
        ) : (
          <SelectField
            {...fields.sessionId}
            value={sessionId}
            onChange={setSessionId}
            error={form.errors?.fields.sessionId}
            options={campaign.sessions.map((session) => ({
              value: session.id,
              label: `${formatCalendarDate(session.heldOn, locale)}, ${session.place ?? t(`training.mode.${session.mode}`)}`,
            }))}
          />
        )}
        <div className="button-row">
          <Button
            variant="tertiary"
            data-size="sm"
            type="button"
            onClick={() => setChosen(new Set(notInvited))}
            disabled={notInvited.length === 0}
          >
            {t('training.campaign.selectAll')}
          </Button>
        </div>
        <ul className="attendance-list">
          {campaign.people.map((row) => (
            <li key={row.person.id} className="attendance-row">
              <Checkbox
                className="attendance-row__name"
                label={row.person.name}
                checked={chosen.has(row.person.id)}
                onChange={(event) => toggle(row.person.id, event.target.checked)}
                value={row.person.id}
              />
              <span>
                <StatusTag status={row.status} />{' '}
                {row.invitation
                  ? t('training.campaign.invitedTo', {
                      date: formatCalendarDate(row.invitation.heldOn, locale),
                    })
                  : t('training.campaign.notInvited')}
                {row.invitation?.remindedAt &&
                  `, ${t('training.campaign.remindedAt', { date: dateTime(row.invitation.remindedAt) })}`}
                {!row.hasEmail && ` (${t('training.campaign.noEmail')})`}
              </span>
            </li>
          ))}
        </ul>
        <div className="button-row">
          <Button type="submit" loading={form.busy} disabled={campaign.sessions.length === 0}>
            {t('training.campaign.invite')}
          </Button>
        </div>
      </form>
    </Section>
  );
}

function Reminders({ onDone }: { readonly onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const [sent, setSent] = useState<number | null>(null);
  const form = useSubmit();
  return (
    <Section
      title={t('training.campaign.reminders')}
      id="campaign-reminders"
      description={<Paragraph>{t('training.campaign.remindersIntro')}</Paragraph>}
    >
      {sent !== null && (
        <FocusAlert key={sent} color="success">
          <Paragraph>{t('training.campaign.reminded', { count: sent })}</Paragraph>
        </FocusAlert>
      )}
      <FormErrorSummary errors={form.errors} fields={{}} attempt={form.attempt} />
      <div className="button-row">
        <Button
          variant="secondary"
          loading={form.busy}
          onClick={() =>
            void form.run(async () => {
              setSent((await sendReminders()).mailed);
              await onDone();
            })
          }
        >
          {t('training.campaign.remindNow')}
        </Button>
      </div>
    </Section>
  );
}
