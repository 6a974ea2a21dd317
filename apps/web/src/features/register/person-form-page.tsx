import { useCallback, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { createPersonBodySchema, type PartyList, type Person } from '@varn/contracts';
import { preferredContacts } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { createPerson, getPerson, putContact, putParty, updatePerson } from '../../lib/api/register';
import { getParties } from '../../lib/api/parties';
import { useQuery } from '../../lib/use-query';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Page } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
import { SelectField, TextField } from '../../components/fields';
import { CheckboxField } from '../../components/choice-fields';
import { AppLink } from '../../components/links';

interface FormData {
  readonly person: Person | null;
  readonly parties: PartyList['parties'];
}

/** Adding a person (`/register/new`) or changing one (`/register/:id/edit`). */
export function PersonFormPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const load = useCallback(
    async (signal: AbortSignal): Promise<FormData> => {
      const [person, parties] = await Promise.all([
        id === undefined ? Promise.resolve(null) : getPerson(id, signal),
        getParties(signal),
      ]);
      return { person, parties: parties.parties };
    },
    [id],
  );
  const query = useQuery(load);
  return (
    <Page title={t(id === undefined ? 'register.form.newTitle' : 'register.form.editTitle')}>
      <Paragraph>
        <AppLink to={id === undefined ? '/register' : `/register/${id}`}>{t('register.backToList')}</AppLink>
      </Paragraph>
      <QueryView query={query} loadingLabel={t('register.person.loading')}>
        {(data) => <PersonForm person={data.person} parties={data.parties} />}
      </QueryView>
    </Page>
  );
}

function PersonForm({
  person,
  parties,
}: {
  readonly person: Person | null;
  readonly parties: FormData['parties'];
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [name, setName] = useState(person?.name ?? '');
  const [birthYear, setBirthYear] = useState(person?.birthYear ? String(person.birthYear) : '');
  const [isStaff, setIsStaff] = useState(person?.isStaff ?? false);
  const [note, setNote] = useState(person?.note ?? '');
  const [email, setEmail] = useState(person?.contact.email ?? '');
  const [phone, setPhone] = useState(person?.contact.phone ?? '');
  const [address, setAddress] = useState(person?.contact.address ?? '');
  const [protectedAddress, setProtectedAddress] = useState(person?.contact.protectedAddress ?? false);
  const [preferred, setPreferred] = useState<string>(person?.contact.preferredContact ?? '');
  const [partyId, setPartyId] = useState(person?.party?.id ?? '');

  // One schema for both: the new person's body; a change is sent as its three parts.
  const form = useFormSubmit(createPersonBodySchema, async (body) => {
    if (!person) {
      const created = await createPerson(body);
      void navigate(`/register/${created.id}`);
      return;
    }
    await updatePerson(person.id, {
      name: body.name,
      birthYear: body.birthYear ?? null,
      isStaff: body.isStaff ?? false,
      note: body.note ?? null,
    });
    await putContact(person.id, body.contact ?? {});
    if ((body.partyId ?? null) !== (person.party?.id ?? null))
      await putParty(person.id, { partyId: body.partyId ?? null });
    void navigate(`/register/${person.id}`);
  });
  const fields = {
    name: { id: 'person-name', label: t('register.form.name') },
    birthYear: { id: 'person-birth-year', label: t('register.form.birthYear') },
    isStaff: { id: 'person-staff', label: t('register.form.isStaff') },
    note: { id: 'person-note', label: t('register.form.note') },
    'contact.email': { id: 'person-email', label: t('register.form.email') },
    'contact.phone': { id: 'person-phone', label: t('register.form.phone') },
    'contact.address': { id: 'person-address', label: t('register.form.address') },
    'contact.protectedAddress': { id: 'person-protected', label: t('register.form.protectedAddress') },
    'contact.preferredContact': { id: 'person-preferred', label: t('register.form.preferred') },
    partyId: { id: 'person-party', label: t('register.form.party') },
  };
  const field = fieldBinder(fields, form.errors);
  const mapped = form.errors
    ? {
        ...form.errors,
        // The server names contact problems without the `contact.` prefix.
        fields: Object.fromEntries(
          Object.entries(form.errors.fields).map(([key, message]) => [
            ['address', 'preferredContact', 'email', 'phone'].includes(key) ? `contact.${key}` : key,
            message,
          ]),
        ),
      }
    : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({
      name,
      birthYear: birthYear.trim() === '' ? null : Number(birthYear),
      isStaff,
      note,
      contact: {
        email: email.trim() === '' ? null : email,
        phone,
        address: protectedAddress ? '' : address,
        protectedAddress,
        preferredContact: preferred === '' ? null : preferred,
      },
      partyId: partyId === '' ? null : partyId,
    });
  }

  return (
    <div className="stack">
      <FormErrorSummary errors={mapped} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          {...field('name')}
          autoComplete="off"
          value={name}
          onChange={setName}
          maxLength={200}
          required
        />
        <TextField
          {...field('birthYear')}
          description={t('register.form.birthYearHelp')}
          type="number"
          inputMode="numeric"
          min={1900}
          max={2100}
          value={birthYear}
          onChange={setBirthYear}
        />
        <CheckboxField {...field('isStaff')} checked={isStaff} onChange={setIsStaff} />
        <TextField
          {...field('contact.email')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
        />
        <TextField
          {...field('contact.phone')}
          type="tel"
          autoComplete="off"
          value={phone}
          onChange={setPhone}
        />
        <CheckboxField
          {...field('contact.protectedAddress')}
          checked={protectedAddress}
          onChange={setProtectedAddress}
        />
        {!protectedAddress && (
          <TextField
            {...field('contact.address')}
            autoComplete="off"
            value={address}
            onChange={setAddress}
            maxLength={300}
          />
        )}
        <SelectField
          {...field('contact.preferredContact')}
          value={preferred}
          onChange={setPreferred}
          placeholder={t('register.form.preferredNone')}
          options={preferredContacts
            .filter((value) => !(protectedAddress && value === 'post'))
            .map((value) => ({ value, label: t(`register.preferred.${value}`) }))}
        />
        <SelectField
          {...field('partyId')}
          description={t('register.form.partyHelp')}
          value={partyId}
          onChange={setPartyId}
          placeholder={t('register.form.partyNone')}
          options={parties.map((party) => ({
            value: party.id,
            label: `${party.name} (${party.abbreviation})`,
          }))}
        />
        <TextField {...field('note')} autoComplete="off" value={note} onChange={setNote} maxLength={1000} />
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {person ? t('common.save') : t('register.form.create')}
          </Button>
        </div>
      </form>
    </div>
  );
}
