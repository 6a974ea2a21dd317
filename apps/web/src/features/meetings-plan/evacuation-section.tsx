import type { FormEvent } from 'react';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { EvacuationPlanView } from '@varn/contracts';
import { securityPlanTextLimits } from '@varn/domain';
import { useI18n, type I18n } from '../../lib/i18n/i18n';
import { SuccessAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder, valueBinder } from '../../components/form-fields';
import { TextField } from '../../components/fields';
import { TextAreaField } from '../../components/extra-fields';
import { JumpSection } from '../../components/jump-section';
import { AppLink } from '../../components/links';
import { usePlanPartForm } from './use-plan-part-form';
import { canChangePlan, PlanPart, type PlanContext } from './plan-context';
import { evacuationBody, evacuationFormOf } from './plan-forms';
import { EvacuationPdfLink } from './evacuation-pdf-link';

/**
 * "Utrymningsplan": who leads the officials out, who leads the public out, who calls the police,
 * the routes and the meeting point — what everyone in the hall must know — with the venue
 * register's routes for reference, and the one-page print (PDF) or a print-friendly view.
 */
export function EvacuationSection(context: PlanContext & { readonly evacuation: EvacuationPlanView }) {
  const { t } = useI18n();
  const { evacuation, meetingId } = context;
  return (
    <JumpSection id={PlanPart.Evacuation} title={t('meetingPlan.evacuation.heading')}>
      {evacuation.gaps.length > 0 && (
        <Alert data-color="warning">
          <Paragraph>
            {t('meetingPlan.evacuation.gaps', {
              parts: evacuation.gaps.map((gap) => t(`meetingPlan.evacuation.part.${gap}`)).join(', '),
            })}
          </Paragraph>
        </Alert>
      )}
      {canChangePlan(context.plan) ? (
        <EvacuationFormView context={context} />
      ) : (
        <EvacuationFacts evacuation={evacuation} />
      )}
      {evacuation.venue && (
        <div className="subsection">
          <Heading level={3} data-size="2xs">
            {t('meetingPlan.evacuation.venueHeading', { venue: evacuation.venue.name })}
          </Heading>
          <dl className="facts">
            <dt>{t('meetingPlan.evacuation.venueRoutes')}</dt>
            <dd className="plan-text">{evacuation.venue.evacuationRoutes ?? t('meetingPlan.notWritten')}</dd>
            <dt>{t('meetingPlan.evacuation.venueAssemblyPoint')}</dt>
            <dd className="plan-text">{evacuation.venue.assemblyPoint ?? t('meetingPlan.notWritten')}</dd>
          </dl>
        </div>
      )}
      <div className="button-row">
        <EvacuationPdfLink meetingId={meetingId} />
        <AppLink to={`/meetings/${encodeURIComponent(meetingId)}/plan/evacuation`}>
          {t('meetingPlan.evacuation.printView')}
        </AppLink>
      </div>
    </JumpSection>
  );
}

/** The evacuation plan's texts; a blank part says "Inte ifyllt" rather than leaving a gap. */
export function evacuationFacts(evacuation: EvacuationPlanView, t: I18n['t']) {
  const text = (value: string | null) =>
    value === null || value.trim() === '' ? t('meetingPlan.evacuation.notFilledIn') : value;
  return [
    { label: t('meetingPlan.evacuation.part.leads_officials'), value: text(evacuation.leadsOfficials) },
    { label: t('meetingPlan.evacuation.part.leads_public'), value: text(evacuation.leadsPublic) },
    { label: t('meetingPlan.evacuation.part.calls_police'), value: text(evacuation.whoCallsPolice) },
    { label: t('meetingPlan.evacuation.part.routes'), value: text(evacuation.routes) },
    { label: t('meetingPlan.evacuation.part.meeting_point'), value: text(evacuation.meetingPoint) },
    ...(evacuation.notes ? [{ label: t('meetingPlan.evacuation.notes'), value: evacuation.notes }] : []),
  ];
}

export function EvacuationFacts({ evacuation }: { readonly evacuation: EvacuationPlanView }) {
  const { t } = useI18n();
  return (
    <dl className="facts">
      {evacuationFacts(evacuation, t).map((fact) => (
        <div key={fact.label} className="plan-fact">
          <dt>{fact.label}</dt>
          <dd className="plan-text">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function EvacuationFormView({ context }: { readonly context: PlanContext }) {
  const { t } = useI18n();
  const { form, setForm, saved, submit } = usePlanPartForm(context, evacuationFormOf);
  const fields = {
    'evacuation.leadsOfficials': {
      id: 'plan-evacuation-officials',
      label: t('meetingPlan.evacuation.part.leads_officials'),
    },
    'evacuation.leadsPublic': {
      id: 'plan-evacuation-public',
      label: t('meetingPlan.evacuation.part.leads_public'),
    },
    'evacuation.whoCallsPolice': {
      id: 'plan-evacuation-police',
      label: t('meetingPlan.evacuation.part.calls_police'),
    },
    'evacuation.routes': { id: 'plan-evacuation-routes', label: t('meetingPlan.evacuation.part.routes') },
    'evacuation.meetingPoint': {
      id: 'plan-evacuation-point',
      label: t('meetingPlan.evacuation.part.meeting_point'),
    },
    'evacuation.notes': { id: 'plan-evacuation-notes', label: t('meetingPlan.evacuation.notes') },
  };
  const field = fieldBinder(fields, submit.errors);
  const value = valueBinder(form, setForm);
  const limits = securityPlanTextLimits;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit.submit(evacuationBody(context.plan.revision, form));
  }

  return (
    <div className="stack">
      <SuccessAlert count={saved}>{t('common.saved')}</SuccessAlert>
      <FormErrorSummary errors={submit.errors} fields={fields} attempt={submit.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          {...field('evacuation.leadsOfficials')}
          {...value('leadsOfficials')}
          description={t('meetingPlan.evacuation.roleHelp')}
          maxLength={limits.evacuationRole}
        />
        <TextField
          {...field('evacuation.leadsPublic')}
          {...value('leadsPublic')}
          maxLength={limits.evacuationRole}
        />
        <TextField
          {...field('evacuation.whoCallsPolice')}
          {...value('whoCallsPolice')}
          description={t('meetingPlan.evacuation.policeHelp')}
          maxLength={limits.evacuationRole}
        />
        <TextAreaField
          {...field('evacuation.routes')}
          {...value('routes')}
          rows={4}
          maxLength={limits.evacuationRoutes}
        />
        <TextAreaField
          {...field('evacuation.meetingPoint')}
          {...value('meetingPoint')}
          rows={2}
          maxLength={limits.evacuationMeetingPoint}
        />
        <TextAreaField
          {...field('evacuation.notes')}
          {...value('notes')}
          rows={3}
          maxLength={limits.evacuationNotes}
        />
        <div className="button-row">
          <Button type="submit" loading={submit.busy}>
            {t('meetingPlan.evacuation.save')}
          </Button>
        </div>
      </form>
    </div>
  );
}
