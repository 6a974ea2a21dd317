import {
  Action,
  addCalendarDays,
  AuditAction,
  CourseKind,
  daysUntilElection,
  formatCalendarDate,
  isInRefresherCampaign,
  sessionModeText,
  standingForKind,
  swedishDate,
  TrainingStatus,
} from '@varn/domain';
import type { CampaignMailResult, InviteToSessionBody, TrainingCampaign } from '@varn/contracts';
import type { Tx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { ruleViolation } from '../../lib/errors';
import { audit } from '../audit';
import { queueMail, renderMail } from '../mail';
import { findOrganisationById } from '../organisations';
import { loadTrainingFacts, needsOf, standingOf } from './training-facts';
import { sessionSummaries } from './training.service';
import {
  findCourseById,
  findEmails,
  findInvitations,
  findInvitationsToRemind,
  findPeople,
  findSessionById,
  insertInvitations,
  markInvitationReminded,
} from './training.repository';

/*
 * The refresher campaign before the next general election (issue 11 §3): everyone without a
 * refresher valid on election day is listed, invited to a session (a mail each, queued in the
 * transaction and sent after commit by the outbox), and reminded by the daily job a few days
 * before their session — once per invitation (`reminded_at`, marked with the mail).
 */

/** How many days before a session its invited people are reminded. */
export const reminderDaysBefore = 7;

const trainingResource = (caller: Caller) => ({
  type: 'training' as const,
  organisationId: caller.organisationId,
});

const notRefresherSession = {
  sv: 'Välj ett kommande repetitionstillfälle som inte är inställt.',
  en: 'Choose a coming refresher session that is not cancelled.',
};
const unknownPerson = { sv: 'Personen finns inte i registret.', en: 'The person is not in the register.' };

/** `GET /api/training/campaign`. */
export async function getCampaign(ctx: AppContext, caller: Caller): Promise<TrainingCampaign> {
  authorizeOrThrow(caller, Action.TrainingCampaign, trainingResource(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const facts = await loadTrainingFacts(tx, caller.organisationId, now);
    const { campaign } = facts;
    const officials = facts.people.filter((person) =>
      needsOf(facts, person.id).includes(CourseKind.BasicSecurity),
    );
    const toRefresh = officials.filter(
      (person) =>
        standingForKind(
          facts.attendances.get(person.id) ?? [],
          facts.courses,
          CourseKind.PreElectionRefresher,
          campaign.electionDate,
          0,
        ).status !== TrainingStatus.Valid,
    );
    const emails = await findEmails(
      tx,
      caller.organisationId,
      toRefresh.map((person) => person.id),
    );
    const invitations = new Map(
      (await findInvitations(tx, caller.organisationId, { electionDate: campaign.electionDate }))
        .filter((row) => !row.cancelled)
        .map((row) => [row.invitation.personId, row]),
    );
    const sessions = (await sessionSummaries(tx, caller.organisationId)).filter(
      (session) =>
        session.course.kind === CourseKind.PreElectionRefresher &&
        !session.cancelled &&
        session.heldOn >= facts.day,
    );
    await audit(tx, caller, now, {
      action: AuditAction.TrainingCoverageRead,
      recordType: 'training_campaign',
      details: { electionDate: campaign.electionDate },
    });
    return {
      electionDate: campaign.electionDate,
      opensOn: campaign.opensOn,
      open: isInRefresherCampaign(campaign, now),
      daysUntilElection: daysUntilElection(campaign.electionDate, now),
      people: toRefresh.map((person) => {
        const invitation = invitations.get(person.id);
        return {
          person: { id: person.id, name: person.name },
          hasEmail: emails.has(person.id),
          status: standingOf(facts, person.id, CourseKind.PreElectionRefresher).status,
          invitation: invitation
            ? {
                sessionId: invitation.invitation.sessionId,
                heldOn: invitation.heldOn,
                mailedAt: invitation.invitation.mailedAt?.toISOString() ?? null,
                remindedAt: invitation.invitation.remindedAt?.toISOString() ?? null,
              }
            : null,
        };
      }),
      sessions: sessions.sort((a, b) => a.heldOn.localeCompare(b.heldOn)),
    };
  });
}

function sessionPlace(session: { mode: 'in_person' | 'online'; place: string | null }): string {
  return session.place ?? sessionModeText[session.mode].sv.toLowerCase();
}

/** `POST /api/training/campaign/invitations`. */
export async function inviteToSession(
  ctx: AppContext,
  caller: Caller,
  body: InviteToSessionBody,
): Promise<CampaignMailResult> {
  authorizeOrThrow(caller, Action.TrainingCampaign, trainingResource(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const facts = await loadTrainingFacts(tx, caller.organisationId, now, []);
    const session = await findSessionById(tx, caller.organisationId, body.sessionId);
    const course = session ? await findCourseById(tx, caller.organisationId, session.courseId) : undefined;
    if (
      !session ||
      !course ||
      course.kind !== CourseKind.PreElectionRefresher ||
      session.cancelledAt !== null ||
      session.heldOn < facts.day
    )
      throw ruleViolation({ sessionId: notRefresherSession });
    const people = new Map(
      (await findPeople(tx, caller.organisationId)).map((person) => [person.id, person]),
    );
    const unknown = body.personIds.findIndex((personId) => !people.has(personId));
    if (unknown >= 0) throw ruleViolation({ [`personIds.${unknown}`]: unknownPerson });
    const emails = await findEmails(tx, caller.organisationId, body.personIds);
    const inserted = await insertInvitations(
      tx,
      body.personIds.map((personId) => ({
        organisationId: caller.organisationId,
        sessionId: session.id,
        personId,
        electionDate: facts.campaign.electionDate,
        invitedByUserId: caller.userId,
        mailedAt: emails.has(personId) ? now : null,
        createdAt: now,
        updatedAt: now,
      })),
    );
    const organisation = await findOrganisationById(tx, caller.organisationId);
    let mailed = 0;
    for (const invitation of inserted) {
      const to = emails.get(invitation.personId);
      if (!to) continue;
      const mail = renderMail('sv', 'training.invitation', {
        name: people.get(invitation.personId)?.name ?? '',
        course: course.name,
        date: formatCalendarDate(session.heldOn, 'sv'),
        place: sessionPlace(session),
        election: formatCalendarDate(facts.campaign.electionDate, 'sv'),
        organisation: organisation?.name ?? '',
      });
      await queueMail(ctx, tx, { ...mail, organisationId: caller.organisationId, to });
      mailed += 1;
    }
    const result = { invited: inserted.length, mailed, skipped: body.personIds.length - inserted.length };
    await audit(tx, caller, now, {
      action: AuditAction.TrainingCampaignInvite,
      recordType: 'training_session',
      recordId: session.id,
      details: result,
    });
    return result;
  });
}

/**
 * Reminds everyone invited to a session held within {@link reminderDaysBefore} days from today who
 * has an e-mail address, no attendance recorded and no reminder yet: a mail each, marked in the
 * same transaction (so nobody is reminded twice). Of one organisation, or of all (the job).
 */
export async function sendDueReminders(ctx: AppContext, tx: Tx, organisationId?: string): Promise<number> {
  const now = ctx.clock();
  const today = swedishDate(now);
  const due = await findInvitationsToRemind(
    tx,
    { from: today, to: addCalendarDays(today, reminderDaysBefore) },
    organisationId,
  );
  const names = new Map<string, string>();
  let reminded = 0;
  for (const row of due) {
    if (!row.email) continue;
    const orgId = row.invitation.organisationId;
    if (!names.has(orgId)) names.set(orgId, (await findOrganisationById(tx, orgId))?.name ?? '');
    const mail = renderMail('sv', 'training.reminder', {
      name: row.name,
      course: row.courseName,
      date: formatCalendarDate(row.heldOn, 'sv'),
      place: sessionPlace(row),
      organisation: names.get(orgId) ?? '',
    });
    await queueMail(ctx, tx, { ...mail, organisationId: orgId, to: row.email });
    await markInvitationReminded(tx, row.invitation.id, now);
    reminded += 1;
  }
  return reminded;
}

/** `POST /api/training/campaign/reminders`: the job's reminders of this organisation, now. */
export async function remindNow(ctx: AppContext, caller: Caller): Promise<CampaignMailResult> {
  authorizeOrThrow(caller, Action.TrainingCampaign, trainingResource(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const reminded = await sendDueReminders(ctx, tx, caller.organisationId);
    const result = { invited: 0, mailed: reminded, skipped: 0 };
    await audit(tx, caller, now, {
      action: AuditAction.TrainingCampaignRemind,
      recordType: 'training',
      details: result,
    });
    return result;
  });
}
