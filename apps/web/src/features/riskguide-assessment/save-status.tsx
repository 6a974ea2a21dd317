import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import type { Assessment } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import type { ApiError } from '../../lib/api/client';
import { errorText } from '../../lib/errors';
import type { Omitted } from './draft-answers';
import type { SaveStatus } from './use-autosave';

/**
 * "Utkastet är sparat (14:05)" — shown, not announced: it changes with every answer. Says so when
 * part of what is on the screen cannot be saved yet (a comment without an answer, half a participant).
 */
export function SaveStatusLine({
  status,
  omitted,
}: {
  readonly status: SaveStatus;
  readonly omitted: Omitted;
}) {
  const { t, dateTime } = useI18n();
  const savedKey =
    omitted.comments && omitted.participants
      ? 'riskguide.autosave.savedExceptBoth'
      : omitted.comments
        ? 'riskguide.autosave.savedExceptComments'
        : omitted.participants
          ? 'riskguide.autosave.savedExceptParticipants'
          : 'riskguide.autosave.saved';
  const text =
    status.state === 'saved'
      ? t(savedKey, { time: dateTime(status.at) })
      : status.state === 'pending'
        ? t('riskguide.autosave.pending')
        : status.state === 'saving'
          ? t('riskguide.autosave.saving')
          : t('riskguide.autosave.notSaved');
  return (
    <Paragraph
      data-size="sm"
      className="save-status no-print"
      data-state={status.state}
      data-partial={status.state === 'saved' && savedKey !== 'riskguide.autosave.saved'}
    >
      {text}
    </Paragraph>
  );
}

/**
 * A failed save, announced at once: try again; or, when someone else saved meanwhile, keep the
 * answers on the screen (saved on top) or show the saved ones; or (finished meanwhile) reload.
 */
export function SaveProblems({
  status,
  onRetry,
  onReload,
  onKeepMine,
  onShowSaved,
  onFetchAgain,
}: {
  readonly status: SaveStatus;
  readonly onRetry: () => void;
  readonly onReload: () => void;
  readonly onKeepMine: () => void;
  readonly onShowSaved: (latest: Assessment) => void;
  readonly onFetchAgain: (error: ApiError) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  if (status.state === 'conflict') {
    const { latest, error } = status;
    const finished =
      error.code === 'assessment_locked' || (typeof latest === 'object' && latest.status === 'finished');
    if (finished)
      return (
        <Alert data-color="warning" role="alert">
          <Paragraph>{t('riskguide.autosave.locked')}</Paragraph>
          <Button
            variant="secondary"
            data-size="sm"
            className="alert-action"
            onClick={typeof latest === 'object' ? () => onShowSaved(latest) : onReload}
          >
            {t('riskguide.autosave.reload')}
          </Button>
        </Alert>
      );
    return (
      <Alert data-color="warning" role="alert">
        <Paragraph>{t('riskguide.autosave.conflictKeep')}</Paragraph>
        {latest === 'loading' && <Paragraph>{t('riskguide.autosave.conflictLoading')}</Paragraph>}
        {latest === 'failed' && (
          <>
            <Paragraph>{t('riskguide.autosave.conflictLoadFailed')}</Paragraph>
            <Button
              variant="secondary"
              data-size="sm"
              className="alert-action"
              onClick={() => onFetchAgain(error)}
            >
              {t('common.retry')}
            </Button>
          </>
        )}
        {typeof latest === 'object' && (
          <div className="button-row alert-action">
            <Button variant="primary" data-size="sm" onClick={onKeepMine}>
              {t('riskguide.autosave.keepMine')}
            </Button>
            <Button variant="secondary" data-size="sm" onClick={() => onShowSaved(latest)}>
              {t('riskguide.autosave.showSaved')}
            </Button>
          </div>
        )}
      </Alert>
    );
  }
  if (status.state === 'error')
    return (
      <Alert data-color="danger" role="alert">
        <Paragraph>{t('riskguide.autosave.failed', { reason: errorText(status.error, i18n) })}</Paragraph>
        <Button variant="secondary" data-size="sm" className="alert-action" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  return null;
}
