import {
  accountThrottleRule,
  AuditOutcome,
  decideLoginAttempt,
  ipThrottleRule,
  isTotpCode,
  MfaStep,
  mfaRequiredFor,
  mfaStepAfterPassword,
  normaliseRecoveryCode,
  sessionExpiry,
  type Role,
  type ThrottleRule,
  AuditAction,
  UserStatus,
} from '@varn/domain';
import type { LoggedIn, LoginBody, OrganisationChoice } from '@varn/contracts';
import type { DbOrTx, Tx } from '../../db/client';
import type { SessionMfaState } from '../../db/schema';
import type { AnonymousCaller, AppContext } from '../../lib/context';
import { randomToken, sha256Hex } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { auditWithoutCaller } from '../audit';
import { findOrganisationById } from '../organisations';
import { findUsersByEmailForLogin, updateUser, type UserRow } from '../users';
import { consumeRecoveryCode } from './mfa.repository';
import { verifyAgainstDummy, verifyPassword } from './passwords';
import {
  findSessionByTokenHash,
  insertSession,
  revokeSession,
  touchSession,
  updateSessionAfterMfa,
} from './sessions.repository';
import { deleteThrottle, findThrottleStates, recordThrottleFailure } from './throttle.repository';
import { checkTotp } from './totp';

/** A freshly issued session: the token goes into the cookie and nowhere else. */
export interface IssuedSession {
  readonly token: string;
  readonly sessionId: string;
  readonly response: LoggedIn;
}

/** The session of a request, as the auth plugin resolves it from the cookie. */
export interface ResolvedSession {
  readonly sessionId: string;
  readonly mfaState: SessionMfaState;
  readonly user: UserRow;
  readonly organisationName: string;
  readonly mfaRequiredRoles: readonly Role[];
  readonly partyId: string | null;
}

const accountKey = (email: string): string => `account:${email.trim().toLowerCase()}`;
const ipKey = (ip: string | null): string => `ip:${ip ?? 'unknown'}`;
const mfaKey = (userId: string): string => `mfa:${userId}`;

/** Throws 429 with Retry-After when any of the keys must wait. */
async function assertNotThrottled(
  db: DbOrTx,
  rules: readonly (readonly [string, ThrottleRule])[],
  now: Date,
): Promise<void> {
  const states = await findThrottleStates(
    db,
    rules.map(([key]) => key),
  );
  let wait = 0;
  for (const [key, rule] of rules) {
    const decision = decideLoginAttempt(states.get(key) ?? null, rule, now);
    if (!decision.allowed) wait = Math.max(wait, decision.retryAfterSeconds);
  }
  if (wait > 0) throw new AppError('too_many_attempts', { headers: { 'retry-after': String(wait) } });
}

async function recordFailures(
  db: DbOrTx,
  rules: readonly (readonly [string, ThrottleRule])[],
  now: Date,
): Promise<void> {
  for (const [key, rule] of rules) await recordThrottleFailure(db, key, now, rule.forgetAfterSeconds);
}

/**
 * Audits a login attempt in the chain of each account it concerns (an address with accounts in
 * several organisations: in each of them), or in the `system` chain when it concerns none.
 */
async function auditLogin(
  ctx: AppContext,
  caller: AnonymousCaller,
  accounts: readonly UserRow[],
  action: AuditAction,
  outcome: AuditOutcome,
  details: (user: UserRow | undefined) => Record<string, string>,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    for (const user of accounts.length > 0 ? accounts : [undefined]) {
      await auditWithoutCaller(tx, {
        organisationId: user?.organisationId ?? null,
        occurredAt: ctx.clock(),
        actorUserId: user?.id ?? null,
        action,
        recordType: user ? 'user' : null,
        recordId: user?.id ?? null,
        outcome,
        ip: caller.ip,
        userAgent: caller.userAgent,
        details: details(user),
      });
    }
  });
}

/** Creates a session for a user in the given MFA state. */
async function issueSession(
  tx: Tx,
  user: UserRow,
  mfaState: SessionMfaState,
  caller: AnonymousCaller,
  now: Date,
): Promise<{ token: string; sessionId: string }> {
  const token = randomToken();
  const session = await insertSession(tx, {
    organisationId: user.organisationId,
    userId: user.id,
    tokenHash: sha256Hex(token),
    mfaState,
    ip: caller.ip,
    userAgent: caller.userAgent?.slice(0, 400) ?? null,
    now,
  });
  return { token, sessionId: session.id };
}

const mfaStateOf = (step: MfaStep): SessionMfaState =>
  step === MfaStep.Verify ? 'pending' : step === MfaStep.Enrol ? 'enrol' : 'verified';

/**
 * Password login (issue 2 §3). Throttled per address and per IP before the password is even
 * looked at; unknown addresses cost the same time as known ones; every attempt is audited.
 *
 * One address may have accounts in several organisations (ADR 013), each with its own password.
 * The password is checked against each of them (in parallel, so the time does not tell how many
 * there are); when it opens active accounts in more than one, the answer is the list of those
 * organisations and no session, and the client asks again with the chosen `organisationId`.
 */
export async function logIn(
  ctx: AppContext,
  caller: AnonymousCaller,
  body: LoginBody,
): Promise<IssuedSession | OrganisationChoice> {
  const now = ctx.clock();
  const throttles = [
    [accountKey(body.email), accountThrottleRule],
    [ipKey(caller.ip), ipThrottleRule],
  ] as const;
  const accounts = (await findUsersByEmailForLogin(ctx.db, body.email)).filter(
    (account) => body.organisationId === undefined || account.organisationId === body.organisationId,
  );
  try {
    await assertNotThrottled(ctx.db, throttles, now);
  } catch (error) {
    await auditLogin(ctx, caller, accounts, AuditAction.LogIn, AuditOutcome.Denied, () => ({
      reason: 'throttled',
    }));
    throw error;
  }
  const checks = await Promise.all(
    accounts.length > 0
      ? accounts.map((account) =>
          account.passwordHash
            ? verifyPassword(account.passwordHash, body.password)
            : verifyAgainstDummy(body.password),
        )
      : [verifyAgainstDummy(body.password)],
  );
  const opened = accounts.filter((_account, index) => checks[index] === true);
  if (opened.length === 0) {
    await recordFailures(ctx.db, throttles, now);
    await auditLogin(ctx, caller, accounts, AuditAction.LogIn, AuditOutcome.Failure, (user) => ({
      reason: user ? 'wrong_password' : 'unknown_account',
    }));
    throw new AppError('invalid_credentials');
  }
  const active = opened.filter((account) => account.status === UserStatus.Active);
  if (active.length === 0) {
    await auditLogin(ctx, caller, opened, AuditAction.LogIn, AuditOutcome.Denied, (user) => ({
      reason: `account_${user?.status ?? 'unknown'}`,
    }));
    throw new AppError('account_inactive');
  }
  if (active.length > 1) {
    const organisations = [];
    for (const account of active) {
      const organisation = await findOrganisationById(ctx.db, account.organisationId);
      if (organisation) organisations.push({ id: organisation.id, name: organisation.name });
    }
    return { organisations: organisations.sort((a, b) => a.name.localeCompare(b.name, 'sv')) };
  }
  const [user] = active;
  if (!user) throw new AppError('invalid_credentials');
  const organisation = await findOrganisationById(ctx.db, user.organisationId);
  if (!organisation) throw new Error(`user ${user.id} has no organisation`);
  const step = mfaStepAfterPassword(
    { role: user.role, mfaEnabled: user.mfaEnabledAt !== null },
    organisation.mfaRequiredRoles,
  );
  return await ctx.db.transaction(async (tx) => {
    await deleteThrottle(tx, accountKey(body.email));
    const issued = await issueSession(tx, user, mfaStateOf(step), caller, now);
    if (step !== MfaStep.Verify) await updateUser(tx, user.organisationId, user.id, { lastLoginAt: now });
    await auditWithoutCaller(tx, {
      organisationId: user.organisationId,
      occurredAt: now,
      actorUserId: user.id,
      action: AuditAction.LogIn,
      recordType: 'user',
      recordId: user.id,
      outcome: AuditOutcome.Success,
      ip: caller.ip,
      userAgent: caller.userAgent,
      details: { mfaStep: step },
    });
    return {
      ...issued,
      response: { mfaRequired: step === MfaStep.Verify, mfaEnrolmentRequired: step === MfaStep.Enrol },
    };
  });
}

/**
 * Second step of a login with MFA: a TOTP code or a one-time recovery code. Throttled per
 * user like passwords. On success the session gets a new token (privilege change).
 */
export async function verifyLoginCode(
  ctx: AppContext,
  caller: AnonymousCaller,
  session: ResolvedSession,
  code: string,
): Promise<{ token: string }> {
  if (session.mfaState !== 'pending') throw new AppError('forbidden');
  const now = ctx.clock();
  const user = session.user;
  const throttles = [[mfaKey(user.id), accountThrottleRule]] as const;
  await assertNotThrottled(ctx.db, throttles, now);
  return await ctx.db
    .transaction(async (tx) => {
      let method: 'totp' | 'recovery_code' | null = null;
      if (isTotpCode(code) && user.mfaSecret) {
        const step = checkTotp(user.mfaSecret, code, now, user.mfaLastUsedStep);
        if (step !== null) {
          await updateUser(tx, user.organisationId, user.id, { mfaLastUsedStep: step });
          method = 'totp';
        }
      } else if (await consumeRecoveryCode(tx, user.id, sha256Hex(normaliseRecoveryCode(code)), now)) {
        method = 'recovery_code';
      }
      if (!method) return null;
      const token = randomToken();
      await updateSessionAfterMfa(tx, session.sessionId, {
        mfaState: 'verified',
        tokenHash: sha256Hex(token),
        now,
      });
      await updateUser(tx, user.organisationId, user.id, { lastLoginAt: now });
      await deleteThrottle(tx, mfaKey(user.id));
      await auditWithoutCaller(tx, {
        organisationId: user.organisationId,
        occurredAt: now,
        actorUserId: user.id,
        action: AuditAction.MfaCode,
        recordType: 'user',
        recordId: user.id,
        outcome: AuditOutcome.Success,
        ip: caller.ip,
        userAgent: caller.userAgent,
        details: { method },
      });
      return { token };
    })
    .then(async (result) => {
      if (result) return result;
      await recordFailures(ctx.db, throttles, now);
      await auditLogin(ctx, caller, [user], AuditAction.MfaCode, AuditOutcome.Failure, () => ({
        reason: 'invalid_code',
      }));
      throw new AppError('invalid_mfa_code');
    });
}

/** Ends the session of the request. */
export async function logOut(
  ctx: AppContext,
  caller: AnonymousCaller,
  session: ResolvedSession,
): Promise<void> {
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    await revokeSession(tx, session.sessionId, now);
    await auditWithoutCaller(tx, {
      organisationId: session.user.organisationId,
      occurredAt: now,
      actorUserId: session.user.id,
      action: AuditAction.LogOut,
      recordType: 'user',
      recordId: session.user.id,
      outcome: AuditOutcome.Success,
      ip: caller.ip,
      userAgent: caller.userAgent,
    });
  });
}

/** Only refresh `last_seen_at` when it is older than this, to spare a write per request. */
const touchIntervalMs = 60_000;

/**
 * Resolves a session cookie: `null` when unknown or revoked, `expired` when a timeout has passed
 * (the session is then revoked) or the account is no longer active.
 */
export async function resolveSession(
  ctx: AppContext,
  token: string,
  options: { readonly touch?: boolean } = {},
): Promise<ResolvedSession | 'expired' | null> {
  const row = await findSessionByTokenHash(ctx.db, sha256Hex(token));
  if (!row) return null;
  const now = ctx.clock();
  const expiry = sessionExpiry(row.session, row.organisation, now);
  if (expiry !== null || row.user.status !== UserStatus.Active) {
    await revokeSession(ctx.db, row.session.id, now);
    return 'expired';
  }
  // A live stream's re-checks (issue 12) do not touch: an open lägesbild alone keeps no session alive.
  if (options.touch !== false && now.getTime() - row.session.lastSeenAt.getTime() > touchIntervalMs)
    await touchSession(ctx.db, row.session.id, now);
  // A role that became subject to MFA after this login may only enrol until the user has done so.
  const mustEnrol =
    row.session.mfaState === 'verified' &&
    row.user.mfaEnabledAt === null &&
    mfaRequiredFor(row.user.role, row.organisation.mfaRequiredRoles);
  return {
    sessionId: row.session.id,
    mfaState: mustEnrol ? 'enrol' : row.session.mfaState,
    user: row.user,
    organisationName: row.organisation.name,
    mfaRequiredRoles: row.organisation.mfaRequiredRoles,
    partyId: row.partyId,
  };
}
