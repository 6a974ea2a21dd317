import { incidentNeedsImmediateNotice, severityText, UserStatus } from '@varn/domain';
import type { Tx } from '../../db/client';
import type { AppContext } from '../../lib/context';
import { queueMails, renderMail, type QueuedMail } from '../mail';
import { findOrganisationById } from '../organisations';
import { findActiveOfficers, findUserById, type UserRow } from '../users';
import { markIncidentsNotified, type IncidentRow } from './incidents.repository';

/**
 * E-mails about incidents (issue 3 §2, §6). They go into the transactional outbox in the same
 * transaction as the change, so an acknowledged report never loses its notice. Mails carry no
 * details of the incident: only the case number and a link (e-mail is not a secure channel).
 */

/** Links into the web client. */
export function caseLink(ctx: AppContext, incidentId: string, view: 'reporter' | 'unit'): string {
  const base = ctx.config.publicUrl.href.replace(/\/$/u, '');
  return view === 'unit' ? `${base}/incidents/${incidentId}` : `${base}/cases/${incidentId}`;
}

/** Someone a case mail goes to. */
interface MailRecipient {
  readonly name: string;
  readonly email: string;
  readonly language: UserRow['language'];
}

/** The people a case's own mails go to: the reporter and, if they have an account, the targeted person. */
function affectedPeopleIds(incident: IncidentRow): string[] {
  return [
    ...new Set([incident.reportedByUserId, incident.targetUserId].filter((id): id is string => id !== null)),
  ];
}

async function affectedPeople(tx: Tx, incident: IncidentRow): Promise<UserRow[]> {
  const people = [];
  for (const id of affectedPeopleIds(incident)) {
    const user = await findUserById(tx, incident.organisationId, id);
    if (user) people.push(user);
  }
  return people;
}

/**
 * "Your case is registered" / "… is closed" for the reporter and the targeted person (those of
 * `people` with an active account), given the organisation's name.
 */
export function caseMails(
  ctx: AppContext,
  incident: Pick<IncidentRow, 'id' | 'organisationId' | 'reference'>,
  kind: 'registered' | 'closed',
  organisationName: string,
  people: readonly (MailRecipient & { readonly status: UserRow['status'] })[],
): QueuedMail[] {
  return people
    .filter((person) => person.status === UserStatus.Active)
    .map((person) => ({
      ...renderMail(person.language, kind === 'registered' ? 'incident.registered' : 'incident.closed', {
        name: person.name,
        reference: incident.reference,
        organisation: organisationName,
        link: caseLink(ctx, incident.id, 'reporter'),
      }),
      organisationId: incident.organisationId,
      to: person.email,
    }));
}

/** "Your case is registered" / "… is closed" to the reporter and the targeted person. */
export async function queueCaseMail(
  ctx: AppContext,
  tx: Tx,
  incident: IncidentRow,
  kind: 'registered' | 'closed',
): Promise<void> {
  const organisation = await findOrganisationById(tx, incident.organisationId);
  const people = await affectedPeople(tx, incident);
  await queueMails(ctx, tx, caseMails(ctx, incident, kind, organisation?.name ?? '', people));
}

/** Whether a case's severity calls for the security officers at once rather than the digest. */
export function needsImmediateNotice(severity: IncidentRow['severity']): boolean {
  return severity !== null && incidentNeedsImmediateNotice(severity);
}

/** The mails that tell every active security officer of a new acute or high case at once. */
export function urgentNoticeMails(
  ctx: AppContext,
  incident: Pick<IncidentRow, 'id' | 'organisationId' | 'reference' | 'severity'>,
  officers: readonly MailRecipient[],
): QueuedMail[] {
  const severity = incident.severity;
  if (severity === null || !needsImmediateNotice(severity)) return [];
  return officers.map((officer) => ({
    ...renderMail(officer.language, 'incident.urgent', {
      reference: incident.reference,
      severity: severityText[severity][officer.language].toLowerCase(),
      link: caseLink(ctx, incident.id, 'unit'),
    }),
    organisationId: incident.organisationId,
    to: officer.email,
  }));
}

/**
 * A new acute or high report goes to every security officer at once (and is marked notified);
 * anything else waits for the daily digest.
 */
export async function queueUrgentIncidentNotice(
  ctx: AppContext,
  tx: Tx,
  incident: IncidentRow,
): Promise<boolean> {
  if (!needsImmediateNotice(incident.severity)) return false;
  const officers = await findActiveOfficers(tx, incident.organisationId);
  await queueMails(ctx, tx, urgentNoticeMails(ctx, incident, officers));
  await markIncidentsNotified(tx, [incident.id], ctx.clock());
  return true;
}
