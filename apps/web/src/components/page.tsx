import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { Heading } from '@digdir/designsystemet-react';

/**
 * One page: sets `document.title` to "<title> – Värn" and, after every navigation, moves focus
 * to the page's `h1` so keyboard and screen-reader users start at the new content. On the first
 * page of a visit focus stays at the top of the document, where the skip link is.
 */
export function Page({
  title,
  heading,
  children,
}: {
  readonly title: string;
  /** The visible `h1` when it says more than the document title. */
  readonly heading?: ReactNode;
  readonly children?: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { pathname, key } = useLocation();

  useEffect(() => {
    document.title = `${title} – Värn`;
  }, [title]);

  useEffect(() => {
    if (key !== 'default') headingRef.current?.focus();
  }, [pathname, key]);

  return (
    <div className="page">
      <Heading level={1} data-size="lg" tabIndex={-1} ref={headingRef} className="page__heading">
        {heading ?? title}
      </Heading>
      {children}
    </div>
  );
}

/** A titled part of a page (`section` with an `h2`). */
export function Section({
  title,
  id,
  children,
  description,
}: {
  readonly title: string;
  readonly id: string;
  readonly children: ReactNode;
  readonly description?: ReactNode;
}) {
  return (
    <section className="section">
      <Heading level={2} data-size="sm" id={id}>
        {title}
      </Heading>
      {description}
      {children}
    </section>
  );
}
