import { useCallback, useState, type FormEvent } from 'react';
import { Alert, Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { PartySecurityContacts } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import {
  appointPartyContacts,
  getContactCandidates,
  getPartySecurityContacts,
  recordUnitContact,
} from '../../lib/api/parties';
import { useQuery } from '../../lib/use-query';
import { useSubmit } from '../../lib/use-form-submit';
import { Page } from '../../components/page';
import { ErrorAlert, QueryView, SuccessAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { SelectField } from '../../components/fields';
import { AppLink } from '../../components/links';
import { PartyContactsFacts } from '../../components/party-contacts-facts';

/**
 * The parties' security contacts as people of the register (issue 11 §2), for the admin and the
 * unit: appoint a contact and deputy, record a contact with the unit; the parties with readiness
 * gaps first and marked.
 */
export function PartyContactsPage() {
  const { t } = useI18n();
  const query = useQuery(getPartySecurityContacts);
  const replace = (entry: PartySecurityContacts) => {
    if (query.status === 'success')
      query.setData({
        parties: query.data.parties.map((other) => (other.party.id === entry.party.id ? entry : other)),
      });
  };
  return (
    <Page title={t('partyContacts.title')}>
      <Paragraph>{t('partyContacts.intro')}</Paragraph>
      <Paragraph>
        <AppLink to="/directory">{t('partyContacts.directoryLink')}</AppLink>
      </Paragraph>
      <QueryView query={query} loadingLabel={t('partyContacts.loading')}>
        {({ parties }) => {
          if (parties.length === 0) return <Paragraph>{t('partyContacts.empty')}</Paragraph>;
          const withGaps = parties.filter((entry) => entry.gaps.length > 0);
          const ordered = [...withGaps, ...parties.filter((entry) => entry.gaps.length === 0)];
          return (
            <>
              {withGaps.length > 0 && (
                <Alert data-color="warning">
                  <Heading level={2} data-size="xs">
                    {t('partyContacts.gapsHeading')}
                  </Heading>
                  <Paragraph>{t('partyContacts.gapsText', { n: withGaps.length })}</Paragraph>
                </Alert>
              )}
              <ul className="plain-list card-grid">
                {ordered.map((entry) => (
                  <li key={entry.party.id}>
                    <PartyCard entry={entry} onChanged={replace} />
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </QueryView>
    </Page>
  );
}

function PartyCard({
  entry,
  onChanged,
}: {
  readonly entry: PartySecurityContacts;
  readonly onChanged: (entry: PartySecurityContacts) => void;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState({ n: 0, text: '' });
  const record = useSubmit();
  const party = entry.party.name;
  return (
    <Card data-color={entry.gaps.length > 0 ? 'warning' : 'neutral'}>
      <Heading level={2} data-size="xs">
        {party}
      </Heading>
      <SuccessAlert count={done.n}>{done.text}</SuccessAlert>
      <PartyContactsFacts contacts={entry} stacked />
      {record.errors && <ErrorAlert error={new Error(record.errors.message)} />}
      {editing ? (
        <AppointForm
          entry={entry}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            onChanged(saved);
            setEditing(false);
            setDone((previous) => ({ n: previous.n + 1, text: t('partyContacts.saved', { party }) }));
          }}
        />
      ) : (
        <div className="button-row">
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {t('partyContacts.change', { party })}
          </Button>
          {entry.contact !== null && (
            <Button
              variant="tertiary"
              loading={record.busy}
              onClick={() =>
                void record.run(async () => {
                  onChanged(await recordUnitContact(entry.party.id));
                  setDone((previous) => ({
                    n: previous.n + 1,
                    text: t('partyContacts.recorded', { party }),
                  }));
                })
              }
            >
              {t('partyContacts.recordContact', { party })}
            </Button>
          )}
        </div>
      )}
    </Card>
  );
}

function AppointForm({
  entry,
  onCancel,
  onSaved,
}: {
  readonly entry: PartySecurityContacts;
  readonly onCancel: () => void;
  readonly onSaved: (entry: PartySecurityContacts) => void;
}) {
  const { t } = useI18n();
  const partyId = entry.party.id;
  const load = useCallback((signal: AbortSignal) => getContactCandidates(partyId, signal), [partyId]);
  const candidates = useQuery(load);
  const [contact, setContact] = useState(entry.contact?.personId ?? '');
  const [deputy, setDeputy] = useState(entry.deputy?.personId ?? '');
  const submit = useSubmit();
  const fields = {
    contactPersonId: { id: `contact-${partyId}`, label: t('contacts.contact') },
    deputyPersonId: { id: `deputy-${partyId}`, label: t('contacts.deputy') },
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit.run(async () =>
      onSaved(
        await appointPartyContacts(partyId, {
          contactPersonId: contact === '' ? null : contact,
          deputyPersonId: deputy === '' ? null : deputy,
        }),
      ),
    );
  }

  return (
    <QueryView query={candidates} loadingLabel={t('partyContacts.loadingCandidates')}>
      {({ people }) => {
        const options = people.map((person) => ({ value: person.id, label: person.name }));
        return (
          <>
            {people.length === 0 && <Paragraph>{t('partyContacts.noCandidates')}</Paragraph>}
            <FormErrorSummary errors={submit.errors} fields={fields} attempt={submit.attempt} />
            <form className="form" noValidate onSubmit={onSubmit}>
              <SelectField
                {...fields.contactPersonId}
                error={submit.errors?.fields.contactPersonId}
                value={contact}
                onChange={setContact}
                options={options}
                placeholder={t('partyContacts.choose')}
              />
              <SelectField
                {...fields.deputyPersonId}
                error={submit.errors?.fields.deputyPersonId}
                value={deputy}
                onChange={setDeputy}
                options={options}
                placeholder={t('partyContacts.choose')}
              />
              <div className="button-row">
                <Button type="submit" loading={submit.busy}>
                  {t('partyContacts.save')}
                </Button>
                <Button type="button" variant="tertiary" onClick={onCancel}>
                  {t('partyContacts.cancel')}
                </Button>
              </div>
            </form>
          </>
        );
      }}
    </QueryView>
  );
}
