import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { User } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { getUsers } from '../../lib/api/users';
import { useQuery } from '../../lib/use-query';
import { roleName } from '../../lib/labels';
import { Page } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { AppLink, ButtonLink } from '../../components/links';
import { DataTable } from '../../components/table-region';
import { UserStatusTag } from './user-status-tag';

/** The organisation's accounts. No party column and no party filter: affiliation is special-category data. */
export function UsersPage() {
  const { t, dateTime, locale } = useI18n();
  const query = useQuery(getUsers);
  return (
    <Page title={t('users.title')}>
      <Paragraph>{t('users.intro')}</Paragraph>
      <div className="button-row">
        <ButtonLink to="/admin/users/new">{t('users.invite')}</ButtonLink>
      </div>
      <QueryView query={query} loadingLabel={t('users.loading')}>
        {({ users }) => {
          if (users.length === 0) return <Paragraph>{t('users.empty')}</Paragraph>;
          const sorted = [...users].sort((a: User, b: User) => a.name.localeCompare(b.name, locale));
          return (
            <DataTable label={t('users.tableLabel')}>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('users.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('users.email')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('users.role')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('users.status')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('users.mfa')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('users.lastLogin')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {sorted.map((user) => (
                  <Table.Row key={user.id}>
                    <Table.Cell>
                      <AppLink to={`/admin/users/${user.id}`}>{user.name}</AppLink>
                    </Table.Cell>
                    <Table.Cell>{user.email}</Table.Cell>
                    <Table.Cell>{roleName(user.role, t)}</Table.Cell>
                    <Table.Cell>
                      <UserStatusTag status={user.status} />
                    </Table.Cell>
                    <Table.Cell>{user.mfaEnabled ? t('common.yes') : t('common.no')}</Table.Cell>
                    <Table.Cell>
                      {user.lastLoginAt ? dateTime(user.lastLoginAt) : t('users.never')}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </DataTable>
          );
        }}
      </QueryView>
    </Page>
  );
}
