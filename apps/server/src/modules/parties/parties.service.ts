import {
  Action,
  can,
  checkContactAppointment,
  checkContactPair,
  type ContactAppointmentProblem,
  UserStatus,
} from '@varn/domain';
import type { CreatePartyBody, Party, PartyList, UpdatePartyBody } from '@varn/contracts';
import type { Tx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { AppError, notFound, ruleViolation } from '../../lib/errors';
import { audit } from '../audit';
import { findPartyIdOfUser, findUserById } from '../users';
import {
  existsPartyWithAbbreviation,
  findPartiesWithContacts,
  insertParty,
  updateParty,
} from './parties.repository';

type PartyWithContacts = Awaited<ReturnType<typeof findPartiesWithContacts>>[number];

function toParty(row: PartyWithContacts, withContacts: boolean): Party {
  const { party } = row;
  const base = {
    id: party.id,
    name: party.name,
    abbreviation: party.abbreviation,
    councilSeats: party.councilSeats,
    colour: party.colour,
  };
  if (!withContacts) return base;
  return {
    ...base,
    securityContact:
      party.securityContactUserId && row.contactName && row.contactEmail
        ? { userId: party.securityContactUserId, name: row.contactName, email: row.contactEmail }
        : null,
    deputyContact:
      party.deputyContactUserId && row.deputyName && row.deputyEmail
        ? { userId: party.deputyContactUserId, name: row.deputyName, email: row.deputyEmail }
        : null,
  };
}

const partyResource = (caller: Caller, partyId?: string) =>
  ({ type: 'party', organisationId: caller.organisationId, ...(partyId ? { partyId } : {}) }) as const;

/** `GET /api/parties`: every role sees the parties; contacts only for the roles that need them. */
export async function listParties(ctx: AppContext, caller: Caller): Promise<PartyList> {
  authorizeOrThrow(caller, Action.PartyList, partyResource(caller));
  const withContacts = can(caller, Action.PartyReadContacts, partyResource(caller));
  const rows = await findPartiesWithContacts(ctx.db, caller.organisationId);
  return { parties: rows.map((row) => toParty(row, withContacts)) };
}

/** Checks the contact and deputy to appoint (domain rule) against their accounts. */
async function assertContactsFit(
  tx: Tx,
  caller: Caller,
  partyId: string,
  contactUserId: string | null,
  deputyUserId: string | null,
): Promise<void> {
  const problems: Record<string, ContactAppointmentProblem> = {};
  const pair = checkContactPair(contactUserId, deputyUserId);
  if (pair) problems.deputyContactUserId = pair;
  for (const [field, userId] of [
    ['securityContactUserId', contactUserId],
    ['deputyContactUserId', deputyUserId],
  ] as const) {
    if (userId === null || problems[field]) continue;
    const user = await findUserById(tx, caller.organisationId, userId);
    const problem = user
      ? checkContactAppointment(partyId, {
          userId,
          role: user.role,
          active: user.status === UserStatus.Active,
          partyId: await findPartyIdOfUser(tx, caller.organisationId, userId),
        })
      : 'contact_not_active';
    if (problem) problems[field] = problem;
  }
  if (Object.keys(problems).length > 0) throw ruleViolation(problems);
}

async function loadParty(tx: Tx, caller: Caller, partyId: string): Promise<Party> {
  const [row] = await findPartiesWithContacts(tx, caller.organisationId, partyId);
  if (!row) throw notFound();
  return toParty(row, true);
}

/** `POST /api/parties` (admin). */
export async function createParty(ctx: AppContext, caller: Caller, body: CreatePartyBody): Promise<Party> {
  authorizeOrThrow(caller, Action.PartyCreate, partyResource(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    if (await existsPartyWithAbbreviation(tx, caller.organisationId, body.abbreviation)) {
      throw new AppError('abbreviation_taken', { fields: { abbreviation: 'abbreviation_taken' } });
    }
    const party = await insertParty(tx, {
      organisationId: caller.organisationId,
      name: body.name,
      abbreviation: body.abbreviation,
      councilSeats: body.councilSeats,
      colour: body.colour.toLowerCase(),
      createdAt: now,
      updatedAt: now,
    });
    await audit(tx, caller, now, { action: Action.PartyCreate, recordType: 'party', recordId: party.id });
    return await loadParty(tx, caller, party.id);
  });
}

/** `PATCH /api/parties/{id}` (admin): facts and the appointment of contact and deputy. */
export async function changeParty(
  ctx: AppContext,
  caller: Caller,
  partyId: string,
  body: UpdatePartyBody,
): Promise<Party> {
  authorizeOrThrow(caller, Action.PartyUpdate, partyResource(caller, partyId));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const [existing] = await findPartiesWithContacts(tx, caller.organisationId, partyId);
    if (!existing) throw notFound();
    if (
      body.abbreviation !== undefined &&
      (await existsPartyWithAbbreviation(tx, caller.organisationId, body.abbreviation, partyId))
    ) {
      throw new AppError('abbreviation_taken', { fields: { abbreviation: 'abbreviation_taken' } });
    }
    const contact =
      body.securityContactUserId === undefined
        ? existing.party.securityContactUserId
        : body.securityContactUserId;
    const deputy =
      body.deputyContactUserId === undefined ? existing.party.deputyContactUserId : body.deputyContactUserId;
    if (body.securityContactUserId !== undefined || body.deputyContactUserId !== undefined) {
      await assertContactsFit(tx, caller, partyId, contact, deputy);
    }
    await updateParty(tx, caller.organisationId, partyId, {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.abbreviation !== undefined ? { abbreviation: body.abbreviation } : {}),
      ...(body.councilSeats !== undefined ? { councilSeats: body.councilSeats } : {}),
      ...(body.colour !== undefined ? { colour: body.colour.toLowerCase() } : {}),
      securityContactUserId: contact,
      deputyContactUserId: deputy,
      updatedAt: now,
    });
    await audit(tx, caller, now, {
      action: Action.PartyUpdate,
      recordType: 'party',
      recordId: partyId,
      details: { fields: Object.keys(body).sort().join(',') },
    });
    return await loadParty(tx, caller, partyId);
  });
}
