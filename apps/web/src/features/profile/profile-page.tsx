import { useState } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../lib/i18n/i18n';
import { useMe } from '../../lib/session/session';
import { roleNameInSentence } from '../../lib/labels';
import { Page } from '../../components/page';
import { ProfileDetailsForm } from './profile-details-form';
import { ChangePasswordForm } from './change-password-form';
import { MfaSection } from './mfa-section';
import { SessionsSection } from './sessions-section';
import { CalendarFeedSection } from './calendar-feed-section';

/** "Min profil": own name and language, password, two-step verification, sessions and the calendar feed. */
export function ProfilePage() {
  const { t, locale } = useI18n();
  const me = useMe();
  // Changing the password logs out the other sessions: the list is then fetched again.
  const [passwordChanges, setPasswordChanges] = useState(0);
  return (
    <Page title={t('profile.title')}>
      <Paragraph>
        {t('profile.summary', {
          email: me.email,
          role: roleNameInSentence(me.role, t, locale),
          organisation: me.organisation.name,
        })}
      </Paragraph>
      {me.party && (
        <Paragraph>{t('profile.party', { party: `${me.party.name} (${me.party.abbreviation})` })}</Paragraph>
      )}
      <ProfileDetailsForm me={me} />
      <ChangePasswordForm me={me} onChanged={() => setPasswordChanges((n) => n + 1)} />
      <MfaSection me={me} />
      <SessionsSection key={passwordChanges} />
      <CalendarFeedSection />
    </Page>
  );
}
