import { useCallback, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Action } from '@varn/domain';
import type { Party, User } from '@varn/contracts';
import { useI18n, type MessageKey } from '../../lib/i18n/i18n';
import { useCan } from '../../lib/session/access';
import { getUser, runUserCommand, type UserCommand } from '../../lib/api/users';
import { getParties } from '../../lib/api/parties';
import { useQuery } from '../../lib/use-query';
import { languageName, roleName } from '../../lib/labels';
import { Page, Section } from '../../components/page';
import { ErrorAlert, FocusAlert, QueryView } from '../../components/feedback';
import { AppLink } from '../../components/links';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { UserStatusTag } from './user-status-tag';
import { EditUserForm } from './edit-user-form';

function wasJustInvited(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'invited' in state && state.invited === true;
}

/** One account: its facts, the edit form, and the account commands. */
export function UserPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const load = useCallback((signal: AbortSignal) => getUser(id, signal), [id]);
  const user = useQuery(load);
  const parties = useQuery(getParties);
  const invited = wasJustInvited(useLocation().state);

  return (
    <Page title={user.status === 'success' ? user.data.name : t('users.detailTitle')}>
      <Paragraph>
        <AppLink to="/admin/users">{t('users.backToList')}</AppLink>
      </Paragraph>
      {invited && user.status === 'success' && (
        <FocusAlert color="success">
          <Paragraph>{t('users.invitedNotice', { email: user.data.email })}</Paragraph>
          <Paragraph>
            <AppLink to="/admin/outbox">{t('users.toOutbox')}</AppLink>
          </Paragraph>
        </FocusAlert>
      )}
      <QueryView query={user} loadingLabel={t('users.loadingOne')}>
        {(data) => (
          <QueryView query={parties} loadingLabel={t('parties.loading')}>
            {({ parties: list }) => <UserDetails user={data} parties={list} onChange={user.setData} />}
          </QueryView>
        )}
      </QueryView>
    </Page>
  );
}

const commandTexts: Readonly<
  Record<
    UserCommand,
    {
      readonly button: MessageKey;
      readonly done: MessageKey;
      readonly confirm?: MessageKey;
      readonly title?: MessageKey;
    }
  >
> = {
  deactivate: {
    button: 'users.deactivate',
    done: 'users.deactivated',
    confirm: 'users.deactivateConfirm',
    title: 'users.deactivateTitle',
  },
  reactivate: {
    button: 'users.reactivate',
    done: 'users.reactivated',
    confirm: 'users.reactivateConfirm',
    title: 'users.reactivateTitle',
  },
  invitation: { button: 'users.resendInvitation', done: 'users.invitationResent' },
  'mfa-reset': {
    button: 'users.resetMfa',
    done: 'users.mfaResetDone',
    confirm: 'users.resetMfaConfirm',
    title: 'users.resetMfaTitle',
  },
};

function UserDetails({
  user,
  parties,
  onChange,
}: {
  readonly user: User;
  readonly parties: readonly Party[];
  readonly onChange: (user: User) => void;
}) {
  const { t, dateTime } = useI18n();
  const can = useCan();
  const [confirming, setConfirming] = useState<UserCommand | null>(null);
  const [busy, setBusy] = useState<UserCommand | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<{ readonly n: number; readonly command: UserCommand } | null>(null);
  const party = parties.find((candidate) => candidate.id === user.partyId);

  async function run(command: UserCommand) {
    if (busy) return;
    setBusy(command);
    setError(null);
    try {
      const updated = await runUserCommand(user.id, command);
      onChange(updated);
      setConfirming(null);
      setDone((previous) => ({ n: (previous?.n ?? 0) + 1, command }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  }

  const commands: UserCommand[] = [];
  if (user.status === 'invited') commands.push('invitation');
  if (user.mfaEnabled) commands.push('mfa-reset');
  if (user.status === 'deactivated') commands.push('reactivate');
  else if (can(Action.UserDeactivate, user.id)) commands.push('deactivate');

  const confirmText = confirming ? commandTexts[confirming] : null;

  return (
    <div className="stack">
      {done && (
        <FocusAlert key={done.n} color="success">
          <Paragraph>{t(commandTexts[done.command].done, { email: user.email })}</Paragraph>
        </FocusAlert>
      )}
      <Section title={t('users.facts')} id="user-facts-heading">
        <dl className="facts">
          <dt>{t('users.email')}</dt>
          <dd>{user.email}</dd>
          <dt>{t('users.status')}</dt>
          <dd>
            <UserStatusTag status={user.status} />
          </dd>
          <dt>{t('users.role')}</dt>
          <dd>{roleName(user.role, t)}</dd>
          {user.partyId !== null && (
            <>
              <dt>{t('users.party')}</dt>
              <dd>{party ? `${party.name} (${party.abbreviation})` : t('users.unknownParty')}</dd>
            </>
          )}
          <dt>{t('users.language')}</dt>
          <dd>{languageName(user.language, t)}</dd>
          <dt>{t('users.mfa')}</dt>
          <dd>{user.mfaEnabled ? t('profile.mfa.on') : t('profile.mfa.off')}</dd>
          <dt>{t('users.created')}</dt>
          <dd>{dateTime(user.createdAt)}</dd>
          <dt>{t('users.lastLogin')}</dt>
          <dd>{user.lastLoginAt ? dateTime(user.lastLoginAt) : t('users.never')}</dd>
          {user.status === 'invited' && user.invitationExpiresAt && (
            <>
              <dt>{t('users.invitationExpires')}</dt>
              <dd>{dateTime(user.invitationExpiresAt)}</dd>
            </>
          )}
        </dl>
      </Section>
      {can(Action.UserUpdate, user.id) && (
        <EditUserForm key={user.id} user={user} parties={parties} onSaved={onChange} />
      )}
      {commands.length > 0 && (
        <Section title={t('users.commands')} id="user-commands-heading">
          {error !== null && confirming === null && <ErrorAlert error={error} />}
          {commands.map((command) => (
            <div key={command} className="subsection">
              <Heading level={3} data-size="2xs">
                {t(commandTexts[command].button)}
              </Heading>
              <Paragraph>{t(`users.commandHelp.${command}`)}</Paragraph>
              <div className="button-row">
                <Button
                  variant="secondary"
                  data-color={command === 'deactivate' || command === 'mfa-reset' ? 'danger' : 'accent'}
                  loading={busy === command}
                  onClick={() => {
                    setError(null);
                    if (commandTexts[command].confirm) setConfirming(command);
                    else void run(command);
                  }}
                >
                  {t(commandTexts[command].button)}
                </Button>
              </div>
            </div>
          ))}
        </Section>
      )}
      <ConfirmDialog
        open={confirming !== null}
        title={confirmText?.title ? t(confirmText.title, { name: user.name }) : ''}
        confirmLabel={confirmText ? t(confirmText.button) : ''}
        onConfirm={() => {
          if (confirming) void run(confirming);
        }}
        onCancel={() => {
          setConfirming(null);
          setError(null);
        }}
        busy={busy !== null}
        error={confirming ? error : null}
        danger={confirming !== 'reactivate'}
      >
        <Paragraph>{confirmText?.confirm ? t(confirmText.confirm, { name: user.name }) : ''}</Paragraph>
      </ConfirmDialog>
    </div>
  );
}
