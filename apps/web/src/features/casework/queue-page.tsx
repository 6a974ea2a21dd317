import { useCallback, useState, type FormEvent } from 'react';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { incidentQuerySchema, type IncidentList, type TaxonomyEntryView } from '@varn/contracts';
import { incidentStatuses, severities, TaxonomyKind } from '@varn/domain';
import { useI18n, type MessageKey } from '../../lib/i18n/i18n';
import { getHandlers, getIncidents } from '../../lib/api/incidents';
import { useQuery } from '../../lib/use-query';
import { severityName } from '../../lib/casework-labels';
import { taxonomyLabel, useTaxonomy } from '../../lib/taxonomy-labels';
import { incidentStatusLabel } from '../../lib/incident-labels';
import { queueFlags, type QueueFlag } from '../../lib/queue-address';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Page, Section } from '../../components/page';
import { ErrorAlert, QueryView } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
import { CheckboxGroup, SelectField } from '../../components/fields';
import { DateField } from '../../components/extra-fields';
import { focusResults, pageOf, PageOfResults, ResultsSection } from '../../components/pager';
import { apiQueryOf, filtersOf, isFiltered, searchOf, type QueueFilters } from './queue-filters';
import { QueueList } from './queue-list';
import './casework.css';

const pageSize = 25;

/**
 * "Ärenden": the security unit's queue. Counters (each a link to its cases), filters (never by
 * party, DOMAIN.md §8) and the cases in the server's order: what needs action first (domain
 * `queueRank`). Closed cases are hidden unless the user shows them.
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
  /** The queue's address query, or another page. */
  readonly search?: string;
  readonly to?: string;
  readonly alert?: boolean;
}[] = [
  { name: 'open', label: 'casework.queue.counter.open', search: '' },
  { name: 'acute', label: 'casework.queue.counter.acute', search: '?severity=acute', alert: true },
  { name: 'high', label: 'casework.queue.counter.high', search: '?severity=high', alert: true },
  { name: 'unassigned', label: 'casework.queue.counter.unassigned', search: '?unassigned=true', alert: true },
  { name: 'new', label: 'casework.queue.counter.new', search: '?status=new' },
  {
    name: 'overdueMeasures',
    label: 'casework.queue.counter.overdueMeasures',
    search: '?overdue=true',
    alert: true,
  },
  {
    name: 'policeUpdateDue',
    label: 'casework.queue.counter.policeUpdateDue',
    search: '?policeUpdateDue=true',
    alert: true,
  },
  {
    name: 'workEnvironmentDue',
    label: 'casework.queue.counter.workEnvironmentDue',
    search: '?workEnvironmentDue=true',
    alert: true,
  },
  { name: 'openSignals', label: 'casework.queue.counter.openSignals', to: '/signals' },
];

/** The state of the open cases (not only the filtered page); each count leads to its cases. */
function Counters({ counters }: { readonly counters: IncidentList['counters'] }) {
  const { t } = useI18n();
  return (
    <ul className="counters">
      {counterItems.map((item) => {
        const value = counters[item.name];
        return (
          <li key={item.name} className="counters__item" data-alert={item.alert === true && value > 0}>
            <RouterLink
              to={item.to ?? { pathname: '/incidents', search: item.search ?? '' }}
              state={item.to ? undefined : focusResults}
              className="counters__link ds-focus"
            >
              <span className="counters__value">{value}</span>
              <span className="counters__label">{t(item.label)}</span>
            </RouterLink>
          </li>
        );
      })}
    </ul>
  );
}

const flagLabels: Readonly<Record<QueueFlag, MessageKey>> = {
  unassigned: 'casework.queue.flag.unassigned',
  overdue: 'casework.queue.flag.overdue',
  policeUpdateDue: 'casework.queue.flag.policeUpdateDue',
  workEnvironmentDue: 'casework.queue.flag.workEnvironmentDue',
};

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
  const [flags, setFlags] = useState<readonly string[]>(filters.flags);
  const [showClosed, setShowClosed] = useState(filters.showClosed);
  const next: QueueFilters = {
    status,
    category,
    severity,
    handler,
    from,
    to,
    flags: queueFlags.filter((flag) => flags.includes(flag)),
    showClosed,
  };
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
    unassigned: { id: 'queue-needs', label: t('casework.queue.needs') },
    open: { id: 'queue-closed', label: t('casework.queue.closedLegend') },
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
          options={incidentStatuses.map((value) => ({ value, label: incidentStatusLabel(value, t) }))}
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
        <CheckboxGroup
          {...field.group('unassigned')}
          values={flags}
          onChange={setFlags}
          options={queueFlags.map((flag) => ({ value: flag, label: t(flagLabels[flag]) }))}
        />
        <CheckboxGroup
          {...field.group('open')}
          values={showClosed ? ['show'] : []}
          onChange={(values) => setShowClosed(values.includes('show'))}
          options={[{ value: 'show', label: t('casework.queue.showClosed') }]}
        />
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
  const filtered = isFiltered(filters);
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
      <QueueList incidents={data.incidents} categories={categories} />
    </PageOfResults>
  );
}
