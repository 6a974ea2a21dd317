import type { FormEvent } from 'react';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import type { SecurityPlan } from '@varn/contracts';
import { securityPlanTextLimits } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { SuccessAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder, valueBinder } from '../../components/form-fields';
import { TextField } from '../../components/fields';
import { DateField, TextAreaField } from '../../components/extra-fields';
import { RadioChoice } from '../../components/choice-fields';
import { JumpSection } from '../../components/jump-section';
import { usePlanPartForm } from './use-plan-part-form';
import { canChangePlan, PlanPart, type PlanContext } from './plan-context';
import { screeningBody, screeningFormOf, type ScreeningForm } from './plan-forms';

type Screening = NonNullable<SecurityPlan['screening']>;

/**
 * "Säkerhetskontroll" (lag 2010:294): the chair's decision, the police consultation, the premises
 * and the reasons — in full for the unit, in brief (whether the public is screened, where) for
 * those at the meeting.
 */
export function ScreeningSection(context: PlanContext) {
  const { t, date } = useI18n();
  const { plan } = context;
  const screening = plan.screening;
  const brief = plan.screeningBrief;
  const possible = screening?.possible ?? brief?.possible ?? false;
  return (
    <JumpSection id={PlanPart.Screening} title={t('meetingPlan.screening.heading')}>
      <Paragraph>{t('meetingPlan.screening.law')}</Paragraph>
      {!possible && (
        <Alert data-color="info">
          <Paragraph>{t('meetingPlan.screening.notPossible')}</Paragraph>
        </Alert>
      )}
      {screening && screening.problems.length > 0 && (
        <Alert data-color="warning">
          <Paragraph>{t('meetingPlan.screening.problemsIntro')}</Paragraph>
          <ul>
            {screening.problems.map((problem) => (
              <li key={problem}>{t(`meetingPlan.screening.problem.${problem}`)}</li>
            ))}
          </ul>
        </Alert>
      )}
      {screening && canChangePlan(plan) ? (
        <ScreeningFormView context={context} />
      ) : screening ? (
        <ScreeningFacts screening={screening} />
      ) : (
        brief && (
          <dl className="facts">
            <dt>{t('meetingPlan.screening.decision')}</dt>
            <dd>{t(decisionKey(brief.decided))}</dd>
            {brief.decided === true && (
              <>
                <dt>{t('meetingPlan.screening.premises')}</dt>
                <dd className="plan-text">{brief.premises ?? t('meetingPlan.notWritten')}</dd>
              </>
            )}
          </dl>
        )
      )}
      {screening && !canChangePlan(plan) && screening.decidedOn && (
        <Paragraph data-size="sm" className="muted">
          {t('meetingPlan.screening.decidedOnText', { date: date(screening.decidedOn) })}
        </Paragraph>
      )}
    </JumpSection>
  );
}

const decisionKey = (decided: boolean | null) =>
  decided === null
    ? 'meetingPlan.screening.decided.none'
    : decided
      ? 'meetingPlan.screening.decided.yes'
      : 'meetingPlan.screening.decided.no';

function ScreeningFacts({ screening }: { readonly screening: Screening }) {
  const { t, date } = useI18n();
  const text = (value: string | null) => value ?? t('meetingPlan.notWritten');
  return (
    <dl className="facts">
      <dt>{t('meetingPlan.screening.decision')}</dt>
      <dd>{t(decisionKey(screening.decided))}</dd>
      <dt>{t('meetingPlan.screening.decidedBy')}</dt>
      <dd>{text(screening.decidedBy)}</dd>
      <dt>{t('meetingPlan.screening.policeConsultedOn')}</dt>
      <dd>{screening.policeConsultedOn ? date(screening.policeConsultedOn) : t('meetingPlan.notWritten')}</dd>
      <dt>{t('meetingPlan.screening.premises')}</dt>
      <dd className="plan-text">{text(screening.premises)}</dd>
      <dt>{t('meetingPlan.screening.reasons')}</dt>
      <dd className="plan-text">{text(screening.reasons)}</dd>
    </dl>
  );
}

function ScreeningFormView({ context }: { readonly context: PlanContext }) {
  const { t } = useI18n();
  const { form, setForm, saved, submit } = usePlanPartForm(context, screeningFormOf);
  const fields = {
    'screening.decided': { id: 'plan-screening-decided', label: t('meetingPlan.screening.decision') },
    'screening.decidedBy': { id: 'plan-screening-by', label: t('meetingPlan.screening.decidedBy') },
    'screening.decidedOn': { id: 'plan-screening-on', label: t('meetingPlan.screening.decidedOn') },
    'screening.policeConsultedOn': {
      id: 'plan-screening-police',
      label: t('meetingPlan.screening.policeConsultedOn'),
    },
    'screening.premises': { id: 'plan-screening-premises', label: t('meetingPlan.screening.premises') },
    'screening.reasons': { id: 'plan-screening-reasons', label: t('meetingPlan.screening.reasons') },
  };
  const field = fieldBinder(fields, submit.errors);
  const value = valueBinder(form, setForm);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit.submit(screeningBody(context.plan.revision, form));
  }

  return (
    <div className="stack">
      <SuccessAlert count={saved}>{t('common.saved')}</SuccessAlert>
      <FormErrorSummary errors={submit.errors} fields={fields} attempt={submit.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <RadioChoice
          {...field.group('screening.decided')}
          name="plan-screening-decided"
          value={form.decided}
          onChange={(decided) => setForm({ ...form, decided: decided as ScreeningForm['decided'] })}
          choices={[
            { value: '', label: t('meetingPlan.screening.decided.none') },
            { value: 'yes', label: t('meetingPlan.screening.decided.yes') },
            { value: 'no', label: t('meetingPlan.screening.decided.no') },
          ]}
        />
        {form.decided !== '' && (
          <>
            <TextField
              {...field('screening.decidedBy')}
              {...value('decidedBy')}
              description={t('meetingPlan.screening.decidedByHelp')}
              maxLength={securityPlanTextLimits.screeningDecidedBy}
            />
            <DateField {...field('screening.decidedOn')} {...value('decidedOn')} />
            <DateField
              {...field('screening.policeConsultedOn')}
              {...value('policeConsultedOn')}
              description={t('meetingPlan.screening.policeHelp')}
            />
            <TextAreaField
              {...field('screening.premises')}
              {...value('premises')}
              description={t('meetingPlan.screening.premisesHelp')}
              rows={3}
              maxLength={securityPlanTextLimits.screeningPremises}
            />
            <TextAreaField
              {...field('screening.reasons')}
              {...value('reasons')}
              rows={4}
              maxLength={securityPlanTextLimits.screeningReasons}
            />
          </>
        )}
        <div className="button-row">
          <Button type="submit" loading={submit.busy}>
            {t('meetingPlan.screening.save')}
          </Button>
        </div>
      </form>
    </div>
  );
}
