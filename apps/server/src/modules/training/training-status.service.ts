import {
  Action,
  AuditAction,
  authorize,
  coverage,
  CourseKind,
  isAssignmentActiveOn,
  partyTrainingCoverage,
  TrainingStatus,
  trainingStatuses,
  type CoverageRow,
} from '@varn/domain';
import type {
  CoverageCounts,
  MyTraining,
  PartyTraining,
  PersonTraining,
  TrainingCoverage,
  TrainingDueRow,
} from '@varn/contracts';
import type { DbOrTx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { forbidden, notFound } from '../../lib/errors';
import { audit } from '../audit';
import { keptKinds, loadTrainingFacts, needsOf, standingOf, type TrainingFacts } from './training-facts';
import {
  findAffiliations,
  findBodyNames,
  findInvitations,
  findPartyNames,
  findPersonById,
  findPersonByUserId,
  findPersonHistory,
} from './training.repository';

/*
 * Training status (issue 11 §3): one person's (their own, or for the unit), coverage per kind of
 * course, body and party (suppressed), who is due or overdue, and one party's people. Every read
 * is audited.
 */

const trainingResource = (caller: Caller) => ({
  type: 'training' as const,
  organisationId: caller.organisationId,
});

const counts = (row: CoverageRow<unknown>): CoverageCounts => ({
  valid: row.valid,
  dueSoon: row.dueSoon,
  overdue: row.overdue,
  never: row.never,
  total: row.total,
  trained: row.trained,
});

const emptyCounts: CoverageCounts = { valid: 0, dueSoon: 0, overdue: 0, never: 0, total: 0, trained: 0 };

async function personTraining(
  db: DbOrTx,
  organisationId: string,
  person: { id: string; name: string },
  facts: TrainingFacts,
): Promise<PersonTraining> {
  const needs = needsOf(facts, person.id);
  const kinds = keptKinds(facts);
  const history = await findPersonHistory(db, organisationId, person.id);
  const invitations = await findInvitations(db, organisationId, { personId: person.id });
  return {
    person: { id: person.id, name: person.name },
    day: facts.day,
    standings: kinds
      .filter((kind) => needs.includes(kind) || standingOf(facts, person.id, kind).lastAttendedOn !== null)
      .map((kind) => {
        const standing = standingOf(facts, person.id, kind);
        return {
          kind,
          required: needs.includes(kind),
          status: standing.status,
          lastAttendedOn: standing.lastAttendedOn,
          expiresOn: standing.expiresOn,
        };
      }),
    history,
    invitations: invitations
      .filter((row) => !row.cancelled && row.heldOn >= facts.day)
      .map((row) => ({ sessionId: row.invitation.sessionId, course: row.course, heldOn: row.heldOn })),
  };
}

/** `GET /api/training/people/{id}`: one person's training (the unit, the admin, the person). */
export async function getPersonTraining(
  ctx: AppContext,
  caller: Caller,
  personId: string,
): Promise<PersonTraining> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const person = await findPersonById(tx, caller.organisationId, personId);
    if (!person) throw notFound();
    authorizeOrThrow(caller, Action.RegisterReadTraining, {
      type: 'person',
      organisationId: caller.organisationId,
      personId: person.id,
      linkedUserId: person.userId,
    });
    const facts = await loadTrainingFacts(tx, caller.organisationId, now, [person.id]);
    const training = await personTraining(tx, caller.organisationId, person, facts);
    await audit(tx, caller, now, {
      action: AuditAction.RegisterTrainingRead,
      recordType: 'person',
      recordId: person.id,
    });
    return training;
  });
}

/** `GET /api/me/training`: the caller's own training, through the person linked to their account. */
export async function getMyTraining(ctx: AppContext, caller: Caller): Promise<MyTraining> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const person = await findPersonByUserId(tx, caller.organisationId, caller.userId);
    // One's own record: a role that may read its own training gets it; any other is refused (403).
    const decision = authorize(caller, Action.RegisterReadTraining, {
      type: 'person',
      organisationId: caller.organisationId,
      personId: person?.id ?? caller.userId,
      linkedUserId: caller.userId,
    });
    if (decision !== 'allow') throw forbidden();
    if (!person) return { training: null };
    const facts = await loadTrainingFacts(tx, caller.organisationId, now, [person.id]);
    const training = await personTraining(tx, caller.organisationId, person, facts);
    await audit(tx, caller, now, {
      action: AuditAction.RegisterTrainingRead,
      recordType: 'person',
      recordId: person.id,
    });
    return { training };
  });
}

const statusOrder = (status: TrainingStatus): number =>
  trainingStatuses.length - trainingStatuses.indexOf(status);

/**
 * `GET /api/training/coverage`: coverage per kind, body and party (suppressed); the names of who is
 * due or overdue only for those who manage training (viewers: aggregates only).
 */
export async function getTrainingCoverage(ctx: AppContext, caller: Caller): Promise<TrainingCoverage> {
  authorizeOrThrow(caller, Action.TrainingCoverage, trainingResource(caller));
  const withNames = authorize(caller, Action.TrainingManage, trainingResource(caller)) === 'allow';
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const facts = await loadTrainingFacts(tx, caller.organisationId, now);
    const needs = new Map(facts.people.map((person) => [person.id, needsOf(facts, person.id)]));
    const kinds = keptKinds(facts);

    // The refresher's figure counts every official, also between campaigns: who holds one today.
    const population = (kind: CourseKind) =>
      kind === CourseKind.PreElectionRefresher ? CourseKind.BasicSecurity : kind;
    const courseRows = kinds.map((kind) => {
      const group = facts.people
        .filter((person) => needs.get(person.id)?.includes(population(kind)))
        .map((person) => ({ group: kind, status: standingOf(facts, person.id, kind).status }));
      return {
        kind,
        ...(coverage(group)[0] ? counts(coverage(group)[0] as CoverageRow<CourseKind>) : emptyCounts),
      };
    });

    const basic = (personId: string) => standingOf(facts, personId, CourseKind.BasicSecurity).status;
    const bodies = await findBodyNames(tx, caller.organisationId);
    const bodyRows = bodies.map((body) => {
      const members = new Set<string>();
      for (const [personId, assignments] of facts.assignments)
        if (assignments.some((a) => a.bodyId === body.id && isAssignmentActiveOn(a, facts.day)))
          members.add(personId);
      const row = coverage([...members].map((personId) => ({ group: body.id, status: basic(personId) })))[0];
      return { body, ...(row ? counts(row) : emptyCounts) };
    });

    // Parties: officials only (those who need the basic course), as suppressed aggregates.
    const affiliations = await findAffiliations(tx, caller.organisationId);
    const partyList = await findPartyNames(tx, caller.organisationId);
    const officials = facts.people.filter((person) =>
      needs.get(person.id)?.includes(CourseKind.BasicSecurity),
    );
    const byParty = new Map(
      coverage(
        officials.flatMap((person) => {
          const partyId = affiliations.get(person.id);
          return partyId ? [{ group: partyId, status: basic(person.id) }] : [];
        }),
      ).map((row) => [row.group, row]),
    );
    const partyRows: CoverageRow<string>[] = partyList.map(
      (party) => byParty.get(party.id) ?? { group: party.id, ...emptyCounts },
    );
    const suppressed = partyTrainingCoverage(partyRows);
    const partyById = new Map(partyList.map((party) => [party.id, party]));

    let due: TrainingDueRow[] | null = null;
    if (withNames) {
      due = facts.people
        .flatMap((person) =>
          (needs.get(person.id) ?? []).flatMap((kind) => {
            const standing = standingOf(facts, person.id, kind);
            return standing.status === TrainingStatus.Valid || !kinds.includes(kind)
              ? []
              : [
                  {
                    person: { id: person.id, name: person.name },
                    kind,
                    status: standing.status,
                    expiresOn: standing.expiresOn,
                  },
                ];
          }),
        )
        .sort(
          (a, b) =>
            statusOrder(b.status) - statusOrder(a.status) || a.person.name.localeCompare(b.person.name, 'sv'),
        );
    }

    await audit(tx, caller, now, { action: AuditAction.TrainingCoverageRead, recordType: 'training' });
    return {
      day: facts.day,
      courses: courseRows,
      bodies: bodyRows,
      parties: {
        parties: suppressed.parties.map((figure) => {
          const party = partyById.get(figure.party);
          return {
            party: { id: figure.party, name: party?.name ?? '', abbreviation: party?.abbreviation ?? '' },
            trained: figure.trained,
            notTrained: figure.notTrained,
          };
        }),
        trained: suppressed.trained,
        notTrained: suppressed.notTrained,
      },
      due,
    };
  });
}

/**
 * The lägesbild's training coverage (issue 12): of the officials who need the basic security
 * course today (of one party's, when given), how many hold a valid one. Unaudited aggregate; the
 * caller suppresses it for readers of aggregates.
 */
export async function basicTrainingCoverageOf(
  db: DbOrTx,
  organisationId: string,
  now: Date,
  partyId?: string,
): Promise<{ readonly trained: number; readonly officials: number }> {
  const memberIds = partyId
    ? [...(await findAffiliations(db, organisationId))]
        .filter(([, id]) => id === partyId)
        .map(([personId]) => personId)
    : undefined;
  const facts = await loadTrainingFacts(db, organisationId, now, memberIds);
  const officials = facts.people.filter((person) =>
    needsOf(facts, person.id).includes(CourseKind.BasicSecurity),
  );
  return {
    trained: officials.filter(
      (person) => standingOf(facts, person.id, CourseKind.BasicSecurity).status === TrainingStatus.Valid,
    ).length,
    officials: officials.length,
  };
}

/**
 * `GET /api/parties/{id}/training`: the people of one party with their basic-security and refresher
 * status, and the party's counts (a party contact: their own party only).
 */
export async function getPartyTraining(
  ctx: AppContext,
  caller: Caller,
  partyId: string,
): Promise<PartyTraining> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const party = (await findPartyNames(tx, caller.organisationId)).find((row) => row.id === partyId);
    if (!party) throw notFound();
    authorizeOrThrow(caller, Action.PartyReadTraining, {
      type: 'party',
      organisationId: caller.organisationId,
      partyId: party.id,
    });
    const affiliations = await findAffiliations(tx, caller.organisationId);
    const memberIds = [...affiliations].filter(([, id]) => id === party.id).map(([personId]) => personId);
    const facts = await loadTrainingFacts(tx, caller.organisationId, now, memberIds);
    const rows = facts.people.map((person) => {
      const standing = standingOf(facts, person.id, CourseKind.BasicSecurity);
      return {
        person: { id: person.id, name: person.name },
        status: standing.status,
        expiresOn: standing.expiresOn,
        refresher: standingOf(facts, person.id, CourseKind.PreElectionRefresher).status,
      };
    });
    const row = coverage(rows.map((person) => ({ group: party.id, status: person.status })))[0];
    await audit(tx, caller, now, {
      action: AuditAction.PartyTrainingRead,
      recordType: 'party',
      recordId: party.id,
    });
    return { party, day: facts.day, people: rows, coverage: row ? counts(row) : emptyCounts };
  });
}
