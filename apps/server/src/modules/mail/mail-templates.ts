import type { Locale } from '@varn/contracts';

/** A rendered mail. */
export interface MailContent {
  readonly subject: string;
  readonly bodyText: string;
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
  const expires = dateTime(input.expiresAt, input.locale);
  if (input.locale === 'en') {
    return {
      subject: `Invitation to Värn – ${input.organisationName}`,
      bodyText: [
        `Hello ${input.name},`,
        '',
        `You have been given an account in Värn, ${input.organisationName}'s platform for protecting elected officials and staff against threats and hate.`,
        '',
        'Open the link below to choose your password. The link can be used once and is valid until',
        `${expires}.`,
        '',
        input.link,
        '',
        'If you did not expect this e-mail, you can ignore it.',
        '',
        `Regards, the security unit of ${input.organisationName}`,
      ].join('\n'),
    };
  }
  return {
    subject: `Inbjudan till Värn – ${input.organisationName}`,
    bodyText: [
      `Hej ${input.name}!`,
      '',
      `Du har fått ett konto i Värn, ${input.organisationName}s plattform för att skydda förtroendevalda och medarbetare mot hot och hat.`,
      '',
      'Öppna länken nedan för att välja ditt lösenord. Länken kan användas en gång och gäller till',
      `${expires}.`,
      '',
      input.link,
      '',
      'Om du inte väntade dig det här mejlet kan du bortse från det.',
      '',
      `Hälsningar, säkerhetsenheten i ${input.organisationName}`,
    ].join('\n'),
  };
}
