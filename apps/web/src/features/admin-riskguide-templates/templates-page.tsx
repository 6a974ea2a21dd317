import { useLocation } from 'react-router';
import { Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useI18n } from '../../lib/i18n/i18n';
import { getTemplateVersions } from '../../lib/api/riskguide';
import { useQuery } from '../../lib/use-query';
import { inLocale } from '../../lib/riskguide-labels';
import { Page } from '../../components/page';
import { FocusAlert, QueryView } from '../../components/feedback';
import { DataTable } from '../../components/table-region';
import { ButtonLink } from '../../components/links';

const createdVersion = (state: unknown): number | null =>
  typeof state === 'object' &&
  state !== null &&
  'createdVersion' in state &&
  typeof state.createdVersion === 'number'
    ? state.createdVersion
    : null;

/**
 * "Mallar för Riskguide" (admin): the versions of the organisation's template, newest first. A new
 * version is made from a copy of the newest; assessments keep the version they were made on.
 */
export function TemplatesPage() {
  const { t, locale, dateTime } = useI18n();
  const location = useLocation();
  const versions = useQuery(getTemplateVersions);
  const created = createdVersion(location.state);
  return (
    <Page title={t('riskguide.templates.title')}>
      <Paragraph>{t('riskguide.templates.intro')}</Paragraph>
      {created !== null && (
        <FocusAlert color="success">
          <Paragraph>{t('riskguide.templates.created', { version: created })}</Paragraph>
        </FocusAlert>
      )}
      <div className="button-row">
        <ButtonLink to="/admin/riskguide-templates/new">{t('riskguide.templates.new')}</ButtonLink>
      </div>
      <QueryView query={versions} loadingLabel={t('riskguide.templates.loading')}>
        {({ templates }) => (
          <DataTable label={t('riskguide.templates.tableLabel')}>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('riskguide.templates.col.version')}</Table.HeaderCell>
                <Table.HeaderCell>{t('riskguide.templates.col.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('riskguide.templates.col.created')}</Table.HeaderCell>
                <Table.HeaderCell>{t('riskguide.templates.col.assessments')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {templates.map((template) => (
                <Table.Row key={template.id}>
                  <Table.Cell className="nowrap">
                    {t('riskguide.templateVersion', { version: template.version })}
                    {template.current && (
                      <>
                        {' '}
                        <Tag data-color="success" data-size="sm">
                          {t('riskguide.templates.current')}
                        </Tag>
                      </>
                    )}
                  </Table.Cell>
                  <Table.Cell>{inLocale(template.name, locale)}</Table.Cell>
                  <Table.Cell>
                    {dateTime(template.createdAt)}
                    <br />
                    <span className="muted">
                      {template.createdBy?.name ?? t('riskguide.templates.seeded')}
                    </span>
                  </Table.Cell>
                  <Table.Cell>{template.assessments}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </DataTable>
        )}
      </QueryView>
    </Page>
  );
}
