import {
  Action,
  checkPassword,
  mfaRequiredFor,
  normaliseRecoveryCode,
  sessionExpiresAt,
  AuditAction,
} from '@varn/domain';
import type {
  ChangePasswordBody,
  Me,
  MfaEnrolment,
  RecoveryCodes,
  SessionList,
  UpdateProfileBody,
} from '@varn/contracts';
import type { DbOrTx, Tx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { randomToken, sha256Hex } from '../../lib/crypto';
import { authorizeOrThrow } from '../../lib/authorize';
import { AppError, notFound, ruleViolation } from '../../lib/errors';
import { audit } from '../audit';
import {
  checkTotp,
  createRecoveryCodes,
  createTotpSecret,
  findOpenSessionsOfUser,
  hashPassword,
  replaceRecoveryCodes,
  type ResolvedSession,
  revokeSessionOfUser,
  revokeSessionsOfUser,
  totpEnrolment,
  updateSessionAfterMfa,
  verifyPassword,
} from '../auth';
import { findPartyById } from '../parties';
import { findOrganisationById } from '../organisations';
import { findUserById, updateUser, type UserRow } from '../users';

const own = (caller: Caller) => ({
  type: 'user' as const,
  organisationId: caller.organisationId,
  userId: caller.userId,
});

async function loadSelf(db: DbOrTx, caller: Caller): Promise<UserRow> {
  const user = await findUserById(db, caller.organisationId, caller.userId);
  if (!user) throw notFound();
  return user;
}

/** `GET /api/me`: the signed-in user. Reading one's own party is not audited (it is one's own data). */
export async function getMe(ctx: AppContext, caller: Caller, session: ResolvedSession): Promise<Me> {
  authorizeOrThrow(caller, Action.ProfileRead, own(caller));
  const user = session.user;
  const party = session.partyId
    ? await findPartyById(ctx.db, caller.organisationId, session.partyId)
    : undefined;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    language: user.language,
    organisation: { id: user.organisationId, name: session.organisationName },
    party: party ?? null,
    mfaEnabled: user.mfaEnabledAt !== null,
    mfaRequiredByRole: mfaRequiredFor(user.role, session.mfaRequiredRoles),
    mfaEnrolmentRequired: session.mfaState === 'enrol',
  };
}

/** `PATCH /api/me`: own name and language. */
export async function updateProfile(
  ctx: AppContext,
  caller: Caller,
  session: ResolvedSession,
  body: UpdateProfileBody,
): Promise<Me> {
  authorizeOrThrow(caller, Action.ProfileUpdate, own(caller));
  const now = ctx.clock();
  const updated = await ctx.db.transaction(async (tx) => {
    const row = await updateUser(tx, caller.organisationId, caller.userId, {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.language !== undefined ? { language: body.language } : {}),
      updatedAt: now,
    });
    if (!row) throw notFound();
    await audit(tx, caller, now, {
      action: AuditAction.ProfileUpdate,
      recordType: 'user',
      recordId: caller.userId,
      details: { fields: Object.keys(body).sort().join(',') },
    });
    return row;
  });
  return await getMe(ctx, caller, { ...session, user: updated });
}

/** `POST /api/me/password`: needs the current password; ends every other session. */
export async function changePassword(
  ctx: AppContext,
  caller: Caller,
  body: ChangePasswordBody,
): Promise<void> {
  authorizeOrThrow(caller, Action.ProfileUpdate, own(caller));
  const user = await loadSelf(ctx.db, caller);
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, body.currentPassword))) {
    throw ruleViolation({ currentPassword: 'wrong_password' });
  }
  const problem = checkPassword(body.newPassword, { email: user.email, name: user.name })[0];
  if (problem) throw ruleViolation({ newPassword: problem });
  const passwordHash = await hashPassword(body.newPassword);
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    await updateUser(tx, caller.organisationId, caller.userId, {
      passwordHash,
      passwordChangedAt: now,
      updatedAt: now,
    });
    const ended = await revokeSessionsOfUser(tx, caller.userId, caller.sessionId, now);
    await audit(tx, caller, now, {
      action: AuditAction.PasswordChange,
      recordType: 'user',
      recordId: caller.userId,
      details: { otherSessionsEnded: ended },
    });
  });
}

/** `GET /api/me/sessions`. */
export async function listOwnSessions(ctx: AppContext, caller: Caller): Promise<SessionList> {
  authorizeOrThrow(caller, Action.SessionManage, {
    type: 'session',
    organisationId: caller.organisationId,
    userId: caller.userId,
  });
  const organisation = await findOrganisationById(ctx.db, caller.organisationId);
  if (!organisation) throw notFound();
  const timeouts = {
    idleMinutes: organisation.sessionIdleMinutes,
    absoluteHours: organisation.sessionAbsoluteHours,
  };
  const now = ctx.clock();
  const rows = await findOpenSessionsOfUser(ctx.db, caller.userId);
  return {
    sessions: rows
      .map((row) => ({ row, expiresAt: sessionExpiresAt(row, timeouts) }))
      .filter(({ expiresAt }) => expiresAt > now)
      .map(({ row, expiresAt }) => ({
        id: row.id,
        createdAt: row.createdAt.toISOString(),
        lastSeenAt: row.lastSeenAt.toISOString(),
        expiresAt: expiresAt.toISOString(),
        ip: row.ip,
        userAgent: row.userAgent,
        current: row.id === caller.sessionId,
      })),
  };
}

/** `POST /api/me/sessions/revoke-others` ("log out other sessions"). */
export async function revokeOtherSessions(ctx: AppContext, caller: Caller): Promise<void> {
  authorizeOrThrow(caller, Action.SessionManage, {
    type: 'session',
    organisationId: caller.organisationId,
    userId: caller.userId,
  });
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    const ended = await revokeSessionsOfUser(tx, caller.userId, caller.sessionId, now);
    await audit(tx, caller, now, {
      action: AuditAction.SessionRevokeOthers,
      recordType: 'user',
      recordId: caller.userId,
      details: { ended },
    });
  });
}

/** `DELETE /api/me/sessions/{id}`: ends one of one's own sessions (404 for anyone else's). */
export async function revokeOwnSession(ctx: AppContext, caller: Caller, sessionId: string): Promise<void> {
  authorizeOrThrow(caller, Action.SessionManage, {
    type: 'session',
    organisationId: caller.organisationId,
    userId: caller.userId,
  });
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    if (!(await revokeSessionOfUser(tx, caller.userId, sessionId, now))) throw notFound();
    await audit(tx, caller, now, {
      action: AuditAction.SessionRevoke,
      recordType: 'session',
      recordId: sessionId,
    });
  });
}

/** `POST /api/me/mfa/enrolment`: a new secret to scan; MFA is on only after a confirmed code. */
export async function startMfaEnrolment(
  ctx: AppContext,
  caller: Caller,
  session: ResolvedSession,
): Promise<MfaEnrolment> {
  authorizeOrThrow(caller, Action.ProfileUpdate, own(caller));
  const user = await loadSelf(ctx.db, caller);
  if (user.mfaEnabledAt) throw new AppError('mfa_already_enabled');
  const secret = createTotpSecret();
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    await updateUser(tx, caller.organisationId, caller.userId, { mfaPendingSecret: secret, updatedAt: now });
    await audit(tx, caller, now, {
      action: AuditAction.MfaEnrolmentStart,
      recordType: 'user',
      recordId: caller.userId,
    });
  });
  return { secret, ...(await totpEnrolment(secret, user.email, session.organisationName)) };
}

async function issueRecoveryCodes(tx: Tx, caller: Caller, now: Date): Promise<string[]> {
  const codes = createRecoveryCodes();
  await replaceRecoveryCodes(
    tx,
    caller.organisationId,
    caller.userId,
    codes.map((code) => sha256Hex(normaliseRecoveryCode(code))),
    now,
  );
  return codes;
}

/**
 * `POST /api/me/mfa/enrolment/confirm`: a correct code from the new secret turns MFA on and
 * yields ten recovery codes. A session that could only enrol becomes a full one (new token).
 */
export async function confirmMfaEnrolment(
  ctx: AppContext,
  caller: Caller,
  session: ResolvedSession,
  code: string,
): Promise<RecoveryCodes & { newToken: string | null }> {
  authorizeOrThrow(caller, Action.ProfileUpdate, own(caller));
  const user = await loadSelf(ctx.db, caller);
  if (user.mfaEnabledAt) throw new AppError('mfa_already_enabled');
  const now = ctx.clock();
  const step = user.mfaPendingSecret ? checkTotp(user.mfaPendingSecret, code, now, null) : null;
  if (step === null || !user.mfaPendingSecret) throw new AppError('invalid_mfa_code');
  const secret = user.mfaPendingSecret;
  return await ctx.db.transaction(async (tx) => {
    await updateUser(tx, caller.organisationId, caller.userId, {
      mfaSecret: secret,
      mfaPendingSecret: null,
      mfaEnabledAt: now,
      mfaLastUsedStep: step,
      updatedAt: now,
    });
    const recoveryCodes = await issueRecoveryCodes(tx, caller, now);
    let newToken: string | null = null;
    if (session.mfaState === 'enrol') {
      newToken = randomToken();
      await updateSessionAfterMfa(tx, caller.sessionId, {
        mfaState: 'verified',
        tokenHash: sha256Hex(newToken),
        now,
      });
      await updateUser(tx, caller.organisationId, caller.userId, { lastLoginAt: now });
    }
    await audit(tx, caller, now, {
      action: AuditAction.MfaEnable,
      recordType: 'user',
      recordId: caller.userId,
    });
    return { recoveryCodes, newToken };
  });
}

/** `POST /api/me/mfa/disable`: with the password, unless the role requires MFA. */
export async function disableMfa(
  ctx: AppContext,
  caller: Caller,
  session: ResolvedSession,
  password: string,
): Promise<void> {
  authorizeOrThrow(caller, Action.ProfileUpdate, own(caller));
  if (mfaRequiredFor(caller.role, session.mfaRequiredRoles)) throw new AppError('mfa_required_by_role');
  const user = await loadSelf(ctx.db, caller);
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, password)))
    throw ruleViolation({ password: 'wrong_password' });
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    await updateUser(tx, caller.organisationId, caller.userId, {
      mfaSecret: null,
      mfaPendingSecret: null,
      mfaEnabledAt: null,
      mfaLastUsedStep: null,
      updatedAt: now,
    });
    await replaceRecoveryCodes(tx, caller.organisationId, caller.userId, [], now);
    await audit(tx, caller, now, {
      action: AuditAction.MfaDisable,
      recordType: 'user',
      recordId: caller.userId,
    });
  });
}

/** `POST /api/me/mfa/recovery-codes`: ten new codes (the old ones stop working), with the password. */
export async function regenerateRecoveryCodes(
  ctx: AppContext,
  caller: Caller,
  password: string,
): Promise<RecoveryCodes> {
  authorizeOrThrow(caller, Action.ProfileUpdate, own(caller));
  const user = await loadSelf(ctx.db, caller);
  if (!user.mfaEnabledAt) throw new AppError('mfa_not_enabled');
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, password)))
    throw ruleViolation({ password: 'wrong_password' });
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const recoveryCodes = await issueRecoveryCodes(tx, caller, now);
    await audit(tx, caller, now, {
      action: AuditAction.MfaRecoveryCodes,
      recordType: 'user',
      recordId: caller.userId,
    });
    return { recoveryCodes };
  });
}
