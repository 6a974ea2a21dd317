import { getTableName, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * Pieces of SQL that Drizzle's builder does not write the way a query needs them.
 *
 * Domain codes written into SQL as literals rather than parameters: in the predicates of partial
 * indexes and in the expressions of expression indexes, and in the queries that must match them
 * (PostgreSQL only uses such an index when the query's condition or expression is the same, which
 * a parameter is not at planning time).
 */

/** A code of the domain as an SQL literal (codes are lower-case words; anything else is a bug). */
export function codeLiteral(code: string): SQL {
  if (!/^[a-z_]+$/u.test(code)) throw new Error(`not a code: ${code}`);
  return sql.raw(`'${code}'`);
}

/** `column in ('a', 'b')` with the codes as literals. */
export function inCodes(column: AnyPgColumn, codes: readonly string[]): SQL {
  if (codes.length === 0) throw new Error('no codes');
  return sql`${column} in (${sql.join(
    codes.map((code) => codeLiteral(code)),
    sql.raw(', '),
  )})`;
}

/**
 * A column as `"table"."column"`. Drizzle writes the selected fields of a one-table query without
 * table names; a correlated subquery among them must still name the outer table's columns, or
 * they would be read as the inner table's.
 */
export function qualified(column: AnyPgColumn): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
