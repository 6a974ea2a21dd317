import { useCallback, useRef, useState, type FormEvent, type Ref } from 'react';
import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { auditQuerySchema, type AuditEvent, type AuditQuery, type User } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { getAuditEvents } from '../../lib/api/audit';
import { getUsers } from '../../lib/api/users';
import { useQuery } from '../../lib/use-query';
import { auditActionName, outcomeName } from './audit-labels';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Page, Section } from '../../components/page';
import { ErrorAlert, QueryView } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder, valueBinder } from '../../components/form-fields';
import { SelectField, TextField } from '../../components/fields';
import { DataTable } from '../../components/table-region';

const pageSize = 50;

/** A `datetime-local` value (the browser's local time) as an ISO timestamp; unparsable input is kept for the schema to reject. */
function toIso(value: string): string | undefined {
  if (value.trim() === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

const outcomeColours: Readonly<Record<AuditEvent['outcome'], string>> = {
  success: 'success',
  failure: 'warning',
  denied: 'danger',
};

/** The filters as typed: all empty shows every event. */
const noFilters = { userId: '', recordType: '', recordId: '', from: '', to: '' };

/** "Granskningslogg": who did what and when, newest first, with filters and older pages. */
export function AuditPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const users = useQuery(getUsers);
  const [values, setValues] = useState(noFilters);
  const [filters, setFilters] = useState<AuditQuery>({});
  const form = useFormSubmit(auditQuerySchema, (query) => setFilters(query));
  const { errors } = form;

  const fields = {
    userId: { id: 'audit-user', label: t('audit.user') },
    recordType: { id: 'audit-record-type', label: t('audit.recordType') },
    recordId: { id: 'audit-record-id', label: t('audit.recordId') },
    from: { id: 'audit-from', label: t('audit.from') },
    to: { id: 'audit-to', label: t('audit.to') },
  };
  const field = fieldBinder(fields, errors);
  const value = valueBinder(values, setValues);

  function onFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { userId, recordType, recordId, from, to } = values;
    void form.submit({
      userId: userId || undefined,
      recordType: recordType.trim() || undefined,
      recordId: recordId.trim() || undefined,
      from: toIso(from),
      to: toIso(to),
    });
  }

  function onClear() {
    setValues(noFilters);
    form.clear();
    setFilters({});
  }

  const userOptions =
    users.status === 'success'
      ? [...users.data.users]
          .sort((a: User, b: User) => a.name.localeCompare(b.name, i18n.locale))
          .map((user) => ({ value: user.id, label: `${user.name} (${user.email})` }))
      : [];

  return (
    <Page title={t('audit.title')}>
      <Paragraph>{t('audit.intro')}</Paragraph>
      <Section title={t('audit.filterHeading')} id="audit-filter-heading">
        <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
        {users.status === 'error' && <ErrorAlert error={users.error} onRetry={users.reload} />}
        <form className="form form--grid" noValidate onSubmit={onFilter}>
          <SelectField
            {...field('userId')}
            {...value('userId')}
            options={userOptions}
            placeholder={t('audit.allUsers')}
          />
          <TextField
            {...field('recordType')}
            {...value('recordType')}
            description={t('audit.recordTypeHelp')}
            autoComplete="off"
            spellCheck={false}
          />
          <TextField {...field('recordId')} {...value('recordId')} autoComplete="off" spellCheck={false} />
          <TextField {...field('from')} {...value('from')} type="datetime-local" />
          <TextField {...field('to')} {...value('to')} type="datetime-local" />
          <div className="button-row form__actions">
            <Button type="submit">{t('audit.filter')}</Button>
            <Button variant="secondary" onClick={onClear}>
              {t('audit.clear')}
            </Button>
          </div>
        </form>
      </Section>
      <AuditResults filters={filters} />
    </Page>
  );
}

function AuditResults({ filters }: { readonly filters: AuditQuery }) {
  const { t } = useI18n();
  const load = useCallback(
    (signal: AbortSignal) => getAuditEvents({ ...filters, limit: pageSize }, signal),
    [filters],
  );
  const first = useQuery(load);
  const [older, setOlder] = useState<{
    readonly forFilters: AuditQuery;
    readonly events: readonly AuditEvent[];
    readonly nextBefore: number | null;
  } | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [olderError, setOlderError] = useState<unknown>(null);
  const regionRef = useRef<HTMLDivElement>(null);

  return (
    <Section title={t('audit.resultsHeading')} id="audit-results-heading">
      <QueryView query={first} loadingLabel={t('audit.loading')}>
        {(page) => {
          const extra = older && older.forFilters === filters ? older : null;
          const events = extra ? [...page.events, ...extra.events] : page.events;
          const nextBefore = extra ? extra.nextBefore : page.nextBefore;

          async function loadOlder() {
            if (loadingOlder || nextBefore === null) return;
            setLoadingOlder(true);
            setOlderError(null);
            try {
              const more = await getAuditEvents({ ...filters, before: nextBefore, limit: pageSize });
              setOlder({
                forFilters: filters,
                events: [...(extra?.events ?? []), ...more.events],
                nextBefore: more.nextBefore,
              });
              // When there is nothing older the button goes away: continue from the table.
              if (more.nextBefore === null) regionRef.current?.focus();
            } catch (error) {
              setOlderError(error);
            } finally {
              setLoadingOlder(false);
            }
          }

          if (events.length === 0) return <Paragraph>{t('audit.empty')}</Paragraph>;
          return (
            <>
              <Paragraph>{t('audit.count', { n: events.length })}</Paragraph>
              <AuditTable events={events} regionRef={regionRef} />
              {olderError !== null && <ErrorAlert error={olderError} />}
              {nextBefore !== null ? (
                <div className="button-row">
                  <Button variant="secondary" onClick={() => void loadOlder()} loading={loadingOlder}>
                    {t('audit.older')}
                  </Button>
                </div>
              ) : (
                <Paragraph data-size="sm">{t('audit.noOlder')}</Paragraph>
              )}
            </>
          );
        }}
      </QueryView>
    </Section>
  );
}

function AuditTable({
  events,
  regionRef,
}: {
  readonly events: readonly AuditEvent[];
  readonly regionRef: Ref<HTMLDivElement>;
}) {
  const { t, timestamp } = useI18n();
  return (
    <DataTable label={t('audit.tableLabel')} ref={regionRef} wide>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t('audit.time')}</Table.HeaderCell>
          <Table.HeaderCell>{t('audit.actor')}</Table.HeaderCell>
          <Table.HeaderCell>{t('audit.action')}</Table.HeaderCell>
          <Table.HeaderCell>{t('audit.record')}</Table.HeaderCell>
          <Table.HeaderCell>{t('audit.outcome')}</Table.HeaderCell>
          <Table.HeaderCell>{t('audit.ip')}</Table.HeaderCell>
          <Table.HeaderCell>{t('audit.details')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {events.map((event) => {
          const label = auditActionName(event.action, t);
          const details = Object.entries(event.details);
          return (
            <Table.Row key={event.sequence}>
              <Table.Cell className="nowrap">{timestamp(event.occurredAt)}</Table.Cell>
              <Table.Cell>
                {event.actor ? (
                  <>
                    {event.actor.name}
                    <br />
                    <span className="muted">{event.actor.email}</span>
                  </>
                ) : (
                  <span className="muted">{t('audit.noActor')}</span>
                )}
              </Table.Cell>
              <Table.Cell>
                {label ?? <code>{event.action}</code>}
                {label && (
                  <>
                    <br />
                    <code className="muted">{event.action}</code>
                  </>
                )}
              </Table.Cell>
              <Table.Cell>
                {event.recordType ?? '–'}
                {event.recordId && (
                  <>
                    <br />
                    <code className="muted break">{event.recordId}</code>
                  </>
                )}
              </Table.Cell>
              <Table.Cell>
                <Tag data-color={outcomeColours[event.outcome]}>{outcomeName(event.outcome, t)}</Tag>
              </Table.Cell>
              <Table.Cell>{event.ip ?? '–'}</Table.Cell>
              <Table.Cell>
                {details.length === 0 && !event.userAgent ? (
                  '–'
                ) : (
                  <dl className="details-list">
                    {details.map(([name, value]) => (
                      <div key={name}>
                        <dt>{name}</dt>
                        <dd>{value === null ? '–' : String(value)}</dd>
                      </div>
                    ))}
                    {event.userAgent && (
                      <div>
                        <dt>{t('audit.userAgent')}</dt>
                        <dd className="break">{event.userAgent}</dd>
                      </div>
                    )}
                  </dl>
                )}
              </Table.Cell>
            </Table.Row>
          );
        })}
      </Table.Body>
    </DataTable>
  );
}
