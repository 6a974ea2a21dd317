import type { ReactNode, Ref } from 'react';

/**
 * A wide table's container: on a narrow screen the table scrolls sideways inside it, and the
 * region can be focused and scrolled with the keyboard (WCAG 2.1.1, 1.4.10).
 */
export function TableRegion({
  label,
  children,
  ref,
  wide = false,
}: {
  readonly label: string;
  /** For tables with many columns: they keep more width and scroll sooner. */
  readonly wide?: boolean;
  readonly children: ReactNode;
  readonly ref?: Ref<HTMLDivElement>;
}) {
  return (
    <div
      className={wide ? 'table-region table-region--wide' : 'table-region'}
      role="region"
      aria-label={label}
      tabIndex={0}
      ref={ref}
    >
      {children}
    </div>
  );
}
