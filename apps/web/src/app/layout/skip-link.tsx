import { SkipLink } from '@digdir/designsystemet-react';
import { useI18n } from '../../lib/i18n/i18n';

/** The first focusable element of every page: jumps to `<main id="main">`. */
export function SkipToContent() {
  const { t } = useI18n();
  return (
    <SkipLink
      href="#main"
      onClick={(event) => {
        // Moved by hand so that the router does not see a new location (which would move focus to the h1).
        event.preventDefault();
        const main = document.getElementById('main');
        main?.focus();
        main?.scrollIntoView();
      }}
    >
      {t('layout.skipToContent')}
    </SkipLink>
  );
}
