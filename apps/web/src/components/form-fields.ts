import type { FormErrors } from '../lib/errors';

/** Where a field of a form is: its control's element id and its visible label. */
export interface FieldTarget {
  readonly id: string;
  readonly label: string;
}

/**
 * A form's fields by their body path (the path the schema and the server report errors at). The
 * error summary links each error to its field; the fields take their id and label from here.
 */
export type FieldTargets<K extends string = string> = Readonly<Record<K, FieldTarget>>;

/** What a labelled field takes from its form: its id, its label and its current error. */
export interface BoundField {
  readonly id: string;
  readonly label: string;
  readonly error: string | undefined;
}

/** What a group of choices takes from its form: the label as the group's legend. */
export interface BoundGroup {
  readonly id: string;
  readonly legend: string;
  readonly error: string | undefined;
}

/** The props of one field of a form, by the field's body path; see {@link fieldBinder}. */
export interface FieldBinder<K extends string> {
  /** A field with a label (`TextField`, `SelectField`, `DateField` …). */
  (name: K): BoundField;
  /** A group of choices with a legend (`RadioGroup`, `CheckboxGroup`, `RadioChoice`). */
  readonly group: (name: K) => BoundGroup;
}

/**
 * Names each field of a form once: `field('name')` gives a field its id and label from the form's
 * {@link FieldTargets} (the same ones the error summary links to) and its current error, so that
 * `<TextField {...field('name')} value={name} onChange={setName} />` needs nothing else to be
 * linked from the summary. Only the form's own field names are accepted.
 */
export function fieldBinder<K extends string>(
  fields: FieldTargets<K>,
  errors: FormErrors | null,
): FieldBinder<K> {
  const field = (name: K): BoundField => {
    const { id, label } = fields[name];
    return { id, label, error: errors?.fields[name] };
  };
  const group = (name: K): BoundGroup => {
    const { id, label } = fields[name];
    return { id, legend: label, error: errors?.fields[name] };
  };
  return Object.assign(field, { group });
}

/** A field's value and its change, for a form that keeps its values in one object. */
export interface BoundValue<T> {
  readonly value: T;
  readonly onChange: (value: T) => void;
}

/**
 * For a form that keeps its values in one object: `value('title')` gives a field that value and
 * a change that replaces it in a copy of the object, so that
 * `<TextField {...field('title')} {...value('title')} />` is the whole binding.
 */
export function valueBinder<V extends object>(
  values: V,
  onChange: (values: V) => void,
): <K extends keyof V>(name: K) => BoundValue<V[K]> {
  return (name) => ({ value: values[name], onChange: (value) => onChange({ ...values, [name]: value }) });
}
