import { useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { mfaCodeBodySchema } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { useSession } from '../../lib/session/session';
import { verifyMfa } from '../../lib/api/auth';
import { ApiError, refreshCsrfToken } from '../../lib/api/client';
import { formErrorsFrom } from '../../lib/errors';
import { useFormSubmit } from '../../lib/use-form-submit';
import { nextQuery, safeNext } from '../../lib/navigation';
import { Page } from '../../components/page';
import { Loading } from '../../components/feedback';
import { AppLink } from '../../components/links';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
import { OneTimeCodeField } from './one-time-code-field';

/** Step two of the login: a code from the authenticator app, or a recovery code. */
export function MfaVerifyPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const session = useSession();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [code, setCode] = useState('');
  const [loginExpired, setLoginExpired] = useState(false);
  const form = useFormSubmit(
    mfaCodeBodySchema,
    async (body, { fail }) => {
      await verifyMfa(body);
      await refreshCsrfToken();
      const state = await session.refresh();
      if (state.status === 'anonymous') fail(formErrorsFrom(null, i18n));
    },
    {
      onError: (error, errors) => {
        setCode('');
        // The half-finished login has timed out: the password must be given again.
        if (error instanceof ApiError && error.status === 401 && error.code !== 'invalid_mfa_code')
          setLoginExpired(true);
        return errors;
      },
    },
  );
  const { errors } = form;

  if (session.state.status === 'loading') return <Loading label={t('app.loading')} />;
  if (session.state.status === 'authenticated') return <Navigate to={next ?? '/'} replace />;
  if (session.state.status === 'enrolment') return <Navigate to="/mfa/enrol" replace />;

  const fields = { code: { id: 'mfa-code', label: t('mfa.verify.code') } };
  const field = fieldBinder(fields, errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({ code });
  }

  return (
    <Page title={t('mfa.verify.title')}>
      <Paragraph>{t('mfa.verify.intro')}</Paragraph>
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      {loginExpired ? (
        <Paragraph>
          <AppLink to={`/login${nextQuery(next)}`}>{t('mfa.verify.loginAgain')}</AppLink>
        </Paragraph>
      ) : (
        <form className="form" noValidate onSubmit={onSubmit}>
          <OneTimeCodeField
            {...field('code')}
            value={code}
            onChange={setCode}
            description={t('mfa.verify.codeHelp')}
          />
          <div className="button-row">
            <Button type="submit" loading={form.busy}>
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
