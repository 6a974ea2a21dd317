import { useState } from 'react';
import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { Me } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { useSession } from '../../lib/session/session';
import { disableMfa, regenerateRecoveryCodes } from '../../lib/api/me';
import { Section } from '../../components/page';
import { FocusAlert } from '../../components/feedback';
import { ButtonLink } from '../../components/links';
import { RecoveryCodesPanel } from '../../components/recovery-codes';
import { PasswordConfirmForm } from './password-confirm-form';

/** Two-step verification: turn on, turn off (unless the role requires it), new recovery codes. */
export function MfaSection({ me }: { readonly me: Me }) {
  const { t } = useI18n();
  const { refresh } = useSession();
  const [codes, setCodes] = useState<readonly string[] | null>(null);
  const [turnedOff, setTurnedOff] = useState(0);

  return (
    <Section title={t('profile.mfa.heading')} id="profile-mfa-heading">
      <Paragraph>
        {t('profile.mfa.status')}{' '}
        <Tag data-color={me.mfaEnabled ? 'success' : 'warning'}>
          {me.mfaEnabled ? t('profile.mfa.on') : t('profile.mfa.off')}
        </Tag>
      </Paragraph>
      {turnedOff > 0 && !me.mfaEnabled && (
        <FocusAlert key={turnedOff} color="success">
          <Paragraph>{t('profile.mfa.turnedOff')}</Paragraph>
        </FocusAlert>
      )}
      {!me.mfaEnabled && (
        <>
          <Paragraph>{t('profile.mfa.explain')}</Paragraph>
          <div className="button-row">
            <ButtonLink to="/mfa/enrol">{t('profile.mfa.enable')}</ButtonLink>
          </div>
        </>
      )}
      {me.mfaEnabled && codes !== null && (
        <RecoveryCodesPanel
          codes={codes}
          email={me.email}
          continueLabel={t('common.done')}
          onContinue={() => setCodes(null)}
        />
      )}
      {me.mfaEnabled && codes === null && (
        <>
          <div className="subsection">
            <Heading level={3} data-size="2xs">
              {t('profile.mfa.codesHeading')}
            </Heading>
            <PasswordConfirmForm
              id="mfa-codes-password"
              description={t('profile.mfa.codesText')}
              submitLabel={t('profile.mfa.newCodes')}
              danger={false}
              onConfirmed={async (password) => {
                const result = await regenerateRecoveryCodes({ password });
                setCodes(result.recoveryCodes);
              }}
            />
          </div>
          <div className="subsection">
            <Heading level={3} data-size="2xs">
              {t('profile.mfa.disableHeading')}
            </Heading>
            {me.mfaRequiredByRole ? (
              <Paragraph>{t('profile.mfa.requiredByRole')}</Paragraph>
            ) : (
              <PasswordConfirmForm
                id="mfa-disable-password"
                description={t('profile.mfa.disableText')}
                submitLabel={t('profile.mfa.disable')}
                danger
                onConfirmed={async (password) => {
                  await disableMfa({ password });
                  await refresh();
                  setTurnedOff((n) => n + 1);
                }}
              />
            )}
          </div>
        </>
      )}
    </Section>
  );
}
