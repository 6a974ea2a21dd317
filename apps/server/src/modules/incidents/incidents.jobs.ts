import { isAssignableOfficer, policeReminderDue } from '@varn/domain';
import type { JobDefinition } from '../../jobs/job';
import { queueMail, renderMail } from '../mail';
import type { MeasureSubjectDescriber } from '../measures';
import { findUnnotifiedSignals, markSignalsNotified } from '../signals';
import { findActiveOfficers, findUserById } from '../users';
import { caseLink } from './incident-notifications';
import { findIncidentById, findUnnotifiedIncidents, markIncidentsNotified } from './incidents.repository';
import { findOpenPoliceReports, updatePoliceReport } from './police-report.repository';

/**
 * The incident module's scheduled jobs (issue 3 §6). Each marks what it has told in the same
 * transaction as the mails it queues, so a crash or a second run never loses or repeats a notice.
 */
export const incidentsJobs: readonly JobDefinition[] = [
  {
    /** The daily digest: reports and signals that were not urgent, to every security officer. */
    name: 'daily-digest',
    cron: '0 7 * * *',
    run: async (ctx) => {
      const now = ctx.clock();
      const newIncidents = await findUnnotifiedIncidents(ctx.db, now);
      const newSignals = await findUnnotifiedSignals(ctx.db, now);
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
      return { organisations: organisationIds.length, mails };
    },
  },
  {
    /**
     * A police report whose status has not changed for the organisation's number of days: to the
     * case's handler, or every security officer when there is none; again after the same interval.
     */
    name: 'police-reminders',
    cron: '5 * * * *',
    run: async (ctx) => {
      const now = ctx.clock();
      let policeReports = 0;
      for (const open of await findOpenPoliceReports(ctx.db)) {
        if (!policeReminderDue(open.report, open.reminderDays, now)) continue;
        await ctx.db.transaction(async (tx) => {
          const handler = open.handlerUserId
            ? await findUserById(tx, open.report.organisationId, open.handlerUserId)
            : undefined;
          const recipients =
            handler && isAssignableOfficer(handler)
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
      return { policeReports };
    },
  },
];

/** A case in a measure reminder: its case number and the unit's page of the case. */
export const describeIncidentForReminder: MeasureSubjectDescriber = async (
  ctx,
  tx,
  organisationId,
  incidentId,
) => {
  const incident = await findIncidentById(tx, organisationId, incidentId);
  return incident ? { reference: incident.reference, link: caseLink(ctx, incident.id, 'unit') } : undefined;
};
