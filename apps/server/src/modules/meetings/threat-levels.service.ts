import {
  Action,
  AuditAction,
  isNationalThreatLevel,
  nationalThreatLevelAt,
  swedishDate,
  type NationalThreatLevel,
} from '@varn/domain';
import type { RecordThreatLevelBody, ThreatLevels } from '@varn/contracts';
import type { DbOrTx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { ruleViolation } from '../../lib/errors';
import { audit } from '../audit';
import { findUserNames } from '../users';
import { findThreatLevels, insertThreatLevel } from './threat-levels.repository';

/*
 * The national terror threat level (DOMAIN.md §7, issue 10 §2): Säkerhetspolisen publishes it, so
 * everyone reads it; the admin and the unit record each change with the day it took effect. Rows
 * are added, never changed: a later record for the same day corrects an earlier one.
 */

const resource = (caller: Caller) => ({
  type: 'threat_level' as const,
  organisationId: caller.organisationId,
});

/** The level in force at `at` from the organisation's history (for the plan and the situational picture). */
export async function threatLevelAt(
  db: DbOrTx,
  organisationId: string,
  at: Date,
): Promise<NationalThreatLevel | null> {
  const history = await findThreatLevels(db, organisationId);
  return nationalThreatLevelAt(
    history.flatMap((row) =>
      isNationalThreatLevel(row.level)
        ? [{ level: row.level, changedOn: row.changedOn, recordedAt: row.recordedAt }]
        : [],
    ),
    at,
  );
}

async function view(db: DbOrTx, organisationId: string, now: Date): Promise<ThreatLevels> {
  const history = await findThreatLevels(db, organisationId);
  const names = await findUserNames(
    db,
    organisationId,
    history.flatMap((row) => (row.recordedByUserId ? [row.recordedByUserId] : [])),
  );
  const changes = history.flatMap((row) =>
    isNationalThreatLevel(row.level)
      ? [{ level: row.level, changedOn: row.changedOn, recordedAt: row.recordedAt }]
      : [],
  );
  const level = nationalThreatLevelAt(changes, now);
  const inForce = level
    ? history.find((row) => row.level === level && row.changedOn <= swedishDate(now))
    : undefined;
  return {
    current: level && inForce ? { level, changedOn: inForce.changedOn } : null,
    history: history.map((row) => {
      const name = row.recordedByUserId ? names.get(row.recordedByUserId) : undefined;
      return {
        id: row.id,
        level: row.level,
        changedOn: row.changedOn,
        recordedAt: row.recordedAt.toISOString(),
        recordedBy: row.recordedByUserId && name !== undefined ? { id: row.recordedByUserId, name } : null,
      };
    }),
  };
}

/** The level in force at `now` and the day it changed, or null (the lägesbild). */
export async function currentThreatLevelOf(db: DbOrTx, organisationId: string, now: Date) {
  return (await view(db, organisationId, now)).current;
}

/** `GET /api/threat-levels`: the level in force today and the history. */
export async function getThreatLevels(ctx: AppContext, caller: Caller): Promise<ThreatLevels> {
  authorizeOrThrow(caller, Action.ThreatLevelRead, resource(caller));
  return await view(ctx.db, caller.organisationId, ctx.clock());
}

/** `POST /api/threat-levels` (admin, security unit): a change, on a day not after today (Swedish time). */
export async function recordThreatLevel(
  ctx: AppContext,
  caller: Caller,
  body: RecordThreatLevelBody,
): Promise<ThreatLevels> {
  authorizeOrThrow(caller, Action.ThreatLevelRecord, resource(caller));
  const now = ctx.clock();
  if (body.changedOn > swedishDate(now)) throw ruleViolation({ changedOn: 'date_in_future' });
  if (!isNationalThreatLevel(body.level)) throw ruleViolation({ level: 'invalid_option' });
  return await ctx.db.transaction(async (tx) => {
    const row = await insertThreatLevel(tx, {
      organisationId: caller.organisationId,
      level: body.level as NationalThreatLevel,
      changedOn: body.changedOn,
      recordedByUserId: caller.userId,
      recordedAt: now,
    });
    await audit(tx, caller, now, {
      action: AuditAction.ThreatLevelRecord,
      recordType: 'threat_level',
      recordId: row.id,
      details: { level: body.level, changedOn: body.changedOn },
    });
    return await view(tx, caller.organisationId, now);
  });
}
