import type { Locale } from '@varn/contracts';

/** A rendered mail. */
export interface MailContent {
  readonly subject: string;
  readonly bodyText: string;
}

/**
 * The e-mail catalogue: every text Värn mails, in Swedish and English (`{placeholders}` are
 * filled in by `render`). English must have exactly the Swedish keys.
 */
const sv = {
  'invitation.subject': 'Inbjudan till Värn – {organisation}',
  'invitation.body': [
    'Hej {name}!',
    '',
    'Du har fått ett konto i Värn, {organisationGenitive} plattform för att skydda förtroendevalda och medarbetare mot hot och hat.',
    '',
    'Öppna länken nedan för att välja ditt lösenord. Länken kan användas en gång och gäller till',
    '{expires}.',
    '',
    '{link}',
    '',
    'Om du inte väntade dig det här mejlet kan du bortse från det.',
    '',
    'Hälsningar, säkerhetsenheten i {organisation}',
  ].join('\n'),
} as const;

type MailKey = keyof typeof sv;

const en: Readonly<Record<MailKey, string>> = {
  'invitation.subject': 'Invitation to Värn – {organisation}',
  'invitation.body': [
    'Hello {name},',
    '',
    'You have been given an account in Värn, {organisationGenitive} platform for protecting elected officials and staff against threats and hate.',
    '',
    'Open the link below to choose your password. The link can be used once and is valid until',
    '{expires}.',
    '',
    '{link}',
    '',
    'If you did not expect this e-mail, you can ignore it.',
    '',
    'Regards, the security unit of {organisation}',
  ].join('\n'),
};

const catalogues: Readonly<Record<Locale, Readonly<Record<MailKey, string>>>> = { sv, en };

function render(locale: Locale, key: MailKey, values: Readonly<Record<string, string>>): string {
  return catalogues[locale][key].replace(/\{(\w+)\}/gu, (match, name: string) => values[name] ?? match);
}

/** "Exempelkommuns", "Borås" (Swedish adds no s after s, x or z); "Exempelkommun's" in English. */
function genitive(name: string, locale: Locale): string {
  if (locale === 'en') return name.endsWith('s') ? `${name}'` : `${name}'s`;
  return /[sxz]$/iu.test(name) ? name : `${name}s`;
}

const dateTime = (at: Date, locale: Locale): string =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(at);

/** The invitation with the one-time link (issue 2 §3), in the invited person's language. */
export function invitationMail(input: {
  locale: Locale;
  name: string;
  organisationName: string;
  link: string;
  expiresAt: Date;
}): MailContent {
  const values = {
    name: input.name,
    organisation: input.organisationName,
    organisationGenitive: genitive(input.organisationName, input.locale),
    link: input.link,
    expires: dateTime(input.expiresAt, input.locale),
  };
  return {
    subject: render(input.locale, 'invitation.subject', values),
    bodyText: render(input.locale, 'invitation.body', values),
  };
}
