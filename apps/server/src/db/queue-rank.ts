import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { queueRankTable, type QueueRankRow } from '@varn/domain';
import { inCodes } from './sql-fragments';

/**
 * The domain's queue rank (`queueRankTable`, packages/domain/src/incidents/queue.ts) as one SQL
 * expression: `case when <row 0> then 0 when <row 1> then 1 … end`. The queue sorts by it and the
 * index `incidents_queue_idx` is built on it, so the two must be the same expression: the codes
 * are written as literals (never parameters), which PostgreSQL needs to match a query to an
 * expression index.
 */

/** The incident columns the rank reads. */
export interface QueueRankColumns {
  readonly status: AnyPgColumn;
  readonly severity: AnyPgColumn;
  readonly handlerUserId: AnyPgColumn;
}

function rowCondition(row: QueueRankRow, columns: QueueRankColumns): SQL {
  const conditions = [inCodes(columns.status, row.statuses)];
  if (row.severities) {
    const codes = row.severities.filter((severity) => severity !== null);
    const parts = [
      ...(codes.length > 0 ? [inCodes(columns.severity, codes)] : []),
      ...(row.severities.includes(null) ? [sql`${columns.severity} is null`] : []),
    ];
    conditions.push(parts.length === 1 && parts[0] ? parts[0] : sql`(${sql.join(parts, sql.raw(' or '))})`);
  }
  if (row.assigned !== undefined)
    conditions.push(
      row.assigned ? sql`${columns.handlerUserId} is not null` : sql`${columns.handlerUserId} is null`,
    );
  return sql.join(conditions, sql.raw(' and '));
}

/** The rank of a case in the queue, in SQL (lower comes first). */
export function queueRankSql(columns: QueueRankColumns): SQL<number> {
  const arms = queueRankTable.map(
    (row, rank) => sql`when ${rowCondition(row, columns)} then ${sql.raw(String(rank))}`,
  );
  return sql<number>`(case ${sql.join(arms, sql.raw(' '))} else ${sql.raw(String(queueRankTable.length))} end)`;
}
