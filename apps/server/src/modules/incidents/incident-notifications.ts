import { incidentNeedsImmediateNotice, severityText, UserStatus } from '@varn/domain';
import type { Tx } from '../../db/client';
import type { AppContext } from '../../lib/context';
import { queueMail, renderMail } from '../mail';
import { findOrganisationById } from '../organisations';
import { findActiveOfficers, findUserById } from '../users';
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

/** The people a case's own mails go to: the reporter and, if they have an account, the targeted person. */
async function affectedPeople(tx: Tx, incident: IncidentRow) {
  const ids = [
    ...new Set([incident.reportedByUserId, incident.targetUserId].filter((id): id is string => id !== null)),
  ];
  const people = [];
  for (const id of ids) {
    const user = await findUserById(tx, incident.organisationId, id);
    if (user?.status === UserStatus.Active) people.push(user);
  }
  return people;
}

/** "Your case is registered" / "… is closed" to the reporter and the targeted person. */
export async function queueCaseMail(
  ctx: AppContext,
  tx: Tx,
  incident: IncidentRow,
  kind: 'registered' | 'closed',
): Promise<void> {
  const organisation = await findOrganisationById(tx, incident.organisationId);
  for (const person of await affectedPeople(tx, incident)) {
    const mail = renderMail(
      person.language,
      kind === 'registered' ? 'incident.registered' : 'incident.closed',
      {
        name: person.name,
        reference: incident.reference,
        organisation: organisation?.name ?? '',
        link: caseLink(ctx, incident.id, 'reporter'),
      },
    );
    await queueMail(ctx, tx, { ...mail, organisationId: incident.organisationId, to: person.email });
  }
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
  if (!incident.severity || !incidentNeedsImmediateNotice(incident.severity)) return false;
  const severity = incident.severity;
  for (const officer of await findActiveOfficers(tx, incident.organisationId)) {
    const mail = renderMail(officer.language, 'incident.urgent', {
      reference: incident.reference,
      severity: severityText[severity][officer.language].toLowerCase(),
      link: caseLink(ctx, incident.id, 'unit'),
    });
    await queueMail(ctx, tx, { ...mail, organisationId: incident.organisationId, to: officer.email });
  }
  await markIncidentsNotified(tx, [incident.id], ctx.clock());
  return true;
}
