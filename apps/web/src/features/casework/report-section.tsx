import { Paragraph } from '@digdir/designsystemet-react';
import { TaxonomyKind } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { taxonomyLabel } from '../../lib/taxonomy-labels';
import { consequenceLabel, motiveLabel, targetKindLabel, targetRoleLabel } from '../../lib/incident-labels';
import { JumpSection } from '../../components/jump-section';
import type { CaseContext } from './case-context';

/** What the reporter wrote, every field, as they wrote it. */
export function ReportSection({ incident, taxonomy }: CaseContext) {
  const { t, dateTime, locale } = useI18n();
  const name = (kind: TaxonomyKind, code: string) => taxonomyLabel(code, kind, locale, taxonomy);
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  // A follow-up question the reporter skipped (issue 9 §1): the unit states it at triage.
  const notStated = t('casework.report.notStated');

  let when: string;
  if (incident.occurredFrom && incident.occurredTo)
    when = t('casework.report.between', {
      from: dateTime(incident.occurredFrom),
      to: dateTime(incident.occurredTo),
    });
  else if (incident.occurredFrom)
    when = t('casework.report.since', { from: dateTime(incident.occurredFrom) });
  else if (incident.occurredTo) when = t('casework.report.until', { to: dateTime(incident.occurredTo) });
  else when = t('casework.report.noTime');

  return (
    <JumpSection id="case-report" title={t('casework.report.heading')}>
      <Paragraph data-size="sm">
        {t('casework.report.intro', { name: incident.reportedBy.name, time: dateTime(incident.reportedAt) })}
      </Paragraph>
      <dl className="facts">
        <dt>{t('casework.report.description')}</dt>
        <dd>
          <p className="case-text">{incident.description}</p>
        </dd>
        <dt>{t('casework.report.ongoing')}</dt>
        <dd>{incident.ongoing ? t('casework.report.ongoingYes') : t('common.no')}</dd>
        <dt>{t('casework.report.when')}</dt>
        <dd>{when}</dd>
        <dt>{t('casework.report.target')}</dt>
        <dd>
          {targetKindLabel(incident.targetKind, t)}
          {incident.targetName !== null && `: ${incident.targetName}`}
        </dd>
        <dt>{t('casework.report.targetRole')}</dt>
        <dd>{incident.targetRole ? targetRoleLabel(incident.targetRole, t) : notStated}</dd>
        <dt>{t('casework.report.categories')}</dt>
        <dd>
          <ul className="plain-list">
            {incident.categories.map((code) => (
              <li key={code}>{name(TaxonomyKind.Category, code)}</li>
            ))}
          </ul>
        </dd>
        <dt>{t('casework.report.channel')}</dt>
        <dd>{incident.channel ? name(TaxonomyKind.Channel, incident.channel) : notStated}</dd>
        <dt>{t('casework.report.perpetratorType')}</dt>
        <dd>
          {incident.perpetratorType
            ? name(TaxonomyKind.PerpetratorType, incident.perpetratorType)
            : notStated}
        </dd>
        <dt>{t('casework.report.motive')}</dt>
        <dd>{incident.motive ? motiveLabel(incident.motive, t) : notStated}</dd>
        <dt>{t('casework.report.matter')}</dt>
        <dd>{incident.matterReference ?? notStated}</dd>
        <dt>{t('casework.report.policeContacted')}</dt>
        <dd>{incident.policeContacted === null ? notStated : yesNo(incident.policeContacted)}</dd>
        <dt>{t('casework.report.consequences')}</dt>
        <dd>
          {incident.consequences.length === 0 ? (
            t('casework.report.noConsequences')
          ) : (
            <ul className="plain-list">
              {incident.consequences.map((consequence) => (
                <li key={consequence}>{consequenceLabel(consequence, t)}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('casework.report.consent')}</dt>
        <dd>
          {incident.partyContactConsent ? t('casework.report.consentYes') : t('casework.report.consentNo')}
        </dd>
        <dt>{t('casework.report.seriousWorkIncident')}</dt>
        <dd>{yesNo(incident.seriousWorkIncident)}</dd>
      </dl>
    </JumpSection>
  );
}
