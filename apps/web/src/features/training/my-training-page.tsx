import { Paragraph } from '@digdir/designsystemet-react';
import type { MyTraining, PersonTraining } from '@varn/contracts';
import { formatCalendarDate } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { getMyTraining } from '../../lib/api/training';
import { useQuery } from '../../lib/use-query';
import { Page, Section } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { ResponsiveTable } from '../../components/responsive-table';
import { StatusTag } from './status-tag';

const load = (signal: AbortSignal): Promise<MyTraining> => getMyTraining(signal);

/** "Min utbildning": the signed-in official's, staff member's or party contact's own training. */
export function MyTrainingPage() {
  const { t } = useI18n();
  const mine = useQuery(load);
  return (
    <Page title={t('training.mine.title')}>
      <Paragraph>{t('training.mine.intro')}</Paragraph>
      <QueryView query={mine} loadingLabel={t('training.loading')}>
        {({ training }) =>
          training === null ? (
            <Paragraph>{t('training.mine.noPerson')}</Paragraph>
          ) : (
            <TrainingView training={training} />
          )
        }
      </QueryView>
    </Page>
  );
}

/** A person's standings, coming sessions and history. */
export function TrainingView({ training }: { readonly training: PersonTraining }) {
  const { t, locale } = useI18n();
  const day = (date: string | null) => (date ? formatCalendarDate(date, locale) : t('training.none'));
  return (
    <>
      <ResponsiveTable
        label={t('training.mine.title')}
        rows={training.standings}
        rowKey={(row) => row.kind}
        columns={[
          { label: t('training.col.course'), render: (row) => t(`training.kind.${row.kind}`) },
          { label: t('training.col.status'), render: (row) => <StatusTag status={row.status} /> },
          { label: t('training.col.expires'), render: (row) => day(row.expiresOn) },
          {
            label: t('training.mine.required'),
            render: (row) => t(row.required ? 'training.mine.required' : 'training.mine.optional'),
          },
        ]}
      />
      {training.invitations.length > 0 && (
        <Section title={t('training.mine.coming')} id="training-coming">
          <ul>
            {training.invitations.map((invitation) => (
              <li key={invitation.sessionId}>
                {invitation.course.name}, {day(invitation.heldOn)}
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title={t('training.mine.history')} id="training-history">
        {training.history.length === 0 ? (
          <Paragraph>{t('training.mine.noHistory')}</Paragraph>
        ) : (
          <ul>
            {training.history.map((row) => (
              <li key={row.sessionId}>
                {day(row.heldOn)}: {row.course.name} – {t(`training.attendance.${row.status}`)}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
