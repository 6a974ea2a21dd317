import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../lib/i18n/i18n';

/**
 * "Föregående sida · Sida 2 av 5 · Nästa sida" under a list that has more than one page; nothing
 * when it has one. `label` names the navigation landmark (e.g. "Fler ärenden").
 */
export function Pager({
  page,
  pages,
  label,
  onPage,
}: {
  readonly page: number;
  readonly pages: number;
  readonly label: string;
  readonly onPage: (page: number) => void;
}) {
  const { t } = useI18n();
  if (pages <= 1) return null;
  return (
    <nav className="button-row" aria-label={label}>
      {page > 1 && (
        <Button variant="secondary" onClick={() => onPage(page - 1)}>
          {t('pager.previous')}
        </Button>
      )}
      <Paragraph data-size="sm">{t('pager.pageOf', { page, pages })}</Paragraph>
      {page < pages && (
        <Button variant="secondary" onClick={() => onPage(page + 1)}>
          {t('pager.next')}
        </Button>
      )}
    </nav>
  );
}
