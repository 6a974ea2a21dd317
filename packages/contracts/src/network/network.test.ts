import { describe, expect, it } from 'vitest';
import {
  createOnCallShiftBodySchema,
  createPoliceContactBodySchema,
  updatePoliceContactBodySchema,
} from './directory';
import { createGuidelineVersionBodySchema, endorsementFieldsSchema } from './guidelines';

/** The network's request bodies (issue 11 §2, §4): what the forms send, and what is refused. */

describe('the directory bodies', () => {
  it('take a police contact with a role and an optional e-mail, and refuse a phone without digits', () => {
    const contact = {
      name: 'Per Polis',
      unit: 'Lokalpolisområde Centrum',
      role: 'kontaktpolis',
      phone: '010-563 10 00',
    };
    expect(createPoliceContactBodySchema.safeParse(contact).success).toBe(true);
    expect(createPoliceContactBodySchema.safeParse({ ...contact, phone: 'ring mig' }).success).toBe(false);
    expect(createPoliceContactBodySchema.safeParse({ ...contact, email: 'inte-en-adress' }).success).toBe(
      false,
    );
    expect(updatePoliceContactBodySchema.safeParse({ archived: true }).success).toBe(true);
    expect(updatePoliceContactBodySchema.safeParse({ colour: 'blå' }).success).toBe(false);
  });

  it('take a shift with times that carry an offset', () => {
    const shift = {
      userId: '0b0f9c53-1f7e-4d4b-9b3c-6f2a1d9e8c11',
      startsAt: '2026-12-07T07:00:00.000Z',
      endsAt: '2026-12-14T07:00:00+00:00',
      phone: '070-123 45 00',
    };
    expect(createOnCallShiftBodySchema.safeParse(shift).success).toBe(true);
    expect(createOnCallShiftBodySchema.safeParse({ ...shift, startsAt: '2026-12-07 08:00' }).success).toBe(
      false,
    );
  });
});

describe('the guideline bodies', () => {
  it('need a title, both texts and the day of adoption', () => {
    const version = { title: 'Riktlinjer', textSv: 'Respekt.', textEn: 'Respect.', adoptedOn: '2026-10-19' };
    expect(createGuidelineVersionBodySchema.safeParse(version).success).toBe(true);
    expect(createGuidelineVersionBodySchema.safeParse({ ...version, textEn: '   ' }).success).toBe(false);
    expect(createGuidelineVersionBodySchema.safeParse({ ...version, adoptedOn: '19/10/2026' }).success).toBe(
      false,
    );
  });

  it("need who signed and the day in an endorsement's form fields", () => {
    expect(endorsementFieldsSchema.safeParse({ signedBy: 'Greta', signedOn: '2026-12-01' }).success).toBe(
      true,
    );
    expect(endorsementFieldsSchema.safeParse({ signedBy: '', signedOn: '2026-12-01' }).success).toBe(false);
    expect(endorsementFieldsSchema.safeParse({ signedBy: 'Greta', signedOn: 'igår' }).success).toBe(false);
  });
});
