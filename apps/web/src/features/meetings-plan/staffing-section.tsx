import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { savePlanStaffBodySchema, type PlanStaff } from '@varn/contracts';
import { maxPlanStaff, securityPlanTextLimits, staffingKinds } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { savePlanStaff } from '../../lib/api/meeting-plans';
import { useFormSubmit } from '../../lib/use-form-submit';
import { SuccessAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import type { FieldTarget } from '../../components/form-fields';
import { SelectField, TextField } from '../../components/fields';
import { JumpSection } from '../../components/jump-section';
import { canChangePlan, PlanPart, staleAware, type PlanContext } from './plan-context';
import { staffBody, staffRowsOf, type StaffRow } from './plan-forms';

let newRows = 0;

/**
 * "Bemanning" (the unit only: names and phone numbers): who is at the meeting — unit staff inside,
 * guards outside, the police present or on call — saved as one list in its order.
 */
export function StaffingSection(context: PlanContext & { readonly staffing: readonly PlanStaff[] }) {
  const { t } = useI18n();
  const { staffing } = context;
  return (
    <JumpSection id={PlanPart.Staffing} title={t('meetingPlan.staffing.heading')}>
      <Paragraph>{t('meetingPlan.staffing.intro')}</Paragraph>
      {canChangePlan(context.plan) ? (
        <StaffingForm context={context} staffing={staffing} />
      ) : staffing.length === 0 ? (
        <Paragraph>{t('meetingPlan.staffing.empty')}</Paragraph>
      ) : (
        <ul className="plan-list">
          {staffing.map((person) => (
            <li key={person.id}>
              <strong>{person.name}</strong> – {t(`meetingPlan.staffing.kind.${person.kind}`)}
              {person.phone && (
                <>
                  {', '}
                  <a href={`tel:${person.phone.replace(/[^\d+]/gu, '')}`}>{person.phone}</a>
                </>
              )}
              {person.note && <span className="muted"> ({person.note})</span>}
            </li>
          ))}
        </ul>
      )}
    </JumpSection>
  );
}

function StaffingForm({
  context,
  staffing,
}: {
  readonly context: PlanContext;
  readonly staffing: readonly PlanStaff[];
}) {
  const { t } = useI18n();
  const [rows, setRows] = useState<readonly StaffRow[]>(() => staffRowsOf(staffing));
  const [saved, setSaved] = useState(0);
  const submit = useFormSubmit(
    savePlanStaffBodySchema,
    async (body, { clear }) => {
      context.onPlan(await savePlanStaff(context.meetingId, body));
      clear();
      setSaved((n) => n + 1);
    },
    { onError: staleAware(context) },
  );
  const fields: Record<string, FieldTarget> = {};
  rows.forEach((row, index) => {
    const n = index + 1;
    fields[`staff.${index}.kind`] = {
      id: `staff-${row.key}-kind`,
      label: t('meetingPlan.staffing.kindN', { n }),
    };
    fields[`staff.${index}.name`] = {
      id: `staff-${row.key}-name`,
      label: t('meetingPlan.staffing.nameN', { n }),
    };
    fields[`staff.${index}.phone`] = {
      id: `staff-${row.key}-phone`,
      label: t('meetingPlan.staffing.phoneN', { n }),
    };
    fields[`staff.${index}.note`] = {
      id: `staff-${row.key}-note`,
      label: t('meetingPlan.staffing.noteN', { n }),
    };
  });
  const errorAt = (path: string) => submit.errors?.fields[path];
  const change = (key: string, patch: Partial<StaffRow>) =>
    setRows((previous) => previous.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit.submit(staffBody(context.plan.revision, rows));
  }

  return (
    <div className="stack">
      <SuccessAlert count={saved}>{t('common.saved')}</SuccessAlert>
      <FormErrorSummary errors={submit.errors} fields={fields} attempt={submit.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        {rows.length === 0 && <Paragraph>{t('meetingPlan.staffing.empty')}</Paragraph>}
        {rows.map((row, index) => (
          <fieldset key={row.key} className="plan-staff-row">
            <legend>
              <Heading level={3} data-size="2xs">
                {t('meetingPlan.staffing.person', { n: index + 1 })}
              </Heading>
            </legend>
            <SelectField
              id={`staff-${row.key}-kind`}
              label={t('meetingPlan.staffing.kind')}
              error={errorAt(`staff.${index}.kind`)}
              value={row.kind}
              onChange={(kind) => change(row.key, { kind: kind as StaffRow['kind'] })}
              placeholder={t('meetingPlan.staffing.chooseKind')}
              options={staffingKinds.map((kind) => ({
                value: kind,
                label: t(`meetingPlan.staffing.kind.${kind}`),
              }))}
              required
            />
            <TextField
              id={`staff-${row.key}-name`}
              label={t('meetingPlan.staffing.name')}
              error={errorAt(`staff.${index}.name`)}
              value={row.name}
              onChange={(name) => change(row.key, { name })}
              maxLength={securityPlanTextLimits.staffName}
              required
            />
            <TextField
              id={`staff-${row.key}-phone`}
              label={t('meetingPlan.staffing.phone')}
              error={errorAt(`staff.${index}.phone`)}
              value={row.phone}
              onChange={(phone) => change(row.key, { phone })}
              type="tel"
              autoComplete="off"
              maxLength={securityPlanTextLimits.staffPhone}
            />
            <TextField
              id={`staff-${row.key}-note`}
              label={t('meetingPlan.staffing.note')}
              error={errorAt(`staff.${index}.note`)}
              value={row.note}
              onChange={(note) => change(row.key, { note })}
              maxLength={securityPlanTextLimits.staffNote}
            />
            <Button
              variant="tertiary"
              data-size="sm"
              onClick={() => setRows((previous) => previous.filter((candidate) => candidate.key !== row.key))}
            >
              {t('meetingPlan.staffing.remove', { n: index + 1 })}
            </Button>
          </fieldset>
        ))}
        <div className="button-row">
          {rows.length < maxPlanStaff && (
            <Button
              variant="secondary"
              onClick={() =>
                setRows((previous) => [
                  ...previous,
                  { key: `new-${(newRows += 1)}`, kind: '', name: '', phone: '', note: '', userId: null },
                ])
              }
            >
              {t('meetingPlan.staffing.add')}
            </Button>
          )}
          <Button type="submit" loading={submit.busy}>
            {t('meetingPlan.staffing.save')}
          </Button>
        </div>
      </form>
    </div>
  );
}
