import { useCallback, type ComponentType } from 'react';
import { Card, Details, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { PartyEndorsement, PartySummary } from '@varn/contracts';
import { EndorsementStatus } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { useMe } from '../../lib/session/session';
import { getPartySummary } from '../../lib/api/parties';
import { useQuery } from '../../lib/use-query';
import { signalStatusLabel, urgencyLabel } from '../../lib/incident-labels';
import { Page, Section } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { AppLink, ButtonLink } from '../../components/links';
import { EndorsementForm, EvidenceDownloadButton } from '../../components/endorsement-form';
import { PartyContactsFacts } from '../../components/party-contacts-facts';

const statusColour: Readonly<Record<EndorsementStatus, string>> = {
  endorsed: 'success',
  outdated: 'warning',
  never: 'danger',
};

/**
 * The party contact's page for their party (issue 11 §2): the party's security contacts and the
 * last contact with the unit, the signals they sent and where they stand, a one-click signal
 * about the party, the party's standing with the ethical guidelines and a way to record its
 * endorsement. The training coverage and the roster (the party's officials, behind a disclosure so that the
 * page stays short on a phone) come from their own features.
 */
/** A part of the party's page that another feature draws (the area passes it in: STYLE.md). */
type PartyPart = ComponentType<{ readonly partyId: string }>;

export function MyPartyPage({
  Roster,
  Training,
}: {
  /** The party's officials with their assignments (the register's `PartyRoster`). */
  readonly Roster: PartyPart;
  /** The party's training status and coverage (the training's `PartyTraining`). */
  readonly Training: PartyPart;
}) {
  const { t } = useI18n();
  const me = useMe();
  if (me.party === null)
    return (
      <Page title={t('myParty.title')}>
        <Paragraph>{t('myParty.noParty')}</Paragraph>
      </Page>
    );
  return <PartyPage partyId={me.party.id} partyName={me.party.name} Roster={Roster} Training={Training} />;
}

function PartyPage({
  partyId,
  partyName,
  Roster,
  Training,
}: {
  readonly partyId: string;
  readonly partyName: string;
  readonly Roster: PartyPart;
  readonly Training: PartyPart;
}) {
  const { t, dateTime } = useI18n();
  const load = useCallback((signal: AbortSignal) => getPartySummary(partyId, signal), [partyId]);
  const summary = useQuery(load);
  const setEndorsement = (endorsement: PartyEndorsement) => {
    if (summary.status === 'success') summary.setData({ ...summary.data, endorsement });
  };
  return (
    <Page title={t('myParty.title')} heading={t('myParty.heading', { party: partyName })}>
      <Paragraph>{t('myParty.intro')}</Paragraph>
      <Card data-color="accent" className="my-party__signal">
        <Heading level={2} data-size="sm">
          {t('myParty.signalHeading')}
        </Heading>
        <Paragraph>{t('myParty.signalText')}</Paragraph>
        <div className="button-row">
          <ButtonLink to={`/signals/new?party=${encodeURIComponent(partyName)}`}>
            {t('myParty.signalLink', { party: partyName })}
          </ButtonLink>
        </div>
      </Card>
      <QueryView query={summary} loadingLabel={t('myParty.loading')}>
        {(data: PartySummary) => (
          <>
            <Section title={t('myParty.contactsHeading')} id="my-party-contacts">
              <PartyContactsFacts contacts={data.contacts} />
            </Section>
            <Training partyId={partyId} />
            <Section title={t('myParty.signalsHeading')} id="my-party-signals">
              <Paragraph>{t('myParty.signalsIntro')}</Paragraph>
              {data.signals.length === 0 ? (
                <Paragraph>{t('myParty.signalsEmpty')}</Paragraph>
              ) : (
                <ul className="plain-list stack">
                  {data.signals.map((signal) => (
                    <li key={signal.id}>
                      <Card>
                        <Paragraph className="break">{signal.text}</Paragraph>
                        <Paragraph data-size="sm">
                          {t('myParty.signalSent', { time: dateTime(signal.createdAt) })} ·{' '}
                          {urgencyLabel(signal.urgency, t)} · <Tag>{signalStatusLabel(signal.status, t)}</Tag>
                        </Paragraph>
                      </Card>
                    </li>
                  ))}
                </ul>
              )}
            </Section>
            <Section title={t('myParty.endorsementHeading')} id="my-party-endorsement">
              <Endorsement partyId={partyId} endorsement={data.endorsement} onSaved={setEndorsement} />
            </Section>
            <Section title={t('myParty.rosterHeading')} id="my-party-roster">
              <Details>
                <Details.Summary>{t('myParty.rosterShow')}</Details.Summary>
                <Details.Content>
                  <Roster partyId={partyId} />
                </Details.Content>
              </Details>
            </Section>
          </>
        )}
      </QueryView>
    </Page>
  );
}

function Endorsement({
  partyId,
  endorsement,
  onSaved,
}: {
  readonly partyId: string;
  readonly endorsement: PartyEndorsement;
  readonly onSaved: (endorsement: PartyEndorsement) => void;
}) {
  const { t, date } = useI18n();
  const version = endorsement.version;
  if (version === null) return <Paragraph>{t('endorsement.noVersion')}</Paragraph>;
  return (
    <div className="stack">
      <Paragraph>
        {t('endorsement.version', {
          title: version.title,
          version: version.version,
          date: date(version.adoptedOn),
        })}{' '}
        <AppLink to={`/guidelines/${version.id}`}>{t('myParty.readGuidelines')}</AppLink>
      </Paragraph>
      <Paragraph>
        <Tag data-color={statusColour[endorsement.status]}>
          {t(`endorsementStatus.${endorsement.status}`)}
        </Tag>
      </Paragraph>
      {endorsement.signedOn && (
        <Paragraph>
          {endorsement.signedBy
            ? t('endorsement.signedBy', { date: date(endorsement.signedOn), name: endorsement.signedBy })
            : t('endorsement.signed', { date: date(endorsement.signedOn) })}
        </Paragraph>
      )}
      {endorsement.hasEvidence && (
        <div className="button-row">
          <EvidenceDownloadButton versionId={version.id} partyId={partyId} />
        </div>
      )}
      {endorsement.status !== EndorsementStatus.Endorsed && (
        <>
          <Heading level={3} data-size="xs">
            {t('endorse.heading')}
          </Heading>
          <EndorsementForm
            versionId={version.id}
            version={version.version}
            partyId={partyId}
            idPrefix="my-party-endorse"
            onSaved={onSaved}
          />
        </>
      )}
    </div>
  );
}
