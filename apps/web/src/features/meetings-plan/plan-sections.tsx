import { useCallback, useState } from 'react';
import { Alert, Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { MeetingDetail, ReadinessWarningView, SecurityPlan } from '@varn/contracts';
import { useI18n, type MessageKey } from '../../lib/i18n/i18n';
import { getMeetingOfPlan, getSecurityPlan } from '../../lib/api/meeting-plans';
import { useQuery } from '../../lib/use-query';
import { FocusAlert, QueryView } from '../../components/feedback';
import { CollapsibleSections, jumpTo, type CollapsibleParts } from '../../components/jump-section';
import { partNotes, PlanPart, type PlanContext } from './plan-context';
import { ApprovalPanel } from './approval-panel';
import { ThreatSection } from './threat-section';
import { ChecklistSection } from './checklist-section';
import { StaffingSection } from './staffing-section';
import { ScreeningSection } from './screening-section';
import { EvacuationSection } from './evacuation-section';
import './meetings-plan.css';

const noMeeting = (): Promise<null> => Promise.resolve(null);

/**
 * The security plan of a meeting (issue 10 §2), part by part — only the parts the server gives
 * the caller: the unit sees everything, officials and secretaries the practical part (evacuation,
 * the screening decision in brief). For the meeting page (`meeting` given) and for the plan's own
 * page (`/meetings/{id}/plan`), which fetches the meeting itself when it is not given.
 * `onChange` hears of every saved change (the meeting page fetches the meeting again: its
 * readiness warnings and risk follow the plan).
 */
export function MeetingPlanSections({
  meetingId,
  meeting = null,
  onChange,
}: {
  readonly meetingId: string;
  readonly meeting?: MeetingDetail | null;
  readonly onChange?: (plan: SecurityPlan) => void;
}) {
  const { t } = useI18n();
  const loadPlan = useCallback((signal: AbortSignal) => getSecurityPlan(meetingId, signal), [meetingId]);
  const plan = useQuery(loadPlan);
  const fetchMeeting = useCallback((signal: AbortSignal) => getMeetingOfPlan(meetingId, signal), [meetingId]);
  // The meeting page gives the meeting; only the plan's own page has it fetched.
  const fetched = useQuery(meeting ? noMeeting : fetchMeeting);
  const [stale, setStale] = useState(false);
  const [reloads, setReloads] = useState(0);
  const shownMeeting = meeting ?? (fetched.status === 'success' ? fetched.data : null);
  const { setData } = plan;
  const onPlan = useCallback(
    (next: SecurityPlan) => {
      setData(next);
      onChange?.(next);
    },
    [setData, onChange],
  );

  return (
    <div className="plan">
      {stale && (
        <FocusAlert color="warning">
          <Paragraph>{t('meetingPlan.stale.text')}</Paragraph>
          <Button
            variant="secondary"
            data-size="sm"
            className="alert-action"
            onClick={() => {
              setStale(false);
              setReloads((n) => n + 1);
              plan.reload();
            }}
          >
            {t('meetingPlan.stale.reload')}
          </Button>
        </FocusAlert>
      )}
      <QueryView query={plan} loadingLabel={t('meetingPlan.loading')}>
        {(data) => (
          <PlanParts
            key={reloads}
            context={{
              meetingId,
              meeting: shownMeeting,
              plan: data,
              onPlan,
              onStale: () => setStale(true),
            }}
          />
        )}
      </QueryView>
    </div>
  );
}

function PlanParts({ context }: { readonly context: PlanContext }) {
  const { t } = useI18n();
  const { plan } = context;
  const [notes] = useState(() => partNotes(plan));
  const [open, setOpen] = useState<ReadonlySet<string>>(
    () => new Set(plan.canEdit ? Object.keys(notes) : Object.values(PlanPart)),
  );
  const collapsible: CollapsibleParts = {
    isOpen: (id) => open.has(id),
    setOpen: (id, value) =>
      setOpen((previous) => {
        const next = new Set(previous);
        if (value) next.add(id);
        else next.delete(id);
        return next;
      }),
    noteOf: (id) => {
      const current = partNotes(plan)[id as PlanPart];
      return current ? t(current) : null;
    },
  };
  const openPart = (id: string) => collapsible.setOpen(id, true);
  const shown: readonly { readonly id: PlanPart; readonly label: MessageKey; readonly present: boolean }[] = [
    { id: PlanPart.Threat, label: 'meetingPlan.threat.heading', present: plan.threatPicture !== null },
    { id: PlanPart.Checklist, label: 'meetingPlan.checklist.heading', present: plan.checklist !== null },
    { id: PlanPart.Staffing, label: 'meetingPlan.staffing.heading', present: plan.staffing !== null },
    {
      id: PlanPart.Screening,
      label: 'meetingPlan.screening.heading',
      present: plan.screening !== null || plan.screeningBrief !== null,
    },
    { id: PlanPart.Evacuation, label: 'meetingPlan.evacuation.heading', present: plan.evacuation !== null },
  ];
  const present = shown.filter((part) => part.present);
  return (
    <CollapsibleSections parts={collapsible}>
      <PlanStatus plan={plan} />
      {context.meeting?.readinessWarnings && context.meeting.readinessWarnings.length > 0 && (
        <ReadinessWarnings warnings={context.meeting.readinessWarnings} />
      )}
      {plan.canEdit && <ApprovalPanel {...context} />}
      {present.length > 0 ? (
        <nav aria-label={t('meetingPlan.partsLabel')} className="plan-toc">
          <ul className="plan-toc__list">
            {present.map((part) => (
              <li key={part.id}>
                <Link href={`#${part.id}`} onClick={jumpTo(part.id, openPart)}>
                  {t(part.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : (
        <Paragraph>{t('meetingPlan.nothingToShow')}</Paragraph>
      )}
      {plan.threatPicture && <ThreatSection {...context} picture={plan.threatPicture} />}
      {plan.checklist && <ChecklistSection {...context} checklist={plan.checklist} />}
      {plan.staffing && <StaffingSection {...context} staffing={plan.staffing} />}
      {(plan.screening ?? plan.screeningBrief) && <ScreeningSection {...context} />}
      {plan.evacuation && <EvacuationSection {...context} evacuation={plan.evacuation} />}
    </CollapsibleSections>
  );
}

/** "Utkast" or "Godkänd av … den …"; a plan not started says what starts it. */
function PlanStatus({ plan }: { readonly plan: SecurityPlan }) {
  const { t, dateTime } = useI18n();
  return (
    <div className="plan-status">
      <Paragraph>
        {t('meetingPlan.status.label')}{' '}
        <Tag data-color={plan.status === 'approved' ? 'success' : 'warning'}>
          {t(`meetingPlan.status.${plan.status}`)}
        </Tag>
        {plan.status === 'approved' && plan.approvedAt && (
          <>
            {' '}
            {t('meetingPlan.status.approvedBy', {
              name: plan.approvedBy?.name ?? t('meetingPlan.someone'),
              time: dateTime(plan.approvedAt),
            })}
          </>
        )}
      </Paragraph>
      {!plan.started && plan.canEdit && (
        <Paragraph data-size="sm">{t('meetingPlan.status.notStarted')}</Paragraph>
      )}
      {plan.updatedAt && (
        <Paragraph data-size="sm" className="muted">
          {t('meetingPlan.status.updatedAt', { time: dateTime(plan.updatedAt) })}
        </Paragraph>
      )}
    </div>
  );
}

/** What the unit must still do before the meeting (domain `meetingReadinessWarnings`). */
export function ReadinessWarnings({ warnings }: { readonly warnings: readonly ReadinessWarningView[] }) {
  const { t, date } = useI18n();
  const text = (warning: ReadinessWarningView): string => {
    switch (warning.code) {
      case 'high_risk_without_plan':
        return t('meetingPlan.readiness.highRiskWithoutPlan');
      case 'plan_not_approved':
        return t('meetingPlan.readiness.planNotApproved', { date: date(warning.since) });
      case 'untrained_key_person':
        return t(`meetingPlan.readiness.untrained.${warning.person.role}`, { name: warning.person.name });
    }
  };
  return (
    <Alert data-color="warning">
      <Heading level={2} data-size="xs">
        {t('meetingPlan.readiness.heading')}
      </Heading>
      <ul>
        {warnings.map((warning, index) => (
          <li key={index}>{text(warning)}</li>
        ))}
      </ul>
    </Alert>
  );
}
