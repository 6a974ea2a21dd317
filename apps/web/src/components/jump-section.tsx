import { createContext, useContext, type MouseEvent, type ReactNode } from 'react';
import { Heading } from '@digdir/designsystemet-react';
import './jump-section.css';

/**
 * Parts of a page that open on demand (a case file): which are open, how to open or close one,
 * and, for a part that needs action, a few words saying what (shown beside its heading).
 */
export interface CollapsibleParts {
  readonly isOpen: (id: string) => boolean;
  readonly setOpen: (id: string, open: boolean) => void;
  readonly noteOf?: (id: string) => string | null;
}

const CollapsibleContext = createContext<CollapsibleParts | null>(null);

/** Makes every {@link JumpSection} inside a disclosure: a heading with a button that opens it. */
export function CollapsibleSections({
  parts,
  children,
}: {
  readonly parts: CollapsibleParts;
  readonly children: ReactNode;
}) {
  return <CollapsibleContext.Provider value={parts}>{children}</CollapsibleContext.Provider>;
}

/** The id of the button that opens a collapsible part. */
const toggleId = (id: string): string => `${id}-toggle`;

/**
 * A part of a long page (a case file, an assessment): a `section` with an `h2` that the page's
 * list of parts can move focus to (a plain fragment link would count as navigation and put focus
 * back on the h1). Inside {@link CollapsibleSections} the heading holds a button (the WAI-ARIA
 * disclosure pattern: Enter and Space open and close it) and the content is hidden until opened.
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
  const parts = useContext(CollapsibleContext);
  if (!parts)
    return (
      <section className="section" aria-labelledby={id}>
        <Heading level={2} data-size="sm" id={id} tabIndex={-1}>
          {title}
        </Heading>
        {children}
      </section>
    );
  const open = parts.isOpen(id);
  const note = parts.noteOf?.(id) ?? null;
  const contentId = `${id}-content`;
  return (
    <section className="section collapsible" aria-labelledby={id} data-open={open}>
      <Heading level={2} data-size="sm" id={id} className="collapsible__heading">
        <button
          type="button"
          id={toggleId(id)}
          className="collapsible__toggle"
          aria-expanded={open}
          aria-controls={contentId}
          onClick={() => parts.setOpen(id, !open)}
        >
          <span className="collapsible__title">{title}</span>
          {note !== null && <span className="collapsible__note">{note}</span>}
        </button>
      </Heading>
      <div id={contentId} className="collapsible__content" hidden={!open}>
        {children}
      </div>
    </section>
  );
}

/**
 * Moves focus to a heading of the page, instead of letting the router treat `#id` as navigation.
 * A collapsible part is opened first (`open`), and its button takes the focus.
 */
export function jumpTo(id: string, open?: (id: string) => void) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const focus = () => {
      const target = document.getElementById(toggleId(id)) ?? document.getElementById(id);
      target?.focus();
      document.getElementById(id)?.scrollIntoView({ block: 'start' });
    };
    if (!open) return focus();
    open(id);
    // After the part has rendered open.
    requestAnimationFrame(focus);
  };
}
