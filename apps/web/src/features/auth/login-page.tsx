import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import {
  errorMessage,
  isOrganisationChoice,
  loginBodySchema,
  type OrganisationChoice,
} from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { useSession } from '../../lib/session/session';
import { login } from '../../lib/api/auth';
import { refreshCsrfToken } from '../../lib/api/client';
import { formErrorsFrom } from '../../lib/errors';
import { useFormSubmit } from '../../lib/use-form-submit';
import { nextQuery, safeNext } from '../../lib/navigation';
import { Page } from '../../components/page';
import { Loading } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
import { RadioGroup, TextField } from '../../components/fields';
import { EmergencyNotice } from '../../components/emergency-notice';

/** Step one of the login: e-mail and password. */
export function LoginPage() {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [password, setPassword] = useState('');
  // The address and password open accounts in several organisations: which one (ADR 013).
  const [choice, setChoice] = useState<OrganisationChoice['organisations'] | null>(null);
  const [organisationId, setOrganisationId] = useState('');
  const choiceHeading = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (choice) choiceHeading.current?.focus();
  }, [choice]);
  const form = useFormSubmit(
    loginBodySchema,
    async (body, { fail }) => {
      const answer = await login(body);
      if (isOrganisationChoice(answer)) {
        setChoice(answer.organisations);
        setOrganisationId('');
        return;
      }
      // The session cookie is new, and the CSRF token is tied to it.
      await refreshCsrfToken();
      if (answer.mfaRequired) {
        void navigate(`/login/mfa${nextQuery(next)}`);
        return;
      }
      const state = await session.refresh();
      if (state.status === 'anonymous') fail(formErrorsFrom(null, i18n));
      // Otherwise this page re-renders and redirects (to enrolment or onwards).
    },
    {
      onError: (_error, errors) => {
        setPassword('');
        setChoice(null);
        return errors;
      },
    },
  );
  const { errors } = form;

  if (session.state.status === 'loading') return <Loading label={t('app.loading')} />;
  if (session.state.status === 'authenticated') return <Navigate to={next ?? '/'} replace />;
  if (session.state.status === 'enrolment') return <Navigate to="/mfa/enrol" replace />;

  const fields = {
    email: { id: 'login-email', label: t('login.email') },
    password: { id: 'login-password', label: t('login.password') },
    organisationId: { id: 'login-organisation', label: t('login.organisation') },
  };
  const field = fieldBinder(fields, errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (choice && organisationId === '') {
      form.fail({
        message: t('form.fixErrors'),
        fields: { organisationId: t('login.organisationRequired') },
      });
      return;
    }
    void form.submit({ email, password, ...(choice ? { organisationId } : {}) });
  }

  /** A changed address or password asks again which accounts it opens. */
  function changeCredentials(set: (value: string) => void): (value: string) => void {
    return (value) => {
      set(value);
      setChoice(null);
    };
  }

  const anonymousReason = session.state.status === 'anonymous' ? session.state.reason : null;

  return (
    <Page title={t('login.title')}>
      <Paragraph>{t('login.intro')}</Paragraph>
      {anonymousReason === 'session_expired' && (
        <Alert data-color="info">
          <Paragraph>{errorMessage('session_expired', locale)}</Paragraph>
        </Alert>
      )}
      {anonymousReason === 'logged_out' && (
        <Alert data-color="success">
          <Paragraph>{t('login.loggedOut')}</Paragraph>
        </Alert>
      )}
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          {...field('email')}
          type="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          onChange={changeCredentials(setEmail)}
          required
        />
        <TextField
          {...field('password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={changeCredentials(setPassword)}
          required
        />
        {choice && (
          <>
            <Paragraph ref={choiceHeading} tabIndex={-1}>
              {t('login.chooseOrganisation')}
            </Paragraph>
            <RadioGroup
              {...field.group('organisationId')}
              name="organisationId"
              options={choice.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
              value={organisationId}
              onChange={setOrganisationId}
            />
          </>
        )}
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {t('login.submit')}
          </Button>
        </div>
      </form>
      <Paragraph data-size="sm">{t('login.forgotPassword')}</Paragraph>
      <EmergencyNotice />
    </Page>
  );
}
