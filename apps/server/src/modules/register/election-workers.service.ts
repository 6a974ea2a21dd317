import { Action, AuditAction, generalElectionDate, nextGeneralElection, type Resource } from '@varn/domain';
import type { CreateElectionWorkerBody, ElectionWorker, ElectionWorkerList } from '@varn/contracts';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { AppError, notFound, ruleViolation } from '../../lib/errors';
import { audit } from '../audit';
import {
  deleteElectionWorker,
  findElectionDates,
  findElectionWorkers,
  findPersonById,
  insertElectionWorker,
} from './register.repository';

/*
 * Election workers (valarbetare) per election (issue 11 §1): an election is its day — a general
 * election (domain `generalElectionDate`) or a day the unit enters (an extra election, the
 * European Parliament).
 */

const registerResource = (caller: Caller): Resource => ({
  type: 'person',
  organisationId: caller.organisationId,
});

/** An election worker row with its person's name, as the API shows it. */
export function toElectionWorker(row: {
  worker: {
    id: string;
    personId: string;
    electionDate: string;
    role: ElectionWorker['role'];
    place: string | null;
  };
  personName: string;
}): ElectionWorker {
  return {
    id: row.worker.id,
    person: { id: row.worker.personId, name: row.personName },
    electionDate: row.worker.electionDate,
    role: row.worker.role,
    place: row.worker.place,
  };
}

/** `GET /api/register/election-workers`: one election's workers (default: the next general election). */
export async function listElectionWorkers(
  ctx: AppContext,
  caller: Caller,
  electionDate: string | undefined,
): Promise<ElectionWorkerList> {
  authorizeOrThrow(caller, Action.RegisterList, registerResource(caller));
  const now = ctx.clock();
  const next = nextGeneralElection(now);
  const date = electionDate ?? next;
  return await ctx.db.transaction(async (tx) => {
    const rows = await findElectionWorkers(tx, caller.organisationId, date);
    const entered = await findElectionDates(tx, caller.organisationId);
    const following = generalElectionDate(Number(next.slice(0, 4)) + 4);
    const dates = new Set([next, ...(following ? [following] : []), ...entered, date]);
    await audit(tx, caller, now, {
      action: AuditAction.RegisterList,
      recordType: 'person',
      details: { electionDate: date, count: rows.length },
    });
    return {
      electionDate: date,
      elections: [...dates].sort().map((day) => ({
        date: day,
        general: generalElectionDate(Number(day.slice(0, 4))) === day,
      })),
      workers: rows.map(toElectionWorker),
    };
  });
}

/** `POST /api/register/election-workers`: once per person and election. */
export async function addElectionWorker(
  ctx: AppContext,
  caller: Caller,
  body: CreateElectionWorkerBody,
): Promise<ElectionWorker> {
  authorizeOrThrow(caller, Action.RegisterManage, registerResource(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const person = await findPersonById(tx, caller.organisationId, body.personId);
    if (!person)
      throw ruleViolation({
        personId: { sv: 'Personen finns inte i registret.', en: 'The person is not in the register.' },
      });
    const row = await insertElectionWorker(tx, {
      organisationId: caller.organisationId,
      personId: person.id,
      electionDate: body.electionDate,
      role: body.role,
      place: body.place ?? null,
      createdAt: now,
      updatedAt: now,
    });
    if (!row)
      throw new AppError('conflict', {
        fields: {
          personId: {
            sv: 'Personen är redan valarbetare vid det valet.',
            en: 'The person is already an election worker at that election.',
          },
        },
      });
    await audit(tx, caller, now, {
      action: AuditAction.ElectionWorkersChange,
      recordType: 'person',
      recordId: person.id,
      details: { added: row.id, electionDate: row.electionDate },
    });
    return toElectionWorker({ worker: row, personName: person.name });
  });
}

/** `DELETE /api/register/election-workers/{id}`. */
export async function removeElectionWorker(ctx: AppContext, caller: Caller, workerId: string): Promise<void> {
  // One named record of the register: a role that may not manage it is told it does not exist.
  authorizeOrThrow(caller, Action.RegisterManage, {
    type: 'person',
    organisationId: caller.organisationId,
    personId: workerId,
  });
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    if (!(await deleteElectionWorker(tx, caller.organisationId, workerId))) throw notFound();
    await audit(tx, caller, now, {
      action: AuditAction.ElectionWorkersChange,
      recordType: 'election_worker',
      recordId: workerId,
      details: { removed: true },
    });
  });
}
