import { useCallback, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { BodyList, PersonSummary, RegisterList } from '@varn/contracts';
import { Action, personGroups, type PersonGroup } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { useCan } from '../../lib/session/access';
import { downloadRegister, getRegister } from '../../lib/api/register';
import { getBodies } from '../../lib/api/meetings';
import { useQuery } from '../../lib/use-query';
import { saveFile } from '../../lib/save-file';
import { Page, Section } from '../../components/page';
import { ErrorAlert, QueryView } from '../../components/feedback';
import { SelectField, TextField } from '../../components/fields';
import { DataTable } from '../../components/table-region';
import { AppLink, ButtonLink } from '../../components/links';
import { focusResults, pageOf, PageOfResults, ResultsSection } from '../../components/pager';
import { assignmentText, registerSearchOf, type RegisterSearch } from './register-labels';
import './register.css';

const pageSize = 25;
const loadBodies = (signal: AbortSignal): Promise<BodyList> => getBodies(signal);
const isGroup = (value: string | null): value is PersonGroup =>
  value !== null && (personGroups as readonly string[]).includes(value);

/**
 * "Förtroendevaldaregistret": people by name with their groups and assignments — searched by
 * name, filtered by group and body, never by party (ADR 018). A table on a wide screen, cards on
 * a phone.
 */
export function RegisterPage() {
  const { t } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const query = params.toString();
  const search: RegisterSearch = {
    q: params.get('q') ?? '',
    group: isGroup(params.get('group')) ? (params.get('group') ?? '') : '',
    bodyId: params.get('bodyId') ?? '',
  };
  const page = pageOf(params);
  const load = useCallback(
    (signal: AbortSignal): Promise<RegisterList> => {
      const current = new URLSearchParams(query);
      const group = current.get('group');
      const q = current.get('q')?.trim() ?? '';
      const bodyId = current.get('bodyId') ?? '';
      return getRegister(
        {
          ...(q === '' ? {} : { q }),
          ...(isGroup(group) ? { group } : {}),
          ...(bodyId === '' ? {} : { bodyId }),
          limit: pageSize,
          offset: (pageOf(current) - 1) * pageSize,
        },
        signal,
      );
    },
    [query],
  );
  const list = useQuery(load);
  const bodies = useQuery(loadBodies);
  const go = (next: RegisterSearch, target: number) =>
    void navigate({ pathname: '/register', search: registerSearchOf(next, target) }, { state: focusResults });

  return (
    <Page title={t('register.title')}>
      <Paragraph>{t('register.intro')}</Paragraph>
      <div className="button-row">
        {can(Action.RegisterManage) && <ButtonLink to="/register/new">{t('register.new')}</ButtonLink>}
        {can(Action.RegisterImport) && (
          <ButtonLink to="/register/import" variant="secondary">
            {t('register.import')}
          </ButtonLink>
        )}
        <ButtonLink to="/register/election-workers" variant="secondary">
          {t('register.electionWorkers')}
        </ButtonLink>
        {can(Action.RegisterExport) && <ExportButton />}
      </div>
      <FilterForm
        key={query}
        search={search}
        bodies={bodies.status === 'success' ? bodies.data.bodies : []}
        onSearch={(next) => go(next, 1)}
      />
      <ResultsSection id="register-results" title={t('register.results')}>
        <QueryView query={list} loadingLabel={t('register.loading')}>
          {(data) =>
            data.total === 0 ? (
              <Paragraph>{t('register.empty')}</Paragraph>
            ) : (
              <PageOfResults
                page={page}
                pageSize={pageSize}
                total={data.total}
                rows={data.people.length}
                showing={(range) => t('register.showing', range)}
                emptyPage={t('register.emptyPage')}
                pagingLabel={t('register.paging')}
                onPage={(target) => go(search, target)}
              >
                <PeopleTable people={data.people} />
                <PeopleCards people={data.people} />
              </PageOfResults>
            )
          }
        </QueryView>
      </ResultsSection>
    </Page>
  );
}

function FilterForm({
  search,
  bodies,
  onSearch,
}: {
  readonly search: RegisterSearch;
  readonly bodies: BodyList['bodies'];
  readonly onSearch: (search: RegisterSearch) => void;
}) {
  const { t } = useI18n();
  const [q, setQ] = useState(search.q);
  const [group, setGroup] = useState(search.group);
  const [bodyId, setBodyId] = useState(search.bodyId);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch({ q, group, bodyId });
  }
  return (
    <Section title={t('register.filter')} id="register-filter-heading">
      <form className="form form--grid" role="search" noValidate onSubmit={onSubmit}>
        <TextField
          id="register-q"
          label={t('register.search')}
          type="search"
          value={q}
          onChange={setQ}
          maxLength={200}
        />
        <SelectField
          id="register-group"
          label={t('register.group')}
          value={group}
          onChange={setGroup}
          placeholder={t('register.group.any')}
          options={personGroups.map((value) => ({ value, label: t(`register.group.${value}`) }))}
        />
        <SelectField
          id="register-body"
          label={t('register.body')}
          value={bodyId}
          onChange={setBodyId}
          placeholder={t('register.body.any')}
          options={bodies.map((body) => ({ value: body.id, label: body.name }))}
        />
        <div className="form__actions button-row">
          <Button type="submit">{t('register.filter')}</Button>
        </div>
      </form>
    </Section>
  );
}

function Groups({ person }: { readonly person: PersonSummary }) {
  const { t } = useI18n();
  return (
    <span className="register-tags">
      {person.groups.map((group) => (
        <Tag key={group} data-size="sm" data-color="neutral">
          {t(`register.group.${group}`)}
        </Tag>
      ))}
      {person.kl418a && (
        <Tag data-size="sm" data-color="info">
          {t('register.kl418a')}
        </Tag>
      )}
    </span>
  );
}

function Assignments({ person }: { readonly person: PersonSummary }) {
  const { t } = useI18n();
  if (person.assignments.length === 0) return <span className="muted">{t('register.noAssignments')}</span>;
  return (
    <ul className="register-assignments">
      {person.assignments.map((assignment) => (
        <li key={assignment.id}>{assignmentText(assignment, t)}</li>
      ))}
    </ul>
  );
}

function PeopleTable({ people }: { readonly people: readonly PersonSummary[] }) {
  const { t } = useI18n();
  return (
    <div className="register-table">
      <DataTable label={t('register.caption')} wide>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('register.col.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('register.col.groups')}</Table.HeaderCell>
            <Table.HeaderCell>{t('register.col.assignments')}</Table.HeaderCell>
            <Table.HeaderCell>{t('register.col.account')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {people.map((person) => (
            <Table.Row key={person.id}>
              <Table.Cell className="break">
                <AppLink to={`/register/${person.id}`}>{person.name}</AppLink>
              </Table.Cell>
              <Table.Cell>
                <Groups person={person} />
              </Table.Cell>
              <Table.Cell className="break">
                <Assignments person={person} />
              </Table.Cell>
              <Table.Cell>{t(person.hasAccount ? 'register.hasAccount' : 'register.noAccount')}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </DataTable>
    </div>
  );
}

function PeopleCards({ people }: { readonly people: readonly PersonSummary[] }) {
  const { t } = useI18n();
  return (
    <ul className="register-cards" aria-label={t('register.caption')}>
      {people.map((person) => (
        <li key={person.id} className="register-card">
          <AppLink to={`/register/${person.id}`}>{person.name}</AppLink>
          <Groups person={person} />
          <Assignments person={person} />
        </li>
      ))}
    </ul>
  );
}

/** Downloads the register as an Excel file (audited on the server). */
function ExportButton() {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function onExport() {
    setBusy(true);
    setError(null);
    try {
      const file = await downloadRegister();
      saveFile(file.blob, file.fileName ?? 'register.xlsx');
    } catch (caught) {
      setError(caught ?? new Error());
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Button
        variant="secondary"
        onClick={() => void onExport()}
        loading={busy}
        aria-describedby="register-export-help"
      >
        {t('register.export')}
      </Button>
      <span id="register-export-help" className="muted register-help">
        {t('register.exportHelp')}
      </span>
      {error !== null && <ErrorAlert error={error} />}
    </>
  );
}
