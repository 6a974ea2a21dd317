import { formatSwedishDateTime } from '@varn/domain';
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
  'incident.registered.subject': 'Ditt ärende {reference} är registrerat',
  'incident.registered.body': [
    'Hej {name}!',
    '',
    'Säkerhetsenheten har tagit emot rapporten och registrerat den som ärende {reference}. En handläggare hör av sig till dig.',
    '',
    'Du kan följa ärendet i Värn: {link}',
    '',
    'Är du eller någon annan i fara just nu? Ring 112.',
    '',
    'Hälsningar, säkerhetsenheten i {organisation}',
  ].join('\n'),
  'incident.closed.subject': 'Ditt ärende {reference} är avslutat',
  'incident.closed.body': [
    'Hej {name}!',
    '',
    'Säkerhetsenheten har avslutat ärende {reference}. Du kan läsa mer i Värn: {link}',
    '',
    'Händer något nytt, eller känner du dig otrygg igen, så hör av dig. Ärendet kan öppnas igen.',
    '',
    'Hälsningar, säkerhetsenheten i {organisation}',
  ].join('\n'),
  'incident.urgent.subject': 'Brådskande: ny rapport {reference} ({severity})',
  'incident.urgent.body': [
    'En ny rapport med allvarlighetsgrad {severity} har kommit in i Värn: ärende {reference}.',
    '',
    'Öppna ärendet: {link}',
    '',
    'Av säkerhetsskäl står inga uppgifter om händelsen i det här mejlet.',
  ].join('\n'),
  'signal.urgent.subject': 'Brådskande signal: något är på gång',
  'signal.urgent.body': [
    'En signal med hög angelägenhet har kommit in i Värn.',
    '',
    'Öppna signalerna: {link}',
    '',
    'Av säkerhetsskäl står inga uppgifter om signalen i det här mejlet.',
  ].join('\n'),
  'digest.subject': 'Värn: {count} nya rapporter och signaler',
  'digest.body': [
    'Sedan förra sammanställningen har det kommit in {incidents} nya rapporter och {signals} nya signaler som inte var brådskande.',
    '',
    'Öppna ärendekön: {link}',
  ].join('\n'),
  'measure.reminder.subject': 'Påminnelse: åtgärd i ärende {reference}',
  'measure.reminder.body': [
    'Hej {name}!',
    '',
    'En åtgärd som du är ansvarig för i ärende {reference} skulle vara klar {dueDate}.',
    '',
    'Öppna ärendet: {link}',
  ].join('\n'),
  'police.reminder.subject': 'Påminnelse: följ upp polisanmälan i ärende {reference}',
  'police.reminder.body': [
    'Polisanmälan i ärende {reference} har inte fått någon ny status på {days} dagar.',
    'Kontakta polisen och uppdatera statusen i Värn.',
    '',
    'Öppna ärendet: {link}',
  ].join('\n'),
  'meeting.log.subject': 'Mötesloggen: {kind} – {meeting}',
  'meeting.log.body': [
    'En ny anteckning har skrivits i mötesloggen för {meeting}: {kind}, kl. {time}.',
    '',
    'Öppna loggen: {link}',
    '',
    'Av säkerhetsskäl står inga detaljer om händelsen i det här mejlet. Du får mejlet för att du följer loggen.',
  ].join('\n'),
  'training.invitation.subject': 'Inbjudan: {course} {date}',
  'training.invitation.body': [
    'Hej {name}!',
    '',
    'Inför valet {election} repeterar vi säkerhetsutbildningen för alla förtroendevalda. Du är inbjuden till {course} {date}, {place}.',
    '',
    'Kan du inte komma? Hör av dig till säkerhetsenheten, så hittar vi ett annat tillfälle.',
    '',
    'Hälsningar, säkerhetsenheten i {organisation}',
  ].join('\n'),
  'training.reminder.subject': 'Påminnelse: {course} {date}',
  'training.reminder.body': [
    'Hej {name}!',
    '',
    'Välkommen till {course} {date}, {place}.',
    '',
    'Kan du inte komma? Hör av dig till säkerhetsenheten, så hittar vi ett annat tillfälle.',
    '',
    'Hälsningar, säkerhetsenheten i {organisation}',
  ].join('\n'),
} as const;

/** A key of the e-mail catalogue. */
export type MailKey = keyof typeof sv;

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
  'incident.registered.subject': 'Your case {reference} is registered',
  'incident.registered.body': [
    'Hello {name},',
    '',
    'The security unit has received the report and registered it as case {reference}. A case officer will contact you.',
    '',
    'You can follow the case in Värn: {link}',
    '',
    'Are you or someone else in danger right now? Call 112.',
    '',
    'Regards, the security unit of {organisation}',
  ].join('\n'),
  'incident.closed.subject': 'Your case {reference} is closed',
  'incident.closed.body': [
    'Hello {name},',
    '',
    'The security unit has closed case {reference}. You can read more in Värn: {link}',
    '',
    'If something new happens, or you feel unsafe again, get in touch. The case can be reopened.',
    '',
    'Regards, the security unit of {organisation}',
  ].join('\n'),
  'incident.urgent.subject': 'Urgent: new report {reference} ({severity})',
  'incident.urgent.body': [
    'A new report of severity {severity} has arrived in Värn: case {reference}.',
    '',
    'Open the case: {link}',
    '',
    'For security reasons this e-mail contains no details of the incident.',
  ].join('\n'),
  'signal.urgent.subject': 'Urgent signal: something is on its way',
  'signal.urgent.body': [
    'A signal of high urgency has arrived in Värn.',
    '',
    'Open the signals: {link}',
    '',
    'For security reasons this e-mail contains no details of the signal.',
  ].join('\n'),
  'digest.subject': 'Värn: {count} new reports and signals',
  'digest.body': [
    'Since the last summary, {incidents} new reports and {signals} new signals that were not urgent have arrived.',
    '',
    'Open the queue: {link}',
  ].join('\n'),
  'measure.reminder.subject': 'Reminder: measure in case {reference}',
  'measure.reminder.body': [
    'Hello {name},',
    '',
    'A measure you own in case {reference} was due {dueDate}.',
    '',
    'Open the case: {link}',
  ].join('\n'),
  'police.reminder.subject': 'Reminder: follow up the police report in case {reference}',
  'police.reminder.body': [
    'The police report in case {reference} has had no new status for {days} days.',
    'Contact the police and update the status in Värn.',
    '',
    'Open the case: {link}',
  ].join('\n'),
  'meeting.log.subject': 'Meeting log: {kind} – {meeting}',
  'meeting.log.body': [
    'A new entry has been written in the log of {meeting}: {kind}, at {time}.',
    '',
    'Open the log: {link}',
    '',
    'For security reasons this e-mail contains no details of the event. You receive it because you follow the log.',
  ].join('\n'),
  'training.invitation.subject': 'Invitation: {course} {date}',
  'training.invitation.body': [
    'Hello {name},',
    '',
    'Before the election of {election} every elected official refreshes the security training. You are invited to {course} on {date}, {place}.',
    '',
    'Cannot come? Tell the security unit, and we will find another session.',
    '',
    'Regards, the security unit of {organisation}',
  ].join('\n'),
  'training.reminder.subject': 'Reminder: {course} {date}',
  'training.reminder.body': [
    'Hello {name},',
    '',
    'Welcome to {course} on {date}, {place}.',
    '',
    'Cannot come? Tell the security unit, and we will find another session.',
    '',
    'Regards, the security unit of {organisation}',
  ].join('\n'),
};

const catalogues: Readonly<Record<Locale, Readonly<Record<MailKey, string>>>> = { sv, en };

/** A text of the catalogue with its `{placeholders}` filled in. */
export function renderMailText(
  locale: Locale,
  key: MailKey,
  values: Readonly<Record<string, string>>,
): string {
  return catalogues[locale][key].replace(/\{(\w+)\}/gu, (match, name: string) => values[name] ?? match);
}

/** "Exempelkommuns", "Borås" (Swedish adds no s after s, x or z); "Exempelkommun's" in English. */
function genitive(name: string, locale: Locale): string {
  if (locale === 'en') return name.endsWith('s') ? `${name}'` : `${name}'s`;
  return /[sxz]$/iu.test(name) ? name : `${name}s`;
}

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
    expires: formatSwedishDateTime(input.expiresAt, input.locale),
  };
  return {
    subject: renderMailText(input.locale, 'invitation.subject', values),
    bodyText: renderMailText(input.locale, 'invitation.body', values),
  };
}

/** The subject/body pair `<name>.subject` and `<name>.body` of the catalogue. */
export function renderMail(
  locale: Locale,
  name:
    | 'incident.registered'
    | 'incident.closed'
    | 'incident.urgent'
    | 'signal.urgent'
    | 'digest'
    | 'measure.reminder'
    | 'police.reminder'
    | 'meeting.log'
    | 'training.invitation'
    | 'training.reminder',
  values: Readonly<Record<string, string>>,
): MailContent {
  return {
    subject: renderMailText(locale, `${name}.subject`, values),
    bodyText: renderMailText(locale, `${name}.body`, values),
  };
}
