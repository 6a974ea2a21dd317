import {
  Action,
  AuditAction,
  isNotInFuture,
  isSignalOpen,
  partyReadinessGaps,
  swedishDate,
  type ContactAppointmentProblem,
} from '@varn/domain';
import type {
  AppointPartyContactsBody,
  ContactCandidateList,
  PartyReadinessGapList,
  PartySecurityContactList,
  PartySecurityContacts,
  PartySummary,
  RecordUnitContactBody,
} from '@varn/contracts';
import type { DbOrTx, Tx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { notFound, ruleViolation } from '../../lib/errors';
import { audit } from '../audit';
import { partyEndorsementOf } from '../guidelines';
import { findSignals } from '../signals';
import {
  findPartySecurityContactRows,
  findPeopleOfParty,
  findPersonWithParty,
  upsertPartySecurityContacts,
  type PartySecurityContactRow,
} from './party-contacts.repository';

/*
 * The parties' security contacts as people of the register (issue 11 §2, ADR 018): the admin and
 * the unit appoint a contact and deputy for each party and record their contacts with the unit; a
 * party without a contact, without a deputy, or not heard from for half a year is a readiness gap
 * (domain `partyReadinessGaps`), shown on the party list, in the directory and the inbox.
 */

/** How long a handled signal stays on the sender's party page, in days. */
const handledSignalDays = 30;

const partyResource = (caller: Caller, partyId?: string) =>
  ({ type: 'party', organisationId: caller.organisationId, ...(partyId ? { partyId } : {}) }) as const;

function person(
  id: string | null | undefined,
  name: string | null,
  email: string | null,
  phone: string | null,
) {
  return id && name ? { personId: id, name, email, phone } : null;
}

function toPartySecurityContacts(row: PartySecurityContactRow, now: Date): PartySecurityContacts {
  const contacts = row.contacts;
  return {
    party: row.party,
    contact: person(contacts?.contactPersonId, row.contactName, row.contactEmail, row.contactPhone),
    deputy: person(contacts?.deputyPersonId, row.deputyName, row.deputyEmail, row.deputyPhone),
    appointedOn: contacts?.appointedOn ?? null,
    lastContactAt: contacts?.lastContactAt?.toISOString() ?? null,
    gaps: partyReadinessGaps(
      contacts
        ? {
            partyId: contacts.partyId,
            contactPersonId: contacts.contactPersonId,
            deputyPersonId: contacts.deputyPersonId,
            appointedOn: contacts.appointedOn,
            lastContactAt: contacts.lastContactAt,
          }
        : null,
      now,
    ),
  };
}

/**
 * Every party's contacts with their gaps at `now`, for the modules that show them (the directory);
 * the caller has checked its own action.
 */
export async function partySecurityContactsOf(
  db: DbOrTx,
  organisationId: string,
  now: Date,
): Promise<PartySecurityContacts[]> {
  return (await findPartySecurityContactRows(db, organisationId)).map((row) =>
    toPartySecurityContacts(row, now),
  );
}

/** The parties with readiness gaps at `now` (the inbox, the gap list): facts about parties only. */
export async function partyReadinessGapsOf(
  db: DbOrTx,
  organisationId: string,
  now: Date,
): Promise<PartyReadinessGapList['parties']> {
  return (await partySecurityContactsOf(db, organisationId, now))
    .filter((entry) => entry.gaps.length > 0)
    .map((entry) => ({ party: entry.party, gaps: entry.gaps }));
}

/** `GET /api/parties/security-contacts` (admin, unit; audited: it names people and their numbers). */
export async function listPartySecurityContacts(
  ctx: AppContext,
  caller: Caller,
): Promise<PartySecurityContactList> {
  authorizeOrThrow(caller, Action.PartyManageContacts, partyResource(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const list = await partySecurityContactsOf(tx, caller.organisationId, now);
    await audit(tx, caller, now, {
      action: AuditAction.ContactDirectoryRead,
      recordType: 'party',
      details: { view: 'party_contacts', count: list.length },
    });
    return { parties: list };
  });
}

/** `GET /api/parties/readiness-gaps` (admin, unit). */
export async function listReadinessGaps(ctx: AppContext, caller: Caller): Promise<PartyReadinessGapList> {
  authorizeOrThrow(caller, Action.PartyManageContacts, partyResource(caller));
  return { parties: await partyReadinessGapsOf(ctx.db, caller.organisationId, ctx.clock()) };
}

async function loadPartyContacts(tx: DbOrTx, caller: Caller, partyId: string, now: Date) {
  const [row] = await findPartySecurityContactRows(tx, caller.organisationId, partyId);
  if (!row) throw notFound();
  return toPartySecurityContacts(row, now);
}

/** Checks that each appointed person is a person of the register who belongs to the party. */
async function assertAppointable(
  tx: Tx,
  caller: Caller,
  partyId: string,
  body: AppointPartyContactsBody,
): Promise<void> {
  const problems: Record<string, ContactAppointmentProblem> = {};
  if (body.contactPersonId !== null && body.contactPersonId === body.deputyPersonId)
    problems.deputyPersonId = 'contact_same_as_deputy';
  for (const field of ['contactPersonId', 'deputyPersonId'] as const) {
    const personId = body[field];
    if (personId === null || problems[field]) continue;
    const found = await findPersonWithParty(tx, caller.organisationId, personId);
    if (!found || found.partyId !== partyId) problems[field] = 'contact_wrong_party';
  }
  if (Object.keys(problems).length > 0) throw ruleViolation(problems);
}

/** `PUT /api/parties/{id}/security-contacts` (admin, unit). */
export async function appointPartyContacts(
  ctx: AppContext,
  caller: Caller,
  partyId: string,
  body: AppointPartyContactsBody,
): Promise<PartySecurityContacts> {
  authorizeOrThrow(caller, Action.PartyManageContacts, partyResource(caller, partyId));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const before = await loadPartyContacts(tx, caller, partyId, now);
    await assertAppointable(tx, caller, partyId, body);
    const contactChanged = (before.contact?.personId ?? null) !== body.contactPersonId;
    const appointedOn =
      body.contactPersonId === null
        ? null
        : body.appointedOn !== undefined && body.appointedOn !== null
          ? body.appointedOn
          : contactChanged
            ? swedishDate(now)
            : before.appointedOn;
    await upsertPartySecurityContacts(tx, {
      partyId,
      organisationId: caller.organisationId,
      contactPersonId: body.contactPersonId,
      deputyPersonId: body.deputyPersonId,
      appointedOn,
      createdAt: now,
      updatedAt: now,
    });
    await audit(tx, caller, now, {
      action: AuditAction.PartyContactsAppoint,
      recordType: 'party',
      recordId: partyId,
      details: {
        contact: body.contactPersonId ?? 'none',
        deputy: body.deputyPersonId ?? 'none',
      },
    });
    return await loadPartyContacts(tx, caller, partyId, now);
  });
}

/** `POST /api/parties/{id}/unit-contacts` (admin, unit): the party's contact spoke with the unit. */
export async function recordUnitContact(
  ctx: AppContext,
  caller: Caller,
  partyId: string,
  body: RecordUnitContactBody,
): Promise<PartySecurityContacts> {
  authorizeOrThrow(caller, Action.PartyManageContacts, partyResource(caller, partyId));
  const now = ctx.clock();
  const at = body.contactedAt === undefined ? now : new Date(body.contactedAt);
  if (!isNotInFuture(at, now)) throw ruleViolation({ contactedAt: 'date_in_future' });
  return await ctx.db.transaction(async (tx) => {
    const before = await loadPartyContacts(tx, caller, partyId, now);
    if (before.contact === null) throw ruleViolation({ contactedAt: 'party_without_contact' });
    const last = before.lastContactAt === null ? null : new Date(before.lastContactAt);
    await upsertPartySecurityContacts(tx, {
      partyId,
      organisationId: caller.organisationId,
      contactPersonId: before.contact.personId,
      deputyPersonId: before.deputy?.personId ?? null,
      appointedOn: before.appointedOn,
      // An earlier contact entered late never hides a later one.
      lastContactAt: last !== null && last > at ? last : at,
      createdAt: now,
      updatedAt: now,
    });
    await audit(tx, caller, now, {
      action: AuditAction.PartyContactRecorded,
      recordType: 'party',
      recordId: partyId,
      details: { contactedAt: at.toISOString() },
    });
    return await loadPartyContacts(tx, caller, partyId, now);
  });
}

/** `GET /api/parties/{id}/contact-candidates` (admin, unit; audited: it lists the party's people). */
export async function listContactCandidates(
  ctx: AppContext,
  caller: Caller,
  partyId: string,
): Promise<ContactCandidateList> {
  authorizeOrThrow(caller, Action.PartyManageContacts, partyResource(caller, partyId));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    await loadPartyContacts(tx, caller, partyId, now);
    const found = await findPeopleOfParty(tx, caller.organisationId, partyId);
    await audit(tx, caller, now, {
      action: AuditAction.PartyRosterRead,
      recordType: 'party',
      recordId: partyId,
      details: { view: 'contact_candidates', count: found.length },
    });
    return { people: found };
  });
}

/**
 * `GET /api/parties/{id}/summary`: the party contact's page for their own party (the roster's
 * record rule: another party 404), or any party for the admin and the unit; audited.
 */
export async function getPartySummary(
  ctx: AppContext,
  caller: Caller,
  partyId: string,
): Promise<PartySummary> {
  authorizeOrThrow(caller, Action.PartyReadRoster, partyResource(caller, partyId));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const contacts = await loadPartyContacts(tx, caller, partyId, now);
    const handledSince = now.getTime() - handledSignalDays * 86_400_000;
    const sent = (await findSignals(tx, caller.organisationId, caller.userId, 50))
      .map((row) => row.record)
      .filter(
        (signal) =>
          isSignalOpen(signal.status) ||
          (signal.handledAt !== null && signal.handledAt.getTime() >= handledSince),
      )
      .slice(0, 10);
    const endorsement = await partyEndorsementOf(tx, caller, partyId, swedishDate(now));
    await audit(tx, caller, now, {
      action: AuditAction.PartyRosterRead,
      recordType: 'party',
      recordId: partyId,
      details: { view: 'summary' },
    });
    return {
      contacts,
      signals: sent.map((signal) => ({
        id: signal.id,
        text: signal.text,
        urgency: signal.urgency,
        status: signal.status,
        createdAt: signal.createdAt.toISOString(),
        handledAt: signal.handledAt?.toISOString() ?? null,
      })),
      endorsement,
    };
  });
}
