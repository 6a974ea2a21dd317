import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { mfaCodeBodySchema, type MfaEnrolment } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { useSession } from '../../lib/session/session';
import { confirmMfaEnrolment, startMfaEnrolment } from '../../lib/api/me';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Page } from '../../components/page';
import { ErrorAlert } from '../../components/feedback';
import { AppLink } from '../../components/links';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
import { RecoveryCodesPanel } from '../../components/recovery-codes';
import { OneTimeCodeField } from './one-time-code-field';

/** The SVG as a `data:` URL (allowed by the CSP's `img-src 'self' data:`). */
function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** The secret in groups of four, easier to type by hand. */
function groupSecret(secret: string): string {
  return (secret.replace(/\s/gu, '').match(/.{1,4}/gu) ?? []).join(' ');
}

type Step =
  | { readonly kind: 'intro' }
  | { readonly kind: 'scan'; readonly enrolment: MfaEnrolment }
  | { readonly kind: 'codes'; readonly codes: readonly string[] };

/** Turning on two-step verification: forced by the role after login, or chosen from the profile. */
export function MfaEnrolPage() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const [step, setStep] = useState<Step>({ kind: 'intro' });
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<unknown>(null);
  const [code, setCode] = useState('');
  const form = useFormSubmit(
    mfaCodeBodySchema,
    async (body) => {
      const { recoveryCodes } = await confirmMfaEnrolment(body);
      setStep({ kind: 'codes', codes: recoveryCodes });
    },
    {
      onError: (_error, errors) => {
        setCode('');
        return errors;
      },
    },
  );
  const { errors } = form;
  const scanHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // The start button is gone: continue from the new step's heading.
    if (step.kind === 'scan') scanHeading.current?.focus();
  }, [step.kind]);

  const forced = session.state.status === 'enrolment';
  const me =
    session.state.status === 'authenticated' || session.state.status === 'enrolment'
      ? session.state.me
      : null;
  const fields = { code: { id: 'enrol-code', label: t('mfa.enrol.code') } };
  const field = fieldBinder(fields, errors);

  async function start() {
    if (starting) return;
    setStarting(true);
    setStartError(null);
    try {
      setStep({ kind: 'scan', enrolment: await startMfaEnrolment() });
    } catch (error) {
      setStartError(error);
    } finally {
      setStarting(false);
    }
  }

  function onConfirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({ code });
  }

  async function finish() {
    await session.refresh();
    void navigate(forced ? '/' : '/profile', { replace: true });
  }

  if (me?.mfaEnabled && step.kind === 'intro') {
    return (
      <Page title={t('mfa.enrol.title')}>
        <Alert data-color="success">
          <Paragraph>{t('mfa.enrol.alreadyOn')}</Paragraph>
        </Alert>
        <Paragraph>
          <AppLink to="/profile">{t('mfa.enrol.toProfile')}</AppLink>
        </Paragraph>
      </Page>
    );
  }

  return (
    <Page title={t('mfa.enrol.title')}>
      {step.kind === 'intro' && (
        <div className="stack">
          {forced && (
            <Alert data-color="info">
              <Paragraph>{t('mfa.enrol.forced')}</Paragraph>
            </Alert>
          )}
          <Paragraph>{t('mfa.enrol.intro')}</Paragraph>
          <Paragraph>{t('mfa.enrol.appHint')}</Paragraph>
          {startError !== null && <ErrorAlert error={startError} />}
          <div className="button-row">
            <Button onClick={() => void start()} loading={starting}>
              {t('mfa.enrol.start')}
            </Button>
            {!forced && (
              <Button variant="secondary" onClick={() => void navigate('/profile')}>
                {t('common.cancel')}
              </Button>
            )}
          </div>
        </div>
      )}
      {step.kind === 'scan' && (
        <div className="stack">
          <section className="stack">
            <Heading level={2} data-size="sm" id="enrol-scan-heading" tabIndex={-1} ref={scanHeading}>
              {t('mfa.enrol.scanHeading')}
            </Heading>
            <Paragraph>{t('mfa.enrol.scanText')}</Paragraph>
            <img className="qr-code" src={svgDataUrl(step.enrolment.qrCodeSvg)} alt={t('mfa.enrol.qrAlt')} />
            <Paragraph>{t('mfa.enrol.manual')}</Paragraph>
            <Paragraph>
              <code className="secret" aria-label={t('mfa.enrol.secretLabel')}>
                {groupSecret(step.enrolment.secret)}
              </code>
            </Paragraph>
          </section>
          <section className="stack">
            <Heading level={2} data-size="sm" id="enrol-confirm-heading">
              {t('mfa.enrol.confirmHeading')}
            </Heading>
            <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
            <form className="form" noValidate onSubmit={onConfirm}>
              <OneTimeCodeField
                {...field('code')}
                value={code}
                onChange={setCode}
                description={t('mfa.enrol.codeHelp')}
                inputMode="numeric"
              />
              <div className="button-row">
                <Button type="submit" loading={form.busy}>
                  {t('mfa.enrol.confirm')}
                </Button>
              </div>
            </form>
          </section>
        </div>
      )}
      {step.kind === 'codes' && (
        <div className="stack">
          <Alert data-color="success">
            <Paragraph>{t('mfa.enrol.done')}</Paragraph>
          </Alert>
          <RecoveryCodesPanel
            codes={step.codes}
            email={me?.email ?? null}
            continueLabel={t('mfa.enrol.continue')}
            onContinue={() => void finish()}
          />
        </div>
      )}
    </Page>
  );
}
