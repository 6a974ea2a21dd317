import type pg from 'pg';

/**
 * "Its raw SQL" for a read case of the bench: the statements the API actually ran for one request,
 * captured on the pool's connections and replayed with the same parameters directly on a pool
 * connection — so the comparison follows the code when its queries change.
 */

/** A statement as the app sent it to PostgreSQL. */
export interface CapturedStatement {
  readonly text: string;
  readonly values: readonly unknown[] | undefined;
  /** As the app asked for it (Drizzle reads rows as arrays and parses types its own way). */
  readonly rowMode: string | undefined;
  readonly types: unknown;
}

/** transaction: BEGIN, COMMIT, SET…; read: SELECT/WITH without a write; write: anything else. */
export type StatementKind = 'transaction' | 'read' | 'write';

/**
 * What a statement does. Writes, locks and notifications are "write": replaying an audit append
 * with its parameters would collide with the row it already wrote, and a replayed write would
 * change the dataset. Anything not recognised counts as a write, so it is left out rather than
 * replayed wrongly.
 */
export function kindOf(text: string): StatementKind {
  const statement = text.trim().toLowerCase();
  if (/^(begin|start transaction|commit|end|rollback|savepoint|release|set)\b/u.test(statement))
    return 'transaction';
  if (
    /\b(insert\s+into|update\s+\S+\s+set|delete\s+from|pg_advisory|pg_notify|nextval|setval)\b/u.test(
      statement,
    )
  )
    return 'write';
  if (/^(select|with|values|table|show)\b/u.test(statement)) return 'read';
  return 'write';
}

/** A short name of a left-out statement: `insert into "audit_events"`, `pg_advisory_xact_lock`. */
export function labelOf(text: string): string {
  const statement = text.trim().replace(/\s+/gu, ' ').toLowerCase();
  const call = /\b(pg_advisory\w*|pg_notify|nextval|setval)\b/u.exec(statement);
  if (call?.[1]) return call[1];
  const write = /\b(insert into|update|delete from)\s+("?[\w.]+"?)/u.exec(statement);
  if (write?.[1] && write[2]) return `${write[1]} ${write[2]}`;
  return statement.slice(0, 40);
}

interface QueryConfigLike {
  readonly text?: unknown;
  readonly values?: unknown;
  readonly rowMode?: unknown;
  readonly types?: unknown;
}

function captured(config: unknown, values: unknown): CapturedStatement | undefined {
  if (typeof config === 'string')
    return {
      text: config,
      values: Array.isArray(values) ? values : undefined,
      rowMode: undefined,
      types: undefined,
    };
  if (typeof config !== 'object' || config === null) return undefined;
  const query = config as QueryConfigLike;
  if (typeof query.text !== 'string') return undefined;
  const ownValues = Array.isArray(query.values) ? query.values : Array.isArray(values) ? values : undefined;
  return {
    text: query.text,
    values: ownValues,
    rowMode: typeof query.rowMode === 'string' ? query.rowMode : undefined,
    types: query.types,
  };
}

/**
 * Runs `action` and returns every statement sent on any connection of the pool meanwhile (the
 * bench runs one request at a time while capturing). pg's pools make their connections from one
 * Client class; its `query` is wrapped for the duration.
 */
export async function captureStatements(
  pool: pg.Pool,
  action: () => Promise<unknown>,
): Promise<CapturedStatement[]> {
  const prototype = (pool as unknown as { Client: { prototype: { query: (...args: unknown[]) => unknown } } })
    .Client.prototype;
  const original = prototype.query;
  const statements: CapturedStatement[] = [];
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const statement = captured(args[0], args[1]);
    if (statement) statements.push(statement);
    return Reflect.apply(original, this, args);
  };
  try {
    await action();
  } finally {
    prototype.query = original;
  }
  return statements;
}

/** The statements to replay and what was left out. */
export interface ReplayPlan {
  readonly statements: readonly CapturedStatement[];
  readonly total: number;
  readonly reads: number;
  /** Left-out statements by label, with counts. */
  readonly excluded: ReadonlyMap<string, number>;
}

/**
 * Keeps the reads and the transaction brackets around them in their order; leaves out the writes
 * (audit appends, session touches, locks) and a BEGIN … COMMIT left empty by that.
 */
export function replayPlan(statements: readonly CapturedStatement[]): ReplayPlan {
  const excluded = new Map<string, number>();
  const kept: CapturedStatement[] = [];
  for (const statement of statements) {
    const kind = kindOf(statement.text);
    if (kind === 'write') {
      const label = labelOf(statement.text);
      excluded.set(label, (excluded.get(label) ?? 0) + 1);
      continue;
    }
    const previous = kept.at(-1);
    if (
      previous &&
      /^\s*begin\b/iu.test(previous.text) &&
      /^\s*(commit|end|rollback)\b/iu.test(statement.text)
    ) {
      kept.pop();
      continue;
    }
    kept.push(statement);
  }
  return {
    statements: kept,
    total: statements.length,
    reads: kept.filter((statement) => kindOf(statement.text) === 'read').length,
    excluded,
  };
}

/** Runs the plan's statements in order on one connection of the pool. */
export async function replay(pool: pg.Pool, plan: ReplayPlan): Promise<void> {
  const client = await pool.connect();
  try {
    for (const statement of plan.statements) {
      await client.query({
        text: statement.text,
        ...(statement.values ? { values: [...statement.values] } : {}),
        ...(statement.rowMode === 'array' ? { rowMode: 'array' as const } : {}),
        ...(statement.types ? { types: statement.types as pg.CustomTypesConfig } : {}),
      });
    }
  } catch (error) {
    // A failed statement leaves an open transaction behind: never hand that connection back.
    client.release(error as Error);
    throw error;
  }
  client.release();
}

/** "14 statements: 9 replayed (7 reads); left out: 1× insert into "audit_events", …". */
export function describePlan(plan: ReplayPlan): string {
  const left = [...plan.excluded].map(([label, count]) => `${count}× ${label}`).join(', ');
  return (
    `${plan.total} statements, ${plan.statements.length} replayed (${plan.reads} reads)` +
    (left ? `; left out: ${left}` : '')
  );
}
