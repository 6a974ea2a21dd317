import { describe, expect, it } from 'vitest';
import { invitationMail } from './mail-templates';

const base = {
  name: 'Nora Nyvald',
  link: 'https://varn.example/invitation#abc',
  expiresAt: new Date('2026-12-04T09:00:00Z'),
};

describe('the invitation mail', () => {
  it('is written in the invited person’s language, with the link and the expiry in Swedish time', () => {
    const sv = invitationMail({ ...base, locale: 'sv', organisationName: 'Exempelkommun' });
    expect(sv.subject).toBe('Inbjudan till Värn – Exempelkommun');
    expect(sv.bodyText).toContain('Hej Nora Nyvald!');
    expect(sv.bodyText).toContain('Exempelkommuns plattform');
    expect(sv.bodyText).toContain('4 december 2026 kl. 10:00');
    expect(sv.bodyText).toContain(base.link);
    const en = invitationMail({ ...base, locale: 'en', organisationName: 'Exempelkommun' });
    expect(en.subject).toBe('Invitation to Värn – Exempelkommun');
    expect(en.bodyText).toContain("Exempelkommun's platform");
    expect(en.bodyText).toContain('4 December 2026 at 10:00');
  });

  it.each([
    ['Borås stad', 'Borås stads plattform'],
    ['Region Skåne', 'Region Skånes plattform'],
    ['Vännäs', 'Vännäs plattform'],
  ])('uses the Swedish genitive of %s', (organisationName, expected) => {
    expect(invitationMail({ ...base, locale: 'sv', organisationName }).bodyText).toContain(expected);
  });
});
