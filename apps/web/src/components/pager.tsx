import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../lib/i18n/i18n';

/**
 * Lists whose filters and page stand in the address (the case queue, the Riskguide matters), so
 * that "back" from a row returns to them.
 */

/** Navigation state asking a list page to move focus to its results (after filtering or paging). */
export const focusResults = { focusResults: true } as const;

const wantsResultsFocus = (state: unknown): boolean =>
  typeof state === 'object' && state !== null && 'focusResults' in state && state.focusResults === true;

/** The page asked for in the address (`?page=2`): the first page unless it is a whole number above 1. */
export function pageOf(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page > 1 ? page : 1;
}

/**
 * The results of a list: a section whose heading takes focus after a navigation with
 * {@link focusResults}, so that after filtering or paging keyboard and screen-reader users
 * continue at the results rather than at the top of the page.
 */
export function ResultsSection({
  id,
  title,
  children,
}: {
  /** The heading's id, which names the section. */
  readonly id: string;
  readonly title: string;
  readonly children: ReactNode;
}) {
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!wantsResultsFocus(location.state)) return;
    // After the page's own focus on the h1 (which runs on every navigation).
    const timer = window.setTimeout(() => heading.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [location.key, location.state]);
  return (
    <section className="section" aria-labelledby={id}>
      <Heading level={2} data-size="sm" id={id} tabIndex={-1} ref={heading}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/**
 * One page of a list with more than nothing in it: which rows it shows ("Visar 26–50 av 120", or
 * that the page is empty), its rows (`children`, left out on an empty page) and the {@link Pager}.
 */
export function PageOfResults({
  page,
  pageSize,
  total,
  rows,
  showing,
  emptyPage,
  pagingLabel,
  onPage,
  children,
}: {
  readonly page: number;
  readonly pageSize: number;
  /** The rows of the whole list. */
  readonly total: number;
  /** The rows on this page. */
  readonly rows: number;
  readonly showing: (range: {
    readonly first: number;
    readonly last: number;
    readonly total: number;
  }) => string;
  readonly emptyPage: string;
  readonly pagingLabel: string;
  readonly onPage: (page: number) => void;
  readonly children: ReactNode;
}) {
  const first = (page - 1) * pageSize + 1;
  const last = first + rows - 1;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <>
      <Paragraph>{rows === 0 ? emptyPage : showing({ first, last, total })}</Paragraph>
      {rows > 0 && children}
      <Pager page={page} pages={pages} label={pagingLabel} onPage={onPage} />
    </>
  );
}

/**
 * "Föregående sida · Sida 2 av 5 · Nästa sida" under a list that has more than one page; nothing
 * when it has one. `label` names the navigation landmark (e.g. "Fler ärenden").
 */
function Pager({
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
