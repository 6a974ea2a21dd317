import { useCallback, useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import {
  createPartyBodySchema,
  updatePartyBodySchema,
  type Party,
  type PartyList,
  type User,
  type UserList,
} from '@varn/contracts';
import { roleMayHaveParty } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { createParty, getParties, updateParty } from '../../lib/api/parties';
import { getUsers } from '../../lib/api/users';
import { ApiError } from '../../lib/api/client';
import { useQuery } from '../../lib/use-query';
import { roleName } from '../../lib/labels';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Page } from '../../components/page';
import { FocusAlert, QueryView, SuccessAlert } from '../../components/feedback';
import { AppLink } from '../../components/links';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
import { SelectField, TextField, type Option } from '../../components/fields';
import { PartySwatch } from './party-swatch';

interface PartyData {
  readonly party: Party | null;
  readonly users: readonly User[];
}

/** Adding a party (`/admin/parties/new`) or changing one (`/admin/parties/:id`). */
export function PartyFormPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const load = useCallback(
    async (signal: AbortSignal): Promise<PartyData> => {
      if (id === undefined) return { party: null, users: [] };
      const [list, users]: [PartyList, UserList] = await Promise.all([getParties(signal), getUsers(signal)]);
      const party = list.parties.find((candidate) => candidate.id === id);
      if (!party) throw new ApiError(404, 'not_found', '', {}, null);
      return { party, users: users.users };
    },
    [id],
  );
  const query = useQuery(load);
  const state: unknown = useLocation().state;
  const created = typeof state === 'object' && state !== null && 'created' in state && state.created === true;
  const editing = id !== undefined;
  const title = editing
    ? query.status === 'success' && query.data.party
      ? query.data.party.name
      : t('parties.editTitle')
    : t('parties.newTitle');

  return (
    <Page title={title}>
      <Paragraph>
        <AppLink to="/admin/parties">{t('parties.backToList')}</AppLink>
      </Paragraph>
      {created && query.status === 'success' && (
        <FocusAlert color="success">
          <Paragraph>{t('parties.created')}</Paragraph>
        </FocusAlert>
      )}
      <QueryView query={query} loadingLabel={t('parties.loadingOne')}>
        {(data) => (
          <PartyForm
            key={data.party?.id ?? 'new'}
            party={data.party}
            users={data.users}
            onSaved={query.setData}
          />
        )}
      </QueryView>
    </Page>
  );
}

function PartyForm({
  party,
  users,
  onSaved,
}: {
  readonly party: Party | null;
  readonly users: readonly User[];
  readonly onSaved: (data: PartyData) => void;
}) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const [name, setName] = useState(party?.name ?? '');
  const [abbreviation, setAbbreviation] = useState(party?.abbreviation ?? '');
  const [seats, setSeats] = useState(party ? String(party.councilSeats) : '');
  const [colour, setColour] = useState(party?.colour ?? '#1f5c6b');
  const [contactId, setContactId] = useState(party?.securityContact?.userId ?? '');
  const [deputyId, setDeputyId] = useState(party?.deputyContact?.userId ?? '');
  const [saved, setSaved] = useState(0);
  // A new party and a changed one are checked by different schemas; a form is only ever one of them.
  const create = useFormSubmit(createPartyBodySchema, async (body) => {
    const created = await createParty(body);
    void navigate(`/admin/parties/${created.id}`, { replace: true, state: { created: true } });
  });
  const update = useFormSubmit(updatePartyBodySchema, async (body) => {
    if (!party) return;
    const updated = await updateParty(party.id, body);
    onSaved({ party: updated, users });
    setSaved((n) => n + 1);
  });
  const form = party ? update : create;
  const { errors } = form;

  const fields = {
    name: { id: 'party-name', label: t('parties.name') },
    abbreviation: { id: 'party-abbreviation', label: t('parties.abbreviation') },
    councilSeats: { id: 'party-seats', label: t('parties.seats') },
    colour: { id: 'party-colour', label: t('parties.colour') },
    securityContactUserId: { id: 'party-contact', label: t('parties.contact') },
    deputyContactUserId: { id: 'party-deputy', label: t('parties.deputy') },
  };
  const field = fieldBinder(fields, errors);

  // Who may be appointed: active accounts of this party in the party-contact or official role
  // (the same rule as the server's; it answers 422 if the list is out of date).
  const candidates: Option[] = party
    ? users
        .filter(
          (user) => user.status === 'active' && roleMayHaveParty(user.role) && user.partyId === party.id,
        )
        .sort((a, b) => a.name.localeCompare(b.name, locale))
        .map((user) => ({ value: user.id, label: `${user.name} (${roleName(user.role, t)})` }))
    : [];
  function withCurrent(current: Party['securityContact']): Option[] {
    if (!current || candidates.some((option) => option.value === current.userId)) return candidates;
    return [{ value: current.userId, label: current.name }, ...candidates];
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.busy) return;
    setSaved(0);
    void form.submit({
      name,
      abbreviation,
      councilSeats: seats.trim() === '' ? null : Number(seats),
      colour,
      ...(party
        ? {
            securityContactUserId: contactId === '' ? null : contactId,
            deputyContactUserId: deputyId === '' ? null : deputyId,
          }
        : {}),
    });
  }

  return (
    <div className="stack">
      <SuccessAlert count={saved}>{t('common.saved')}</SuccessAlert>
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField {...field('name')} autoComplete="off" value={name} onChange={setName} required />
        <TextField
          {...field('abbreviation')}
          description={t('parties.abbreviationHelp')}
          autoComplete="off"
          value={abbreviation}
          onChange={setAbbreviation}
          maxLength={10}
          required
        />
        <TextField
          {...field('councilSeats')}
          type="number"
          inputMode="numeric"
          min={0}
          max={999}
          value={seats}
          onChange={setSeats}
          required
        />
        <div className="colour-field">
          <TextField
            {...field('colour')}
            description={t('parties.colourHelp')}
            autoComplete="off"
            spellCheck={false}
            value={colour}
            onChange={setColour}
            maxLength={7}
            required
          />
          {/^#[0-9a-fA-F]{6}$/u.test(colour) && <PartySwatch colour={colour} />}
        </div>
        {party ? (
          candidates.length === 0 && !party.securityContact && !party.deputyContact ? (
            <div className="stack">
              <Paragraph>{t('parties.noCandidates')}</Paragraph>
              <Paragraph>
                <AppLink to="/admin/users/new">{t('users.invite')}</AppLink>
              </Paragraph>
            </div>
          ) : (
            <>
              <SelectField
                {...field('securityContactUserId')}
                description={t('parties.contactHelp')}
                value={contactId}
                onChange={setContactId}
                options={withCurrent(party.securityContact)}
                placeholder={t('parties.noneAppointed')}
              />
              <SelectField
                {...field('deputyContactUserId')}
                value={deputyId}
                onChange={setDeputyId}
                options={withCurrent(party.deputyContact)}
                placeholder={t('parties.noneAppointed')}
              />
            </>
          )
        ) : (
          <Paragraph>{t('parties.contactsLater')}</Paragraph>
        )}
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {party ? t('common.save') : t('parties.create')}
          </Button>
          <Button variant="secondary" onClick={() => void navigate('/admin/parties')}>
            {party ? t('common.back') : t('common.cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}
