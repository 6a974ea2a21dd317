import {
  Action,
  AuditAction,
  contactDetailsProblem,
  isCoveredByKl418a,
  PersonGroup,
  roleMayHaveParty,
  roleRequiresParty,
  swedishDate,
  termProblem,
  type PersonAssignment,
  type Resource,
} from '@varn/domain';
import type {
  AssignmentBody,
  CreatePersonBody,
  InvitePersonBody,
  PartyRoster,
  Person,
  PersonAssignmentView,
  PersonContact,
  PersonSummary,
  PutPersonContactBody,
  PutPersonPartyBody,
  RegisterList,
  RegisterQuery,
  UpdatePersonBody,
} from '@varn/contracts';
import type { Tx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { AppError, notFound, ruleViolation } from '../../lib/errors';
import { audit } from '../audit';
import { findPartyById } from '../parties';
import { createInvitedUser, findUserById, upsertPartyMembership } from '../users';
import {
  deleteAssignment,
  deletePerson,
  findAccountOf,
  findAssignment,
  findAssignmentsOf,
  findBodies,
  findContactOf,
  findElectionsOfPerson,
  findElectionWorkerPersonIds,
  findPartyOfPerson,
  findPeopleOfParty,
  findPeoplePage,
  findPersonById,
  insertAssignment,
  insertPerson,
  updateAssignment,
  updatePerson,
  upsertContact,
  upsertPersonParty,
  type ContactRow,
  type PersonRow,
} from './register.repository';
import { toElectionWorker } from './election-workers.service';

/** The register as a whole (the list, a new person, the import, the export). */
export const registerResource = (caller: Caller): Resource => ({
  type: 'person',
  organisationId: caller.organisationId,
});

type AssignmentRow = Awaited<ReturnType<typeof findAssignmentsOf>>[number];

function toAssignment(row: AssignmentRow): PersonAssignmentView {
  return {
    id: row.assignment.id,
    body: { id: row.assignment.bodyId, name: row.bodyName },
    role: row.assignment.role,
    termStart: row.assignment.termStart,
    termEnd: row.assignment.termEnd,
    commissioner: row.assignment.commissioner,
  };
}

const domainAssignment = (view: PersonAssignmentView): PersonAssignment => ({
  bodyId: view.body.id,
  role: view.role,
  termStart: view.termStart,
  termEnd: view.termEnd,
  commissioner: view.commissioner,
});

/** A person's groups: official with assignments, staff, election worker with an election. */
function groupsOf(person: PersonRow, hasAssignments: boolean, isWorker: boolean): PersonGroup[] {
  const groups: PersonGroup[] = [];
  if (hasAssignments) groups.push(PersonGroup.Official);
  if (person.isStaff) groups.push(PersonGroup.Staff);
  if (isWorker) groups.push(PersonGroup.ElectionWorker);
  return groups;
}

/** The assignments of some people, by person. */
export async function assignmentsByPerson(
  tx: Tx,
  organisationId: string,
  personIds: readonly string[],
): Promise<Map<string, PersonAssignmentView[]>> {
  const byPerson = new Map<string, PersonAssignmentView[]>();
  for (const row of await findAssignmentsOf(tx, organisationId, personIds)) {
    const list = byPerson.get(row.assignment.personId) ?? [];
    list.push(toAssignment(row));
    byPerson.set(row.assignment.personId, list);
  }
  return byPerson;
}

/** Whether a person is covered by KL 4:18 a on a day. */
export const coveredOn = (assignments: readonly PersonAssignmentView[], day: string): boolean =>
  isCoveredByKl418a(assignments.map(domainAssignment), day);

/** `GET /api/register/people` (audited): one page, never with a party. */
export async function listPeople(
  ctx: AppContext,
  caller: Caller,
  query: RegisterQuery,
): Promise<RegisterList> {
  authorizeOrThrow(caller, Action.RegisterList, registerResource(caller));
  const now = ctx.clock();
  const today = swedishDate(now);
  return await ctx.db.transaction(async (tx) => {
    const { rows, total } = await findPeoplePage(
      tx,
      caller.organisationId,
      { q: query.q, group: query.group, bodyId: query.bodyId },
      query.limit ?? 50,
      query.offset ?? 0,
    );
    const ids = rows.map((row) => row.id);
    const assignments = await assignmentsByPerson(tx, caller.organisationId, ids);
    const workers = await findElectionWorkerPersonIds(tx, caller.organisationId, ids);
    await audit(tx, caller, now, {
      action: AuditAction.RegisterList,
      recordType: 'person',
      details: { count: rows.length, total, filtered: Boolean(query.q || query.group || query.bodyId) },
    });
    return {
      total,
      people: rows.map((row): PersonSummary => {
        const own = assignments.get(row.id) ?? [];
        return {
          id: row.id,
          name: row.name,
          groups: groupsOf(row, own.length > 0, workers.has(row.id)),
          assignments: own,
          kl418a: coveredOn(own, today),
          hasAccount: row.userId !== null,
        };
      }),
    };
  });
}

function toContact(row: ContactRow | undefined): PersonContact {
  return {
    email: row?.email ?? null,
    phone: row?.phone ?? null,
    // Never stored with a protected address; hidden here too, should one come from elsewhere.
    address: row && !row.protectedAddress ? row.address : null,
    protectedAddress: row?.protectedAddress ?? false,
    preferredContact: row?.preferredContact ?? null,
  };
}

/** The whole view of one person (no access check: the caller's service has made it). */
export async function loadPerson(
  tx: Tx,
  organisationId: string,
  person: PersonRow,
  today: string,
): Promise<Person> {
  const assignments = (await assignmentsByPerson(tx, organisationId, [person.id])).get(person.id) ?? [];
  const elections = await findElectionsOfPerson(tx, organisationId, person.id);
  const party = await findPartyOfPerson(tx, organisationId, person.id);
  const account = person.userId ? await findAccountOf(tx, organisationId, person.userId) : undefined;
  return {
    id: person.id,
    name: person.name,
    birthYear: person.birthYear,
    isStaff: person.isStaff,
    note: person.note,
    groups: groupsOf(person, assignments.length > 0, elections.length > 0),
    kl418a: coveredOn(assignments, today),
    contact: toContact(await findContactOf(tx, organisationId, person.id)),
    assignments,
    party: party ?? null,
    account: account
      ? { id: account.id, name: account.name, email: account.email, status: account.status }
      : null,
    elections: elections.map(toElectionWorker),
  };
}

/** Loads a person and checks the caller may perform `action` on them (404 otherwise). */
async function personFor(tx: Tx, caller: Caller, personId: string, action: Action): Promise<PersonRow> {
  const person = await findPersonById(tx, caller.organisationId, personId);
  if (!person) {
    authorizeOrThrow(caller, action, { type: 'person', organisationId: caller.organisationId, personId });
    throw notFound();
  }
  const party =
    action === Action.RegisterRead ? await findPartyOfPerson(tx, caller.organisationId, personId) : undefined;
  authorizeOrThrow(caller, action, {
    type: 'person',
    organisationId: caller.organisationId,
    personId,
    linkedUserId: person.userId,
    partyId: party?.id ?? null,
  });
  return person;
}

/** `GET /api/register/people/{id}` (audited: contact details and party). */
export async function getPerson(ctx: AppContext, caller: Caller, personId: string): Promise<Person> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const person = await personFor(tx, caller, personId, Action.RegisterRead);
    await audit(tx, caller, now, {
      action: AuditAction.RegisterRead,
      recordType: 'person',
      recordId: personId,
    });
    return await loadPerson(tx, caller.organisationId, person, swedishDate(now));
  });
}

/** Checks contact details against the domain's rules; with a protected address no address is kept. */
function checkedContact(body: PutPersonContactBody) {
  const details = {
    email: body.email?.toLowerCase() ?? null,
    phone: body.phone ?? null,
    address: body.address ?? null,
    protectedAddress: body.protectedAddress ?? false,
    preferredContact: body.preferredContact ?? null,
  };
  if (details.protectedAddress && details.address !== null)
    throw ruleViolation({
      address: {
        sv: 'En skyddad adress sparas aldrig. Lämna adressen tom.',
        en: 'A protected address is never stored. Leave the address empty.',
      },
    });
  const problem = contactDetailsProblem(details);
  if (problem === 'post_to_protected_address')
    throw ruleViolation({
      preferredContact: {
        sv: 'Brev kan inte väljas för en person med skyddad adress.',
        en: 'Letters cannot be chosen for a person with a protected address.',
      },
    });
  if (problem === 'preferred_contact_missing')
    throw ruleViolation({
      preferredContact: {
        sv: 'Det valda kontaktsättet saknar uppgift.',
        en: 'The chosen way of contact has no details.',
      },
    });
  return details;
}

/** Sets a person's party, and the linked account's party where its role has one (ADR 018). */
export async function setPersonParty(
  tx: Tx,
  organisationId: string,
  person: PersonRow,
  partyId: string | null,
  now: Date,
): Promise<void> {
  await upsertPersonParty(tx, organisationId, person.id, partyId, now);
  if (person.userId === null) return;
  const user = await findUserById(tx, organisationId, person.userId);
  if (!user || !roleMayHaveParty(user.role)) return;
  if (partyId === null && roleRequiresParty(user.role)) return;
  await upsertPartyMembership(tx, organisationId, person.userId, partyId, now);
}

async function assertParty(tx: Tx, caller: Caller, partyId: string | null | undefined): Promise<void> {
  if (partyId && !(await findPartyById(tx, caller.organisationId, partyId)))
    throw ruleViolation({ partyId: 'party_not_found' });
}

/** `POST /api/register/people`. */
export async function createPerson(ctx: AppContext, caller: Caller, body: CreatePersonBody): Promise<Person> {
  authorizeOrThrow(caller, Action.RegisterManage, registerResource(caller));
  const now = ctx.clock();
  const contact = body.contact ? checkedContact(body.contact) : null;
  return await ctx.db.transaction(async (tx) => {
    await assertParty(tx, caller, body.partyId);
    const person = await insertPerson(tx, {
      organisationId: caller.organisationId,
      name: body.name,
      birthYear: body.birthYear ?? null,
      isStaff: body.isStaff ?? false,
      note: body.note ?? null,
      createdAt: now,
      updatedAt: now,
    });
    if (contact)
      await upsertContact(tx, {
        ...contact,
        personId: person.id,
        organisationId: caller.organisationId,
        updatedAt: now,
      });
    if (body.partyId) await setPersonParty(tx, caller.organisationId, person, body.partyId, now);
    await audit(tx, caller, now, {
      action: AuditAction.PersonCreate,
      recordType: 'person',
      recordId: person.id,
      details: { withParty: Boolean(body.partyId), withContact: contact !== null },
    });
    return await loadPerson(tx, caller.organisationId, person, swedishDate(now));
  });
}

/** `PATCH /api/register/people/{id}`. */
export async function changePerson(
  ctx: AppContext,
  caller: Caller,
  personId: string,
  body: UpdatePersonBody,
): Promise<Person> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    await personFor(tx, caller, personId, Action.RegisterManage);
    const updated = await updatePerson(tx, caller.organisationId, personId, {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.birthYear !== undefined ? { birthYear: body.birthYear } : {}),
      ...(body.isStaff !== undefined ? { isStaff: body.isStaff } : {}),
      ...(body.note !== undefined ? { note: body.note } : {}),
      updatedAt: now,
    });
    if (!updated) throw notFound();
    await audit(tx, caller, now, {
      action: AuditAction.PersonUpdate,
      recordType: 'person',
      recordId: personId,
      details: { fields: Object.keys(body).sort().join(',') },
    });
    return await loadPerson(tx, caller.organisationId, updated, swedishDate(now));
  });
}

/** `DELETE /api/register/people/{id}`: the person and everything of theirs; an account stays. */
export async function removePerson(ctx: AppContext, caller: Caller, personId: string): Promise<void> {
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    await personFor(tx, caller, personId, Action.RegisterManage);
    await deletePerson(tx, caller.organisationId, personId);
    await audit(tx, caller, now, {
      action: AuditAction.PersonRemove,
      recordType: 'person',
      recordId: personId,
    });
  });
}

/** `PUT /api/register/people/{id}/contact`. */
export async function putContact(
  ctx: AppContext,
  caller: Caller,
  personId: string,
  body: PutPersonContactBody,
): Promise<Person> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const person = await personFor(tx, caller, personId, Action.RegisterManage);
    const contact = checkedContact(body);
    await upsertContact(tx, { ...contact, personId, organisationId: caller.organisationId, updatedAt: now });
    await audit(tx, caller, now, {
      action: AuditAction.PersonUpdate,
      recordType: 'person',
      recordId: personId,
      details: { fields: 'contact', protectedAddress: contact.protectedAddress },
    });
    return await loadPerson(tx, caller.organisationId, person, swedishDate(now));
  });
}

/** `PUT /api/register/people/{id}/party` (audited: special-category data). */
export async function putParty(
  ctx: AppContext,
  caller: Caller,
  personId: string,
  body: PutPersonPartyBody,
): Promise<Person> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const person = await personFor(tx, caller, personId, Action.RegisterManage);
    await assertParty(tx, caller, body.partyId);
    await setPersonParty(tx, caller.organisationId, person, body.partyId, now);
    await audit(tx, caller, now, {
      action: AuditAction.PersonPartyChange,
      recordType: 'person',
      recordId: personId,
      details: { withParty: body.partyId !== null },
    });
    return await loadPerson(tx, caller.organisationId, person, swedishDate(now));
  });
}

/** Checks an assignment's body and term; the values to store. */
async function checkedAssignment(tx: Tx, caller: Caller, body: AssignmentBody) {
  const known = (await findBodies(tx, caller.organisationId)).find((entry) => entry.id === body.bodyId);
  if (!known || known.archived) throw ruleViolation({ bodyId: 'unknown_body' });
  const termEnd = body.termEnd ?? null;
  const problem = termProblem(body.termStart, termEnd);
  if (problem === 'ends_before_start')
    throw ruleViolation({
      termEnd: {
        sv: 'Mandatperioden måste sluta efter att den börjar.',
        en: 'The term must end after it starts.',
      },
    });
  if (problem === 'too_long')
    throw ruleViolation({
      termEnd: { sv: 'En mandatperiod kan vara högst åtta år.', en: 'A term can be at most eight years.' },
    });
  return {
    bodyId: body.bodyId,
    role: body.role,
    termStart: body.termStart,
    termEnd,
    commissioner: body.commissioner ?? null,
  };
}

const duplicateAssignment = () =>
  new AppError('conflict', {
    fields: {
      bodyId: {
        sv: 'Personen har redan det uppdraget från samma dag.',
        en: 'The person already has that assignment from the same day.',
      },
    },
  });

/** `POST /api/register/people/{id}/assignments`. */
export async function addAssignment(
  ctx: AppContext,
  caller: Caller,
  personId: string,
  body: AssignmentBody,
): Promise<Person> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const person = await personFor(tx, caller, personId, Action.RegisterManage);
    const values = await checkedAssignment(tx, caller, body);
    const existing = (await assignmentsByPerson(tx, caller.organisationId, [personId])).get(personId) ?? [];
    if (existing.length >= 30)
      throw ruleViolation({
        bodyId: { sv: 'Högst 30 uppdrag per person.', en: 'At most 30 assignments per person.' },
      });
    const row = await insertAssignment(tx, {
      ...values,
      organisationId: caller.organisationId,
      personId,
      createdAt: now,
      updatedAt: now,
    });
    if (!row) throw duplicateAssignment();
    await audit(tx, caller, now, {
      action: AuditAction.PersonAssignmentsChange,
      recordType: 'person',
      recordId: personId,
      details: { added: row.id },
    });
    return await loadPerson(tx, caller.organisationId, person, swedishDate(now));
  });
}

/** `PATCH /api/register/people/{id}/assignments/{assignmentId}`. */
export async function changeAssignment(
  ctx: AppContext,
  caller: Caller,
  personId: string,
  assignmentId: string,
  body: AssignmentBody,
): Promise<Person> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const person = await personFor(tx, caller, personId, Action.RegisterManage);
    if (!(await findAssignment(tx, caller.organisationId, personId, assignmentId))) throw notFound();
    const values = await checkedAssignment(tx, caller, body);
    try {
      await tx.transaction(async (inner) => {
        await updateAssignment(inner, assignmentId, { ...values, updatedAt: now });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateAssignment();
      throw error;
    }
    await audit(tx, caller, now, {
      action: AuditAction.PersonAssignmentsChange,
      recordType: 'person',
      recordId: personId,
      details: { changed: assignmentId },
    });
    return await loadPerson(tx, caller.organisationId, person, swedishDate(now));
  });
}

function isUniqueViolation(error: unknown): boolean {
  for (let at: unknown = error; at; at = (at as { cause?: unknown }).cause)
    if (typeof at === 'object' && at !== null && (at as { code?: unknown }).code === '23505') return true;
  return false;
}

/** `DELETE /api/register/people/{id}/assignments/{assignmentId}`. */
export async function removeAssignment(
  ctx: AppContext,
  caller: Caller,
  personId: string,
  assignmentId: string,
): Promise<Person> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const person = await personFor(tx, caller, personId, Action.RegisterManage);
    if (!(await findAssignment(tx, caller.organisationId, personId, assignmentId))) throw notFound();
    await deleteAssignment(tx, assignmentId);
    await audit(tx, caller, now, {
      action: AuditAction.PersonAssignmentsChange,
      recordType: 'person',
      recordId: personId,
      details: { removed: assignmentId },
    });
    return await loadPerson(tx, caller.organisationId, person, swedishDate(now));
  });
}

/**
 * `POST /api/register/people/{id}/invite` (admin): an invited account for the person at their
 * e-mail address, through the users module's invitation, linked to the person.
 */
export async function invitePerson(
  ctx: AppContext,
  caller: Caller,
  personId: string,
  body: InvitePersonBody,
): Promise<Person> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const person = await personFor(tx, caller, personId, Action.RegisterManage);
    // The unit keeps the register; only the admin creates accounts.
    authorizeOrThrow(caller, Action.UserCreate, { type: 'user', organisationId: caller.organisationId });
    if (person.userId !== null)
      throw new AppError('conflict', {
        fields: { role: { sv: 'Personen har redan ett konto.', en: 'The person already has an account.' } },
      });
    const email = (await findContactOf(tx, caller.organisationId, personId))?.email ?? null;
    if (email === null)
      throw ruleViolation({
        email: {
          sv: 'Personen saknar e-postadress. Lägg till en under kontaktuppgifter.',
          en: 'The person has no e-mail address. Add one under contact details.',
        },
      });
    const party = await findPartyOfPerson(tx, caller.organisationId, personId);
    if (roleRequiresParty(body.role) && !party)
      throw ruleViolation({
        role: {
          sv: 'En säkerhetsansvarig måste ha ett parti. Ange personens parti först.',
          en: 'A party security contact must have a party. Set the person’s party first.',
        },
      });
    const user = await createInvitedUser(
      ctx,
      tx,
      caller,
      caller.organisationId,
      {
        email,
        name: person.name,
        role: body.role,
        ...(body.language ? { language: body.language } : {}),
        ...(party && roleMayHaveParty(body.role) ? { partyId: party.id } : {}),
      },
      now,
    );
    const linked = await updatePerson(tx, caller.organisationId, personId, {
      userId: user.id,
      updatedAt: now,
    });
    if (!linked) throw notFound();
    await audit(tx, caller, now, {
      action: AuditAction.UserCreate,
      recordType: 'user',
      recordId: user.id,
      details: { role: user.role, withParty: Boolean(party && roleMayHaveParty(body.role)) },
    });
    await audit(tx, caller, now, {
      action: AuditAction.PersonLinkUser,
      recordType: 'person',
      recordId: personId,
      details: { userId: user.id },
    });
    return await loadPerson(tx, caller.organisationId, linked, swedishDate(now));
  });
}

/** `GET /api/parties/{partyId}/roster` (audited): a party contact only their own party's. */
export async function readRoster(ctx: AppContext, caller: Caller, partyId: string): Promise<PartyRoster> {
  authorizeOrThrow(caller, Action.PartyReadRoster, {
    type: 'party',
    organisationId: caller.organisationId,
    partyId,
  });
  const now = ctx.clock();
  const today = swedishDate(now);
  return await ctx.db.transaction(async (tx) => {
    const party = await findPartyById(tx, caller.organisationId, partyId);
    if (!party) throw notFound();
    const members = await findPeopleOfParty(tx, caller.organisationId, partyId);
    const assignments = await assignmentsByPerson(
      tx,
      caller.organisationId,
      members.map((member) => member.id),
    );
    await audit(tx, caller, now, {
      action: AuditAction.PartyRosterRead,
      recordType: 'party',
      recordId: partyId,
      details: { count: members.length },
    });
    return {
      party: { id: party.id, name: party.name, abbreviation: party.abbreviation },
      people: members.map((member) => {
        const own = assignments.get(member.id) ?? [];
        return { id: member.id, name: member.name, assignments: own, kl418a: coveredOn(own, today) };
      }),
    };
  });
}
