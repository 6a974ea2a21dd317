import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { TitleWarningKind } from '@varn/domain';
import { useI18n } from '../lib/i18n/i18n';
import { titleWarningKindLabel } from '../lib/riskguide-labels';
import './title-warnings.css';

/** One warning about a matter title: what kind of text was found, and the text itself. */
export interface TitleWarningItem {
  readonly kind: TitleWarningKind;
  readonly match: string;
}

/**
 * Warnings that a matter title may not be neutral (issue 4 §1): a personal identity number, an
 * e-mail address, a phone number or a word from the organisation's list. They warn, never block.
 * Inside a polite live region when the title is being typed, so the warning is heard as it appears.
 */
export function TitleWarnings({
  warnings,
  live = false,
  id,
}: {
  readonly warnings: readonly TitleWarningItem[];
  /** The warnings follow what is typed: announce changes politely. */
  readonly live?: boolean;
  readonly id?: string;
}) {
  const { t } = useI18n();
  const content =
    warnings.length === 0 ? null : (
      <Alert data-color="warning" data-size="sm">
        <Paragraph data-size="sm">{t('riskguide.titleWarning.intro')}</Paragraph>
        <ul className="title-warnings">
          {warnings.map((warning, index) => (
            <li key={`${warning.kind}-${index}`}>
              {t('riskguide.titleWarning.item', {
                kind: titleWarningKindLabel(warning.kind, t),
                match: warning.match,
              })}
            </li>
          ))}
        </ul>
      </Alert>
    );
  if (!live) return content;
  return (
    <div aria-live="polite" id={id}>
      {content}
    </div>
  );
}
