import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../lib/i18n/i18n';

/** "Vid akut fara: ring 112" — on the overview and before login, where someone in danger may look. */
export function EmergencyNotice() {
  const { t } = useI18n();
  return (
    <Alert data-color="danger" className="emergency">
      <Heading level={2} data-size="xs">
        {t('emergency.heading')}
      </Heading>
      <Paragraph>{t('emergency.text')}</Paragraph>
      <Paragraph>
        <Link href="tel:112">{t('emergency.call')}</Link>
      </Paragraph>
    </Alert>
  );
}
