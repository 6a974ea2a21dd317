import { Paragraph } from '@digdir/designsystemet-react';
import { Action } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { useCan } from '../../lib/session/access';
import { Section } from '../../components/page';
import { ButtonLink } from '../../components/links';

/** "Mötena i din kalender": what the calendar subscription is, and the way to its page. */
export function CalendarFeedSection() {
  const { t } = useI18n();
  const can = useCan();
  if (!can(Action.CalendarFeedManage)) return null;
  return (
    <Section title={t('profile.calendar.heading')} id="profile-calendar-heading">
      <Paragraph>{t('profile.calendar.text')}</Paragraph>
      <div className="button-row">
        <ButtonLink to="/profile/calendar" variant="secondary">
          {t('profile.calendar.link')}
        </ButtonLink>
      </div>
    </Section>
  );
}
