import { useCallback, useState, type FormEvent } from 'react';
import { useLocation } from 'react-router';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { fieldMessage, invitationAcceptBodySchema, type Invitation } from '@varn/contracts';
import { checkPassword } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { acceptInvitation, lookupInvitation } from '../../lib/api/auth';
import { clientFormErrors } from '../../lib/errors';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useQuery } from '../../lib/use-query';
import { Page } from '../../components/page';
import { FocusAlert, QueryView } from '../../components/feedback';
import { ButtonLink } from '../../components/links';
import { FormErrorSummary } from '../../components/form-errors';
import type { FieldTargets } from '../../components/form-fields';
import { NewPasswordFields } from '../../components/fields';

/** Accepting an invitation: the link is `/invitation#<token>`, so the token never reaches a server log. */
export function InvitationPage() {
  const { t } = useI18n();
  const token = useLocation().hash.replace(/^#/u, '');
  const load = useCallback((signal: AbortSignal) => lookupInvitation(token, signal), [token]);

  if (token.length < 16) {
    return (
      <Page title={t('invitation.title')}>
        <Alert data-color="danger">
          <Paragraph>{t('invitation.noToken')}</Paragraph>
        </Alert>
      </Page>
    );
  }
  return (
    <Page title={t('invitation.title')}>
      <InvitationLookup load={load} token={token} />
    </Page>
  );
}

function InvitationLookup({
  load,
  token,
}: {
  readonly load: (signal: AbortSignal) => Promise<Invitation>;
  readonly token: string;
}) {
  const { t } = useI18n();
  const query = useQuery(load);
  return (
    <QueryView query={query} loadingLabel={t('invitation.loading')}>
      {(invitation) => <AcceptForm invitation={invitation} token={token} />}
    </QueryView>
  );
}

function AcceptForm({ invitation, token }: { readonly invitation: Invitation; readonly token: string }) {
  const { t, locale, dateTime } = useI18n();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [accepted, setAccepted] = useState(false);
  const form = useFormSubmit(
    invitationAcceptBodySchema,
    async (body) => {
      await acceptInvitation(body);
      setAccepted(true);
    },
    {
      // The same password rules as the server (NIST 800-63B), checked here for a quicker answer.
      check: () => {
        const problem = checkPassword(password, { email: invitation.email, name: invitation.name })[0];
        const local: Record<string, string> = {};
        if (problem) local.password = fieldMessage(problem, locale);
        if (repeat !== password) local.repeat = t('password.mismatch');
        return Object.keys(local).length > 0 ? clientFormErrors(local, t) : null;
      },
    },
  );
  const { errors } = form;

  const fields: FieldTargets = {
    password: { id: 'invitation-password', label: t('invitation.password') },
    repeat: { id: 'invitation-repeat', label: t('invitation.repeat') },
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({ token, password });
  }

  if (accepted) {
    return (
      <div className="stack">
        <FocusAlert color="success">
          <Paragraph>{t('invitation.accepted')}</Paragraph>
        </FocusAlert>
        <div className="button-row">
          <ButtonLink to={`/login?email=${encodeURIComponent(invitation.email)}`}>
            {t('invitation.toLogin')}
          </ButtonLink>
        </div>
      </div>
    );
  }

  return (
    <div className="stack">
      <Paragraph>
        {t('invitation.welcome', { name: invitation.name, organisation: invitation.organisationName })}
      </Paragraph>
      <dl className="facts">
        <dt>{t('invitation.email')}</dt>
        <dd>{invitation.email}</dd>
        <dt>{t('invitation.expires')}</dt>
        <dd>{dateTime(invitation.expiresAt)}</dd>
      </dl>
      <Paragraph>{t('invitation.choosePassword')}</Paragraph>
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        {/* Lets password managers store the new password with the right account. */}
        <input
          type="email"
          name="username"
          autoComplete="username"
          value={invitation.email}
          readOnly
          hidden
        />
        <NewPasswordFields
          passwordId="invitation-password"
          repeatId="invitation-repeat"
          passwordLabel={t('invitation.password')}
          repeatLabel={t('invitation.repeat')}
          password={password}
          repeat={repeat}
          onPasswordChange={setPassword}
          onRepeatChange={setRepeat}
          passwordError={errors?.fields.password}
          repeatError={errors?.fields.repeat}
        />
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {t('invitation.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
