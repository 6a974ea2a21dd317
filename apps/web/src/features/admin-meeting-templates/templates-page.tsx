import { useLocation } from 'react-router';
import { Card, Details, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Action, checklistGroups } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { useCan } from '../../lib/session/access';
import { getChecklistTemplates } from '../../lib/api/meeting-plans';
import { useQuery } from '../../lib/use-query';
import { Page } from '../../components/page';
import { FocusAlert, QueryView } from '../../components/feedback';
import { ButtonLink } from '../../components/links';
import './meeting-templates.css';

const createdVersion = (state: unknown): number | null =>
  typeof state === 'object' &&
  state !== null &&
  'createdVersion' in state &&
  typeof state.createdVersion === 'number'
    ? state.createdVersion
    : null;

/**
 * "Checklistor för möten" (admin; the unit reads): the versions of the security checklist, newest
 * first. A new version is made from a copy of the newest; plans keep the version they started on.
 */
export function MeetingTemplatesPage() {
  const { t, locale, dateTime } = useI18n();
  const can = useCan();
  const location = useLocation();
  const versions = useQuery(getChecklistTemplates);
  const created = createdVersion(location.state);
  return (
    <Page title={t('meetingTemplates.title')}>
      <Paragraph>{t('meetingTemplates.intro')}</Paragraph>
      {created !== null && (
        <FocusAlert color="success">
          <Paragraph>{t('meetingTemplates.created', { version: created })}</Paragraph>
        </FocusAlert>
      )}
      {can(Action.MeetingTemplateManage) && (
        <div className="button-row">
          <ButtonLink to="/admin/meeting-templates/new">{t('meetingTemplates.new')}</ButtonLink>
        </div>
      )}
      <QueryView query={versions} loadingLabel={t('meetingTemplates.loading')}>
        {({ templates }) => (
          <ul className="template-versions">
            {templates.map((template) => (
              <li key={template.id}>
                <Card data-color="neutral">
                  <Card.Block className="stack">
                    <Heading level={2} data-size="xs">
                      {t('meetingTemplates.version', { version: template.version })}{' '}
                      {template.current && (
                        <Tag data-color="success" data-size="sm">
                          {t('meetingTemplates.current')}
                        </Tag>
                      )}
                    </Heading>
                    <Paragraph data-size="sm">
                      {t('meetingTemplates.createdBy', {
                        time: dateTime(template.createdAt),
                        name: template.createdBy?.name ?? t('meetingTemplates.seeded'),
                      })}
                    </Paragraph>
                    <Paragraph data-size="sm">
                      {t('meetingTemplates.counts', { items: template.items.length, plans: template.plans })}
                    </Paragraph>
                  </Card.Block>
                  <Details>
                    <Details.Summary>
                      {t('meetingTemplates.showItems')}
                      <span className="ds-sr-only">
                        : {t('meetingTemplates.version', { version: template.version })}
                      </span>
                    </Details.Summary>
                    <Details.Content>
                      {checklistGroups.map((group) => {
                        const items = template.items.filter((item) => item.group === group);
                        if (items.length === 0) return null;
                        return (
                          <div key={group} className="subsection">
                            <Heading level={3} data-size="2xs">
                              {t(`meetingPlan.checklist.group.${group}`)}
                            </Heading>
                            <ul>
                              {items.map((item) => (
                                <li key={item.id}>{item.text[locale]}</li>
                              ))}
                            </ul>
                          </div>
                        );
                      })}
                    </Details.Content>
                  </Details>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </Page>
  );
}
