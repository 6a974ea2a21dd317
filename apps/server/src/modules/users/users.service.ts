import { Action, AuditAction, Role, roleMayHaveParty, roleRequiresParty, UserStatus } from '@varn/domain';
import type { CreateUserBody, UpdateUserBody, User, UserList } from '@varn/contracts';
import type { Tx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { randomToken, sha256Hex } from '../../lib/crypto';
import { AppError, notFound, ruleViolation } from '../../lib/errors';
import { audit } from '../audit';
import { replaceRecoveryCodes, revokeSessionsOfUser } from '../auth';
import { invitationMail, queueMail } from '../mail';
import { findOrganisationById } from '../organisations';
import { clearContactAppointments, findPartiesWhereContact, findPartyById } from '../parties';
import { insertInvitation } from './invitations.repository';
import {
  existsOtherActiveAdmin,
  existsUserWithEmail,
  findPartyIdOfUser,
  findUserById,
  findUsersWithParty,
  insertUser,
  lockOrganisationAdministration,
  revokeOpenInvitations,
  updateUser,
  upsertPartyMembership,
  type UserRow,
} from './users.repository';

/** How long an invitation link is valid. */
export const invitationValidityDays = 7;

type UserWithParty = Awaited<ReturnType<typeof findUsersWithParty>>[number];

function toUser(row: UserWithParty): User {
  return {
    id: row.user.id,
    email: row.user.email,
    name: row.user.name,
    role: row.user.role,
    language: row.user.language,
    status: row.user.status,
    partyId: row.partyId,
    mfaEnabled: row.user.mfaEnabledAt !== null,
    createdAt: row.user.createdAt.toISOString(),
    lastLoginAt: row.user.lastLoginAt?.toISOString() ?? null,
    invitationExpiresAt:
      row.user.status === UserStatus.Invited ? (row.invitationExpiresAt?.toISOString() ?? null) : null,
  };
}

async function loadUser(tx: Tx, caller: Caller, userId: string): Promise<User> {
  const [row] = await findUsersWithParty(tx, caller.organisationId, userId);
  if (!row) throw notFound();
  return toUser(row);
}

const userResource = (caller: Caller, userId?: string) =>
  ({ type: 'user', organisationId: caller.organisationId, ...(userId ? { userId } : {}) }) as const;

/** `GET /api/users`: the organisation's accounts. Audited: the list includes party affiliation. */
export async function listUsers(ctx: AppContext, caller: Caller): Promise<UserList> {
  authorizeOrThrow(caller, Action.UserList, userResource(caller));
  return await ctx.db.transaction(async (tx) => {
    const rows = await findUsersWithParty(tx, caller.organisationId);
    await audit(tx, caller, ctx.clock(), {
      action: Action.UserList,
      recordType: 'user',
      details: { count: rows.length },
    });
    return { users: rows.map(toUser) };
  });
}

/** `GET /api/users/{id}`. Audited. */
export async function getUser(ctx: AppContext, caller: Caller, userId: string): Promise<User> {
  authorizeOrThrow(caller, Action.UserRead, userResource(caller, userId));
  return await ctx.db.transaction(async (tx) => {
    const user = await loadUser(tx, caller, userId);
    await audit(tx, caller, ctx.clock(), { action: Action.UserRead, recordType: 'user', recordId: userId });
    return user;
  });
}

/** Checks that a party affiliation fits the role and that the party is the organisation's. */
async function assertPartyFits(tx: Tx, caller: Caller, role: Role, partyId: string | null): Promise<void> {
  if (partyId === null) {
    if (roleRequiresParty(role)) throw ruleViolation({ partyId: 'party_required_for_role' });
    return;
  }
  if (!roleMayHaveParty(role)) throw ruleViolation({ partyId: 'party_not_allowed_for_role' });
  if (!(await findPartyById(tx, caller.organisationId, partyId)))
    throw ruleViolation({ partyId: 'party_not_found' });
}

/** Queues an invitation with a fresh one-time link (open links of the user are revoked first). */
async function sendInvitation(
  ctx: AppContext,
  tx: Tx,
  caller: Caller | null,
  user: UserRow,
  now: Date,
): Promise<void> {
  const organisation = await findOrganisationById(tx, user.organisationId);
  if (!organisation) throw notFound();
  await revokeOpenInvitations(tx, user.organisationId, user.id, now);
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + invitationValidityDays * 86_400_000);
  await insertInvitation(tx, {
    organisationId: user.organisationId,
    userId: user.id,
    tokenHash: sha256Hex(token),
    expiresAt,
    createdByUserId: caller?.userId ?? null,
    now,
  });
  const base = ctx.config.publicUrl.href.replace(/\/$/u, '');
  const mail = invitationMail({
    locale: user.language,
    name: user.name,
    organisationName: organisation.name,
    link: `${base}/invitation#${token}`,
    expiresAt,
  });
  await queueMail(ctx, tx, { ...mail, organisationId: user.organisationId, to: user.email });
}

/** Creates an invited account and its invitation (used by the admin route and the CLI). */
export async function createInvitedUser(
  ctx: AppContext,
  tx: Tx,
  caller: Caller | null,
  organisationId: string,
  body: CreateUserBody,
  now: Date,
): Promise<UserRow> {
  if (await existsUserWithEmail(tx, organisationId, body.email))
    throw new AppError('email_taken', { fields: { email: 'email_taken' } });
  const organisation = await findOrganisationById(tx, organisationId);
  if (!organisation) throw notFound();
  const user = await insertUser(tx, {
    organisationId,
    email: body.email,
    name: body.name,
    role: body.role,
    language: body.language ?? 'sv',
    status: UserStatus.Invited,
    now,
  });
  if (body.partyId) await upsertPartyMembership(tx, organisationId, user.id, body.partyId, now);
  await sendInvitation(ctx, tx, caller, user, now);
  return user;
}

/** `POST /api/users`: an admin invites a person; the one-time link goes out by e-mail. */
export async function inviteUser(ctx: AppContext, caller: Caller, body: CreateUserBody): Promise<User> {
  authorizeOrThrow(caller, Action.UserCreate, userResource(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    await assertPartyFits(tx, caller, body.role, body.partyId ?? null);
    const created = await createInvitedUser(ctx, tx, caller, caller.organisationId, body, now);
    await audit(tx, caller, now, {
      action: Action.UserCreate,
      recordType: 'user',
      recordId: created.id,
      details: { role: created.role, withParty: body.partyId ? true : false },
    });
    return await loadUser(tx, caller, created.id);
  });
}

/** `PATCH /api/users/{id}`: name, role, party and language. */
export async function changeUser(
  ctx: AppContext,
  caller: Caller,
  userId: string,
  body: UpdateUserBody,
): Promise<User> {
  authorizeOrThrow(caller, Action.UserUpdate, userResource(caller, userId));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    if (body.role !== undefined) await lockOrganisationAdministration(tx, caller.organisationId);
    const existing = await findUserById(tx, caller.organisationId, userId);
    if (!existing) throw notFound();
    const currentPartyId = await findPartyIdOfUser(tx, caller.organisationId, userId);
    const role = body.role ?? existing.role;
    // A role without party affiliation drops it: party data is kept only where the role needs it.
    const partyId =
      !roleMayHaveParty(role) && body.partyId === undefined
        ? null
        : body.partyId === undefined
          ? currentPartyId
          : body.partyId;
    // An appointed contact is told so first: that is what blocks the change.
    const contactOf = await findPartiesWhereContact(tx, caller.organisationId, userId);
    const stillEligible =
      (role === Role.PartyContact || role === Role.Official) &&
      contactOf.every((party) => party.id === partyId);
    if (contactOf.length > 0 && !stillEligible) {
      throw ruleViolation({
        [body.role !== undefined && body.role !== existing.role ? 'role' : 'partyId']:
          'user_is_party_contact',
      });
    }
    if (
      existing.role === Role.Admin &&
      role !== Role.Admin &&
      !(await existsOtherActiveAdmin(tx, caller.organisationId, userId))
    ) {
      throw ruleViolation({ role: 'last_admin' });
    }
    await assertPartyFits(tx, caller, role, partyId);
    await updateUser(tx, caller.organisationId, userId, {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.role !== undefined ? { role: body.role } : {}),
      ...(body.language !== undefined ? { language: body.language } : {}),
      updatedAt: now,
    });
    if (partyId !== currentPartyId)
      await upsertPartyMembership(tx, caller.organisationId, userId, partyId, now);
    if (body.role !== undefined && body.role !== existing.role)
      await revokeSessionsOfUser(tx, userId, null, now);
    await audit(tx, caller, now, {
      action: Action.UserUpdate,
      recordType: 'user',
      recordId: userId,
      details: {
        fields: Object.keys(body).sort().join(','),
        roleChanged: body.role !== undefined && body.role !== existing.role,
        partyChanged: partyId !== currentPartyId,
      },
    });
    return await loadUser(tx, caller, userId);
  });
}

/** `POST /api/users/{id}/deactivate`: ends sessions, open invitations and contact appointments. */
export async function deactivateUser(ctx: AppContext, caller: Caller, userId: string): Promise<User> {
  authorizeOrThrow(caller, Action.UserDeactivate, userResource(caller, userId));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    await lockOrganisationAdministration(tx, caller.organisationId);
    const existing = await findUserById(tx, caller.organisationId, userId);
    if (!existing) throw notFound();
    if (existing.role === Role.Admin && !(await existsOtherActiveAdmin(tx, caller.organisationId, userId))) {
      throw ruleViolation({ role: 'last_admin' });
    }
    await updateUser(tx, caller.organisationId, userId, { status: UserStatus.Deactivated, updatedAt: now });
    const sessionsEnded = await revokeSessionsOfUser(tx, userId, null, now);
    await revokeOpenInvitations(tx, caller.organisationId, userId, now);
    const appointmentsCleared = await clearContactAppointments(tx, caller.organisationId, userId, now);
    await audit(tx, caller, now, {
      action: Action.UserDeactivate,
      recordType: 'user',
      recordId: userId,
      details: { sessionsEnded, appointmentsCleared },
    });
    return await loadUser(tx, caller, userId);
  });
}

/** `POST /api/users/{id}/reactivate`: active again, or invited when no password was ever set. */
export async function reactivateUser(ctx: AppContext, caller: Caller, userId: string): Promise<User> {
  authorizeOrThrow(caller, Action.UserDeactivate, userResource(caller, userId));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const existing = await findUserById(tx, caller.organisationId, userId);
    if (!existing) throw notFound();
    if (existing.status !== UserStatus.Deactivated) return await loadUser(tx, caller, userId);
    const status = existing.passwordHash ? UserStatus.Active : UserStatus.Invited;
    const updated = await updateUser(tx, caller.organisationId, userId, { status, updatedAt: now });
    if (updated && status === UserStatus.Invited) await sendInvitation(ctx, tx, caller, updated, now);
    await audit(tx, caller, now, {
      action: AuditAction.UserReactivate,
      recordType: 'user',
      recordId: userId,
      details: { status },
    });
    return await loadUser(tx, caller, userId);
  });
}

/** `POST /api/users/{id}/invitation`: a new link for someone who has not accepted yet. */
export async function resendInvitation(ctx: AppContext, caller: Caller, userId: string): Promise<User> {
  authorizeOrThrow(caller, Action.UserInvite, userResource(caller, userId));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const existing = await findUserById(tx, caller.organisationId, userId);
    if (!existing) throw notFound();
    if (existing.status !== UserStatus.Invited) throw new AppError('conflict');
    await sendInvitation(ctx, tx, caller, existing, now);
    await audit(tx, caller, now, { action: AuditAction.UserInvite, recordType: 'user', recordId: userId });
    return await loadUser(tx, caller, userId);
  });
}

/** `POST /api/users/{id}/mfa-reset`: for a lost phone. MFA and recovery codes go, sessions end. */
export async function resetUserMfa(ctx: AppContext, caller: Caller, userId: string): Promise<User> {
  authorizeOrThrow(caller, Action.UserResetMfa, userResource(caller, userId));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const existing = await findUserById(tx, caller.organisationId, userId);
    if (!existing) throw notFound();
    await updateUser(tx, caller.organisationId, userId, {
      mfaSecret: null,
      mfaPendingSecret: null,
      mfaEnabledAt: null,
      mfaLastUsedStep: null,
      updatedAt: now,
    });
    await replaceRecoveryCodes(tx, caller.organisationId, userId, [], now);
    const sessionsEnded = await revokeSessionsOfUser(
      tx,
      userId,
      userId === caller.userId ? caller.sessionId : null,
      now,
    );
    await audit(tx, caller, now, {
      action: Action.UserResetMfa,
      recordType: 'user',
      recordId: userId,
      details: { sessionsEnded },
    });
    return await loadUser(tx, caller, userId);
  });
}
