import { useCallback, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import {
  assignmentBodySchema,
  invitePersonBodySchema,
  inviteRoles,
  type BodyList,
  type Person,
} from '@varn/contracts';
import { Action, BodyAssignment, commissionerKinds } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { useCan } from '../../lib/session/access';
import { addAssignment, getPerson, invitePerson, removeAssignment } from '../../lib/api/register';
import { getBodies } from '../../lib/api/meetings';
import { useQuery } from '../../lib/use-query';
import { useFormSubmit, useSubmit } from '../../lib/use-form-submit';
import { roleName } from '../../lib/labels';
import { Page, Section } from '../../components/page';
import { QueryView, SuccessAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
import { SelectField } from '../../components/fields';
import { DateField } from '../../components/extra-fields';
import { AppLink, ButtonLink } from '../../components/links';
import { assignmentText } from './register-labels';
import './register.css';

const loadBodies = (signal: AbortSignal): Promise<BodyList> => getBodies(signal);

/**
 * One person of the register (`/register/:id`, audited): groups, contact details (never a
 * protected address), the party — shown here only —, assignments, the account and elections.
 */
export function PersonPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const load = useCallback((signal: AbortSignal) => getPerson(id, signal), [id]);
  const query = useQuery(load);
  const title = query.status === 'success' ? query.data.name : t('register.person.loading');
  return (
    <Page title={title}>
      <Paragraph>
        <AppLink to="/register">{t('register.backToList')}</AppLink>
      </Paragraph>
      <QueryView query={query} loadingLabel={t('register.person.loading')}>
        {(person) => <PersonView person={person} onChanged={query.setData} />}
      </QueryView>
    </Page>
  );
}

function PersonView({
  person,
  onChanged,
}: {
  readonly person: Person;
  readonly onChanged: (person: Person) => void;
}) {
  const { t } = useI18n();
  const can = useCan();
  const none = <span className="muted">{t('register.none')}</span>;
  return (
    <>
      <dl className="register-facts">
        <dt>{t('register.person.groups')}</dt>
        <dd>
          {person.groups.length === 0
            ? none
            : person.groups.map((group) => t(`register.group.${group}`)).join(', ')}
          {person.kl418a && ` · ${t('register.kl418a')}`}
        </dd>
        <dt>{t('register.person.birthYear')}</dt>
        <dd>{person.birthYear ?? none}</dd>
        {person.note !== null && (
          <>
            <dt>{t('register.person.note')}</dt>
            <dd>{person.note}</dd>
          </>
        )}
      </dl>
      {can(Action.RegisterManage) && (
        <div className="button-row">
          <ButtonLink to={`/register/${person.id}/edit`} variant="secondary">
            {t('register.person.edit')}
          </ButtonLink>
        </div>
      )}
      <Section title={t('register.person.contact')} id="person-contact-heading">
        <dl className="register-facts">
          <dt>{t('register.person.email')}</dt>
          <dd>{person.contact.email ?? none}</dd>
          <dt>{t('register.person.phone')}</dt>
          <dd>{person.contact.phone ?? none}</dd>
          <dt>{t('register.person.address')}</dt>
          <dd>
            {person.contact.protectedAddress
              ? t('register.person.protectedAddress')
              : (person.contact.address ?? none)}
          </dd>
          <dt>{t('register.person.preferred')}</dt>
          <dd>
            {person.contact.preferredContact
              ? t(`register.preferred.${person.contact.preferredContact}`)
              : none}
          </dd>
        </dl>
      </Section>
      <Section
        title={t('register.person.party')}
        id="person-party-heading"
        description={<Paragraph data-size="sm">{t('register.person.partyNote')}</Paragraph>}
      >
        <Paragraph>
          {person.party
            ? `${person.party.name} (${person.party.abbreviation})`
            : t('register.person.noParty')}
        </Paragraph>
      </Section>
      <AssignmentsSection person={person} onChanged={onChanged} />
      <AccountSection person={person} onChanged={onChanged} />
      {person.elections.length > 0 && (
        <Section title={t('register.person.elections')} id="person-elections-heading">
          <ul className="register-list">
            {person.elections.map((election) => (
              <li key={election.id}>
                {`${election.electionDate}: ${t(`register.workerRole.${election.role}`)}${election.place ? `, ${election.place}` : ''}`}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}

function AssignmentsSection({
  person,
  onChanged,
}: {
  readonly person: Person;
  readonly onChanged: (person: Person) => void;
}) {
  const { t } = useI18n();
  const may = useCan()(Action.RegisterManage);
  const bodies = useQuery(loadBodies);
  const [bodyId, setBodyId] = useState('');
  const [role, setRole] = useState<string>(BodyAssignment.Member);
  const [termStart, setTermStart] = useState('');
  const [termEnd, setTermEnd] = useState('');
  const [commissioner, setCommissioner] = useState('');
  const [done, setDone] = useState({ n: 0, text: '' });
  const form = useFormSubmit(assignmentBodySchema, async (body) => {
    onChanged(await addAssignment(person.id, body));
    setBodyId('');
    setTermStart('');
    setTermEnd('');
    setCommissioner('');
    setDone((previous) => ({ n: previous.n + 1, text: t('register.person.assignmentAdded') }));
  });
  const remove = useSubmit();
  const fields = {
    bodyId: { id: 'assignment-body', label: t('register.assignment.body') },
    role: { id: 'assignment-role', label: t('register.assignment.role') },
    termStart: { id: 'assignment-start', label: t('register.assignment.termStart') },
    termEnd: { id: 'assignment-end', label: t('register.assignment.termEnd') },
    commissioner: { id: 'assignment-commissioner', label: t('register.assignment.commissioner') },
  };
  const field = fieldBinder(fields, form.errors);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({
      bodyId,
      role,
      termStart,
      termEnd: termEnd === '' ? null : termEnd,
      commissioner: commissioner === '' ? null : commissioner,
    });
  }
  return (
    <Section title={t('register.person.assignments')} id="person-assignments-heading">
      <SuccessAlert count={done.n}>{done.text}</SuccessAlert>
      <FormErrorSummary errors={remove.errors} fields={{}} attempt={remove.attempt} />
      {person.assignments.length === 0 ? (
        <Paragraph>{t('register.noAssignments')}</Paragraph>
      ) : (
        <ul className="register-list">
          {person.assignments.map((assignment) => (
            <li key={assignment.id}>
              <span>{assignmentText(assignment, t)}</span>
              {may && (
                <Button
                  variant="tertiary"
                  data-size="sm"
                  aria-label={t('register.person.removeAssignmentLabel', { body: assignment.body.name })}
                  onClick={() =>
                    void remove.run(async () => {
                      onChanged(await removeAssignment(person.id, assignment.id));
                      setDone((previous) => ({
                        n: previous.n + 1,
                        text: t('register.person.assignmentRemoved'),
                      }));
                    })
                  }
                >
                  {t('register.person.removeAssignment')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {may && (
        <details className="register-details">
          <summary>{t('register.person.addAssignment')}</summary>
          <FormErrorSummary errors={form.errors} fields={fields} attempt={form.attempt} />
          <form className="form" noValidate onSubmit={onSubmit}>
            <SelectField
              {...field('bodyId')}
              value={bodyId}
              onChange={setBodyId}
              placeholder={t('register.assignment.chooseBody')}
              options={
                bodies.status === 'success'
                  ? bodies.data.bodies
                      .filter((body) => !body.archived)
                      .map((body) => ({ value: body.id, label: body.name }))
                  : []
              }
              required
            />
            <SelectField
              {...field('role')}
              value={role}
              onChange={setRole}
              options={Object.values(BodyAssignment).map((value) => ({
                value,
                label: t(`register.role.${value}`),
              }))}
              required
            />
            <DateField {...field('termStart')} value={termStart} onChange={setTermStart} required />
            <DateField {...field('termEnd')} value={termEnd} onChange={setTermEnd} />
            <SelectField
              {...field('commissioner')}
              value={commissioner}
              onChange={setCommissioner}
              placeholder={t('register.assignment.commissionerNone')}
              options={commissionerKinds.map((value) => ({
                value,
                label: t(`register.commissioner.${value}`),
              }))}
            />
            <div className="button-row">
              <Button type="submit" loading={form.busy}>
                {t('register.person.addAssignment')}
              </Button>
            </div>
          </form>
        </details>
      )}
    </Section>
  );
}

function AccountSection({
  person,
  onChanged,
}: {
  readonly person: Person;
  readonly onChanged: (person: Person) => void;
}) {
  const { t } = useI18n();
  const may = useCan()(Action.UserCreate);
  const [role, setRole] = useState<string>(inviteRoles[0]);
  const [sent, setSent] = useState(0);
  const form = useFormSubmit(invitePersonBodySchema, async (body) => {
    onChanged(await invitePerson(person.id, body));
    setSent((n) => n + 1);
  });
  const fields = { role: { id: 'invite-role', label: t('register.person.inviteRole') } };
  const field = fieldBinder(fields, form.errors);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({ role });
  }
  return (
    <Section title={t('register.person.account')} id="person-account-heading">
      <SuccessAlert count={sent}>{t('register.person.invited')}</SuccessAlert>
      {person.account ? (
        <Paragraph>
          {t('register.person.accountOf', {
            name: person.account.name,
            email: person.account.email,
            status: t(`register.accountStatus.${person.account.status}`),
          })}
        </Paragraph>
      ) : (
        <>
          <Paragraph>{t('register.person.noAccountText')}</Paragraph>
          {may &&
            (person.contact.email === null ? (
              <Paragraph>{t('register.person.inviteNeedsEmail')}</Paragraph>
            ) : (
              <>
                <FormErrorSummary errors={form.errors} fields={fields} attempt={form.attempt} />
                <form className="form" noValidate onSubmit={onSubmit}>
                  <SelectField
                    {...field('role')}
                    value={role}
                    onChange={setRole}
                    options={inviteRoles.map((value) => ({ value, label: roleName(value, t) }))}
                  />
                  <div className="button-row">
                    <Button type="submit" loading={form.busy}>
                      {t('register.person.invite')}
                    </Button>
                  </div>
                </form>
              </>
            ))}
        </>
      )}
    </Section>
  );
}
