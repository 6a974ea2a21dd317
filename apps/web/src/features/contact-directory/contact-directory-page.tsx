import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ContactDirectory, PoliceContact } from '@varn/contracts';
import { policeContactTextLimits } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import {
  createOnCallShift,
  createPoliceContact,
  deleteOnCallShift,
  getContactDirectory,
  updatePoliceContact,
} from '../../lib/api/directory';
import { useQuery, type Query } from '../../lib/use-query';
import { useSubmit } from '../../lib/use-form-submit';
import { Page, Section } from '../../components/page';
import { QueryView, SuccessAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { SelectField, TextField } from '../../components/fields';
import { PartyContactsFacts } from '../../components/party-contacts-facts';
import { isoOfLocalDateTime as isoOf } from './shift-times';

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/gu, '')}`;

/**
 * The security unit's contact directory (issue 11 §2): who is on call now — one way in, one way
 * out — the rota, the police contact persons and the parties' security contacts.
 */
export function ContactDirectoryPage() {
  const { t } = useI18n();
  const query = useQuery(getContactDirectory);
  return (
    <Page title={t('directory.title')}>
      <Paragraph>{t('directory.intro')}</Paragraph>
      <QueryView query={query} loadingLabel={t('directory.loading')}>
        {(data) => (
          <>
            <OnCallNow data={data} />
            <Rota data={data} query={query} />
            <Police data={data} query={query} />
            <Section title={t('directory.partiesHeading')} id="directory-parties">
              <ul className="plain-list card-grid">
                {data.parties.map((entry) => (
                  <li key={entry.party.id}>
                    <Card>
                      <Heading level={3} data-size="xs">
                        {entry.party.name}
                      </Heading>
                      <PartyContactsFacts contacts={entry} stacked />
                    </Card>
                  </li>
                ))}
              </ul>
            </Section>
          </>
        )}
      </QueryView>
    </Page>
  );
}

function OnCallNow({ data }: { readonly data: ContactDirectory }) {
  const { t, dateTime } = useI18n();
  const now = data.onCallNow;
  return (
    <Section title={t('directory.onCallHeading')} id="directory-on-call">
      {now === null ? (
        <Alert data-color="warning">
          <Paragraph>{t('directory.nobody')}</Paragraph>
        </Alert>
      ) : (
        <Card data-color="accent">
          <Paragraph data-size="lg">
            {t('directory.onCallNow', { name: now.person.name, time: dateTime(now.endsAt) })}
          </Paragraph>
          <Paragraph>
            <a href={telHref(now.phone)}>{t('directory.call', { phone: now.phone })}</a>
          </Paragraph>
        </Card>
      )}
    </Section>
  );
}

function Rota({ data, query }: { readonly data: ContactDirectory; readonly query: Query<ContactDirectory> }) {
  const { t, dateTime } = useI18n();
  const [person, setPerson] = useState(data.unitMembers[0]?.id ?? '');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [phone, setPhone] = useState(data.rota.at(-1)?.phone ?? '');
  const [done, setDone] = useState({ n: 0, text: '' });
  const submit = useSubmit();
  const remove = useSubmit();
  const fields = {
    userId: { id: 'shift-person', label: t('directory.person') },
    startsAt: { id: 'shift-starts', label: t('directory.startsAt') },
    endsAt: { id: 'shift-ends', label: t('directory.endsAt') },
    phone: { id: 'shift-phone', label: t('directory.phone') },
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit.run(async () => {
      await createOnCallShift({ userId: person, startsAt: isoOf(startsAt), endsAt: isoOf(endsAt), phone });
      setStartsAt('');
      setEndsAt('');
      setDone((previous) => ({ n: previous.n + 1, text: t('directory.shiftAdded') }));
      query.setData(await getContactDirectory());
    });
  }

  return (
    <Section title={t('directory.rotaHeading')} id="directory-rota">
      <SuccessAlert count={done.n}>{done.text}</SuccessAlert>
      {data.rota.length === 0 ? (
        <Paragraph>{t('directory.rotaEmpty')}</Paragraph>
      ) : (
        <ul className="plain-list stack">
          {data.rota.map((shift) => (
            <li key={shift.id} className="directory__row">
              <span>
                <strong>{shift.person.name}</strong>{' '}
                {t('directory.shift', { from: dateTime(shift.startsAt), to: dateTime(shift.endsAt) })} ·{' '}
                <a href={telHref(shift.phone)}>{shift.phone}</a>
              </span>
              <Button
                variant="tertiary"
                data-size="sm"
                loading={remove.busy}
                onClick={() =>
                  void remove.run(async () => {
                    await deleteOnCallShift(shift.id);
                    setDone((previous) => ({ n: previous.n + 1, text: t('directory.shiftRemoved') }));
                    query.setData(await getContactDirectory());
                  })
                }
              >
                {t('directory.removeShift', { name: shift.person.name, from: dateTime(shift.startsAt) })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Heading level={3} data-size="xs">
        {t('directory.addShiftHeading')}
      </Heading>
      <FormErrorSummary errors={submit.errors} fields={fields} attempt={submit.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <SelectField
          {...fields.userId}
          error={submit.errors?.fields.userId}
          value={person}
          onChange={setPerson}
          options={data.unitMembers.map((member) => ({ value: member.id, label: member.name }))}
          required
        />
        <TextField
          {...fields.startsAt}
          type="datetime-local"
          error={submit.errors?.fields.startsAt}
          value={startsAt}
          onChange={setStartsAt}
          required
        />
        <TextField
          {...fields.endsAt}
          type="datetime-local"
          error={submit.errors?.fields.endsAt}
          value={endsAt}
          onChange={setEndsAt}
          required
        />
        <TextField
          {...fields.phone}
          type="tel"
          description={t('directory.phoneHelp')}
          error={submit.errors?.fields.phone}
          value={phone}
          onChange={setPhone}
          autoComplete="off"
          maxLength={40}
          required
        />
        <div className="button-row">
          <Button type="submit" loading={submit.busy}>
            {t('directory.addShift')}
          </Button>
        </div>
      </form>
    </Section>
  );
}

function Police({
  data,
  query,
}: {
  readonly data: ContactDirectory;
  readonly query: Query<ContactDirectory>;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState({ name: '', unit: '', role: '', phone: '', email: '' });
  const [done, setDone] = useState({ n: 0, text: '' });
  const submit = useSubmit();
  const archive = useSubmit();
  const set = (key: keyof typeof values) => (value: string) => setValues((old) => ({ ...old, [key]: value }));
  const fields = {
    name: { id: 'police-name', label: t('directory.name') },
    unit: { id: 'police-unit', label: t('directory.unit') },
    role: { id: 'police-role', label: t('directory.role') },
    phone: { id: 'police-phone', label: t('directory.phone') },
    email: { id: 'police-email', label: t('directory.email') },
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit.run(async () => {
      await createPoliceContact({
        name: values.name,
        unit: values.unit,
        phone: values.phone,
        ...(values.role.trim() === '' ? {} : { role: values.role }),
        ...(values.email.trim() === '' ? {} : { email: values.email }),
      });
      setValues({ name: '', unit: '', role: '', phone: '', email: '' });
      setDone((previous) => ({ n: previous.n + 1, text: t('directory.policeAdded') }));
      query.setData(await getContactDirectory());
    });
  }

  const row = (contact: PoliceContact) => (
    <li key={contact.id}>
      <Card>
        <Heading level={3} data-size="xs">
          {contact.name} {contact.archived && <Tag>{t('directory.archived')}</Tag>}
        </Heading>
        <Paragraph>{[contact.role, contact.unit].filter(Boolean).join(', ')}</Paragraph>
        <Paragraph>
          <a href={telHref(contact.phone)}>{contact.phone}</a>
          {contact.email && (
            <>
              {' · '}
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </>
          )}
        </Paragraph>
        {!contact.archived && (
          <Button
            variant="tertiary"
            data-size="sm"
            loading={archive.busy}
            onClick={() =>
              void archive.run(async () => {
                await updatePoliceContact(contact.id, { archived: true });
                setDone((previous) => ({ n: previous.n + 1, text: t('directory.policeArchived') }));
                query.setData(await getContactDirectory());
              })
            }
          >
            {t('directory.archive', { name: contact.name })}
          </Button>
        )}
      </Card>
    </li>
  );

  return (
    <Section title={t('directory.policeHeading')} id="directory-police">
      <SuccessAlert count={done.n}>{done.text}</SuccessAlert>
      {data.police.length === 0 ? (
        <Paragraph>{t('directory.policeEmpty')}</Paragraph>
      ) : (
        <ul className="plain-list card-grid">{data.police.map(row)}</ul>
      )}
      <Heading level={3} data-size="xs">
        {t('directory.addPoliceHeading')}
      </Heading>
      <FormErrorSummary errors={submit.errors} fields={fields} attempt={submit.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          {...fields.name}
          error={submit.errors?.fields.name}
          value={values.name}
          onChange={set('name')}
          maxLength={policeContactTextLimits.name}
          autoComplete="off"
          required
        />
        <TextField
          {...fields.unit}
          description={t('directory.unitHelp')}
          error={submit.errors?.fields.unit}
          value={values.unit}
          onChange={set('unit')}
          maxLength={policeContactTextLimits.unit}
          required
        />
        <TextField
          {...fields.role}
          description={t('directory.roleHelp')}
          error={submit.errors?.fields.role}
          value={values.role}
          onChange={set('role')}
          maxLength={policeContactTextLimits.unit}
        />
        <TextField
          {...fields.phone}
          type="tel"
          error={submit.errors?.fields.phone}
          value={values.phone}
          onChange={set('phone')}
          maxLength={policeContactTextLimits.phone}
          autoComplete="off"
          required
        />
        <TextField
          {...fields.email}
          type="email"
          error={submit.errors?.fields.email}
          value={values.email}
          onChange={set('email')}
          maxLength={policeContactTextLimits.email}
          autoComplete="off"
        />
        <div className="button-row">
          <Button type="submit" loading={submit.busy}>
            {t('directory.addPolice')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
