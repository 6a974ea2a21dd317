import type { MouseEvent, ReactNode } from 'react';
import { Heading } from '@digdir/designsystemet-react';

/**
 * A part of a long page (a case file, an assessment): a `section` with an `h2` that the page's
 * list of parts can move focus to (a plain fragment link would count as navigation and put focus
 * back on the h1).
 */
export function JumpSection({
  id,
  title,
  children,
}: {
  readonly id: string;
  readonly title: string;
  readonly children: ReactNode;
}) {
  return (
    <section className="section" aria-labelledby={id}>
      <Heading level={2} data-size="sm" id={id} tabIndex={-1}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** Moves focus to a heading of the page, instead of letting the router treat `#id` as navigation. */
export function jumpTo(id: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const target = document.getElementById(id);
    target?.focus();
    target?.scrollIntoView({ block: 'start' });
  };
}
