import type { ReactNode, Ref } from 'react';
import { Table } from '@digdir/designsystemet-react';

/** A table's region: its name, and its table. */
interface TableRegionProps {
  readonly label: string;
  /** For tables with many columns: they keep more width and scroll sooner. */
  readonly wide?: boolean;
  readonly children: ReactNode;
  readonly ref?: Ref<HTMLDivElement>;
}

/**
 * A wide table's container: on a narrow screen the table scrolls sideways inside it, and the
 * region can be focused and scrolled with the keyboard (WCAG 2.1.1, 1.4.10).
 */
export function TableRegion({ label, children, ref, wide = false }: TableRegionProps) {
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

/**
 * A list's table (striped, small) in a {@link TableRegion}: the label names the region and is the
 * table's caption for screen readers. `children` are the table's head and body.
 */
export function DataTable({ label, children, ref, wide = false }: TableRegionProps) {
  return (
    <TableRegion label={label} wide={wide} {...(ref === undefined ? {} : { ref })}>
      <Table zebra data-size="sm">
        <caption className="ds-sr-only">{label}</caption>
        {children}
      </Table>
    </TableRegion>
  );
}
