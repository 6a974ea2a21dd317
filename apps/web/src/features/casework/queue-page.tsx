import { useCallback, useState, type FormEvent } from 'react';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import {
  incidentQuerySchema,
  type IncidentList,
  type IncidentSummary,
  type TaxonomyEntryView,
} from '@varn/contracts';
import { incidentStatuses, severities, TaxonomyKind, type IncidentStatus, type Severity } from '@varn/domain';
import { useI18n, type MessageKey } from '../../lib/i18n/i18n';
import { getHandlers, getIncidents } from '../../lib/api/incidents';
import { useQuery } from '../../lib/use-query';
import { useNow } from '../../lib/use-now';
import { timeAgo } from '../../lib/durations';
import { endOfSwedishDate, isCalendarDate, startOfSwedishDate } from '../../lib/stockholm-dates';
import { severityName } from '../../lib/casework-labels';
import { taxonomyLabel, useTaxonomy } from '../../lib/taxonomy-labels';
import { incidentStatusLabel } from '../../lib/incident-labels';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Page, Section } from '../../components/page';
import { ErrorAlert, QueryView } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
import { SelectField } from '../../components/fields';
import { DateField } from '../../components/extra-fields';
import { DataTable } from '../../components/table-region';
import { focusResults, pageOf, PageOfResults, ResultsSection } from '../../components/pager';
import { AppLink } from '../../components/links';
import { IncidentStatusTag, SeverityTag } from './tags';
import './casework.css';

const pageSize = 25;

/** The filters of the queue as they stand in the address (so "back" from a case returns to them). */
interface QueueFilters {
  /** A status, `open` for every open case, or '' for all. */
  readonly status: string;
  readonly category: string;
  readonly severity: string;
  readonly handler: string;
  /** Calendar dates, YYYY-MM-DD, both days included. */
  readonly from: string;
  readonly to: string;
}

const isStatus = (value: string): value is IncidentStatus =>
  (incidentStatuses as readonly string[]).includes(value);
const isSeverity = (value: string): value is Severity => (severities as readonly string[]).includes(value);

/** Reads the filters from the address; values that make no sense are ignored rather than sent. */
function filtersOf(params: URLSearchParams): QueueFilters {
  const value = (name: string): string => params.get(name)?.trim() ?? '';
  const status = value('status');
  const severity = value('severity');
  const from = value('from');
  const to = value('to');
  return {
    status: status === 'open' || isStatus(status) ? status : '',
    category: value('category'),
    severity: isSeverity(severity) ? severity : '',
    handler: value('handler'),
    from: isCalendarDate(from) ? from : '',
    to: isCalendarDate(to) ? to : '',
  };
}

/** The address query of filters and a page (empty values left out). */
function searchOf(filters: QueueFilters, page: number): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value !== '') params.set(name, value);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The API's filters: a date range covers whole days in Sweden. */
function apiQueryOf(filters: QueueFilters) {
  return {
    status: filters.status === 'open' || filters.status === '' ? undefined : filters.status,
    open: filters.status === 'open' ? ('true' as const) : undefined,
    category: filters.category || undefined,
    severity: filters.severity || undefined,
    handlerUserId: filters.handler || undefined,
    from: startOfSwedishDate(filters.from),
    to: endOfSwedishDate(filters.to),
  };
}

/**
 * "Ärenden": the security unit's queue. Counters, filters (never by party, DOMAIN.md §8) and the
 * cases in the server's order: open before closed, most severe first, then the longest wait.
 */
export function QueuePage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const search = params.toString();
  const filters = filtersOf(params);
  const page = pageOf(params);

  const load = useCallback(
    (signal: AbortSignal) => {
      const current = new URLSearchParams(search);
      const offset = (pageOf(current) - 1) * pageSize;
      return getIncidents({ ...apiQueryOf(filtersOf(current)), limit: pageSize, offset }, signal);
    },
    [search],
  );
  const list = useQuery(load);
  const taxonomy = useTaxonomy();
  const handlers = useQuery(getHandlers);
  const categories = taxonomy.status === 'success' ? taxonomy.data.entries : [];

  return (
    <Page title={t('casework.queue.title')}>
      <Paragraph>{t('casework.queue.intro')}</Paragraph>
      <Section title={t('casework.queue.countersHeading')} id="queue-counters-heading">
        {list.status === 'success' ? (
          <Counters counters={list.data.counters} />
        ) : (
          <Paragraph className="muted">{t('casework.queue.countersLoading')}</Paragraph>
        )}
      </Section>
      <QueueFilterForm
        key={search}
        filters={filters}
        categories={categories}
        handlers={handlers.status === 'success' ? handlers.data.handlers : []}
        listError={taxonomy.status === 'error' ? taxonomy : handlers.status === 'error' ? handlers : null}
      />
      <ResultsSection id="queue-results-heading" title={t('casework.queue.resultsHeading')}>
        <QueryView query={list} loadingLabel={t('casework.queue.loading')}>
          {(data) => <Results data={data} filters={filters} page={page} categories={categories} />}
        </QueryView>
      </ResultsSection>
    </Page>
  );
}

const counterItems: readonly {
  readonly name: keyof IncidentList['counters'];
  readonly label: MessageKey;
  readonly search?: string;
  readonly to?: string;
  readonly alert?: boolean;
}[] = [
  { name: 'open', label: 'casework.queue.counter.open', search: '?status=open' },
  { name: 'new', label: 'casework.queue.counter.new', search: '?status=new' },
  {
    name: 'acute',
    label: 'casework.queue.counter.acute',
    search: '?status=open&severity=acute',
    alert: true,
  },
  { name: 'high', label: 'casework.queue.counter.high', search: '?status=open&severity=high', alert: true },
  { name: 'overdueMeasures', label: 'casework.queue.counter.overdueMeasures', alert: true },
  { name: 'openSignals', label: 'casework.queue.counter.openSignals', to: '/signals' },
];

/** The state of the whole queue (not only the filtered page); each count leads to its cases. */
function Counters({ counters }: { readonly counters: IncidentList['counters'] }) {
  const { t } = useI18n();
  return (
    <ul className="counters">
      {counterItems.map((item) => {
        const value = counters[item.name];
        const content = (
          <>
            <span className="counters__value">{value}</span>
            <span className="counters__label">{t(item.label)}</span>
          </>
        );
        return (
          <li key={item.name} className="counters__item" data-alert={item.alert === true && value > 0}>
            {item.search !== undefined || item.to !== undefined ? (
              <RouterLink
                to={item.to ?? { pathname: '/incidents', search: item.search ?? '' }}
                state={item.to ? undefined : focusResults}
                className="counters__link ds-focus"
              >
                {content}
              </RouterLink>
            ) : (
              <span className="counters__link">{content}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function QueueFilterForm({
  filters,
  categories,
  handlers,
  listError,
}: {
  readonly filters: QueueFilters;
  readonly categories: readonly TaxonomyEntryView[];
  readonly handlers: readonly { readonly id: string; readonly name: string }[];
  readonly listError: { readonly error: unknown; readonly reload: () => void } | null;
}) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const [status, setStatus] = useState(filters.status);
  const [category, setCategory] = useState(filters.category);
  const [severity, setSeverity] = useState(filters.severity);
  const [handler, setHandler] = useState(filters.handler);
  const [from, setFrom] = useState(filters.from);
  const [to, setTo] = useState(filters.to);
  const next: QueueFilters = { status, category, severity, handler, from, to };
  // The same schema as the server, so that a reversed period gets the same message.
  const form = useFormSubmit(incidentQuerySchema, () => {
    void navigate({ pathname: '/incidents', search: searchOf(next, 1) }, { state: focusResults });
  });
  const { errors } = form;

  const fields = {
    status: { id: 'queue-status', label: t('casework.queue.status') },
    category: { id: 'queue-category', label: t('casework.queue.category') },
    severity: { id: 'queue-severity', label: t('casework.queue.severity') },
    handlerUserId: { id: 'queue-handler', label: t('casework.queue.handler') },
    from: { id: 'queue-from', label: t('casework.queue.from') },
    to: { id: 'queue-to', label: t('casework.queue.to') },
  };
  const field = fieldBinder(fields, errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit(apiQueryOf(next));
  }

  function onClear() {
    form.clear();
    void navigate({ pathname: '/incidents', search: '' }, { state: focusResults });
  }

  const categoryOptions = categories
    .filter((entry) => entry.kind === TaxonomyKind.Category)
    .map((entry) => ({
      value: entry.code,
      label: entry.active
        ? taxonomyLabel(entry, entry.kind, locale)
        : t('casework.inactiveEntry', { label: taxonomyLabel(entry, entry.kind, locale) }),
    }));

  return (
    <Section title={t('casework.queue.filterHeading')} id="queue-filter-heading">
      <Paragraph data-size="sm">{t('casework.queue.filterHelp')}</Paragraph>
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      {listError && <ErrorAlert error={listError.error} onRetry={listError.reload} />}
      <form className="form form--grid" noValidate onSubmit={onSubmit}>
        <SelectField
          {...field('status')}
          value={status}
          onChange={setStatus}
          placeholder={t('casework.queue.allStatuses')}
          options={[
            { value: 'open', label: t('casework.queue.allOpen') },
            ...incidentStatuses.map((value) => ({ value, label: incidentStatusLabel(value, t) })),
          ]}
        />
        <SelectField
          {...field('category')}
          value={category}
          onChange={setCategory}
          placeholder={t('casework.queue.allCategories')}
          options={categoryOptions}
        />
        <SelectField
          {...field('severity')}
          value={severity}
          onChange={setSeverity}
          placeholder={t('casework.queue.allSeverities')}
          options={severities.map((value) => ({ value, label: severityName(value, t) }))}
        />
        <SelectField
          {...field('handlerUserId')}
          value={handler}
          onChange={setHandler}
          placeholder={t('casework.queue.allHandlers')}
          options={handlers.map((person) => ({ value: person.id, label: person.name }))}
        />
        <DateField {...field('from')} value={from} onChange={setFrom} />
        <DateField {...field('to')} value={to} onChange={setTo} />
        <div className="button-row form__actions">
          <Button type="submit">{t('casework.queue.apply')}</Button>
          <Button variant="secondary" onClick={onClear}>
            {t('casework.queue.clear')}
          </Button>
        </div>
      </form>
    </Section>
  );
}

function Results({
  data,
  filters,
  page,
  categories,
}: {
  readonly data: IncidentList;
  readonly filters: QueueFilters;
  readonly page: number;
  readonly categories: readonly TaxonomyEntryView[];
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const filtered = Object.values(filters).some((value) => value !== '');
  if (data.total === 0) {
    return <Paragraph>{filtered ? t('casework.queue.emptyFiltered') : t('casework.queue.empty')}</Paragraph>;
  }
  return (
    <PageOfResults
      page={page}
      pageSize={pageSize}
      total={data.total}
      rows={data.incidents.length}
      showing={(range) => t('casework.queue.showing', range)}
      emptyPage={t('casework.queue.pageEmpty')}
      pagingLabel={t('casework.queue.pagingLabel')}
      onPage={(target) =>
        void navigate({ pathname: '/incidents', search: searchOf(filters, target) }, { state: focusResults })
      }
    >
      <QueueTable incidents={data.incidents} categories={categories} />
    </PageOfResults>
  );
}

function QueueTable({
  incidents,
  categories,
}: {
  readonly incidents: readonly IncidentSummary[];
  readonly categories: readonly TaxonomyEntryView[];
}) {
  const { t, date, locale } = useI18n();
  const now = useNow();
  return (
    <DataTable label={t('casework.queue.tableLabel')} wide>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t('casework.queue.col.reference')}</Table.HeaderCell>
          <Table.HeaderCell>{t('casework.queue.col.severity')}</Table.HeaderCell>
          <Table.HeaderCell>{t('casework.queue.col.status')}</Table.HeaderCell>
          <Table.HeaderCell>{t('casework.queue.col.reported')}</Table.HeaderCell>
          <Table.HeaderCell>{t('casework.queue.col.categories')}</Table.HeaderCell>
          <Table.HeaderCell>{t('casework.queue.col.handler')}</Table.HeaderCell>
          <Table.HeaderCell>{t('casework.queue.col.measures')}</Table.HeaderCell>
          <Table.HeaderCell>{t('casework.queue.col.excerpt')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {incidents.map((incident) => (
          <Table.Row key={incident.id}>
            <Table.Cell className="nowrap">
              <AppLink to={`/incidents/${incident.id}`}>{incident.reference}</AppLink>
              {incident.ongoing && (
                <>
                  <br />
                  <Tag data-color="danger" data-size="sm">
                    {t('casework.ongoing')}
                  </Tag>
                </>
              )}
            </Table.Cell>
            <Table.Cell>
              <SeverityTag severity={incident.severity} />
            </Table.Cell>
            <Table.Cell>
              <IncidentStatusTag status={incident.status} />
            </Table.Cell>
            <Table.Cell className="nowrap">
              {date(incident.reportedAt)}
              <br />
              <span className="muted">{timeAgo(incident.reportedAt, now, locale)}</span>
            </Table.Cell>
            <Table.Cell>
              {incident.categories
                .map((code) => taxonomyLabel(code, TaxonomyKind.Category, locale, categories))
                .join(', ')}
            </Table.Cell>
            <Table.Cell>
              {incident.handler ? (
                incident.handler.name
              ) : (
                <span className="muted">{t('casework.noHandler')}</span>
              )}
            </Table.Cell>
            <Table.Cell>
              {incident.overdueMeasures > 0 ? (
                <Tag data-color="danger" className="nowrap">
                  {t(
                    incident.overdueMeasures === 1
                      ? 'casework.queue.overdueOne'
                      : 'casework.queue.overdueMany',
                    { n: incident.overdueMeasures },
                  )}
                </Tag>
              ) : (
                <span className="muted">{t('casework.queue.noOverdue')}</span>
              )}
            </Table.Cell>
            <Table.Cell className="queue-excerpt">{incident.excerpt}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}
