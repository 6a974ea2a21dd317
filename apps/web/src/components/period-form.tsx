import { useState, type FormEvent } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { periodQuerySchema, type PeriodQuery } from '@varn/contracts';
import { useI18n } from '../lib/i18n/i18n';
import {
  addDays,
  addMonths,
  endOfSwedishDate,
  startOfSwedishDate,
  todayInSweden,
} from '../lib/stockholm-dates';
import { useFormSubmit } from '../lib/use-form-submit';
import { FormErrorSummary } from './form-errors';
import { fieldBinder } from './form-fields';
import { DateField } from './extra-fields';

/** A period of calendar dates in Sweden, both days included. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

/** The last twelve months, today included. */
export function lastTwelveMonths(): Period {
  const today = todayInSweden();
  return { from: addDays(addMonths(today, -12), 1), to: today };
}

/** The instants the API takes for a period: from the start of its first day to the end of its last. */
export function periodQuery(period: Period): PeriodQuery {
  return { from: startOfSwedishDate(period.from) ?? '', to: endOfSwedishDate(period.to) ?? '' };
}

/**
 * Two dates and "Visa": the period of a page of figures. The dates are checked with the API's own
 * schema before `onChange` gets them; problems are shown at the fields and in a summary.
 */
export function PeriodForm({
  idPrefix,
  period,
  onChange,
  fromLabel,
  toLabel,
}: {
  readonly idPrefix: string;
  readonly period: Period;
  readonly onChange: (period: Period) => void;
  readonly fromLabel: string;
  readonly toLabel: string;
}) {
  const { t } = useI18n();
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const form = useFormSubmit(periodQuerySchema, () => onChange({ from, to }));
  const { errors } = form;
  const fields = {
    from: { id: `${idPrefix}-from`, label: fromLabel },
    to: { id: `${idPrefix}-to`, label: toLabel },
  };
  const field = fieldBinder(fields, errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({ from: startOfSwedishDate(from), to: endOfSwedishDate(to) });
  }

  return (
    <>
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="form form--grid" noValidate onSubmit={onSubmit}>
        <DateField {...field('from')} value={from} onChange={setFrom} required />
        <DateField {...field('to')} value={to} onChange={setTo} required />
        <div className="button-row form__actions">
          <Button type="submit">{t('period.show')}</Button>
        </div>
      </form>
    </>
  );
}
