import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { signalStatusBodySchema, type Signal } from '@varn/contracts';
import { isSignalOpen, SignalStatus, type Urgency } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { changeSignalStatus, convertSignal, getSignals } from '../../lib/api/signals';
import { useQuery } from '../../lib/use-query';
import { signalStatusLabel, urgencyLabel } from '../../lib/incident-labels';
import { validate } from '../../lib/errors';
import { Page, Section } from '../../components/page';
import { FocusAlert, QueryView } from '../../components/feedback';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { TextAreaField } from '../../components/extra-fields';
import { AppLink } from '../../components/links';
import { LevelTag, type Level } from '../../components/level-tag';
import './signals.css';

const urgencyLevels: Readonly<Record<Urgency, Level>> = { high: 'critical', medium: 'high', low: 'low' };

const statusColours: Readonly<Record<Signal['status'], string>> = {
  new: 'info',
  acknowledged: 'accent',
  converted: 'success',
  dismissed: 'neutral',
};

type Command = 'acknowledge' | 'dismiss' | 'convert';

/**
 * "Signaler": heads-ups from party contacts and officials that something is happening or on its
 * way. The unit acknowledges, dismisses, or turns a signal into a case.
 */
export function SignalsPage() {
  const { t } = useI18n();
  const query = useQuery(getSignals);
  return (
    <Page title={t('casework.signals.title')}>
      <Paragraph>{t('casework.signals.intro')}</Paragraph>
      <QueryView query={query} loadingLabel={t('casework.signals.loading')}>
        {({ signals }) => (
          <SignalLists
            signals={signals}
            onChange={(changed) =>
              query.setData({ signals: signals.map((item) => (item.id === changed.id ? changed : item)) })
            }
          />
        )}
      </QueryView>
    </Page>
  );
}

function SignalLists({
  signals,
  onChange,
}: {
  readonly signals: readonly Signal[];
  readonly onChange: (signal: Signal) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const navigate = useNavigate();
  const [pending, setPending] = useState<{ readonly signal: Signal; readonly command: Command } | null>(null);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<{ readonly n: number; readonly command: Command } | null>(null);

  const open = signals.filter((signal) => isSignalOpen(signal.status));
  const handled = signals.filter((signal) => !isSignalOpen(signal.status));

  function ask(signal: Signal, command: Command) {
    setPending({ signal, command });
    setNote('');
    setNoteError(undefined);
    setError(null);
  }

  async function confirm() {
    if (!pending || busy) return;
    setError(null);
    if (pending.command === 'convert') {
      setBusy(true);
      try {
        const incident = await convertSignal(pending.signal.id);
        void navigate(`/incidents/${incident.id}`);
      } catch (failure) {
        setError(failure);
        setBusy(false);
      }
      return;
    }
    const checked = validate(
      signalStatusBodySchema,
      {
        status: pending.command === 'acknowledge' ? SignalStatus.Acknowledged : SignalStatus.Dismissed,
        note: note.trim() === '' ? undefined : note,
      },
      i18n,
    );
    if (!checked.ok) {
      setNoteError(checked.errors.fields.note);
      return;
    }
    setBusy(true);
    try {
      onChange(await changeSignalStatus(pending.signal.id, checked.data));
      setDone((previous) => ({ n: (previous?.n ?? 0) + 1, command: pending.command }));
      setPending(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const dialogTexts = pending
    ? {
        acknowledge: {
          title: t('casework.signals.acknowledgeTitle'),
          text: t('casework.signals.acknowledgeText'),
          button: t('casework.signals.acknowledge'),
        },
        dismiss: {
          title: t('casework.signals.dismissTitle'),
          text: t('casework.signals.dismissText'),
          button: t('casework.signals.dismiss'),
        },
        convert: {
          title: t('casework.signals.convertTitle'),
          text: t('casework.signals.convertText'),
          button: t('casework.signals.convert'),
        },
      }[pending.command]
    : null;

  return (
    <>
      {done && (
        <FocusAlert key={done.n} color="success">
          <Paragraph>
            {done.command === 'acknowledge'
              ? t('casework.signals.acknowledged')
              : t('casework.signals.dismissed')}
          </Paragraph>
        </FocusAlert>
      )}
      <Section title={t('casework.signals.openHeading')} id="signals-open-heading">
        {open.length === 0 ? (
          <Paragraph>{t('casework.signals.noOpen')}</Paragraph>
        ) : (
          <ul className="signal-list">
            {open.map((signal) => (
              <li key={signal.id}>
                <SignalCard signal={signal} onCommand={(command) => ask(signal, command)} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('casework.signals.handledHeading')} id="signals-handled-heading">
        {handled.length === 0 ? (
          <Paragraph>{t('casework.signals.noHandled')}</Paragraph>
        ) : (
          <ul className="signal-list">
            {handled.map((signal) => (
              <li key={signal.id}>
                <SignalCard signal={signal} onCommand={(command) => ask(signal, command)} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <ConfirmDialog
        open={pending !== null}
        title={dialogTexts?.title ?? ''}
        confirmLabel={dialogTexts?.button ?? ''}
        onConfirm={() => void confirm()}
        onCancel={() => {
          setPending(null);
          setError(null);
        }}
        busy={busy}
        error={error}
        danger={pending?.command === 'dismiss'}
      >
        <Paragraph>{dialogTexts?.text ?? ''}</Paragraph>
        {pending && (
          <blockquote className="signal-quote">
            <p className="signal-text">{pending.signal.text}</p>
          </blockquote>
        )}
        {pending && pending.command !== 'convert' && (
          <TextAreaField
            id="signal-note"
            label={t('casework.signals.note')}
            description={t('casework.signals.noteHelp')}
            value={note}
            onChange={setNote}
            error={noteError}
            rows={3}
            maxLength={2000}
          />
        )}
      </ConfirmDialog>
    </>
  );
}

function SignalCard({
  signal,
  onCommand,
}: {
  readonly signal: Signal;
  readonly onCommand: (command: Command) => void;
}) {
  const { t, dateTime } = useI18n();
  const open = isSignalOpen(signal.status);
  return (
    <Card data-color="neutral">
      <Card.Block className="stack">
        <Heading level={3} data-size="2xs">
          {t('casework.signals.cardHeading', {
            name: signal.createdBy.name,
            time: dateTime(signal.createdAt),
          })}
        </Heading>
        <ul className="signal-tags" aria-label={t('casework.signals.tagsLabel')}>
          <li>
            <LevelTag level={urgencyLevels[signal.urgency]}>
              {t('casework.signals.urgencyTag', { urgency: urgencyLabel(signal.urgency, t) })}
            </LevelTag>
          </li>
          <li>
            <Tag data-color={statusColours[signal.status]}>{signalStatusLabel(signal.status, t)}</Tag>
          </li>
        </ul>
        <p className="signal-text">{signal.text}</p>
        {(signal.matterReference || signal.meetingReference) && (
          <dl className="facts">
            {signal.matterReference && (
              <>
                <dt>{t('casework.signals.matter')}</dt>
                <dd>{signal.matterReference}</dd>
              </>
            )}
            {signal.meetingReference && (
              <>
                <dt>{t('casework.signals.meeting')}</dt>
                <dd>{signal.meetingReference}</dd>
              </>
            )}
          </dl>
        )}
        {signal.convertedIncidentId && (
          <Paragraph>
            <AppLink to={`/incidents/${signal.convertedIncidentId}`}>{t('casework.signals.toCase')}</AppLink>
          </Paragraph>
        )}
        {open && (
          <div className="button-row">
            <Button data-color="accent" onClick={() => onCommand('convert')}>
              {t('casework.signals.convert')}
            </Button>
            {signal.status === SignalStatus.New && (
              <Button variant="secondary" data-color="accent" onClick={() => onCommand('acknowledge')}>
                {t('casework.signals.acknowledge')}
              </Button>
            )}
            <Button variant="tertiary" data-color="danger" onClick={() => onCommand('dismiss')}>
              {t('casework.signals.dismiss')}
            </Button>
          </div>
        )}
      </Card.Block>
    </Card>
  );
}
