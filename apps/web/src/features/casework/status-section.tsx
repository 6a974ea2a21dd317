import { useState } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { fieldMessage, transitionBodySchema } from '@varn/contracts';
import { IncidentEvent, incidentTextLimits, type IncidentEvent as Event } from '@varn/domain';
import { useI18n, type MessageKey } from '../../lib/i18n/i18n';
import { ApiError } from '../../lib/api/client';
import { transitionIncident } from '../../lib/api/incidents';
import { incidentEventName } from '../../lib/casework-labels';
import { incidentStatusLabel } from '../../lib/incident-labels';
import { errorText, validate } from '../../lib/errors';
import { FocusAlert } from '../../components/feedback';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { TextAreaField } from '../../components/extra-fields';
import { JumpSection } from '../../components/jump-section';
import { IncidentStatusTag } from './tags';
import type { CaseContext } from './case-context';

const eventHelp: Readonly<Record<Event, MessageKey>> = {
  triage: 'casework.eventHelp.triage',
  start_assessment: 'casework.eventHelp.start_assessment',
  start_measures: 'casework.eventHelp.start_measures',
  start_follow_up: 'casework.eventHelp.start_follow_up',
  close: 'casework.eventHelp.close',
  make_dormant: 'casework.eventHelp.make_dormant',
  resume: 'casework.eventHelp.resume',
  reopen: 'casework.eventHelp.reopen',
};

/**
 * The status by the domain's transition table: exactly the moves the server allows now. Closing
 * asks for a summary in a dialog; a refused move shows the server's reason.
 */
export function StatusSection({ incident, onChange }: CaseContext) {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const [busy, setBusy] = useState<Event | null>(null);
  const [error, setError] = useState<{ readonly n: number; readonly error: unknown } | null>(null);
  const [done, setDone] = useState<number>(0);
  const [closing, setClosing] = useState(false);
  const [summary, setSummary] = useState('');
  const [summaryError, setSummaryError] = useState<string | undefined>(undefined);

  async function run(event: Event, text?: string) {
    if (busy) return;
    setBusy(event);
    setError(null);
    try {
      const updated = await transitionIncident(
        incident.id,
        text === undefined ? { event } : { event, summary: text },
      );
      onChange(updated);
      setClosing(false);
      setSummary('');
      setDone((n) => n + 1);
    } catch (failure) {
      if (failure instanceof ApiError && failure.fields.summary) setSummaryError(failure.fields.summary);
      setError((previous) => ({ n: (previous?.n ?? 0) + 1, error: failure }));
    } finally {
      setBusy(null);
    }
  }

  function confirmClose() {
    const checked = validate(transitionBodySchema, { event: IncidentEvent.Close, summary }, i18n);
    if (!checked.ok) {
      setSummaryError(checked.errors.fields.summary);
      return;
    }
    if (summary.trim() === '') {
      setSummaryError(fieldMessage('summary_required', i18n.locale));
      document.getElementById('close-summary')?.focus();
      return;
    }
    setSummaryError(undefined);
    void run(IncidentEvent.Close, summary.trim());
  }

  return (
    <JumpSection id="case-status" title={t('casework.status.heading')}>
      <Paragraph>
        {t('casework.status.current')} <IncidentStatusTag status={incident.status} />
      </Paragraph>
      {done > 0 && (
        <FocusAlert key={done} color="success">
          <Paragraph>
            {t('casework.status.changed', { status: incidentStatusLabel(incident.status, t) })}
          </Paragraph>
        </FocusAlert>
      )}
      {error !== null && !closing && (
        // A refused move (409) is read out and focused: the buttons may have changed under the user.
        <FocusAlert key={`error-${error.n}`} color="danger">
          <Paragraph>{errorText(error.error, i18n)}</Paragraph>
        </FocusAlert>
      )}
      {incident.status === 'closed' && incident.closingSummary && (
        <div className="subsection">
          <Paragraph>
            <strong>{t('casework.status.summary')}</strong>
            {incident.closedAt && ` (${dateTime(incident.closedAt)})`}
          </Paragraph>
          <p className="case-text">{incident.closingSummary}</p>
        </div>
      )}
      {incident.allowedEvents.length === 0 ? (
        <Paragraph>{t('casework.status.noMoves')}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm">{t('casework.status.movesHelp')}</Paragraph>
          <ul className="plain-list stack">
            {incident.allowedEvents.map((event) => (
              <li key={event} className="status-move">
                <Button
                  variant={event === IncidentEvent.Close ? 'primary' : 'secondary'}
                  loading={busy === event}
                  aria-describedby={`status-help-${event}`}
                  onClick={() => {
                    setError(null);
                    if (event === IncidentEvent.Close) {
                      setSummaryError(undefined);
                      setClosing(true);
                    } else void run(event);
                  }}
                >
                  {incidentEventName(event, t)}
                </Button>
                <span id={`status-help-${event}`} className="muted">
                  {t(eventHelp[event])}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <ConfirmDialog
        open={closing}
        title={t('casework.status.closeTitle', { reference: incident.reference })}
        confirmLabel={t('casework.event.close')}
        onConfirm={confirmClose}
        onCancel={() => {
          setClosing(false);
          setError(null);
          setSummaryError(undefined);
        }}
        busy={busy === IncidentEvent.Close}
        error={
          closing && error && !(error.error instanceof ApiError && error.error.fields.summary)
            ? error.error
            : null
        }
        danger={false}
      >
        <Paragraph>{t('casework.status.closeText')}</Paragraph>
        <TextAreaField
          id="close-summary"
          label={t('casework.status.summary')}
          description={t('casework.status.summaryHelp')}
          value={summary}
          onChange={setSummary}
          error={summaryError}
          required
          rows={6}
          maxLength={incidentTextLimits.summary}
        />
      </ConfirmDialog>
    </JumpSection>
  );
}
