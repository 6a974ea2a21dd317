import { useState } from 'react';
import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { Session } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { getSessions, revokeOtherSessions, revokeSession } from '../../lib/api/me';
import { useQuery } from '../../lib/use-query';
import { Section } from '../../components/page';
import { ErrorAlert, FocusAlert, QueryView } from '../../components/feedback';
import { DataTable } from '../../components/table-region';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { describeUserAgent } from './user-agent';

/** The user's sessions, with logout of one other session or of all other sessions. */
export function SessionsSection() {
  const { t, dateTime } = useI18n();
  const query = useQuery(getSessions);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [rowError, setRowError] = useState<unknown>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  const [allBusy, setAllBusy] = useState(false);
  const [allError, setAllError] = useState<unknown>(null);
  const [done, setDone] = useState<{ readonly n: number; readonly all: boolean } | null>(null);

  async function logoutOne(session: Session) {
    if (busyId) return;
    setBusyId(session.id);
    setRowError(null);
    try {
      await revokeSession(session.id);
      if (query.status === 'success') {
        query.setData({ sessions: query.data.sessions.filter((s) => s.id !== session.id) });
      }
      setDone((previous) => ({ n: (previous?.n ?? 0) + 1, all: false }));
    } catch (error) {
      setRowError(error);
    } finally {
      setBusyId(null);
    }
  }

  async function logoutOthers() {
    if (allBusy) return;
    setAllBusy(true);
    setAllError(null);
    try {
      await revokeOtherSessions();
      setConfirmAll(false);
      if (query.status === 'success') {
        query.setData({ sessions: query.data.sessions.filter((s) => s.current) });
      }
      setDone((previous) => ({ n: (previous?.n ?? 0) + 1, all: true }));
    } catch (error) {
      setAllError(error);
    } finally {
      setAllBusy(false);
    }
  }

  return (
    <Section title={t('sessions.heading')} id="profile-sessions-heading">
      <Paragraph>{t('sessions.intro')}</Paragraph>
      {done && (
        <FocusAlert key={done.n} color="success">
          <Paragraph>{done.all ? t('sessions.othersLoggedOut') : t('sessions.loggedOut')}</Paragraph>
        </FocusAlert>
      )}
      {rowError !== null && <ErrorAlert error={rowError} />}
      <QueryView query={query} loadingLabel={t('sessions.loading')}>
        {({ sessions }) => {
          const others = sessions.filter((session) => !session.current);
          return (
            <>
              <DataTable label={t('sessions.tableLabel')}>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('sessions.device')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('sessions.ip')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('sessions.created')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('sessions.lastSeen')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('sessions.expires')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('sessions.action')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {sessions.map((session) => {
                    const device = describeUserAgent(session.userAgent) ?? t('sessions.unknownDevice');
                    return (
                      <Table.Row key={session.id}>
                        <Table.Cell>{device}</Table.Cell>
                        <Table.Cell>{session.ip ?? '–'}</Table.Cell>
                        <Table.Cell>{dateTime(session.createdAt)}</Table.Cell>
                        <Table.Cell>{dateTime(session.lastSeenAt)}</Table.Cell>
                        <Table.Cell>{dateTime(session.expiresAt)}</Table.Cell>
                        <Table.Cell>
                          {session.current ? (
                            <Tag data-color="info">{t('sessions.current')}</Tag>
                          ) : (
                            <Button
                              variant="secondary"
                              data-size="sm"
                              loading={busyId === session.id}
                              onClick={() => void logoutOne(session)}
                              aria-label={t('sessions.logoutOneLabel', {
                                device,
                                time: dateTime(session.lastSeenAt),
                              })}
                            >
                              {t('sessions.logoutOne')}
                            </Button>
                          )}
                        </Table.Cell>
                      </Table.Row>
                    );
                  })}
                </Table.Body>
              </DataTable>
              {others.length > 0 ? (
                <div className="button-row">
                  <Button variant="secondary" data-color="danger" onClick={() => setConfirmAll(true)}>
                    {t('sessions.logoutOthers')}
                  </Button>
                </div>
              ) : (
                <Paragraph>{t('sessions.noOthers')}</Paragraph>
              )}
              <ConfirmDialog
                open={confirmAll}
                title={t('sessions.confirmTitle')}
                confirmLabel={t('sessions.logoutOthers')}
                onConfirm={() => void logoutOthers()}
                onCancel={() => {
                  setConfirmAll(false);
                  setAllError(null);
                }}
                busy={allBusy}
                error={allError}
              >
                <Paragraph>{t('sessions.confirmText')}</Paragraph>
              </ConfirmDialog>
            </>
          );
        }}
      </QueryView>
    </Section>
  );
}
