import { useCallback } from 'react';
import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useI18n } from '../../lib/i18n/i18n';
import { getPartyRoster } from '../../lib/api/register';
import { useQuery } from '../../lib/use-query';
import { QueryView } from '../../components/feedback';
import { DataTable } from '../../components/table-region';
import { assignmentText } from './register-labels';
import './register.css';

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
          <>
            <div className="register-table">
              <DataTable label={caption}>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('register.col.name')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('register.col.assignments')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {roster.people.map((person) => (
                    <Table.Row key={person.id}>
                      <Table.Cell className="break">
                        {person.name}
                        {person.kl418a && ` (${t('register.kl418a')})`}
                      </Table.Cell>
                      <Table.Cell className="break">
                        {person.assignments.map((assignment) => assignmentText(assignment, t)).join('; ') ||
                          t('register.noAssignments')}
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </DataTable>
            </div>
            <ul className="register-cards" aria-label={caption}>
              {roster.people.map((person) => (
                <li key={person.id} className="register-card">
                  <strong>{person.name}</strong>
                  <span>
                    {person.assignments.map((assignment) => assignmentText(assignment, t)).join('; ') ||
                      t('register.noAssignments')}
                  </span>
                </li>
              ))}
            </ul>
          </>
        );
      }}
    </QueryView>
  );
}
