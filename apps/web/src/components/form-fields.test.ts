import { describe, expect, it } from 'vitest';
import type { FormErrors } from '../lib/errors';
import { fieldBinder, valueBinder } from './form-fields';

const fields = {
  name: { id: 'org-name', label: 'Namn' },
  mfaRequiredRoles: { id: 'org-mfa', label: 'Tvåstegsverifiering krävs för' },
};

const errors: FormErrors = {
  message: 'Rätta följande och försök igen:',
  fields: { name: 'Måste fyllas i', 'sensitiveTerms.3': 'För lång' },
};

describe('fieldBinder', () => {
  it('gives a field the id and label the error summary links to, and its error', () => {
    expect(fieldBinder(fields, errors)('name')).toEqual({
      id: 'org-name',
      label: 'Namn',
      error: 'Måste fyllas i',
    });
  });

  it('gives a group its label as the legend', () => {
    expect(
      fieldBinder(fields, { ...errors, fields: { mfaRequiredRoles: 'Ogiltigt val' } }).group(
        'mfaRequiredRoles',
      ),
    ).toEqual({
      id: 'org-mfa',
      legend: 'Tvåstegsverifiering krävs för',
      error: 'Ogiltigt val',
    });
  });

  it('gives no error to a field when another field is wrong, or before the form was sent', () => {
    expect(fieldBinder(fields, errors)('mfaRequiredRoles').error).toBeUndefined();
    expect(fieldBinder(fields, errors).group('mfaRequiredRoles').error).toBeUndefined();
    expect(fieldBinder(fields, null)('name')).toEqual({ id: 'org-name', label: 'Namn', error: undefined });
  });

  it("accepts only the form's own field names", () => {
    const field = fieldBinder(fields, null);
    // @ts-expect-error -- a misspelt field name does not compile.
    expect(() => field('nmae')).toThrow(TypeError);
  });
});

describe('valueBinder', () => {
  it('gives a field its value, and a change that replaces only that value', () => {
    const changed: { title: string; body: string }[] = [];
    const value = valueBinder({ title: 'Bygglov', body: 'Nämnden' }, (values) => changed.push(values));
    expect(value('title').value).toBe('Bygglov');
    value('body').onChange('Styrelsen');
    expect(changed).toEqual([{ title: 'Bygglov', body: 'Styrelsen' }]);
  });
});
