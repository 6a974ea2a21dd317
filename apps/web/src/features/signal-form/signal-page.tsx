import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { CreateSignalBody, Signal } from '@varn/contracts';
import { urgencies, Urgency, type SignalStatus } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { getSignals, sendSignal } from '../../lib/api/signals';
import { useQuery } from '../../lib/use-query';
import { useFormSubmit } from '../../lib/use-form-submit';
import { lazySchema, preloadSchema } from '../../lib/lazy-schema';

/** The server's schema of a signal, loaded when the form is first used (ADR 015). */
const signalSchema = lazySchema<CreateSignalBody>(
  async () => (await import('./signal-schema')).createSignalBodySchema,
);
import { signalStatusLabel, urgencyHelp, urgencyLabel } from '../../lib/incident-labels';
import { Page, Section } from '../../components/page';
import { FocusAlert, QueryView } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
import { TextField } from '../../components/fields';
import { TextAreaField } from '../../components/extra-fields';
import { RadioChoice } from '../../components/choice-fields';
import { AppLink } from '../../components/links';
import { DataTable } from '../../components/table-region';

const statusColours: Readonly<Record<SignalStatus, string>> = {
  new: 'info',
  acknowledged: 'accent',
  converted: 'success',
  dismissed: 'neutral',
};

const excerptLength = 160;
const excerpt = (text: string): string =>
  [...text].length > excerptLength ? `${[...text].slice(0, excerptLength).join('').trimEnd()}…` : text;

/**
 * "Något är på gång" (issue 3 §1): a party contact or an official tells the security unit that
 * something may happen. Below the form, the signals they have sent and where they stand.
 */
export function SignalPage() {
  const { t, dateTime } = useI18n();
  const mine = useQuery(getSignals);
  // A party contact's page links here with their party (`?party=`): the text starts with it.
  const [search] = useSearchParams();
  const party = search.get('party')?.trim().slice(0, 120) ?? '';
  const [text, setText] = useState(() => (party === '' ? '' : t('signals.prefillParty', { party })));
  const [urgency, setUrgency] = useState('');
  const [matterReference, setMatterReference] = useState('');
  const [meetingReference, setMeetingReference] = useState('');
  const [sent, setSent] = useState<{ readonly n: number; readonly signal: Signal } | null>(null);
  const form = useFormSubmit(signalSchema, async (body) => {
    const signal = await sendSignal(body);
    setText('');
    setUrgency('');
    setMatterReference('');
    setMeetingReference('');
    setSent((previous) => ({ n: (previous?.n ?? 0) + 1, signal }));
    // The new signal joins the list at once, without fetching (and flickering) the whole list again.
    if (mine.status === 'success') mine.setData({ signals: [signal, ...mine.data.signals] });
    else mine.reload();
  });
  const { errors } = form;

  const fields = {
    text: { id: 'signal-text', label: t('signals.text') },
    urgency: { id: 'signal-urgency', label: t('signals.urgency') },
    matterReference: { id: 'signal-matter', label: t('signals.matter') },
    meetingReference: { id: 'signal-meeting', label: t('signals.meeting') },
  };
  const field = fieldBinder(fields, errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({
      text,
      urgency: urgency === '' ? undefined : urgency,
      matterReference: matterReference.trim() === '' ? undefined : matterReference,
      meetingReference: meetingReference.trim() === '' ? undefined : meetingReference,
    });
  }

  return (
    <Page title={t('signals.title')}>
      <Paragraph>{t('signals.intro')}</Paragraph>
      <Paragraph>
        <AppLink to="/report">{t('signals.reportInstead')}</AppLink>
      </Paragraph>
      <Paragraph>{t('signals.acute')}</Paragraph>
      {sent && (
        <FocusAlert key={sent.n} color="success">
          <Paragraph>
            {t('signals.sent')}{' '}
            {t(sent.signal.urgency === Urgency.High ? 'signals.sentHigh' : 'signals.sentOther')}
          </Paragraph>
        </FocusAlert>
      )}
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form
        className="form"
        noValidate
        onSubmit={onSubmit}
        onFocusCapture={() => preloadSchema(signalSchema)}
      >
        <TextAreaField
          {...field('text')}
          description={t('signals.textHelp')}
          value={text}
          onChange={setText}
          maxLength={2000}
          required
        />
        <RadioChoice
          {...field.group('urgency')}
          name="urgency"
          required
          choices={urgencies.map((value) => ({
            value,
            label: urgencyLabel(value, t),
            description: urgencyHelp(value, t),
          }))}
          value={urgency}
          onChange={setUrgency}
        />
        <TextField
          {...field('matterReference')}
          description={t('signals.matterHelp')}
          autoComplete="off"
          value={matterReference}
          onChange={setMatterReference}
          maxLength={120}
        />
        <TextField
          {...field('meetingReference')}
          description={t('signals.meetingHelp')}
          autoComplete="off"
          value={meetingReference}
          onChange={setMeetingReference}
          maxLength={120}
        />
        <div className="button-row">
          <Button type="submit" loading={form.busy} aria-disabled={form.busy}>
            {t('signals.submit')}
          </Button>
        </div>
      </form>
      <Section title={t('signals.mineHeading')} id="signals-mine-heading">
        <QueryView query={mine} loadingLabel={t('signals.mineLoading')}>
          {({ signals }) =>
            signals.length === 0 ? (
              <Paragraph>{t('signals.mineEmpty')}</Paragraph>
            ) : (
              <DataTable label={t('signals.mineTableLabel')}>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('signals.mineSent')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('signals.mineText')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('signals.mineUrgency')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('signals.mineStatus')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {[...signals]
                    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
                    .map((signal) => (
                      <Table.Row key={signal.id}>
                        <Table.Cell className="nowrap">{dateTime(signal.createdAt)}</Table.Cell>
                        <Table.Cell className="break">{excerpt(signal.text)}</Table.Cell>
                        <Table.Cell>{urgencyLabel(signal.urgency, t)}</Table.Cell>
                        <Table.Cell>
                          <Tag data-color={statusColours[signal.status]}>
                            {signalStatusLabel(signal.status, t)}
                          </Tag>
                        </Table.Cell>
                      </Table.Row>
                    ))}
                </Table.Body>
              </DataTable>
            )
          }
        </QueryView>
      </Section>
    </Page>
  );
}
