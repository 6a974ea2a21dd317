import { Fragment, type ReactNode } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../lib/i18n/i18n';

/**
 * A sentence with code in backticks (`/api`) and `{slot}` placeholders filled with elements (a
 * link, a list of values). Placeholders without a slot stay as they are.
 */
export function RichText({
  text,
  slots = {},
}: {
  readonly text: string;
  readonly slots?: Readonly<Record<string, ReactNode>>;
}) {
  const parts = text.split(/(`[^`]+`|\{\w+\})/u);
  return (
    <>
      {parts.map((part, index) => {
        if (part.length > 2 && part.startsWith('`') && part.endsWith('`')) {
          return <code key={index}>{part.slice(1, -1)}</code>;
        }
        const slot = /^\{(\w+)\}$/u.exec(part)?.[1];
        return (
          <Fragment key={index}>
            {slot !== undefined && Object.hasOwn(slots, slot) ? slots[slot] : part}
          </Fragment>
        );
      })}
    </>
  );
}

/**
 * Text from the API document (summaries, descriptions), which is written in English: marked as
 * English when the page is in another language, so that screen readers pronounce it right
 * (WCAG 3.1.2).
 */
export function EnglishText({ text, block = false }: { readonly text: string; readonly block?: boolean }) {
  const { locale } = useI18n();
  const lang = locale === 'en' ? undefined : 'en';
  return block ? (
    <Paragraph data-size="sm" lang={lang}>
      <RichText text={text} />
    </Paragraph>
  ) : (
    <span lang={lang}>
      <RichText text={text} />
    </span>
  );
}
