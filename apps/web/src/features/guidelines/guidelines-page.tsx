import { useCallback, useState } from 'react';
import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { EndorsementMatrix, EndorsementRow, GuidelineVersionList } from '@varn/contracts';
import { Action, EndorsementStatus } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { useCan } from '../../lib/session/access';
import { getEndorsementMatrix, getGuidelineVersion, getGuidelineVersions } from '../../lib/api/guidelines';
import { useQuery } from '../../lib/use-query';
import { Page, Section } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { AppLink, ButtonLink } from '../../components/links';
import { DataTable } from '../../components/table-region';
import { EndorsementForm, EvidenceDownloadButton } from '../../components/endorsement-form';
import { GuidelineText } from './guideline-text';

const statusColour: Readonly<Record<EndorsementStatus, string>> = {
  endorsed: 'success',
  outdated: 'warning',
  never: 'danger',
};

/**
 * The ethical guidelines (issue 11 §4): the version in force with its text, every version, and —
 * for the unit, the admin and viewers — each party's endorsement of the version in force; the unit
 * records an endorsement with its signed page.
 */
export function GuidelinesPage() {
  const { t, date } = useI18n();
  const can = useCan();
  const versions = useQuery(getGuidelineVersions);
  return (
    <Page title={t('guidelines.title')}>
      <Paragraph>{t('guidelines.intro')}</Paragraph>
      {can(Action.GuidelineManage) && (
        <div className="button-row">
          <ButtonLink to="/guidelines/new">{t('guidelines.newVersion')}</ButtonLink>
        </div>
      )}
      <QueryView query={versions} loadingLabel={t('guidelines.loading')}>
        {(list: GuidelineVersionList) => (
          <>
            {list.currentVersionId === null ? (
              <Paragraph>{t('guidelines.none')}</Paragraph>
            ) : (
              <CurrentVersion id={list.currentVersionId} />
            )}
            {can(Action.PartyReadEndorsement) && list.currentVersionId !== null && <Matrix />}
            {list.versions.length > 0 && (
              <Section title={t('guidelines.versionsHeading')} id="guidelines-versions">
                <ul className="plain-list stack">
                  {list.versions.map((version) => (
                    <li key={version.id}>
                      <AppLink to={`/guidelines/${version.id}`}>
                        {t('guidelines.versionLink', {
                          version: version.version,
                          title: version.title,
                          date: date(version.adoptedOn),
                        })}
                      </AppLink>{' '}
                      {version.id === list.currentVersionId && (
                        <Tag data-color="success">{t('guidelines.current')}</Tag>
                      )}
                    </li>
                  ))}
                </ul>
              </Section>
            )}
          </>
        )}
      </QueryView>
    </Page>
  );
}

function CurrentVersion({ id }: { readonly id: string }) {
  const { t, locale, date } = useI18n();
  const load = useCallback((signal: AbortSignal) => getGuidelineVersion(id, signal), [id]);
  const version = useQuery(load);
  return (
    <Section title={t('guidelines.currentHeading')} id="guidelines-current">
      <QueryView query={version} loadingLabel={t('guidelines.loading')}>
        {(data) => (
          <>
            <Heading level={3} data-size="xs">
              {t('guidelines.versionTitle', { title: data.title, version: data.version })}
            </Heading>
            <Paragraph>{t('guidelines.adopted', { date: date(data.adoptedOn) })}</Paragraph>
            <GuidelineText text={locale === 'en' ? data.textEn : data.textSv} lang={locale} />
          </>
        )}
      </QueryView>
    </Section>
  );
}

function Matrix() {
  const { t, date } = useI18n();
  const can = useCan();
  const query = useQuery(getEndorsementMatrix);
  const [open, setOpen] = useState<string | null>(null);
  const records = can(Action.PartyEndorseGuidelines);
  return (
    <Section title={t('guidelines.matrixHeading')} id="guidelines-matrix">
      <QueryView query={query} loadingLabel={t('guidelines.loading')}>
        {(matrix: EndorsementMatrix) => {
          const version = matrix.version;
          if (version === null) return <Paragraph>{t('guidelines.none')}</Paragraph>;
          const endorsed = matrix.parties.filter((row) => row.status === EndorsementStatus.Endorsed).length;
          const replace = (partyId: string, row: Partial<EndorsementRow>) =>
            query.setData({
              ...matrix,
              parties: matrix.parties.map((other) =>
                other.party.id === partyId ? { ...other, ...row } : other,
              ),
            });
          return (
            <>
              <Paragraph>
                {t('guidelines.matrixSummary', {
                  n: endorsed,
                  total: matrix.parties.length,
                  version: version.version,
                })}
              </Paragraph>
              <DataTable label={t('guidelines.matrixLabel')}>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('guidelines.party')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('guidelines.status')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('guidelines.signed')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {matrix.parties.map((row) => (
                    <Table.Row key={row.party.id}>
                      <Table.Cell>{row.party.name}</Table.Cell>
                      <Table.Cell>
                        <Tag data-color={statusColour[row.status]}>
                          {t(`endorsementStatus.${row.status}`)}
                        </Tag>
                      </Table.Cell>
                      <Table.Cell>
                        {row.signedOn &&
                          (row.signedBy
                            ? t('endorsement.signedBy', { date: date(row.signedOn), name: row.signedBy })
                            : t('endorsement.signed', { date: date(row.signedOn) }))}
                        {row.hasEvidence && row.signedBy !== undefined && (
                          <EvidenceDownloadButton versionId={version.id} partyId={row.party.id} small />
                        )}
                        {records && row.status !== EndorsementStatus.Endorsed && open !== row.party.id && (
                          <Button variant="secondary" data-size="sm" onClick={() => setOpen(row.party.id)}>
                            {t('guidelines.record', { party: row.party.name })}
                          </Button>
                        )}
                        {open === row.party.id && (
                          <EndorsementForm
                            versionId={version.id}
                            version={version.version}
                            partyId={row.party.id}
                            idPrefix={`endorse-${row.party.id}`}
                            onSaved={(saved) => {
                              setOpen(null);
                              replace(row.party.id, {
                                status: saved.status,
                                signedOn: saved.signedOn,
                                signedBy: saved.signedBy ?? null,
                                hasEvidence: saved.hasEvidence,
                              });
                            }}
                          />
                        )}
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </DataTable>
            </>
          );
        }}
      </QueryView>
    </Section>
  );
}
