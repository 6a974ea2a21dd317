import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { IncidentSummary, TaxonomyEntryView } from '@varn/contracts';
import { TaxonomyKind } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { useNow } from '../../lib/use-now';
import { timeAgo } from '../../lib/durations';
import { taxonomyLabel } from '../../lib/taxonomy-labels';
import { DataTable } from '../../components/table-region';
import { AppLink } from '../../components/links';
import { IncidentStatusTag, SeverityTag } from './tags';

interface ListProps {
  readonly incidents: readonly IncidentSummary[];
  readonly categories: readonly TaxonomyEntryView[];
}

/**
 * The cases of a page of the queue: a table on a wide screen (it fits 1280 px without scrolling
 * sideways), cards on a phone. Both are rendered; the style sheet shows one (casework.css), and
 * the hidden one is hidden from assistive technology too.
 */
export function QueueList(props: ListProps) {
  return (
    <>
      <div className="queue-table">
        <QueueTable {...props} />
      </div>
      <QueueCards {...props} />
    </>
  );
}

/** "Pågår": only a case still actively handled carries it (the server decides, domain `showsOngoing`). */
function OngoingTag({ incident }: { readonly incident: IncidentSummary }) {
  const { t } = useI18n();
  return incident.ongoing ? (
    <Tag data-color="danger" data-size="sm">
      {t('casework.ongoing')}
    </Tag>
  ) : null;
}

function OverdueMeasures({ incident }: { readonly incident: IncidentSummary }) {
  const { t } = useI18n();
  return incident.overdueMeasures > 0 ? (
    <Tag data-color="danger" className="nowrap">
      {t(incident.overdueMeasures === 1 ? 'casework.queue.overdueOne' : 'casework.queue.overdueMany', {
        n: incident.overdueMeasures,
      })}
    </Tag>
  ) : (
    <span className="muted">{t('casework.queue.noOverdue')}</span>
  );
}

function Reported({ incident }: { readonly incident: IncidentSummary }) {
  const { date, locale } = useI18n();
  const now = useNow();
  return (
    <>
      <span className="nowrap">{date(incident.reportedAt)}</span>
      <br />
      <span className="muted">{timeAgo(incident.reportedAt, now, locale)}</span>
    </>
  );
}

function Handler({ incident }: { readonly incident: IncidentSummary }) {
  const { t } = useI18n();
  return incident.handler ? (
    <>{incident.handler.name}</>
  ) : (
    <span className="muted">{t('casework.noHandler')}</span>
  );
}

/** The categories, then the first words of the description. */
function Description({
  incident,
  categories,
}: { readonly incident: IncidentSummary } & Pick<ListProps, 'categories'>) {
  const { locale } = useI18n();
  return (
    <>
      <span className="queue-categories">
        {incident.categories
          .map((code) => taxonomyLabel(code, TaxonomyKind.Category, locale, categories))
          .join(', ')}
      </span>
      <span className="queue-excerpt">{incident.excerpt}</span>
    </>
  );
}

function QueueTable({ incidents, categories }: ListProps) {
  const { t } = useI18n();
  return (
    <DataTable label={t('casework.queue.tableLabel')}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t('casework.queue.col.reference')}</Table.HeaderCell>
          <Table.HeaderCell>{t('casework.queue.col.severityStatus')}</Table.HeaderCell>
          <Table.HeaderCell>{t('casework.queue.col.reported')}</Table.HeaderCell>
          <Table.HeaderCell>{t('casework.queue.col.handler')}</Table.HeaderCell>
          <Table.HeaderCell>{t('casework.queue.col.measures')}</Table.HeaderCell>
          <Table.HeaderCell>{t('casework.queue.col.description')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {incidents.map((incident) => (
          <Table.Row key={incident.id}>
            <Table.Cell className="nowrap">
              <AppLink to={`/incidents/${incident.id}`}>{incident.reference}</AppLink>
              {incident.ongoing && <br />}
              <OngoingTag incident={incident} />
            </Table.Cell>
            <Table.Cell>
              <div className="queue-tags">
                <SeverityTag severity={incident.severity} />
                <IncidentStatusTag status={incident.status} />
              </div>
            </Table.Cell>
            <Table.Cell>
              <Reported incident={incident} />
            </Table.Cell>
            <Table.Cell>
              <Handler incident={incident} />
            </Table.Cell>
            <Table.Cell>
              <OverdueMeasures incident={incident} />
            </Table.Cell>
            <Table.Cell className="queue-description">
              <Description incident={incident} categories={categories} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}

/** On a phone: one card per case, its number a heading that links to the case. */
function QueueCards({ incidents, categories }: ListProps) {
  const { t } = useI18n();
  return (
    <ul className="queue-cards" aria-label={t('casework.queue.tableLabel')}>
      {incidents.map((incident) => (
        <li key={incident.id} className="queue-card">
          <Heading level={3} data-size="xs">
            <AppLink to={`/incidents/${incident.id}`}>{incident.reference}</AppLink>
          </Heading>
          <div className="tag-list">
            <SeverityTag severity={incident.severity} />
            <IncidentStatusTag status={incident.status} />
            <OngoingTag incident={incident} />
          </div>
          <dl className="facts">
            <dt>{t('casework.queue.col.reported')}</dt>
            <dd>
              <Reported incident={incident} />
            </dd>
            <dt>{t('casework.queue.col.handler')}</dt>
            <dd>
              <Handler incident={incident} />
            </dd>
            <dt>{t('casework.queue.col.measures')}</dt>
            <dd>
              <OverdueMeasures incident={incident} />
            </dd>
          </dl>
          <Paragraph data-size="sm" className="queue-description">
            <Description incident={incident} categories={categories} />
          </Paragraph>
        </li>
      ))}
    </ul>
  );
}
