import { describe, expect, it } from 'vitest';
import { type TitleWarning, titleWarnings } from './matter-title';

const terms = ['skola', 'Hemtjänst', 'LSS', 'skyddat boende', 'våld', 'förvar'];

/** The warnings in short: `kind:match`, or `sensitive_term(term):match`. */
const found = (title: string, list: readonly string[] = terms): string[] =>
  titleWarnings(title, list).map((warning: TitleWarning) =>
    warning.kind === 'sensitive_term'
      ? `${warning.kind}(${warning.term}):${warning.match}`
      : `${warning.kind}:${warning.match}`,
  );

describe('titleWarnings: a neutral title gives no warning', () => {
  it.each([
    'Ny detaljplan för Norra hamnen',
    'Budget 2026–2028, investeringsram',
    'KS 2023/0456 Ändrad taxa för bygglov',
    'Beslut 2024-05-06 om sammanträdestider',
    'Anslag på 1 000 000 kronor till föreningslivet',
    'Sammanträde kl. 09.00–12.00, § 12',
    '',
  ])('%j', (title) => {
    expect(found(title)).toEqual([]);
  });
});

describe('titleWarnings: personal identity numbers, checked with the Luhn digit (issue 4 §1)', () => {
  it.each<[string, string, string[]]>([
    ['YYMMDD-XXXX', 'Ärende om 811228-9874', ['personal_identity_number:811228-9874']],
    ['YYMMDD+XXXX (100 years or older)', 'Ärende om 811228+9874', ['personal_identity_number:811228+9874']],
    ['YYMMDDXXXX', 'Ärende om 8112289874', ['personal_identity_number:8112289874']],
    ['YYYYMMDD-XXXX', 'Ärende om 19811228-9874', ['personal_identity_number:19811228-9874']],
    ['YYYYMMDDXXXX', 'Ärende om 198112289874', ['personal_identity_number:198112289874']],
    ['a samordningsnummer (day + 60)', 'Ärende om 701063-2391', ['personal_identity_number:701063-2391']],
    ['at the start and end of the title', '121212-1212', ['personal_identity_number:121212-1212']],
    ['after a letter', 'Pnr:19121212-1212.', ['personal_identity_number:19121212-1212']],
  ])('%s: %j', (_label, title, expected) => {
    expect(found(title)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['the wrong check digit', 'Ärende om 811228-9875'],
    ['the wrong check digit, 12 digits', 'Ärende om 19811228-9873'],
    ['month 13 (Luhn passes)', 'Ärende om 811328-9873'],
    ['day 32 (Luhn passes)', 'Ärende om 811232-9878'],
    ['day 00 (Luhn passes)', 'Ärende om 811200-9876'],
    ['part of a longer number', 'Ärende om 98112289874'],
    ['too few digits', 'Ärende om 811228-987'],
  ])('not %s: %j', (_label, title) => {
    expect(found(title)).toEqual([]);
  });
});

describe('titleWarnings: e-mail addresses (issue 4 §1)', () => {
  it.each<[string, string[]]>([
    ['Klagomål från anna.svensson@example.se', ['email:anna.svensson@example.se']],
    ['Skrivelse från Åsa.Öberg@förvaltning.kommun.se.', ['email:Åsa.Öberg@förvaltning.kommun.se']],
    ['Svar till <info+dialog@example.org>', ['email:info+dialog@example.org']],
    // The digits inside the address are not reported again as a phone number.
    ['Mejl från kontakt0701234567@example.se', ['email:kontakt0701234567@example.se']],
  ])('%j → %j', (title, expected) => {
    expect(found(title)).toEqual(expected);
  });

  it.each(['Inlägg av @kommunen', 'Adress anna@kommun', 'Pris 12 @ 30 kr'])('not %j', (title) => {
    expect(found(title)).toEqual([]);
  });
});

describe('titleWarnings: Swedish phone numbers (issue 4 §1)', () => {
  it.each<[string, string]>([
    ['Samtal från 070-123 45 67', '070-123 45 67'],
    ['Samtal från 070 123 45 67', '070 123 45 67'],
    ['Samtal från 0701234567', '0701234567'],
    ['Samtal från 073-1234567', '073-1234567'],
    ['Samtal från 070-123-45-67', '070-123-45-67'],
    ['Samtal från 0812345678', '0812345678'],
    ['Samtal från 08-123 456 78', '08-123 456 78'],
    ['Samtal från 031-12 34 56', '031-12 34 56'],
    ['Samtal från 0980-123 45', '0980-123 45'],
    ['Samtal från +46 70 123 45 67', '+46 70 123 45 67'],
    ['Samtal från +46701234567', '+46701234567'],
    ['Samtal från +46 (0)8 123 456 78', '+46 (0)8 123 456 78'],
    ['Samtal från 0046 8 123 456 78', '0046 8 123 456 78'],
    ['Samtal från 070-123 45 67 år 2024', '070-123 45 67'],
  ])('%j', (title, match) => {
    expect(found(title)).toEqual([`phone_number:${match}`]);
  });

  it.each<[string, string]>([
    ['too short', 'Samtal från 070-123 45'],
    ['a mobile number with 11 digits', 'Samtal från 070-123 45 678'],
    ['+46 and too few digits', 'Samtal från +46 70 123'],
    ['a date', 'Möte 2024-05-06'],
    ['a day-month-year date', 'Möte 01-02-2024'],
    ['a diary number', 'Dnr KS 2021/01234567'],
  ])('not %s: %j', (_label, title) => {
    expect(found(title)).toEqual([]);
  });

  it('reports a ten-digit number that is both a mobile number and a personal identity number as both', () => {
    expect(found('Samtal från 0701011231')).toEqual([
      'personal_identity_number:0701011231',
      'phone_number:0701011231',
    ]);
  });
});

describe('titleWarnings: sensitive terms, case-insensitive, whole words only (issue 4 §1)', () => {
  // Whole words: the term "skola" does not match "skolan" or "förskola"; an organisation that
  // wants those lists them too.
  it.each<[string, string[]]>([
    ['Nedläggning av skola i Byn', ['sensitive_term(skola):skola']],
    ['Skola i Byn läggs ned', ['sensitive_term(skola):Skola']],
    ['SKOLA', ['sensitive_term(skola):SKOLA']],
    ['Byns skola, fritids och bibliotek', ['sensitive_term(skola):skola']],
    ['Skola-hem-samverkan', ['sensitive_term(skola):Skola']],
    ['Nedläggning av skolan', []],
    ['Ny förskola i Byn', []],
    ['Skolans lokaler', []],
    ['Skolgården', []],
    // Å, Ä and Ö are letters: upper and lower case match, and they are part of the word.
    ['HEMTJÄNST i norra distriktet', ['sensitive_term(Hemtjänst):HEMTJÄNST']],
    ['Hemtjänsten i norra distriktet', []],
    ['VÅLD i nära relationer', ['sensitive_term(våld):VÅLD']],
    ['Våldsprevention i skolan', []],
    ['Förvar', ['sensitive_term(förvar):Förvar']],
    ['Förvarsenheten', []],
    ['Insatser enligt LSS', ['sensitive_term(LSS):LSS']],
    ['LSS:s verksamheter', ['sensitive_term(LSS):LSS']],
    ['Plats för skyddat boende', ['sensitive_term(skyddat boende):skyddat boende']],
    ['Plats för skyddat\u00a0 boende', ['sensitive_term(skyddat boende):skyddat\u00a0 boende']],
    ['Plats för skyddat boendet', []],
    ['Skola och skola', ['sensitive_term(skola):Skola', 'sensitive_term(skola):skola']],
  ])('%j → %j', (title, expected) => {
    expect(found(title)).toEqual(expected);
  });

  it.each<[string, string, readonly string[], string[]]>([
    // A check with `\b` would treat "å" as a word edge and match "hem" in "hemåt".
    ['a term followed by å', 'Vägen hemåt', ['hem'], []],
    ['the same term on its own', 'Ett hem för alla', ['hem'], ['sensitive_term(hem):hem']],
    ['a title in decomposed Unicode (o + ¨)', 'Fo\u0308rvar', ['förvar'], ['sensitive_term(förvar):Förvar']],
    ['a term in decomposed Unicode', 'Förvar', ['fo\u0308rvar'], ['sensitive_term(förvar):Förvar']],
    ['a term with spaces around it', 'Förvar', ['  förvar '], ['sensitive_term(förvar):Förvar']],
    [
      'the same term twice in the list, in two cases',
      'Skola',
      ['skola', 'SKOLA'],
      ['sensitive_term(skola):Skola'],
    ],
    ['blank terms', 'Vad som helst', ['', '   '], []],
    ['a term with a regular-expression character', 'a.b och axb', ['a.b'], ['sensitive_term(a.b):a.b']],
    ['an empty list', 'Skola', [], []],
  ])('%s: %j with %j → %j', (_label, title, list, expected) => {
    expect(found(title, list)).toEqual(expected);
  });
});

describe('titleWarnings: several warnings, in the order they occur', () => {
  it('gives each one with where it is', () => {
    const title = 'Skola: anna@example.se, 811228-9874, 070-123 45 67';
    expect(titleWarnings(title, terms)).toEqual([
      { kind: 'sensitive_term', term: 'skola', match: 'Skola', start: 0, end: 5 },
      { kind: 'email', match: 'anna@example.se', start: 7, end: 22 },
      { kind: 'personal_identity_number', match: '811228-9874', start: 24, end: 35 },
      { kind: 'phone_number', match: '070-123 45 67', start: 37, end: 50 },
    ]);
  });
});
