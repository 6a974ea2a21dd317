import { AuditAction, AuditOutcome, checkPassword, UserStatus } from '@varn/domain';
import type { Invitation, InvitationAcceptBody } from '@varn/contracts';
import type { AnonymousCaller, AppContext } from '../../lib/context';
import { sha256Hex } from '../../lib/crypto';
import { AppError, ruleViolation } from '../../lib/errors';
import { auditWithoutCaller } from '../audit';
import { hashPassword } from '../auth';
import { findOpenInvitation, markInvitationAccepted } from './invitations.repository';
import { updateUser } from './users.repository';

/** `POST /api/invitations/lookup`: what the invitation page shows; 410 for a used or expired link. */
export async function lookUpInvitation(ctx: AppContext, token: string): Promise<Invitation> {
  const found = await findOpenInvitation(ctx.db, sha256Hex(token), ctx.clock());
  if (!found || found.user.status !== UserStatus.Invited) throw new AppError('invitation_invalid');
  return {
    email: found.user.email,
    name: found.user.name,
    organisationName: found.organisationName,
    expiresAt: found.invitation.expiresAt.toISOString(),
  };
}

/** `POST /api/invitations/accept`: the invited person chooses a password; the account becomes active. */
export async function acceptInvitation(
  ctx: AppContext,
  caller: AnonymousCaller,
  body: InvitationAcceptBody,
): Promise<void> {
  const now = ctx.clock();
  const found = await findOpenInvitation(ctx.db, sha256Hex(body.token), now);
  if (!found || found.user.status !== UserStatus.Invited) throw new AppError('invitation_invalid');
  const problem = checkPassword(body.password, { email: found.user.email, name: found.user.name })[0];
  if (problem) throw ruleViolation({ password: problem });
  const passwordHash = await hashPassword(body.password);
  await ctx.db.transaction(async (tx) => {
    if (!(await markInvitationAccepted(tx, found.invitation.id, now)))
      throw new AppError('invitation_invalid');
    await updateUser(tx, found.user.organisationId, found.user.id, {
      passwordHash,
      passwordChangedAt: now,
      status: UserStatus.Active,
      updatedAt: now,
    });
    await auditWithoutCaller(tx, {
      organisationId: found.user.organisationId,
      occurredAt: now,
      actorUserId: found.user.id,
      action: AuditAction.InvitationAccept,
      recordType: 'user',
      recordId: found.user.id,
      outcome: AuditOutcome.Success,
      ip: caller.ip,
      userAgent: caller.userAgent,
    });
  });
}
