import { useCallback } from 'react';
import { Details, Paragraph } from '@digdir/designsystemet-react';
import { formatCalendarDate } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { getPartyTraining } from '../../lib/api/training';
import { useQuery } from '../../lib/use-query';
import { Section } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { ResponsiveTable } from '../../components/responsive-table';
import { StatusTag } from './status-tag';

/**
 * One party's training (issue 11 §2, §3): each of its people with their basic training and
 * refresher, and how many hold a valid basic training. For the unit and the party's own contact
 * (the server refuses anyone else); a page that embeds it loads the training catalogue
 * (`lib/i18n/training.sv.ts`, `training.en.ts`) in its area.
 */
export function PartyTraining({ partyId }: { readonly partyId: string }) {
  const { t, locale } = useI18n();
  const training = useQuery(
    useCallback((signal: AbortSignal) => getPartyTraining(partyId, signal), [partyId]),
  );
  return (
    <Section title={t('training.party.title')} id="party-training">
      <QueryView query={training} loadingLabel={t('training.loading')}>
        {(data) =>
          data.people.length === 0 ? (
            <Paragraph>{t('training.party.empty')}</Paragraph>
          ) : (
            <>
              <Paragraph>{t('training.party.summary', data.coverage)}</Paragraph>
              <Details>
                <Details.Summary>
                  {t('training.party.showPeople', { total: data.people.length })}
                </Details.Summary>
                <Details.Content>
                  <ResponsiveTable
                    label={t('training.party.title')}
                    rows={data.people}
                    rowKey={(row) => row.person.id}
                    columns={[
                      { label: t('training.col.person'), render: (row) => row.person.name },
                      {
                        label: t('training.kind.basic_security'),
                        render: (row) => <StatusTag status={row.status} />,
                      },
                      {
                        label: t('training.col.expires'),
                        render: (row) =>
                          row.expiresOn ? formatCalendarDate(row.expiresOn, locale) : t('training.none'),
                      },
                      {
                        label: t('training.party.refresher'),
                        render: (row) => <StatusTag status={row.refresher} />,
                      },
                    ]}
                  />
                </Details.Content>
              </Details>
            </>
          )
        }
      </QueryView>
    </Section>
  );
}
