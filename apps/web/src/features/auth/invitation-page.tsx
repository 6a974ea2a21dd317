import { useCallback, useState, type FormEvent } from 'react';
import { useLocation } from 'react-router';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { invitationAcceptBodySchema, type Invitation } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { acceptInvitation, lookupInvitation } from '../../lib/api/auth';
import { newPasswordErrors } from '../../lib/new-password';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useQuery } from '../../lib/use-query';
import { Page } from '../../components/page';
import { FocusAlert, QueryView } from '../../components/feedback';
import { ButtonLink } from '../../components/links';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
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
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [accepted, setAccepted] = useState(false);
  const form = useFormSubmit(
    invitationAcceptBodySchema,
    async (body) => {
      await acceptInvitation(body);
      setAccepted(true);
    },
    { check: () => newPasswordErrors({ password, repeat, path: 'password' }, invitation, i18n) },
  );
  const { errors } = form;

  const fields = {
    password: { id: 'invitation-password', label: t('invitation.password') },
    repeat: { id: 'invitation-repeat', label: t('invitation.repeat') },
  };
  const field = fieldBinder(fields, errors);

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
        <NewPasswordFields
          username={invitation.email}
          password={{ ...field('password'), value: password, onChange: setPassword }}
          repeat={{ ...field('repeat'), value: repeat, onChange: setRepeat }}
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
