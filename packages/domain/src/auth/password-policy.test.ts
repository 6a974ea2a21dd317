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

  it.each([
    [eleven, 11, 12],
    [twelve, 12, 13],
    [twoHundredFiftySix, 256, 292],
    [twoHundredFiftySeven, 257, 293],
  ])('sample %#: %i code points are %i UTF-16 units', (sample, points, units) => {
    expect(codePoints(sample)).toBe(points);
    expect(sample.length).toBe(units);
  });

  it.each<[string, string, PasswordProblem[]]>([
    ['11 code points', eleven, [TooShort]],
    ['12 code points', twelve, []],
    ['256 code points', twoHundredFiftySix, []],
    ['257 code points', twoHundredFiftySeven, [TooLong]],
  ])('%s → %j', (_label, password, expected) => {
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
    ['a'.repeat(257), [TooLong, Common]],
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

  // Bug: the stems are compared after removing `\W`, which in JavaScript strips å, ä and ö.
  // 'losenord' and 'valkommen' are caught after leading digits, their Swedish spellings are not.
  it.fails.each(['2024Lösenord!!', '!!Välkommen2025'])('refuses the Swedish stem in %s', (password) => {
    expect(checkPassword(password, anna)).toEqual([Common]);
  });

  // Bug: for the same reason a password without any a–z letter is reduced to '', which equals
  // the stem '123456' without its digits: every emoji or non-Latin passphrase is "common".
  it.fails.each(['🐘🌲🚲🏠🎻🌧🍎🚀🎲📚🔔🧭', 'Тихий дом у синей реки'])(
    'accepts the passphrase %s',
    (password) => {
      expect(checkPassword(password, anna)).toEqual([]);
    },
  );
});

describe('derived from the account', () => {
  it.each<[string, { email: string; name?: string }, string, PasswordProblem[]]>([
    ['the whole local part', anna, 'x anna.svensson 2024', [ContainsIdentity]],
    ['the local part in capitals', anna, 'ANNA.SVENSSON rocks', [ContainsIdentity]],
    ['a name part', anna, 'Svensson på semester', [ContainsIdentity]],
    ['a 4-letter name part inside a word', anna, 'Annas blåa cykel', [ContainsIdentity]],
    ['a name part, too short', anna, 'anna', [TooShort, ContainsIdentity]],
    ['a 4-character local part', { email: 'anna@kommun.se' }, 'Anna har en röd bil', [ContainsIdentity]],
    ['a 3-character local part (too short to count)', { email: 'ann@kommun.se' }, 'Ann har en röd bil', []],
    ['3-character name parts (too short to count)', { email: 'x@kommun.se', name: 'Bo Ek' }, 'bo ek bor i en stuga', []],
    ['a name part with Ö', { email: 'x@kommun.se', name: 'Åsa Öberg' }, 'ÖBERGS trädgård 1', [ContainsIdentity]],
    ['a 3-letter name part with Å (too short)', { email: 'x@kommun.se', name: 'Åsa Öberg' }, 'Åsas hus är rött nu', []],
    ['a name part separated by several spaces', { email: 'x@kommun.se', name: '  Karin   Lind  ' }, 'karins katt heter Mio', [ContainsIdentity]],
    ['nothing of the account', anna, 'korrekt häst batteri häftklammer', []],
  ])('%s → %j', (_label, identity, password, expected) => {
    expect(checkPassword(password, identity)).toEqual(expected);
  });
});
