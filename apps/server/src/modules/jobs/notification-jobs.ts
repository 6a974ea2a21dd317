import { policeReminderDue, swedishDate } from '@varn/domain';
import type { AppContext } from '../../lib/context';
import { caseLink } from '../incidents/incident-notifications';
import { findActiveOfficers, findUnnotified, markIncidentsNotified } from '../incidents/incidents.repository';
import { findOpenPoliceReports, updatePoliceReport } from '../incidents/police-report.repository';
import { findIncidentById } from '../incidents/incidents.repository';
import { longDate, renderMail } from '../mail/mail-templates';
import { queueMail } from '../mail/mail.service';
import { findMeasuresToRemind, updateMeasure } from '../measures/measures.repository';
import { findMatterById } from '../riskguide/matters.repository';
import { markSignalsNotified } from '../signals/signals.repository';
import { findUserById } from '../users/users.repository';

/**
 * The scheduled notification jobs (issue 3 §6). Each is idempotent: it marks what it has told,
 * in the same transaction as the mails it queues, so a crash or a second run never loses or
 * repeats a notice. The time comes from the context's clock (tests inject one).
 */

/** The daily digest: reports and signals that were not urgent, to every security officer. */
export async function runDailyDigest(ctx: AppContext): Promise<{ organisations: number; mails: number }> {
  const now = ctx.clock();
  const { newIncidents, newSignals } = await findUnnotified(ctx.db, now);
  const organisationIds = [...new Set([...newIncidents, ...newSignals].map((row) => row.organisationId))];
  let mails = 0;
  for (const organisationId of organisationIds) {
    const incidents = newIncidents.filter((row) => row.organisationId === organisationId);
    const signals = newSignals.filter((row) => row.organisationId === organisationId);
    await ctx.db.transaction(async (tx) => {
      for (const officer of await findActiveOfficers(tx, organisationId)) {
        const mail = renderMail(officer.language, 'digest', {
          count: String(incidents.length + signals.length),
          incidents: String(incidents.length),
          signals: String(signals.length),
          link: `${ctx.config.publicUrl.href.replace(/\/$/u, '')}/incidents`,
        });
        await queueMail(ctx, tx, { ...mail, organisationId, to: officer.email });
        mails += 1;
      }
      await markIncidentsNotified(
        tx,
        incidents.map((row) => row.id),
        now,
      );
      await markSignalsNotified(
        tx,
        signals.map((row) => row.id),
        now,
      );
    });
  }
  if (mails > 0) ctx.mail.kick();
  return { organisations: organisationIds.length, mails };
}

/**
 * Reminders: a measure that has reached its due date (to its owner, once per due date) and a
 * police report whose status has not changed for the organisation's number of days (to the
 * case's handler, or every security officer when there is none; again after the same interval).
 */
export async function runReminders(ctx: AppContext): Promise<{ measures: number; policeReports: number }> {
  const now = ctx.clock();
  let measures = 0;
  for (const due of await findMeasuresToRemind(ctx.db, swedishDate(now))) {
    await ctx.db.transaction(async (tx) => {
      const incident =
        due.measure.subjectType === 'incident'
          ? await findIncidentById(tx, due.measure.organisationId, due.measure.subjectId)
          : undefined;
      // A Riskguide measure belongs to a matter: named by its diary number, or its (neutral) title.
      const matter =
        due.measure.subjectType === 'matter'
          ? await findMatterById(tx, due.measure.organisationId, due.measure.subjectId)
          : undefined;
      const base = ctx.config.publicUrl.href.replace(/\/$/u, '');
      const mail = renderMail(due.ownerLanguage, 'measure.reminder', {
        name: due.ownerName,
        reference: incident?.reference ?? matter?.diaryNumber ?? matter?.title ?? '',
        dueDate: due.measure.dueDate ? longDate(due.measure.dueDate, due.ownerLanguage) : '',
        link: incident
          ? caseLink(ctx, incident.id, 'unit')
          : matter
            ? `${base}/riskguide/matters/${matter.id}`
            : ctx.config.publicUrl.href,
      });
      await queueMail(ctx, tx, { ...mail, organisationId: due.measure.organisationId, to: due.ownerEmail });
      await updateMeasure(tx, due.measure.organisationId, due.measure.id, {
        reminderSentAt: now,
        updatedAt: now,
      });
      measures += 1;
    });
  }
  let policeReports = 0;
  for (const open of await findOpenPoliceReports(ctx.db)) {
    if (!policeReminderDue(open.report, open.reminderDays, now)) continue;
    await ctx.db.transaction(async (tx) => {
      const handler = open.handlerUserId
        ? await findUserById(tx, open.report.organisationId, open.handlerUserId)
        : undefined;
      const recipients =
        handler?.status === 'active'
          ? [{ email: handler.email, language: handler.language }]
          : await findActiveOfficers(tx, open.report.organisationId);
      for (const recipient of recipients) {
        const mail = renderMail(recipient.language, 'police.reminder', {
          reference: open.reference,
          days: String(open.reminderDays),
          link: caseLink(ctx, open.report.incidentId, 'unit'),
        });
        await queueMail(ctx, tx, {
          ...mail,
          organisationId: open.report.organisationId,
          to: recipient.email,
        });
      }
      await updatePoliceReport(tx, open.report.organisationId, open.report.id, { lastReminderAt: now });
      policeReports += 1;
    });
  }
  if (measures + policeReports > 0) ctx.mail.kick();
  return { measures, policeReports };
}
