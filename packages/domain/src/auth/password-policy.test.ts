import { describe, expect, it } from 'vitest';
import { checkPassword, maxPasswordLength, minPasswordLength, PasswordProblem } from './password-policy';

const { TooShort, TooLong, Common, ContainsIdentity } = PasswordProblem;

const anna = { email: 'anna.svensson@kommun.se', name: 'Anna Svensson' };
const codePoints = (text: string): number => [...text].length;

// Samples built from å, ä, ö and an emoji (two UTF-16 units), so that code points and
// `String.length` disagree: a check that counted UTF-16 units would get every boundary wrong.
const eleven = 'Blåbär🦎ödla';
const twelve = 'Blåbär🦎ödlan';
const twoHundredFiftySix = `${'Blåbär🦎'.repeat(36)}ödla`;
const twoHundredFiftySeven = `${twoHundredFiftySix}n`;

describe('length, in Unicode code points', () => {
  it('is bounded to 12–256', () => {
    expect(minPasswordLength).toBe(12);
    expect(maxPasswordLength).toBe(256);
  });

  it.each<[number, number, string]>([
    [11, 12, eleven],
    [12, 13, twelve],
    [256, 292, twoHundredFiftySix],
    [257, 293, twoHundredFiftySeven],
  ])('the sample of %i code points is %i UTF-16 units', (points, units, sample) => {
    expect(codePoints(sample)).toBe(points);
    expect(sample.length).toBe(units);
  });

  it.each<[string, PasswordProblem[], string]>([
    ['11 code points', [TooShort], eleven],
    ['12 code points', [], twelve],
    ['256 code points', [], twoHundredFiftySix],
    ['257 code points', [TooLong], twoHundredFiftySeven],
    ['257 times the letter a', [TooLong, Common], 'a'.repeat(257)],
  ])('%s → %j', (_label, expected, password) => {
    expect(checkPassword(password, anna)).toEqual(expected);
  });

  it('refuses an empty password as too short', () => {
    expect(checkPassword('', anna)).toContain(TooShort);
  });
});

describe('common passwords and stems', () => {
  it.each<[string, PasswordProblem[]]>([
    ['password', [TooShort, Common]],
    ['Password1234', [Common]],
    ['1234password', [Common]],
    ['!!PASSWORD!!', [Common]],
    ['Lösenord2024!', [Common]],
    ['losenord2024!', [Common]],
    ['Qwerty123456', [Common]],
    ['asdfghjkl;12', [Common]],
    ['123456789012', [Common]],
    ['abc123abc123', [Common]],
    ['Sommar2024!!', [Common]],
    ['2024-sommar!', [Common]],
    ['Vinter2025!!', [Common]],
    ['Välkommen2024', [Common]],
    ['Valkommen2024', [Common]],
    ['LetMeIn12345', [Common]],
    ['Exempelkommun1', [Common]],
    ['Kommun123456', [Common]],
    ['aaaaaaaaaaaa', [Common]],
    ['ÖÖÖÖÖÖÖÖÖÖÖÖ', [Common]],
    ['😀'.repeat(12), [Common]],
  ])('%s → %j', (password, expected) => {
    expect(checkPassword(password, anna)).toEqual(expected);
  });

  it.each([
    'korrekt häst batteri häftklammer',
    'Gröna sommarängar i juni', // a stem inside a longer phrase is fine
    'aaaaaaaaaaab', // not one repeated character
    twelve,
  ])('accepts %s', (password) => {
    expect(checkPassword(password, anna)).toEqual([]);
  });

  // The stems are compared on letters of any script, so å, ä and ö count.
  it.each(['2024Lösenord!!', '!!Välkommen2025'])('refuses the Swedish stem in %s', (password) => {
    expect(checkPassword(password, anna)).toEqual([Common]);
  });

  // A passphrase without Latin letters is judged on its own, not reduced to an empty stem.
  it.each(['🐘🌲🚲🏠🎻🌧🍎🚀🎲📚🔔🧭', 'Тихий дом у синей реки'])('accepts the passphrase %s', (password) => {
    expect(checkPassword(password, anna)).toEqual([]);
  });
});

describe('derived from the account', () => {
  const boEk = { email: 'x@kommun.se', name: 'Bo Ek' };
  const asaOberg = { email: 'x@kommun.se', name: 'Åsa Öberg' };
  const karinLind = { email: 'x@kommun.se', name: '  Karin   Lind  ' };

  it.each<[string, string, PasswordProblem[], { email: string; name?: string }]>([
    ['the whole local part', 'x anna.svensson 2024', [ContainsIdentity], anna],
    ['the local part in capitals', 'ANNA.SVENSSON rocks', [ContainsIdentity], anna],
    ['a name part', 'Svensson på semester', [ContainsIdentity], anna],
    ['a 4-letter name part inside a word', 'Annas blåa cykel', [ContainsIdentity], anna],
    ['a name part, too short', 'anna', [TooShort, ContainsIdentity], anna],
    ['a 4-character local part', 'Anna har en röd bil', [ContainsIdentity], { email: 'anna@kommun.se' }],
    ['a 3-character local part (too short to count)', 'Ann har en röd bil', [], { email: 'ann@kommun.se' }],
    ['3-character name parts (too short to count)', 'bo ek bor i en stuga', [], boEk],
    ['a name part with Ö', 'ÖBERGS trädgård 1', [ContainsIdentity], asaOberg],
    ['a 3-letter name part with Å (too short)', 'Åsas hus är rött nu', [], asaOberg],
    ['a name part separated by several spaces', 'karins katt heter Mio', [ContainsIdentity], karinLind],
    ['nothing of the account', 'korrekt häst batteri häftklammer', [], anna],
  ])('%s: %j → %j', (_label, password, expected, identity) => {
    expect(checkPassword(password, identity)).toEqual(expected);
  });
});

describe('a common word that starts a longer phrase', () => {
  it.each([
    'sommarregn över kommunhuset',
    'kommunfullmäktige sammanträder i kväll',
    'välkommen till vårt möte i mars',
  ])('accepts %s', (password) => {
    expect(checkPassword(password, { email: 'x@kommun.se' })).toEqual([]);
  });
});
