import { latestStatedTime } from '@varn/domain';
import { useState, type FormEvent } from 'react';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { workEnvironmentBodySchema } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { recordWorkEnvironmentReport } from '../../lib/api/incidents';
import { formatMinutes } from '../../lib/durations';
import { useNow } from '../../lib/use-now';
import { useFormSubmit } from '../../lib/use-form-submit';
import { dateTimeInputToIso, toDateTimeInputValue } from '../../lib/stockholm-dates';
import { SuccessAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
import { TextField } from '../../components/fields';
import { JumpSection } from '../../components/jump-section';
import type { CaseContext } from './case-context';

/**
 * A serious incident to staff must be reported to Arbetsmiljöverket the same day
 * (arbetsmiljöförordningen 2 §). The countdown is refreshed once a minute and is not a live
 * region: screen readers read it when the user gets there, not every minute.
 */
export function WorkEnvironmentSection(context: CaseContext) {
  const { t, dateTime, locale } = useI18n();
  const now = useNow();
  const report = context.incident.workEnvironment;
  const deadline = report.deadline;
  const minutesLeft = deadline === null ? null : Math.floor((Date.parse(deadline) - now.getTime()) / 60_000);

  return (
    <JumpSection id="case-work-environment" title={t('casework.workEnvironment.heading')}>
      <Paragraph>{t('casework.workEnvironment.intro')}</Paragraph>
      {report.reportedAt ? (
        <Alert data-color="success">
          <Paragraph>
            {t('casework.workEnvironment.done', {
              time: dateTime(report.reportedAt),
              name: report.reportedBy?.name ?? '–',
            })}
          </Paragraph>
          {report.kiaReference && (
            <Paragraph>{t('casework.workEnvironment.kiaDone', { reference: report.kiaReference })}</Paragraph>
          )}
        </Alert>
      ) : (
        deadline !== null &&
        minutesLeft !== null && (
          <Alert data-color={minutesLeft > 0 ? 'warning' : 'danger'}>
            <Paragraph className="countdown">
              {minutesLeft > 0
                ? t('casework.workEnvironment.left', { time: formatMinutes(minutesLeft, locale) })
                : t('casework.workEnvironment.passed')}
            </Paragraph>
            <Paragraph>
              {minutesLeft > 0
                ? t('casework.workEnvironment.deadline', { time: dateTime(deadline) })
                : t('casework.workEnvironment.passedText', { time: dateTime(deadline) })}
            </Paragraph>
          </Alert>
        )
      )}
      <WorkEnvironmentForm context={context} />
    </JumpSection>
  );
}

function WorkEnvironmentForm({ context }: { readonly context: CaseContext }) {
  const { t } = useI18n();
  const { incident, onChange } = context;
  const recorded = incident.workEnvironment.reportedAt;
  const [reportedAt, setReportedAt] = useState(() =>
    toDateTimeInputValue(recorded ? new Date(recorded) : new Date()),
  );
  const [kia, setKia] = useState(incident.workEnvironment.kiaReference ?? '');
  const [saved, setSaved] = useState(0);
  const form = useFormSubmit(workEnvironmentBodySchema, async (body) => {
    onChange(await recordWorkEnvironmentReport(incident.id, body));
    setSaved((n) => n + 1);
  });
  const { errors } = form;

  const fields = {
    reportedAt: { id: 'work-reported-at', label: t('casework.workEnvironment.reportedAt') },
    kiaReference: { id: 'work-kia', label: t('casework.workEnvironment.kia') },
  };
  const field = fieldBinder(fields, errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({
      reportedAt: dateTimeInputToIso(reportedAt),
      kiaReference: kia.trim() === '' ? null : kia,
    });
  }

  return (
    <div className="subsection">
      <Heading level={3} data-size="xs">
        {recorded ? t('casework.workEnvironment.changeHeading') : t('casework.workEnvironment.recordHeading')}
      </Heading>
      <SuccessAlert count={saved}>{t('casework.workEnvironment.saved')}</SuccessAlert>
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          {...field('reportedAt')}
          type="datetime-local"
          value={reportedAt}
          onChange={setReportedAt}
          max={toDateTimeInputValue(latestStatedTime(new Date()))}
          required
        />
        <TextField
          {...field('kiaReference')}
          description={t('casework.workEnvironment.kiaHelp')}
          value={kia}
          onChange={setKia}
          autoComplete="off"
          maxLength={60}
        />
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {t('casework.workEnvironment.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
