import { Alert, Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Action, Role, roleMayHaveParty } from '@varn/domain';
import type { Me, Organisation, Party, PartyContactPerson, User } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { useMe } from '../../lib/session/session';
import { useCan } from '../../lib/session/access';
import { getOrganisation } from '../../lib/api/organisation';
import { getParties } from '../../lib/api/parties';
import { getUsers } from '../../lib/api/users';
import { useQuery } from '../../lib/use-query';
import { roleNameInSentence } from '../../lib/labels';
import { Page } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { AppLink, ButtonLink } from '../../components/links';
import { EmergencyNotice } from '../../components/emergency-notice';

/** "Översikt": who you are, whom to call, and (for admins) what needs attention. */
export function HomePage() {
  const { t, locale } = useI18n();
  const me = useMe();
  const can = useCan();
  return (
    <Page title={t('home.title')}>
      <Paragraph data-size="lg">{t('home.greeting', { name: me.name })}</Paragraph>
      <Paragraph>
        {t('home.signedInAs', {
          role: roleNameInSentence(me.role, t, locale),
          organisation: me.organisation.name,
        })}
      </Paragraph>
      <EmergencyNotice />
      {can(Action.IncidentReport) && (
        <div className="button-row">
          <ButtonLink to="/report">{t('report.homeLink')}</ButtonLink>
        </div>
      )}
      {!me.mfaEnabled && <MfaHint />}
      {(me.role === Role.Official || me.role === Role.Staff || me.role === Role.PartyContact) && (
        <Paragraph>
          <AppLink to="/training/me">{t('nav.myTraining')}</AppLink>
        </Paragraph>
      )}
      <div className="card-grid">
        <SecurityUnitCard />
        {roleMayHaveParty(me.role) && <PartyCard me={me} />}
      </div>
      {can(Action.UserList) && can(Action.PartyUpdate) && <AdminReadiness />}
    </Page>
  );
}

function MfaHint() {
  const { t } = useI18n();
  return (
    <Alert data-color="info">
      <Heading level={2} data-size="xs">
        {t('home.mfaHint.heading')}
      </Heading>
      <Paragraph>{t('home.mfaHint.text')}</Paragraph>
      <Paragraph>
        <AppLink to="/mfa/enrol">{t('home.mfaHint.link')}</AppLink>
      </Paragraph>
    </Alert>
  );
}

function SecurityUnitCard() {
  const { t } = useI18n();
  const can = useCan();
  const query = useQuery(getOrganisation);
  return (
    <Card data-color="neutral">
      <Heading level={2} data-size="xs">
        {t('home.unit.heading')}
      </Heading>
      <QueryView query={query}>
        {(organisation: Organisation) =>
          organisation.securityUnitPhone || organisation.securityUnitEmail ? (
            <>
              <Paragraph>{t('home.unit.text')}</Paragraph>
              <dl className="facts">
                {organisation.securityUnitPhone && (
                  <>
                    <dt>{t('home.unit.phone')}</dt>
                    <dd>
                      <Link href={`tel:${organisation.securityUnitPhone.replace(/[^\d+]/gu, '')}`}>
                        {organisation.securityUnitPhone}
                      </Link>
                    </dd>
                  </>
                )}
                {organisation.securityUnitEmail && (
                  <>
                    <dt>{t('home.unit.email')}</dt>
                    <dd>
                      <Link href={`mailto:${organisation.securityUnitEmail}`}>
                        {organisation.securityUnitEmail}
                      </Link>
                    </dd>
                  </>
                )}
              </dl>
            </>
          ) : (
            <>
              <Paragraph>{t('home.unit.missing')}</Paragraph>
              {can(Action.OrganisationSettingsUpdate) && (
                <Paragraph>
                  <AppLink to="/admin/organisation">{t('home.unit.addContact')}</AppLink>
                </Paragraph>
              )}
            </>
          )
        }
      </QueryView>
    </Card>
  );
}

function ContactFact({ label, contact }: { readonly label: string; readonly contact: PartyContactPerson }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {contact.name}
        <br />
        <Link href={`mailto:${contact.email}`}>{contact.email}</Link>
      </dd>
    </>
  );
}

function PartyCard({ me }: { readonly me: Me }) {
  const { t } = useI18n();
  const query = useQuery(getParties);
  const partyId = me.party?.id ?? null;
  return (
    <Card data-color="neutral">
      <Heading level={2} data-size="xs">
        {t('home.party.heading')}
      </Heading>
      {partyId === null ? (
        <Paragraph>{t('home.party.none')}</Paragraph>
      ) : (
        <QueryView query={query}>
          {({ parties }) => {
            const party = parties.find((candidate: Party) => candidate.id === partyId);
            if (!party) return <Paragraph>{t('home.party.none')}</Paragraph>;
            return (
              <>
                <Paragraph>
                  {party.name} ({party.abbreviation})
                </Paragraph>
                <dl className="facts">
                  {party.securityContact ? (
                    <ContactFact label={t('home.party.contact')} contact={party.securityContact} />
                  ) : (
                    <>
                      <dt>{t('home.party.contact')}</dt>
                      <dd>{t('home.party.noContact')}</dd>
                    </>
                  )}
                  {party.deputyContact && (
                    <ContactFact label={t('home.party.deputy')} contact={party.deputyContact} />
                  )}
                </dl>
              </>
            );
          }}
        </QueryView>
      )}
    </Card>
  );
}

function countByStatus(users: readonly User[]): Record<User['status'], number> {
  const counts: Record<User['status'], number> = { active: 0, invited: 0, deactivated: 0 };
  for (const user of users) counts[user.status] += 1;
  return counts;
}

/** Admin: the state of the accounts and the party network (DOMAIN.md §6 readiness). */
function AdminReadiness() {
  const { t } = useI18n();
  const users = useQuery(getUsers);
  const parties = useQuery(getParties);
  return (
    <section className="section">
      <Heading level={2} data-size="sm" id="home-admin-heading">
        {t('home.admin.heading')}
      </Heading>
      <div className="card-grid">
        <Card data-color="neutral">
          <Heading level={3} data-size="xs">
            {t('home.admin.users')}
          </Heading>
          <QueryView query={users}>
            {({ users: list }) => {
              const counts = countByStatus(list);
              return (
                <>
                  <dl className="facts">
                    <dt>{t('userStatus.active')}</dt>
                    <dd>{counts.active}</dd>
                    <dt>{t('userStatus.invited')}</dt>
                    <dd>{counts.invited}</dd>
                    <dt>{t('userStatus.deactivated')}</dt>
                    <dd>{counts.deactivated}</dd>
                  </dl>
                  <Paragraph>
                    <AppLink to="/admin/users">{t('home.admin.toUsers')}</AppLink>
                  </Paragraph>
                </>
              );
            }}
          </QueryView>
        </Card>
        <Card data-color="neutral">
          <Heading level={3} data-size="xs">
            {t('home.admin.parties')}
          </Heading>
          <QueryView query={parties}>
            {({ parties: list }) => {
              if (list.length === 0) {
                return (
                  <>
                    <Paragraph>{t('home.admin.noParties')}</Paragraph>
                    <Paragraph>
                      <AppLink to="/admin/parties/new">{t('parties.add')}</AppLink>
                    </Paragraph>
                  </>
                );
              }
              const missing = list.filter((party) => !party.securityContact);
              return missing.length === 0 ? (
                <>
                  <Paragraph>{t('home.admin.allHaveContact', { n: list.length })}</Paragraph>
                  <Paragraph>
                    <AppLink to="/admin/parties">{t('home.admin.toParties')}</AppLink>
                  </Paragraph>
                </>
              ) : (
                <Alert data-color="warning">
                  <Paragraph>
                    {t('home.admin.missingContact', { n: missing.length, total: list.length })}
                  </Paragraph>
                  <ul className="plain-list">
                    {missing.map((party) => (
                      <li key={party.id}>
                        <AppLink to={`/admin/parties/${party.id}`}>{party.name}</AppLink>
                      </li>
                    ))}
                  </ul>
                </Alert>
              );
            }}
          </QueryView>
        </Card>
      </div>
    </section>
  );
}
