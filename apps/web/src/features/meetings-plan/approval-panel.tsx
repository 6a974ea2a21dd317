import { useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../lib/i18n/i18n';
import { approveSecurityPlan, reopenSecurityPlan } from '../../lib/api/meeting-plans';
import { ErrorAlert, SuccessAlert } from '../../components/feedback';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { isStaleRevision } from './plan-forms';
import type { PlanContext } from './plan-context';

/**
 * Approving the plan (the unit): what still stands in the way, in words, and the button once
 * nothing does; an approved plan can be reopened to change it (asked first: the approval goes).
 */
export function ApprovalPanel(context: PlanContext) {
  const { t } = useI18n();
  const { plan, meetingId } = context;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [confirmReopen, setConfirmReopen] = useState(false);
  const [done, setDone] = useState(0);
  const problems = plan.approvalProblems ?? [];

  async function run(command: 'approve' | 'reopen') {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const saved =
        command === 'approve'
          ? await approveSecurityPlan(meetingId, plan.revision)
          : await reopenSecurityPlan(meetingId, plan.revision);
      setConfirmReopen(false);
      context.onPlan(saved);
      setDone((n) => n + 1);
    } catch (caught) {
      if (isStaleRevision(caught)) {
        setConfirmReopen(false);
        context.onStale();
      } else setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="subsection plan-approval" aria-labelledby="plan-approval-heading">
      <Heading level={2} data-size="xs" id="plan-approval-heading">
        {t('meetingPlan.approval.heading')}
      </Heading>
      <SuccessAlert count={done}>
        {plan.status === 'approved' ? t('meetingPlan.approval.approved') : t('meetingPlan.approval.reopened')}
      </SuccessAlert>
      {plan.status === 'approved' ? (
        <>
          <Paragraph>{t('meetingPlan.approval.approvedText')}</Paragraph>
          <Button variant="secondary" onClick={() => setConfirmReopen(true)}>
            {t('meetingPlan.approval.reopen')}
          </Button>
        </>
      ) : problems.length > 0 ? (
        <>
          <Paragraph>{t('meetingPlan.approval.problemsIntro')}</Paragraph>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{t(`meetingPlan.approval.problem.${problem}`)}</li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <Paragraph>{t('meetingPlan.approval.ready')}</Paragraph>
          <Button loading={busy && !confirmReopen} onClick={() => void run('approve')}>
            {t('meetingPlan.approval.approve')}
          </Button>
        </>
      )}
      {error !== null && !confirmReopen && <ErrorAlert error={error} />}
      <ConfirmDialog
        open={confirmReopen}
        title={t('meetingPlan.approval.reopenTitle')}
        confirmLabel={t('meetingPlan.approval.reopen')}
        onConfirm={() => void run('reopen')}
        onCancel={() => {
          setConfirmReopen(false);
          setError(null);
        }}
        busy={busy}
        error={confirmReopen ? error : null}
        danger={false}
      >
        <Paragraph>{t('meetingPlan.approval.reopenText')}</Paragraph>
      </ConfirmDialog>
    </section>
  );
}
