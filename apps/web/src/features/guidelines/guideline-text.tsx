import { Paragraph } from '@digdir/designsystemet-react';

/** A guideline text as paragraphs (blank lines between them), in its own language. */
export function GuidelineText({ text, lang }: { readonly text: string; readonly lang: string }) {
  return (
    <div lang={lang} className="stack">
      {text
        .split(/\n\s*\n/u)
        .filter((paragraph) => paragraph.trim() !== '')
        .map((paragraph, index) => (
          // The text is fixed once adopted: its paragraphs never move, so their place is their key.
          <Paragraph key={index} className="break">
            {paragraph}
          </Paragraph>
        ))}
    </div>
  );
}
