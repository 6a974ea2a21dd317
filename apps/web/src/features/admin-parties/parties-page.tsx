import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { Party, PartyContactPerson, PartyReadinessGapList } from '@varn/contracts';
import { readinessGapText } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { getParties, getReadinessGaps } from '../../lib/api/parties';
import { useQuery } from '../../lib/use-query';
import { Page } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { AppLink, ButtonLink } from '../../components/links';
import { DataTable } from '../../components/table-region';
import { PartySwatch } from './party-swatch';

function ContactCell({ contact }: { readonly contact: PartyContactPerson | null | undefined }) {
  const { t } = useI18n();
  if (!contact) return <span className="muted">{t('parties.noneAppointed')}</span>;
  return (
    <>
      {contact.name}
      <br />
      <span className="muted">{contact.email}</span>
    </>
  );
}

/**
 * The readiness gaps of the parties' contacts as people of the register (issue 11 §2): no contact,
 * no deputy, no contact with the unit for half a year; they are kept on their own page.
 */
function RegisterGaps() {
  const { t, locale } = useI18n();
  const query = useQuery(getReadinessGaps);
  const gaps: PartyReadinessGapList['parties'] = query.status === 'success' ? query.data.parties : [];
  return (
    <>
      {gaps.length > 0 && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t('parties.registerGapsHeading')}
          </Heading>
          <ul className="plain-list">
            {gaps.map((entry) => (
              <li key={entry.party.id}>
                {entry.party.name}: {entry.gaps.map((gap) => readinessGapText[gap][locale]).join(', ')}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <Paragraph>
        <AppLink to="/admin/party-contacts">{t('parties.registerContactsLink')}</AppLink>
      </Paragraph>
    </>
  );
}

/** The council's parties with their security contacts; a party without one is a readiness gap (DOMAIN.md §6). */
export function PartiesPage() {
  const { t, locale } = useI18n();
  const query = useQuery(getParties);
  return (
    <Page title={t('parties.title')}>
      <Paragraph>{t('parties.intro')}</Paragraph>
      <div className="button-row">
        <ButtonLink to="/admin/parties/new">{t('parties.add')}</ButtonLink>
      </div>
      <RegisterGaps />
      <QueryView query={query} loadingLabel={t('parties.loading')}>
        {({ parties }) => {
          if (parties.length === 0) return <Paragraph>{t('parties.empty')}</Paragraph>;
          const sorted = [...parties].sort((a: Party, b: Party) => a.name.localeCompare(b.name, locale));
          const missing = sorted.filter((party) => !party.securityContact);
          return (
            <>
              {missing.length > 0 && (
                <Alert data-color="warning">
                  <Heading level={2} data-size="xs">
                    {t('parties.readinessHeading')}
                  </Heading>
                  <Paragraph>{t('parties.readinessText', { n: missing.length })}</Paragraph>
                  <ul className="plain-list">
                    {missing.map((party) => (
                      <li key={party.id}>
                        <AppLink to={`/admin/parties/${party.id}`}>
                          {t('parties.appointFor', { party: party.name })}
                        </AppLink>
                      </li>
                    ))}
                  </ul>
                </Alert>
              )}
              <DataTable label={t('parties.tableLabel')}>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('parties.name')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('parties.abbreviation')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('parties.seats')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('parties.contact')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('parties.deputy')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {sorted.map((party) => (
                    <Table.Row key={party.id}>
                      <Table.Cell>
                        <span className="party-name">
                          <PartySwatch colour={party.colour} />
                          <AppLink to={`/admin/parties/${party.id}`}>{party.name}</AppLink>
                        </span>
                      </Table.Cell>
                      <Table.Cell>{party.abbreviation}</Table.Cell>
                      <Table.Cell>{party.councilSeats}</Table.Cell>
                      <Table.Cell>
                        <ContactCell contact={party.securityContact} />
                      </Table.Cell>
                      <Table.Cell>
                        <ContactCell contact={party.deputyContact} />
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </DataTable>
            </>
          );
        }}
      </QueryView>
    </Page>
  );
}
