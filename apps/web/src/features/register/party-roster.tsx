import { useCallback } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../lib/i18n/i18n';
import { getPartyRoster } from '../../lib/api/register';
import { useQuery } from '../../lib/use-query';
import { QueryView } from '../../components/feedback';
import { ResponsiveTable } from '../../components/responsive-table';
import { assignmentText } from './register-labels';

/**
 * A party's roster (`GET /api/parties/{partyId}/roster`, audited): its people with their
 * assignments, for the party's security contact and the unit. The page that shows it must load
 * the register's catalogue (`register.sv.ts`, `register.en.ts`).
 */
export function PartyRoster({ partyId }: { readonly partyId: string }) {
  const { t } = useI18n();
  const load = useCallback((signal: AbortSignal) => getPartyRoster(partyId, signal), [partyId]);
  const query = useQuery(load);
  return (
    <QueryView query={query} loadingLabel={t('register.roster.loading')}>
      {(roster) => {
        const caption = t('register.roster.caption', { party: roster.party.name });
        if (roster.people.length === 0) return <Paragraph>{t('register.roster.empty')}</Paragraph>;
        return (
          <ResponsiveTable
            label={caption}
            rows={roster.people}
            rowKey={(person) => person.id}
            columns={[
              {
                label: t('register.col.name'),
                render: (person) =>
                  person.kl418a ? `${person.name} (${t('register.kl418a')})` : person.name,
              },
              {
                label: t('register.col.assignments'),
                render: (person) =>
                  person.assignments.map((assignment) => assignmentText(assignment, t)).join('; ') ||
                  t('register.noAssignments'),
              },
            ]}
          />
        );
      }}
    </QueryView>
  );
}
