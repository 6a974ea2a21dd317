import type { Locale } from './locale';

/**
 * Error codes of the API (issue 2 §9) with their HTTP status. The body of every error is
 * `{ "error": { "code", "message", "fields"? } }`, the message in the request's language.
 */
export const errorStatus = {
  validation_failed: 400,
  bad_request: 400,
  invalid_json: 400,
  unauthenticated: 401,
  session_expired: 401,
  invalid_credentials: 401,
  mfa_required: 401,
  invalid_mfa_code: 401,
  forbidden: 403,
  csrf_invalid: 403,
  forbidden_origin: 403,
  mfa_enrolment_required: 403,
  account_inactive: 403,
  not_found: 404,
  route_not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  transition_not_allowed: 409,
  signal_closed: 409,
  assessment_locked: 409,
  assessment_not_finished: 409,
  assessment_superseded: 409,
  plan_approved: 409,
  email_taken: 409,
  abbreviation_taken: 409,
  mfa_already_enabled: 409,
  mfa_not_enabled: 409,
  mfa_required_by_role: 409,
  invitation_invalid: 410,
  body_too_large: 413,
  file_too_large: 413,
  unsupported_media_type: 415,
  file_type_not_allowed: 415,
  rule_violation: 422,
  too_many_attempts: 429,
  too_many_requests: 429,
  internal_error: 500,
  service_unavailable: 503,
} as const;

/** A stable error code. */
export type ErrorCode = keyof typeof errorStatus;

/** Error messages in Swedish (primary). */
export const errorMessagesSv: Readonly<Record<ErrorCode, string>> = {
  validation_failed: 'Uppgifterna kunde inte sparas. Rätta de markerade fälten.',
  bad_request: 'Begäran är felaktigt utformad.',
  invalid_json: 'Begäran kunde inte läsas (ogiltig JSON).',
  unauthenticated: 'Du behöver logga in.',
  session_expired: 'Din inloggning har gått ut. Logga in igen.',
  invalid_credentials: 'Fel e-postadress eller lösenord.',
  mfa_required: 'Ange koden från din autentiseringsapp för att slutföra inloggningen.',
  invalid_mfa_code: 'Koden stämmer inte. Kontrollera att klockan i telefonen är rätt och försök igen.',
  forbidden: 'Du har inte behörighet att göra detta.',
  csrf_invalid:
    'Sidan behöver laddas om innan ändringen kan sparas (säkerhetstoken saknas eller är ogiltig).',
  forbidden_origin: 'Begäran kom från en annan webbplats och stoppades.',
  mfa_enrolment_required: 'Din roll kräver tvåstegsverifiering. Aktivera den innan du fortsätter.',
  account_inactive: 'Kontot är inte aktivt. Kontakta systemadministratören.',
  not_found: 'Det du sökte finns inte, eller så saknar du behörighet att se det.',
  route_not_found: 'Adressen finns inte.',
  method_not_allowed: 'Metoden stöds inte för den här adressen.',
  conflict: 'Uppgifterna har ändrats av någon annan. Ladda om och försök igen.',
  transition_not_allowed:
    'Ärendet kan inte ändras så från sin nuvarande status. Ladda om sidan och välj en av de möjliga statusändringarna.',
  signal_closed: 'Signalen är redan hanterad.',
  assessment_locked:
    'Bedömningen är avslutad och signerad och kan inte ändras. Gör en ny bedömning av ärendet i stället.',
  assessment_not_finished: 'Bedömningen är inte avslutad än. Avsluta den först.',
  assessment_superseded:
    'Ärendet har bedömts på nytt sedan den här bedömningen. Välj åtgärder i den senaste bedömningen.',
  plan_approved: 'Säkerhetsplanen är godkänd och kan inte ändras. Öppna den för ändring först.',
  email_taken: 'Det finns redan ett konto med den e-postadressen i organisationen.',
  abbreviation_taken: 'Det finns redan ett parti med den förkortningen.',
  mfa_already_enabled: 'Tvåstegsverifiering är redan aktiverad.',
  mfa_not_enabled: 'Tvåstegsverifiering är inte aktiverad.',
  mfa_required_by_role: 'Din roll kräver tvåstegsverifiering, så den kan inte stängas av.',
  invitation_invalid: 'Inbjudan är ogiltig, redan använd eller har gått ut. Be administratören om en ny.',
  body_too_large: 'Begäran är för stor.',
  file_too_large: 'Filen är för stor. En fil får vara högst 20 MB.',
  unsupported_media_type: 'Formatet stöds inte. Skicka JSON.',
  file_type_not_allowed:
    'Den filtypen kan inte sparas. Tillåtna är bilder (JPEG, PNG, GIF, WebP, HEIC), PDF, e-post (.eml, .msg) och ljud (MP3, M4A, WAV, OGG).',
  rule_violation: 'Ändringen bryter mot en regel. Se de markerade fälten.',
  too_many_attempts: 'För många misslyckade inloggningsförsök. Vänta en stund och försök igen.',
  too_many_requests: 'För många förfrågningar. Vänta en stund och försök igen.',
  internal_error: 'Något gick fel hos oss. Försök igen om en stund.',
  service_unavailable: 'Tjänsten är tillfälligt otillgänglig. Försök igen om en stund.',
};

/** Error messages in English. */
export const errorMessagesEn: Readonly<Record<ErrorCode, string>> = {
  validation_failed: 'The details could not be saved. Correct the marked fields.',
  bad_request: 'The request is malformed.',
  invalid_json: 'The request could not be read (invalid JSON).',
  unauthenticated: 'You need to log in.',
  session_expired: 'Your session has expired. Please log in again.',
  invalid_credentials: 'Wrong e-mail address or password.',
  mfa_required: 'Enter the code from your authenticator app to finish logging in.',
  invalid_mfa_code: "The code is not right. Check that your phone's clock is correct and try again.",
  forbidden: 'You are not allowed to do this.',
  csrf_invalid:
    'The page needs to be reloaded before the change can be saved (security token missing or invalid).',
  forbidden_origin: 'The request came from another website and was stopped.',
  mfa_enrolment_required: 'Your role requires two-step verification. Turn it on before you continue.',
  account_inactive: 'The account is not active. Contact the system administrator.',
  not_found: 'What you were looking for does not exist, or you are not allowed to see it.',
  route_not_found: 'The address does not exist.',
  method_not_allowed: 'The method is not supported for this address.',
  conflict: 'The details were changed by someone else. Reload and try again.',
  transition_not_allowed:
    'The case cannot change like that from its current status. Reload the page and choose one of the possible status changes.',
  signal_closed: 'The signal has already been handled.',
  assessment_locked:
    'The assessment is finished and signed and cannot change. Make a new assessment of the matter instead.',
  assessment_not_finished: 'The assessment is not finished yet. Finish it first.',
  assessment_superseded:
    'The matter has been reassessed since this assessment. Choose measures in the latest assessment.',
  plan_approved: 'The security plan is approved and cannot be changed. Reopen it first.',
  email_taken: 'There is already an account with that e-mail address in the organisation.',
  abbreviation_taken: 'There is already a party with that abbreviation.',
  mfa_already_enabled: 'Two-step verification is already turned on.',
  mfa_not_enabled: 'Two-step verification is not turned on.',
  mfa_required_by_role: 'Your role requires two-step verification, so it cannot be turned off.',
  invitation_invalid:
    'The invitation is invalid, already used or expired. Ask the administrator for a new one.',
  body_too_large: 'The request is too large.',
  file_too_large: 'The file is too large. A file may be at most 20 MB.',
  unsupported_media_type: 'The format is not supported. Send JSON.',
  file_type_not_allowed:
    'That type of file cannot be stored. Allowed are images (JPEG, PNG, GIF, WebP, HEIC), PDF, e-mail (.eml, .msg) and audio (MP3, M4A, WAV, OGG).',
  rule_violation: 'The change breaks a rule. See the marked fields.',
  too_many_attempts: 'Too many failed login attempts. Wait a while and try again.',
  too_many_requests: 'Too many requests. Wait a while and try again.',
  internal_error: 'Something went wrong on our side. Please try again shortly.',
  service_unavailable: 'The service is temporarily unavailable. Please try again shortly.',
};

/** The message of an error code in a language. */
export function errorMessage(code: ErrorCode, locale: Locale): string {
  return (locale === 'en' ? errorMessagesEn : errorMessagesSv)[code];
}

/** Whether an untrusted string is a known error code. */
export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(errorStatus, value);
}
