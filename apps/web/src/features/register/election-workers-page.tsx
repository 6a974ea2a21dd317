import { useCallback, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import {
  createElectionWorkerBodySchema,
  type ElectionWorker,
  type ElectionWorkerList,
  type RegisterList,
} from '@varn/contracts';
import { Action, electionWorkerRoles } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { useCan } from '../../lib/session/access';
import {
  addElectionWorker,
  getElectionWorkers,
  getRegister,
  removeElectionWorker,
} from '../../lib/api/register';
import { useQuery } from '../../lib/use-query';
import { useFormSubmit, useSubmit } from '../../lib/use-form-submit';
import { Page, Section } from '../../components/page';
import { QueryView, SuccessAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
import { SelectField, TextField } from '../../components/fields';
import { DataTable } from '../../components/table-region';
import { AppLink } from '../../components/links';
import './register.css';

/** Most people offered in the picker: the register by name (a larger register: search first). */
const pickerSize = 200;
const loadPeople = (signal: AbortSignal): Promise<RegisterList> => getRegister({ limit: pickerSize }, signal);

/** "Valarbetare": the election workers of one election (default: the next general election). */
export function ElectionWorkersPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const electionDate = params.get('election') ?? undefined;
  const load = useCallback((signal: AbortSignal) => getElectionWorkers(electionDate, signal), [electionDate]);
  const query = useQuery(load);
  return (
    <Page title={t('register.electionWorkers')}>
      <Paragraph>
        <AppLink to="/register">{t('register.backToList')}</AppLink>
      </Paragraph>
      <Paragraph>{t('register.workers.intro')}</Paragraph>
      <QueryView query={query} loadingLabel={t('register.loading')}>
        {(data) => (
          <>
            <SelectField
              id="workers-election"
              label={t('register.workers.election')}
              value={data.electionDate}
              onChange={(date) => void navigate({ search: `?election=${encodeURIComponent(date)}` })}
              options={data.elections.map((election) => ({
                value: election.date,
                label: election.general
                  ? t('register.workers.general', { date: election.date })
                  : election.date,
              }))}
            />
            <WorkersList data={data} onChanged={query.reload} />
            <AddWorker electionDate={data.electionDate} onAdded={query.reload} />
          </>
        )}
      </QueryView>
    </Page>
  );
}

function WorkersList({
  data,
  onChanged,
}: {
  readonly data: ElectionWorkerList;
  readonly onChanged: () => void;
}) {
  const { t } = useI18n();
  const may = useCan()(Action.RegisterManage);
  const remove = useSubmit();
  const caption = t('register.workers.caption', { date: data.electionDate });
  if (data.workers.length === 0) return <Paragraph>{t('register.workers.empty')}</Paragraph>;
  const removeButton = (worker: ElectionWorker) =>
    may && (
      <Button
        variant="tertiary"
        data-size="sm"
        aria-label={t('register.workers.removeLabel', { name: worker.person.name })}
        onClick={() =>
          void remove.run(async () => {
            await removeElectionWorker(worker.id);
            onChanged();
          })
        }
      >
        {t('register.workers.remove')}
      </Button>
    );
  return (
    <Section title={caption} id="workers-heading">
      <FormErrorSummary errors={remove.errors} fields={{}} attempt={remove.attempt} />
      <Paragraph>{t('register.workers.count', { n: data.workers.length })}</Paragraph>
      <div className="register-table">
        <DataTable label={caption}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('register.workers.col.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('register.workers.col.role')}</Table.HeaderCell>
              <Table.HeaderCell>{t('register.workers.col.place')}</Table.HeaderCell>
              {may && <Table.HeaderCell>{t('register.workers.remove')}</Table.HeaderCell>}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {data.workers.map((worker) => (
              <Table.Row key={worker.id}>
                <Table.Cell className="break">
                  <AppLink to={`/register/${worker.person.id}`}>{worker.person.name}</AppLink>
                </Table.Cell>
                <Table.Cell>{t(`register.workerRole.${worker.role}`)}</Table.Cell>
                <Table.Cell className="break">{worker.place ?? ''}</Table.Cell>
                {may && <Table.Cell>{removeButton(worker)}</Table.Cell>}
              </Table.Row>
            ))}
          </Table.Body>
        </DataTable>
      </div>
      <ul className="register-cards" aria-label={caption}>
        {data.workers.map((worker) => (
          <li key={worker.id} className="register-card">
            <AppLink to={`/register/${worker.person.id}`}>{worker.person.name}</AppLink>
            <span>
              {t(`register.workerRole.${worker.role}`)}
              {worker.place ? `, ${worker.place}` : ''}
            </span>
            {removeButton(worker)}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function AddWorker({
  electionDate,
  onAdded,
}: {
  readonly electionDate: string;
  readonly onAdded: () => void;
}) {
  const { t } = useI18n();
  const may = useCan()(Action.RegisterManage);
  const people = useQuery(loadPeople);
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<string>(electionWorkerRoles[0] ?? 'polling_station');
  const [place, setPlace] = useState('');
  const [added, setAdded] = useState(0);
  const form = useFormSubmit(createElectionWorkerBodySchema, async (body) => {
    await addElectionWorker(body);
    setPersonId('');
    setPlace('');
    setAdded((n) => n + 1);
    onAdded();
  });
  const fields = {
    personId: { id: 'worker-person', label: t('register.workers.person') },
    role: { id: 'worker-role', label: t('register.workers.role') },
    place: { id: 'worker-place', label: t('register.workers.place') },
  };
  const field = fieldBinder(fields, form.errors);
  if (!may) return null;
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({ personId, electionDate, role, place });
  }
  return (
    <Section title={t('register.workers.add')} id="workers-add-heading">
      <SuccessAlert count={added}>{t('register.workers.added')}</SuccessAlert>
      <FormErrorSummary errors={form.errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <SelectField
          {...field('personId')}
          value={personId}
          onChange={setPersonId}
          placeholder={t('register.workers.choosePerson')}
          options={
            people.status === 'success'
              ? people.data.people.map((person) => ({ value: person.id, label: person.name }))
              : []
          }
          required
        />
        <SelectField
          {...field('role')}
          value={role}
          onChange={setRole}
          options={electionWorkerRoles.map((value) => ({ value, label: t(`register.workerRole.${value}`) }))}
          required
        />
        <TextField {...field('place')} value={place} onChange={setPlace} maxLength={200} />
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {t('register.workers.add')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
