import { Button } from '@digdir/designsystemet-react';
import { useI18n } from '../../lib/i18n/i18n';

/** Before login: switches between Swedish and English; the choice is kept on this device. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const other = locale === 'sv' ? 'en' : 'sv';
  return (
    <Button variant="tertiary" data-size="sm" lang={other} onClick={() => setLocale(other)}>
      {t('language.switch')}
    </Button>
  );
}
