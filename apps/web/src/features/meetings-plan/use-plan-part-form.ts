import { useState } from 'react';
import { savePlanBodySchema } from '@varn/contracts';
import { saveSecurityPlan } from '../../lib/api/meeting-plans';
import { useFormSubmit } from '../../lib/use-form-submit';
import { staleAware, type PlanContext } from './plan-context';

/**
 * The form of one part of the plan (threat picture, screening decision, evacuation): its values,
 * the count of saves (for the "saved" message), and a submit that saves the whole plan at its
 * revision, takes the answer in and reports a stale revision to the page.
 */
export function usePlanPartForm<Form>(context: PlanContext, initial: (plan: PlanContext['plan']) => Form) {
  const [form, setForm] = useState<Form>(() => initial(context.plan));
  const [saved, setSaved] = useState(0);
  const submit = useFormSubmit(
    savePlanBodySchema,
    async (body, { clear }) => {
      context.onPlan(await saveSecurityPlan(context.meetingId, body));
      clear();
      setSaved((n) => n + 1);
    },
    { onError: staleAware(context) },
  );
  return { form, setForm, saved, submit };
}
