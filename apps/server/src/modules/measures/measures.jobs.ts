import { formatCalendarDate, swedishDate, type MeasureSubject } from '@varn/domain';
import type { Tx } from '../../db/client';
import type { JobDefinition } from '../../jobs/job';
import type { AppContext } from '../../lib/context';
import { queueMail, renderMail } from '../mail';
import { findMeasuresToRemind, updateMeasure } from './measures.repository';

/**
 * How the module that owns a measure's subject names it in a reminder: a reference the owner
 * recognises (a case number, a diary number — never a matter's title or a person's name) and the
 * link to its page. Undefined when the subject is gone.
 */
export type MeasureSubjectDescriber = (
  ctx: AppContext,
  tx: Tx,
  organisationId: string,
  subjectId: string,
) => Promise<{ readonly reference: string; readonly link: string } | undefined>;

/**
 * Measure reminders (issue 3 §6): a measure that has reached its due date, in Sweden, is told to
 * its owner once per due date, marked in the same transaction as the mail. The subjects' modules
 * describe their records (`subjects`), so this module depends on none of them.
 */
export function measuresJobs(
  subjects: Readonly<Partial<Record<MeasureSubject, MeasureSubjectDescriber>>>,
): readonly JobDefinition[] {
  return [
    {
      name: 'measure-reminders',
      cron: '5 * * * *',
      run: async (ctx) => {
        const now = ctx.clock();
        let measures = 0;
        for (const due of await findMeasuresToRemind(ctx.db, swedishDate(now))) {
          const { measure } = due;
          await ctx.db.transaction(async (tx) => {
            const subject = await subjects[measure.subjectType]?.(
              ctx,
              tx,
              measure.organisationId,
              measure.subjectId,
            );
            const mail = renderMail(due.ownerLanguage, 'measure.reminder', {
              name: due.ownerName,
              reference: subject?.reference ?? '',
              dueDate: measure.dueDate ? formatCalendarDate(measure.dueDate, due.ownerLanguage) : '',
              link: subject?.link ?? ctx.config.publicUrl.href,
            });
            await queueMail(ctx, tx, { ...mail, organisationId: measure.organisationId, to: due.ownerEmail });
            await updateMeasure(tx, measure.organisationId, measure.id, {
              reminderSentAt: now,
              updatedAt: now,
            });
            measures += 1;
          });
        }
        return { measures };
      },
    },
  ];
}
