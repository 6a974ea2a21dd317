import { useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { PlanChecklistItem } from '@varn/contracts';
import { checklistItemStatuses, type ChecklistItemStatus } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { updateChecklistItem, type PlanChecklistView } from '../../lib/api/meeting-plans';
import { ErrorAlert } from '../../components/feedback';
import { JumpSection } from '../../components/jump-section';
import { PlanPart, type PlanContext } from './plan-context';
import { checklistByGroup } from './plan-forms';

/**
 * "Checklista": the items of the plan's template version under their groups, each marked done,
 * not done or not applicable with one press (saved at once; who and when is shown), and how far
 * the list has come. Items can be marked on an approved plan too: some are done on the day.
 */
export function ChecklistSection(context: PlanContext & { readonly checklist: PlanChecklistView }) {
  const { t } = useI18n();
  const { checklist, plan } = context;
  const { progress } = checklist;
  const setChecklist = (next: PlanChecklistView) =>
    context.onPlan({ ...plan, started: true, checklist: next });
  return (
    <JumpSection id={PlanPart.Checklist} title={t('meetingPlan.checklist.heading')}>
      <Paragraph>
        {t('meetingPlan.checklist.progress', {
          done: progress.done,
          total: progress.total,
          notApplicable: progress.notApplicable,
          open: progress.open,
        })}
      </Paragraph>
      <progress
        className="plan-progress"
        value={progress.done + progress.notApplicable}
        max={Math.max(progress.total, 1)}
        aria-label={t('meetingPlan.checklist.progressLabel')}
      />
      <Paragraph data-size="sm" className="muted">
        {t('meetingPlan.checklist.version', { version: checklist.templateVersion })}
      </Paragraph>
      {checklistByGroup(checklist.items).map(({ group, items }) => (
        <div key={group} className="subsection">
          <Heading level={3} data-size="2xs">
            {t(`meetingPlan.checklist.group.${group}`)}
          </Heading>
          <ul className="plan-checklist">
            {items.map((item) => (
              <li key={item.id}>
                <ChecklistRow
                  meetingId={context.meetingId}
                  item={item}
                  canEdit={plan.canEdit}
                  onChecklist={setChecklist}
                />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </JumpSection>
  );
}

function ChecklistRow({
  meetingId,
  item,
  canEdit,
  onChecklist,
}: {
  readonly meetingId: string;
  readonly item: PlanChecklistItem;
  readonly canEdit: boolean;
  readonly onChecklist: (checklist: PlanChecklistView) => void;
}) {
  const { t, locale, dateTime } = useI18n();
  const [busy, setBusy] = useState<ChecklistItemStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const text = item.text[locale];

  async function mark(status: ChecklistItemStatus) {
    if (busy !== null || status === item.status) return;
    setBusy(status);
    setError(null);
    try {
      onChecklist(await updateChecklistItem(meetingId, item.id, { status, note: item.note }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="plan-checklist__item" data-status={item.status ?? 'open'}>
      <p className="plan-checklist__text" id={`checklist-${item.id}`}>
        {text}
      </p>
      {item.note && <p className="plan-text plan-checklist__note">{item.note}</p>}
      <Paragraph data-size="sm" className="muted">
        {item.status === null
          ? t('meetingPlan.checklist.notMarked')
          : t('meetingPlan.checklist.markedBy', {
              status: t(`meetingPlan.checklist.status.${item.status}`),
              name: item.setBy?.name ?? t('meetingPlan.someone'),
              time: item.setAt ? dateTime(item.setAt) : '',
            })}
      </Paragraph>
      {canEdit && (
        <div className="button-row" role="group" aria-labelledby={`checklist-${item.id}`}>
          {checklistItemStatuses.map((status) => (
            <Button
              key={status}
              data-size="sm"
              variant={item.status === status ? 'primary' : 'secondary'}
              aria-pressed={item.status === status}
              loading={busy === status}
              onClick={() => void mark(status)}
            >
              {t(`meetingPlan.checklist.status.${status}`)}
            </Button>
          ))}
        </div>
      )}
      {error !== null && <ErrorAlert error={error} />}
    </div>
  );
}
