import type { FormEvent } from 'react';
import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ThreatPicture } from '@varn/contracts';
import {
  nationalThreatLevels,
  riskLevels,
  securityPlanTextLimits,
  threatLookbackDayRange,
  type RiskLevel,
} from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { severityLabel, urgencyLabel } from '../../lib/incident-labels';
import { SuccessAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder, valueBinder } from '../../components/form-fields';
import { SelectField, TextField } from '../../components/fields';
import { TextAreaField } from '../../components/extra-fields';
import { JumpSection } from '../../components/jump-section';
import { AppLink } from '../../components/links';
import { LevelTag, type Level } from '../../components/level-tag';
import { usePlanPartForm } from './use-plan-part-form';
import { canChangePlan, PlanPart, type PlanContext } from './plan-context';
import { threatBody, threatFormOf, type ThreatForm } from './plan-forms';
import { nationalLevelText } from './plan-labels';

const levelOf: Readonly<Record<RiskLevel, Level>> = { high: 'high', moderate: 'medium', low: 'low' };

/** A meeting risk level as a tag ("Hög"); null says "Inte bedömd". */
export function PlanLevelTag({ level }: { readonly level: RiskLevel | null }) {
  const { t } = useI18n();
  return (
    <LevelTag level={level === null ? 'none' : levelOf[level]}>
      {level === null ? t('meetingPlan.level.none') : t(`meetingPlan.level.${level}`)}
    </LevelTag>
  );
}

/**
 * "Hotbild" (the unit only): the written assessment and the level it comes to, the incidents of
 * the lookback window linked to the meeting's matters or body, Säkerhetspolisen's level then, and
 * open signals that name the meeting or its matters.
 */
export function ThreatSection(context: PlanContext & { readonly picture: ThreatPicture }) {
  const { t, date, dateTime } = useI18n();
  const { picture } = context;
  const { atTheTime } = picture.nationalThreatLevel;
  return (
    <JumpSection id={PlanPart.Threat} title={t('meetingPlan.threat.heading')}>
      {canChangePlan(context.plan) ? (
        <ThreatForm context={context} />
      ) : (
        <dl className="facts">
          <dt>{t('meetingPlan.threat.level')}</dt>
          <dd>
            <PlanLevelTag level={picture.level} />
          </dd>
          <dt>{t('meetingPlan.threat.assessment')}</dt>
          <dd className="plan-text">{picture.assessment ?? t('meetingPlan.notWritten')}</dd>
          <dt>{t('meetingPlan.threat.nationalNoted')}</dt>
          <dd>
            {picture.nationalThreatLevel.noted === null
              ? t('meetingPlan.notWritten')
              : nationalLevelText(picture.nationalThreatLevel.noted, t)}
          </dd>
        </dl>
      )}
      <Paragraph data-size="sm">
        {atTheTime === null
          ? t('meetingPlan.threat.nationalUnknown')
          : t('meetingPlan.threat.nationalAtTheTime', { level: nationalLevelText(atTheTime, t) })}
      </Paragraph>

      <div className="subsection">
        <Heading level={3} data-size="2xs">
          {t('meetingPlan.threat.incidents', { n: picture.linkedIncidents.length })}
        </Heading>
        <Paragraph data-size="sm">
          {t('meetingPlan.threat.window', {
            days: picture.lookbackDays,
            from: date(picture.window.from),
            to: date(picture.window.to),
          })}
        </Paragraph>
        {picture.linkedIncidents.length === 0 ? (
          <Paragraph>{t('meetingPlan.threat.noIncidents')}</Paragraph>
        ) : (
          <ul className="plan-list">
            {picture.linkedIncidents.map((incident) => (
              <li key={incident.id}>
                <AppLink to={`/incidents/${encodeURIComponent(incident.id)}`}>{incident.reference}</AppLink>{' '}
                <span className="muted">{dateTime(incident.reportedAt)}</span>{' '}
                {incident.severity === null ? (
                  <Tag data-size="sm" data-color="neutral">
                    {t('meetingPlan.threat.notTriaged')}
                  </Tag>
                ) : (
                  <Tag data-size="sm" data-color={incident.severity === 'acute' ? 'danger' : 'warning'}>
                    {severityLabel(incident.severity, t)}
                  </Tag>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="subsection">
        <Heading level={3} data-size="2xs">
          {t('meetingPlan.threat.signals', { n: picture.openSignals.length })}
        </Heading>
        {picture.openSignals.length === 0 ? (
          <Paragraph>{t('meetingPlan.threat.noSignals')}</Paragraph>
        ) : (
          <ul className="plan-list">
            {picture.openSignals.map((signal) => (
              <li key={signal.id}>
                <Tag data-size="sm" data-color={signal.urgency === 'high' ? 'danger' : 'info'}>
                  {t('meetingPlan.threat.urgency', { urgency: urgencyLabel(signal.urgency, t) })}
                </Tag>{' '}
                <span className="muted">{dateTime(signal.createdAt)}</span>
                <p className="plan-text">{signal.text}</p>
              </li>
            ))}
          </ul>
        )}
        <Paragraph data-size="sm">
          <AppLink to="/signals">{t('meetingPlan.threat.toSignals')}</AppLink>
        </Paragraph>
      </div>
    </JumpSection>
  );
}

function ThreatForm({ context }: { readonly context: PlanContext }) {
  const { t } = useI18n();
  const { form, setForm, saved, submit } = usePlanPartForm(context, threatFormOf);
  const fields = {
    threatAssessment: { id: 'plan-threat-assessment', label: t('meetingPlan.threat.assessment') },
    threatLevel: { id: 'plan-threat-level', label: t('meetingPlan.threat.level') },
    nationalThreatLevel: { id: 'plan-threat-national', label: t('meetingPlan.threat.nationalNoted') },
    lookbackDays: { id: 'plan-threat-lookback', label: t('meetingPlan.threat.lookbackDays') },
  };
  const field = fieldBinder(fields, submit.errors);
  const value = valueBinder(form, setForm);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit.submit(threatBody(context.plan.revision, form));
  }

  return (
    <div className="stack">
      <SuccessAlert count={saved}>{t('common.saved')}</SuccessAlert>
      <FormErrorSummary errors={submit.errors} fields={fields} attempt={submit.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <SelectField
          {...field('threatLevel')}
          {...value('level')}
          description={t('meetingPlan.threat.levelHelp')}
          placeholder={t('meetingPlan.level.none')}
          options={riskLevels.map((level) => ({ value: level, label: t(`meetingPlan.level.${level}`) }))}
        />
        <TextAreaField
          {...field('threatAssessment')}
          {...value('assessment')}
          description={t('meetingPlan.threat.assessmentHelp')}
          rows={6}
          maxLength={securityPlanTextLimits.threatAssessment}
        />
        <SelectField
          {...field('nationalThreatLevel')}
          {...value('nationalThreatLevel')}
          description={t('meetingPlan.threat.nationalHelp')}
          placeholder={t('meetingPlan.notWritten')}
          options={nationalThreatLevels.map((level) => ({
            value: String(level),
            label: nationalLevelText(level, t),
          }))}
        />
        <TextField
          {...field('lookbackDays')}
          {...value('lookbackDays')}
          type="number"
          inputMode="numeric"
          min={threatLookbackDayRange.min}
          max={threatLookbackDayRange.max}
          description={t('meetingPlan.threat.lookbackHelp', {
            min: threatLookbackDayRange.min,
            max: threatLookbackDayRange.max,
          })}
        />
        <div className="button-row">
          <Button type="submit" loading={submit.busy}>
            {t('meetingPlan.threat.save')}
          </Button>
        </div>
      </form>
    </div>
  );
}
