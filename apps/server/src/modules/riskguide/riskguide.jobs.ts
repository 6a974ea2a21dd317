import type { MeasureSubjectDescriber } from '../measures';
import { findMatterById } from './matters.repository';

/**
 * A matter in a measure reminder: its diary number (or its neutral title when it has none) and
 * the matter's page, where the measure is followed up.
 */
export const describeMatterForReminder: MeasureSubjectDescriber = async (
  ctx,
  tx,
  organisationId,
  matterId,
) => {
  const matter = await findMatterById(tx, organisationId, matterId);
  if (!matter) return undefined;
  const base = ctx.config.publicUrl.href.replace(/\/$/u, '');
  return { reference: matter.diaryNumber ?? matter.title, link: `${base}/riskguide/matters/${matter.id}` };
};
