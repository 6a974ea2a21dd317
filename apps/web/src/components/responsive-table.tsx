import type { ReactNode } from 'react';
import { Table } from '@digdir/designsystemet-react';
import { DataTable } from './table-region';
import './responsive-table.css';

/** One column: its heading and how a row shows in it. */
export interface Column<T> {
  readonly label: string;
  readonly render: (row: T) => ReactNode;
}

/**
 * A table on a desktop, cards on a phone (the first column is the card's title, the others a
 * list of "heading: value"): for short lists, so that nothing scrolls sideways at 360 px.
 */
export function ResponsiveTable<T>({
  label,
  rows,
  columns,
  rowKey,
}: {
  readonly label: string;
  readonly rows: readonly T[];
  readonly columns: readonly Column<T>[];
  readonly rowKey: (row: T) => string;
}) {
  const [first, ...rest] = columns;
  return (
    <>
      <div className="responsive-table">
        <DataTable label={label}>
          <Table.Head>
            <Table.Row>
              {columns.map((column) => (
                <Table.HeaderCell key={column.label}>{column.label}</Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={rowKey(row)}>
                {columns.map((column) => (
                  <Table.Cell key={column.label} className="break">
                    {column.render(row)}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </DataTable>
      </div>
      <ul className="responsive-cards" aria-label={label}>
        {rows.map((row) => (
          <li key={rowKey(row)} className="responsive-card">
            {first && <strong>{first.render(row)}</strong>}
            <dl>
              {rest.map((column) => (
                <div key={column.label} className="responsive-card__pair">
                  <dt>{column.label}</dt>
                  <dd>{column.render(row)}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
