import type { Locale } from './locale';

/**
 * Field-level validation messages, shared by the server (error `fields`) and the browser forms
 * (error summaries). Schemas give a key of this catalogue as their custom message; the
 * translator turns any zod issue into a sentence in the user's language.
 */
const sv = {
  required: 'Fältet måste fyllas i.',
  invalid_type: 'Värdet har fel typ.',
  too_short: 'Ange minst {n} tecken.',
  too_long: 'Ange högst {n} tecken.',
  too_few: 'Välj minst {n}.',
  too_many: 'Välj högst {n}.',
  number_too_small: 'Värdet måste vara minst {n}.',
  number_too_big: 'Värdet får vara högst {n}.',
  not_integer: 'Ange ett heltal.',
  invalid_email: 'Ange en giltig e-postadress, till exempel namn@kommun.se.',
  invalid_uuid: 'Ogiltigt id.',
  invalid_option: 'Välj ett av alternativen.',
  invalid_format: 'Värdet har fel format.',
  invalid_date: 'Ange ett giltigt datum och en giltig tid.',
  invalid_characters: 'Texten innehåller tecken som inte går att spara.',
  unknown_field: 'Fältet är okänt.',
  invalid_colour: 'Ange färgen som hexkod, till exempel #1f5c6b.',
  invalid_municipality_code:
    'Ange kommunkoden med fyra siffror (eller länskoden med två), till exempel 0180.',
  invalid_phone: 'Ange ett telefonnummer med siffror, till exempel 08-123 456 78.',
  invalid_abbreviation: 'Ange 1–10 bokstäver eller siffror.',
  invalid_code: 'Ange den sexsiffriga koden eller en återställningskod.',
  password_too_short: 'Lösenordet måste ha minst 12 tecken.',
  password_too_long: 'Lösenordet får ha högst 256 tecken.',
  password_common: 'Lösenordet är för vanligt eller lätt att gissa. Välj en längre fras.',
  password_contains_identity: 'Lösenordet får inte innehålla ditt namn eller din e-postadress.',
  wrong_password: 'Lösenordet stämmer inte.',
  contact_not_active: 'Personen har inget aktivt konto.',
  contact_wrong_party: 'Personen måste tillhöra partiet.',
  contact_wrong_role: 'Personen måste ha rollen säkerhetsansvarig eller förtroendevald.',
  contact_same_as_deputy: 'Ersättaren måste vara en annan person än den säkerhetsansvarige.',
  party_not_allowed_for_role: 'Endast säkerhetsansvariga och förtroendevalda kan kopplas till ett parti.',
  mfa_roles_lock_out:
    'Du kan inte kräva tvåstegsverifiering för din egen roll innan du själv har aktiverat den.',
  date_range: 'Slutdatum måste vara efter startdatum.',
  user_is_party_contact:
    'Personen är säkerhetsansvarig eller ersättare för sitt parti. Utse någon annan under Partier först.',
  last_admin: 'Organisationen måste ha minst en aktiv systemadministratör.',
  party_not_found: 'Partiet finns inte.',
  party_required_for_role: 'En säkerhetsansvarig måste tillhöra ett parti.',
  email_taken: 'Det finns redan ett konto med den e-postadressen i organisationen.',
  abbreviation_taken: 'Det finns redan ett parti med den förkortningen.',
  invalid_code_format:
    'Koden får bara innehålla små bokstäver a–z, siffror och understreck, och börja med en bokstav.',
  code_taken: 'Det finns redan en post med den koden i listan.',
  unknown_code: 'Välj ett av alternativen i listan.',
  owner_not_officer: 'Ansvarig måste vara en aktiv säkerhetshandläggare.',
  handler_not_officer: 'Handläggaren måste vara en aktiv säkerhetshandläggare.',
  summary_required: 'Skriv en sammanfattning innan ärendet avslutas.',
  target_kind_not_allowed: 'Bara partiets säkerhetsansvarig kan rapportera för en partimedlem.',
  unknown_incident: 'Ärendet finns inte.',
  link_to_itself: 'Ett ärende kan inte länkas till sig självt.',
  police_status_not_allowed: 'Polisanmälan kan inte gå till den statusen från sin nuvarande status.',
  already_linked: 'Ärendet hör redan till en polisanmälan.',
  file_required: 'Välj en fil.',
  matter_choice: 'Välj ett befintligt ärende eller skriv en rubrik för ett nytt, inte båda.',
  unknown_matter: 'Det politiska ärendet finns inte.',
  unknown_prompt: 'Stödfrågan finns inte i mallen.',
  unknown_statement: 'Påståendet finns inte i den här versionen av mallen.',
  too_many_answers: 'Det finns fler svar än mallen har påståenden.',
  answer_required: 'Besvara påståendet innan bedömningen avslutas.',
  step3_incomplete: 'Besvara alla påståenden i steg 3, eller inget av dem.',
  participants_required: 'Ange minst en deltagare innan bedömningen avslutas.',
  participant_name_required: 'Ange deltagarens namn.',
  participant_function_required: 'Välj deltagarens funktion.',
  unknown_measure: 'Åtgärden finns inte i mallens åtgärdsbibliotek.',
  measure_already_chosen: 'Åtgärden är redan vald i bedömningen.',
  calendar_date: 'Ange datumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-03.',
  csv_empty: 'Filen är tom. Den första raden ska vara en rubrikrad.',
  csv_unknown_column:
    'Kolumnen är okänd. Använd titel, diarienummer, organ och beslutsdatum (eller title, diary number, body och decision date).',
  csv_duplicate_column: 'Kolumnen finns två gånger i rubrikraden.',
  csv_missing_title_column: 'Rubrikraden saknar kolumnen titel (title).',
  csv_too_many_rows: 'Filen får ha högst 1000 rader utöver rubrikraden.',
  csv_unclosed_quote: 'Ett citattecken avslutas aldrig.',
  csv_too_many_fields: 'Raden har fler fält än rubrikraden.',
  // Meetings (issue 10): bodies, venues, meetings, agendas and their imports.
  name_taken: 'Det finns redan ett organ med det namnet.',
  duplicate_member: 'En person kan bara finnas en gång bland ledamöterna.',
  duplicate_person: 'En person kan bara finnas med en gång.',
  unknown_user: 'Personen har inget konto i organisationen eller är avaktiverad.',
  unknown_body: 'Organet finns inte eller är arkiverat.',
  unknown_venue: 'Lokalen finns inte eller är arkiverad.',
  meeting_ends_before_start: 'Mötet måste sluta efter att det har börjat.',
  meeting_too_long: 'Ett möte kan vara högst 168 timmar (sju dygn).',
  agenda_duplicate_matter: 'Ett ärende kan bara finnas en gång på föredragningslistan.',
  agenda_too_many_items: 'Föredragningslistan får ha högst {n} punkter.',
  date_in_future: 'Datumet kan inte vara senare än i dag.',
  floor_plan_type: 'Planritningen måste vara en PDF-, PNG- eller JPEG-fil.',
  floor_plan_too_large: 'Planritningen får vara högst 10 MiB.',
  ical_unreadable: 'Filen går inte att läsa som en iCalendar-fil (.ics).',
  ical_no_events: 'Filen innehåller inga händelser (VEVENT).',
  ical_too_many_events: 'Filen får ha högst {n} händelser.',
  ical_missing_uid: 'Händelsen saknar UID.',
  ical_duplicate_uid: 'Samma UID finns på flera händelser i filen.',
  ical_missing_start: 'Händelsen saknar starttid (DTSTART).',
  party_without_contact: 'Partiet har ingen säkerhetsansvarig. Utse en först.',
  signed_before_adoption: 'Datumet kan inte vara före den dag versionen antogs.',
  signed_in_future: 'Underskriftsdatumet kan inte vara senare än i dag.',
  endorsement_evidence_type: 'Den undertecknade sidan måste vara en PDF-, PNG- eller JPEG-fil.',
  not_in_unit: 'Personen måste vara en aktiv säkerhetshandläggare.',
  shift_ends_before_start: 'Passet måste sluta efter att det har börjat.',
  shift_too_long: 'Ett beredskapspass kan vara högst 168 timmar (sju dygn).',
} as const;

/** A field-level message key. */
export type FieldMessageKey = keyof typeof sv;

const en: Readonly<Record<FieldMessageKey, string>> = {
  required: 'This field is required.',
  invalid_type: 'The value has the wrong type.',
  too_short: 'Enter at least {n} characters.',
  too_long: 'Enter at most {n} characters.',
  too_few: 'Choose at least {n}.',
  too_many: 'Choose at most {n}.',
  number_too_small: 'The value must be at least {n}.',
  number_too_big: 'The value may be at most {n}.',
  not_integer: 'Enter a whole number.',
  invalid_email: 'Enter a valid e-mail address, for example name@municipality.se.',
  invalid_uuid: 'Invalid id.',
  invalid_option: 'Choose one of the options.',
  invalid_format: 'The value has the wrong format.',
  invalid_date: 'Enter a valid date and time.',
  invalid_characters: 'The text contains characters that cannot be stored.',
  unknown_field: 'Unknown field.',
  invalid_colour: 'Enter the colour as a hex code, for example #1f5c6b.',
  invalid_municipality_code:
    'Enter the four-digit municipality code (or the two-digit region code), for example 0180.',
  invalid_phone: 'Enter a phone number in digits, for example +46 8 123 456 78.',
  invalid_abbreviation: 'Enter 1–10 letters or digits.',
  invalid_code: 'Enter the six-digit code or a recovery code.',
  password_too_short: 'The password must have at least 12 characters.',
  password_too_long: 'The password may have at most 256 characters.',
  password_common: 'The password is too common or easy to guess. Choose a longer phrase.',
  password_contains_identity: 'The password must not contain your name or e-mail address.',
  wrong_password: 'The password is not right.',
  contact_not_active: 'The person has no active account.',
  contact_wrong_party: 'The person must belong to the party.',
  contact_wrong_role: 'The person must have the party security contact or elected official role.',
  contact_same_as_deputy: 'The deputy must be another person than the security contact.',
  party_not_allowed_for_role: 'Only party security contacts and elected officials can be linked to a party.',
  mfa_roles_lock_out:
    'You cannot require two-step verification for your own role before you have turned it on yourself.',
  date_range: 'The end date must be after the start date.',
  user_is_party_contact:
    "The person is their party's security contact or deputy. Appoint someone else under Parties first.",
  last_admin: 'The organisation must have at least one active system administrator.',
  party_not_found: 'The party does not exist.',
  party_required_for_role: 'A party security contact must belong to a party.',
  email_taken: 'There is already an account with that e-mail address in the organisation.',
  abbreviation_taken: 'There is already a party with that abbreviation.',
  invalid_code_format:
    'The code may only contain lower-case letters a–z, digits and underscores, and must start with a letter.',
  code_taken: 'There is already an entry with that code in the list.',
  unknown_code: 'Choose one of the options in the list.',
  owner_not_officer: 'The owner must be an active security officer.',
  handler_not_officer: 'The handler must be an active security officer.',
  summary_required: 'Write a summary before closing the case.',
  target_kind_not_allowed: "Only the party's security contact can report for a party member.",
  unknown_incident: 'The case does not exist.',
  link_to_itself: 'A case cannot be linked to itself.',
  police_status_not_allowed: 'The police report cannot move to that status from its current status.',
  already_linked: 'The case already belongs to a police report.',
  file_required: 'Choose a file.',
  matter_choice: 'Choose an existing matter or enter a title for a new one, not both.',
  unknown_matter: 'The matter does not exist.',
  unknown_prompt: 'The prompt is not in the template.',
  unknown_statement: 'The statement is not in this version of the template.',
  too_many_answers: 'There are more answers than the template has statements.',
  answer_required: 'Answer the statement before finishing the assessment.',
  step3_incomplete: 'Answer every statement of step 3, or none of them.',
  participants_required: 'Enter at least one participant before finishing the assessment.',
  participant_name_required: "Enter the participant's name.",
  participant_function_required: "Choose the participant's function.",
  unknown_measure: "The measure is not in the template's measure library.",
  measure_already_chosen: 'The measure has already been chosen in this assessment.',
  calendar_date: 'Enter the date as YYYY-MM-DD, for example 2026-12-03.',
  csv_empty: 'The file is empty. The first line must be a header row.',
  csv_unknown_column:
    'The column is unknown. Use title, diary number, body and decision date (or titel, diarienummer, organ and beslutsdatum).',
  csv_duplicate_column: 'The column appears twice in the header row.',
  csv_missing_title_column: 'The header row has no title column.',
  csv_too_many_rows: 'The file may have at most 1000 rows besides the header row.',
  csv_unclosed_quote: 'A quotation mark is never closed.',
  csv_too_many_fields: 'The row has more fields than the header row.',
  // Meetings (issue 10): bodies, venues, meetings, agendas and their imports.
  name_taken: 'There is already a body with that name.',
  duplicate_member: 'A person can only be listed once among the members.',
  duplicate_person: 'A person can only be listed once.',
  unknown_user: 'The person has no account in the organisation or is deactivated.',
  unknown_body: 'The body does not exist or is archived.',
  unknown_venue: 'The venue does not exist or is archived.',
  meeting_ends_before_start: 'The meeting must end after it starts.',
  meeting_too_long: 'A meeting can last at most 168 hours (seven days).',
  agenda_duplicate_matter: 'A matter can only be on the agenda once.',
  agenda_too_many_items: 'The agenda may have at most {n} items.',
  date_in_future: 'The date cannot be later than today.',
  floor_plan_type: 'The floor plan must be a PDF, PNG or JPEG file.',
  floor_plan_too_large: 'The floor plan may be at most 10 MiB.',
  ical_unreadable: 'The file cannot be read as an iCalendar file (.ics).',
  ical_no_events: 'The file contains no events (VEVENT).',
  ical_too_many_events: 'The file may have at most {n} events.',
  ical_missing_uid: 'The event has no UID.',
  ical_duplicate_uid: 'The same UID appears on several events in the file.',
  ical_missing_start: 'The event has no start time (DTSTART).',
  party_without_contact: 'The party has no security contact. Appoint one first.',
  signed_before_adoption: 'The date cannot be before the day the version was adopted.',
  signed_in_future: 'The signing date cannot be later than today.',
  endorsement_evidence_type: 'The signed page must be a PDF, PNG or JPEG file.',
  not_in_unit: 'The person must be an active security officer.',
  shift_ends_before_start: 'The shift must end after it starts.',
  shift_too_long: 'An on-call shift can last at most 168 hours (seven days).',
};

/** Field messages in Swedish and English. */
export const fieldMessages: Readonly<Record<Locale, Readonly<Record<FieldMessageKey, string>>>> = { sv, en };

/** Whether a string is a field-message key. */
export function isFieldMessageKey(value: string): value is FieldMessageKey {
  return Object.hasOwn(sv, value);
}

/** A field message with `{n}` filled in. */
export function fieldMessage(key: FieldMessageKey, locale: Locale, n?: number | bigint): string {
  return fieldMessages[locale][key].replace('{n}', n === undefined ? '' : String(n));
}

/** The parts of a zod issue the translator reads (zod 4 issue shape). */
export interface ValidationIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly input?: unknown;
  readonly origin?: string;
  readonly format?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly expected?: string;
  readonly keys?: readonly string[];
}

/** Translates one validation issue to `{ path, message }`; unknown keys are reported per key. */
export function translateIssue(issue: ValidationIssue, locale: Locale): { path: string; message: string }[] {
  const path = issue.path.map(String).join('.');
  // A schema's own message key describes a wrong value; a missing value or a value over a length
  // limit is reported as such even where the schema set its own key.
  const generic = issue.code === 'invalid_type' || issue.code === 'too_big';
  if (!generic && isFieldMessageKey(issue.message))
    return [{ path, message: fieldMessage(issue.message, locale) }];
  switch (issue.code) {
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((key) => ({
        path: path ? `${path}.${key}` : key,
        message: fieldMessage('unknown_field', locale),
      }));
    case 'invalid_type':
      if (
        issue.input === undefined ||
        issue.input === null ||
        (typeof issue.input === 'number' && Number.isNaN(issue.input))
      ) {
        return [{ path, message: fieldMessage('required', locale) }];
      }
      if (issue.expected === 'int') return [{ path, message: fieldMessage('not_integer', locale) }];
      return [{ path, message: fieldMessage('invalid_type', locale) }];
    case 'too_small':
      if (issue.origin === 'string') {
        const key = issue.minimum === 1 ? 'required' : 'too_short';
        return [{ path, message: fieldMessage(key, locale, issue.minimum) }];
      }
      if (issue.origin === 'array' || issue.origin === 'set')
        return [{ path, message: fieldMessage('too_few', locale, issue.minimum) }];
      return [{ path, message: fieldMessage('number_too_small', locale, issue.minimum) }];
    case 'too_big':
      if (issue.origin === 'string')
        return [{ path, message: fieldMessage('too_long', locale, issue.maximum) }];
      if (issue.origin === 'array' || issue.origin === 'set')
        return [{ path, message: fieldMessage('too_many', locale, issue.maximum) }];
      return [{ path, message: fieldMessage('number_too_big', locale, issue.maximum) }];
    case 'invalid_format':
      if (issue.format === 'email') return [{ path, message: fieldMessage('invalid_email', locale) }];
      if (issue.format === 'uuid') return [{ path, message: fieldMessage('invalid_uuid', locale) }];
      if (issue.format === 'datetime' || issue.format === 'date')
        return [{ path, message: fieldMessage('invalid_date', locale) }];
      return [{ path, message: fieldMessage('invalid_format', locale) }];
    case 'invalid_value':
    case 'invalid_union':
      return [{ path, message: fieldMessage('invalid_option', locale) }];
    default:
      return [{ path, message: fieldMessage('invalid_format', locale) }];
  }
}

/** The safe-integer range zod adds to every integer: a field's own minimum or maximum says more. */
const isSafeIntegerBound = (issue: ValidationIssue): boolean =>
  issue.origin === 'int' && (issue.code === 'too_small' || issue.code === 'too_big');

/**
 * Translates a list of issues into the `fields` map of an error body (first message per field
 * wins, the safe-integer range last). The map has no prototype, so a field named `__proto__` is
 * reported like any other.
 */
export function issuesToFields(issues: readonly ValidationIssue[], locale: Locale): Record<string, string> {
  const fields = Object.create(null) as Record<string, string>;
  const ordered = [
    ...issues.filter((issue) => !isSafeIntegerBound(issue)),
    ...issues.filter(isSafeIntegerBound),
  ];
  for (const issue of ordered) {
    for (const { path, message } of translateIssue(issue, locale)) {
      const key = path || '_';
      fields[key] ??= message;
    }
  }
  return fields;
}
