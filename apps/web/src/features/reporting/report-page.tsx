import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useI18n, type I18n } from '../../lib/i18n/i18n';
import { useMe } from '../../lib/session/session';
import { reportIncident } from '../../lib/api/incidents';
import { isAbortError } from '../../lib/api/client';
import { useFormSubmit } from '../../lib/use-form-submit';
import { preloadSchema } from '../../lib/lazy-schema';
import { isTransientError, withRetry } from '../../lib/retry';
import { uploadQueueFor } from '../../lib/evidence-uploads';
import { useTaxonomy } from '../../lib/taxonomy-labels';
import { Page } from '../../components/page';
import { FocusAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import type { FieldTargets } from '../../components/form-fields';
import {
  clearDraft,
  loadDraft,
  newIdempotencyKey,
  saveDraft,
  type ReportDraft,
  type ReportForm,
} from './report-draft';
import {
  emptyReportForm,
  errorsAsFixed,
  hasFollowUpAnswers,
  hasFollowUpErrors,
  liveReportErrors,
  reportSchema,
  reportErrors,
  reportFieldOrder,
  reportInput,
  reportOptions,
  type ReportField,
  type ReportOptions,
} from './report-body';
import { FirstQuestions, FollowUpQuestions, OngoingQuestion, reportFieldIds } from './report-fields';
import { rememberSentReport } from './sent-reports';

/** The label of a field, as the error summary names it. */
function fieldLabel(field: ReportField, t: I18n['t'], options: ReportOptions): string {
  switch (field) {
    case 'ongoing':
      return t('report.ongoing');
    case 'description':
      return t('report.description');
    case 'occurredFrom':
      return t('report.occurredFrom');
    case 'occurredTo':
      return t('report.occurredTo');
    case 'targetKind':
      return t('report.target');
    case 'targetName':
      return t('report.targetName');
    case 'targetRole':
      return t('report.targetRole');
    case 'partyContactConsent':
      return t(options.consent === 'member' ? 'report.consentMember' : 'report.consentSelf');
    case 'seriousWorkIncident':
      return t('report.serious');
    case 'categories':
      return t('report.categories');
    case 'channel':
      return t('report.channel');
    case 'perpetratorType':
      return t('report.perpetrator');
    case 'motive':
      return t('report.motive');
    case 'matterReference':
      return t('report.matter');
    case 'policeContacted':
      return t('report.policeContacted');
    case 'consequences':
      return t('report.consequences');
  }
}

/** Where a submission stands beyond "busy": retrying after a dropped connection, or given up until the user tries again. */
type Sending =
  | { readonly kind: 'idle' }
  | { readonly kind: 'waiting'; readonly attempt: number; readonly of: number; readonly seconds: number }
  | { readonly kind: 'retrying' }
  | { readonly kind: 'gave_up'; readonly n: number };

const draftDelayMs = 500;

/**
 * "Rapportera en händelse" (issue 3 §1, shortened in issue 9 §1): quick on a phone — what happened,
 * when, about whom and the evidence first, the rest under "Berätta mer (frivilligt)" — "Ring 112 nu"
 * at once when it is going on, errors that follow the fields as they are fixed after the first
 * submit, a draft kept while typing, and a submission that survives a dropped connection (retried
 * with the same idempotency key, so never twice). Files are uploaded after the case exists.
 */
export function ReportPage() {
  const i18n = useI18n();
  const { t, locale, dateTime } = i18n;
  const me = useMe();
  const navigate = useNavigate();
  const taxonomy = useTaxonomy();
  const blank = useMemo(() => emptyReportForm(me), [me]);

  const [restored, setRestored] = useState<ReportDraft | null>(() => loadDraft(me.id, new Date()));
  const [form, setForm] = useState<ReportForm>(() => restored?.form ?? blank);
  const [idempotencyKey, setIdempotencyKey] = useState(() => restored?.idempotencyKey ?? newIdempotencyKey());
  const [files, setFiles] = useState<readonly File[]>([]);
  const [sending, setSending] = useState<Sending>({ kind: 'idle' });
  const [cleared, setCleared] = useState(0);
  // The follow-up questions start open only when a restored draft answered some of them.
  const [moreOpen, setMoreOpen] = useState(() => hasFollowUpAnswers(restored?.form ?? blank, blank));
  /** The form as it was when the shown errors came, and whether the server gave them. */
  const [sent, setSent] = useState<{ readonly form: ReportForm; readonly fromServer: boolean } | null>(null);

  const untouched = JSON.stringify(form) === JSON.stringify(blank);
  const options = reportOptions(me, form);

  // The draft: saved shortly after typing stops, at once when the page is hidden or left.
  const submitted = useRef(false);
  const pending = useRef<ReportDraft | null>(null);
  useEffect(() => {
    if (untouched) {
      pending.current = null;
      return;
    }
    const draft = (): ReportDraft => ({ idempotencyKey, savedAt: new Date().toISOString(), form });
    pending.current = draft();
    const save = () => {
      if (submitted.current) return;
      saveDraft(me.id, draft());
      pending.current = null;
    };
    const timer = window.setTimeout(save, draftDelayMs);
    window.addEventListener('pagehide', save);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', save);
    };
  }, [form, idempotencyKey, me.id, untouched]);
  useEffect(
    () => () => {
      if (pending.current && !submitted.current) saveDraft(me.id, pending.current);
    },
    [me.id],
  );

  // A submission still retrying is abandoned when the page is left (the draft keeps everything).
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  function set<K extends keyof ReportForm>(field: K, value: ReportForm[K]) {
    setForm((previous) => ({ ...previous, [field]: value }));
  }

  function onClearDraft() {
    clearDraft(me.id);
    setForm(blank);
    setFiles([]);
    setIdempotencyKey(newIdempotencyKey());
    setRestored(null);
    setSent(null);
    setMoreOpen(false);
    submission.clear();
    setCleared((n) => n + 1);
  }

  const submission = useFormSubmit(
    reportSchema,
    async (body, { clear }) => {
      // Nothing is wrong while it is being sent, however long the retries take.
      clear();
      const current = new AbortController();
      controller.current = current;
      const incident = await withRetry(
        () => {
          setSending((previous) => (previous.kind === 'waiting' ? { kind: 'retrying' } : previous));
          return reportIncident(body, idempotencyKey);
        },
        { signal: current.signal, onWait: (wait) => setSending({ kind: 'waiting', ...wait }) },
      );
      submitted.current = true;
      clearDraft(me.id);
      rememberSentReport(incident);
      uploadQueueFor(incident.id).add(files);
      void navigate(`/report/sent/${incident.id}`);
    },
    {
      mapErrors: (found) => reportErrors(found, form, locale),
      onError: (error, found) => {
        if (controller.current?.signal.aborted || isAbortError(error)) return null;
        if (isTransientError(error)) {
          setSending((previous) => ({
            kind: 'gave_up',
            n: previous.kind === 'gave_up' ? previous.n + 1 : 1,
          }));
          return null;
        }
        setSending({ kind: 'idle' });
        setSent((previous) => previous && { ...previous, fromServer: true });
        return found;
      },
    },
  );
  // After the first failed submit, every change checks the form again: an error goes as soon as
  // its field is fixed (the summary with the last one), without moving focus.
  const schema = reportSchema.loaded();
  const errors =
    submission.errors && sent && schema
      ? errorsAsFixed(
          { errors: submission.errors, ...sent },
          liveReportErrors(schema, form, options, i18n),
          form,
        )
      : submission.errors;

  function submit() {
    if (submission.busy) return;
    // A new try replaces "gave up".
    setSending({ kind: 'idle' });
    setSent({ form, fromServer: false });
    void submission.submit(reportInput(form, options));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit();
  }

  const fieldErrors = errors?.fields ?? {};
  const fields: FieldTargets = Object.fromEntries(
    reportFieldOrder.map((field) => [
      field,
      { id: reportFieldIds[field], label: fieldLabel(field, t, options) },
    ]),
  );
  const busy = submission.busy;
  return (
    <Page title={t('report.title')}>
      <Paragraph>{t('report.intro')}</Paragraph>
      {restored && (
        <Alert data-color="info" className="stack">
          <Paragraph>{t('report.draftRestored', { time: dateTime(restored.savedAt) })}</Paragraph>
          <Paragraph>{t('report.draftFilesNote')}</Paragraph>
          <div className="button-row">
            <Button variant="secondary" data-size="sm" onClick={onClearDraft}>
              {t('report.draftClear')}
            </Button>
          </div>
        </Alert>
      )}
      {cleared > 0 && !restored && (
        <FocusAlert key={cleared} color="info">
          <Paragraph>{t('report.draftCleared')}</Paragraph>
        </FocusAlert>
      )}
      <FormErrorSummary errors={errors} fields={fields} attempt={submission.attempt} />
      {/* The schema arrives while the reporter types, not while the page loads (ADR 015). */}
      <form
        className="form form--wide"
        noValidate
        onSubmit={onSubmit}
        onFocusCapture={() => preloadSchema(reportSchema)}
      >
        <OngoingQuestion form={form} set={set} error={fieldErrors.ongoing} />
        <FirstQuestions
          form={form}
          set={set}
          errors={fieldErrors}
          options={options}
          taxonomy={taxonomy}
          files={files}
          onFilesChange={setFiles}
        />
        <FollowUpQuestions
          form={form}
          set={set}
          errors={fieldErrors}
          options={options}
          taxonomy={taxonomy}
          open={moreOpen || hasFollowUpErrors(errors)}
          onOpenChange={setMoreOpen}
        />
        <Paragraph data-size="sm" className="muted">
          {t('report.draftNote')}
        </Paragraph>
        <div role="status">
          {sending.kind === 'waiting' && (
            <Alert data-color="warning">
              <Paragraph>
                {t('report.retryWait', { n: sending.seconds, attempt: sending.attempt, max: sending.of })}
              </Paragraph>
            </Alert>
          )}
          {sending.kind === 'retrying' && <Paragraph>{t('report.retryNow')}</Paragraph>}
        </div>
        {sending.kind === 'gave_up' && (
          <FocusAlert key={sending.n} color="danger">
            <Paragraph>{t('report.failed')}</Paragraph>
            <Button variant="secondary" data-size="sm" className="alert-action" onClick={submit}>
              {t('common.retry')}
            </Button>
          </FocusAlert>
        )}
        <div className="button-row">
          <Button type="submit" loading={busy} aria-disabled={busy}>
            {t('report.submit')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
