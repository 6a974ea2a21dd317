import { useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { mfaCodeBodySchema } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { useSession } from '../../lib/session/session';
import { verifyMfa } from '../../lib/api/auth';
import { ApiError, refreshCsrfToken } from '../../lib/api/client';
import { formErrorsFrom, validate, type FormErrors } from '../../lib/errors';
import { nextQuery, safeNext } from '../../lib/navigation';
import { Page } from '../../components/page';
import { Loading } from '../../components/feedback';
import { AppLink } from '../../components/links';
import { FormErrorSummary, type FieldTargets } from '../../components/form-errors';
import { TextField } from '../../components/fields';

/** Step two of the login: a code from the authenticator app, or a recovery code. */
export function MfaVerifyPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const session = useSession();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [loginExpired, setLoginExpired] = useState(false);

  if (session.state.status === 'loading') return <Loading label={t('app.loading')} />;
  if (session.state.status === 'authenticated') return <Navigate to={next ?? '/'} replace />;
  if (session.state.status === 'enrolment') return <Navigate to="/mfa/enrol" replace />;

  const fields: FieldTargets = { code: { id: 'mfa-code', label: t('mfa.verify.code') } };

  function fail(formErrors: FormErrors) {
    setErrors(formErrors);
    setAttempt((n) => n + 1);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = validate(mfaCodeBodySchema, { code }, i18n);
    if (!checked.ok) return fail(checked.errors);
    setBusy(true);
    try {
      await verifyMfa(checked.data);
      await refreshCsrfToken();
      const state = await session.refresh();
      if (state.status === 'anonymous') fail(formErrorsFrom(null, i18n));
    } catch (error) {
      setCode('');
      // The half-finished login has timed out: the password must be given again.
      if (error instanceof ApiError && error.status === 401 && error.code !== 'invalid_mfa_code')
        setLoginExpired(true);
      fail(formErrorsFrom(error, i18n));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('mfa.verify.title')}>
      <Paragraph>{t('mfa.verify.intro')}</Paragraph>
      <FormErrorSummary errors={errors} fields={fields} attempt={attempt} />
      {loginExpired ? (
        <Paragraph>
          <AppLink to={`/login${nextQuery(next)}`}>{t('mfa.verify.loginAgain')}</AppLink>
        </Paragraph>
      ) : (
        <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
          <TextField
            id="mfa-code"
            label={t('mfa.verify.code')}
            description={t('mfa.verify.codeHelp')}
            autoComplete="one-time-code"
            spellCheck={false}
            value={code}
            onChange={setCode}
            error={errors?.fields.code}
            required
          />
          <div className="button-row">
            <Button type="submit" loading={busy}>
              {t('mfa.verify.submit')}
            </Button>
          </div>
        </form>
      )}
      <Paragraph data-size="sm">
        <AppLink to="/login">{t('mfa.verify.cancel')}</AppLink>
      </Paragraph>
    </Page>
  );
}
