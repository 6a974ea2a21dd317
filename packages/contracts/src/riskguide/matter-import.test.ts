import { describe, expect, it } from 'vitest';
import { maxMatterImportRows } from '@varn/domain';
import { fieldMessages } from '../field-messages';

describe('the import messages', () => {
  it('state the row limit the domain enforces', () => {
    for (const locale of ['sv', 'en'] as const)
      expect(fieldMessages[locale].csv_too_many_rows).toContain(String(maxMatterImportRows));
  });
});
