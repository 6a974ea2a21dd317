import { logEntryKindText } from '@varn/domain';
/**
 * Swedish texts: meetings' security plans, the live log, the after-action review, the checklist
 * templates and the calendar feed (issue 10).
 */
export const svMeetingPlans = {
  // The live log
  'meetingLog.title': 'Händelselogg',
  'meetingLog.backToMeeting': 'Tillbaka till sammanträdet',
  'meetingLog.loading': 'Hämtar loggen …',
  'meetingLog.kind.disturbance': logEntryKindText.disturbance.sv,
  'meetingLog.kind.warning_given': logEntryKindText.warning_given.sv,
  'meetingLog.kind.asked_to_leave': logEntryKindText.asked_to_leave.sv,
  'meetingLog.kind.removed_by_police': logEntryKindText.removed_by_police.sv,
  'meetingLog.kind.evacuation': logEntryKindText.evacuation.sv,
  'meetingLog.kind.medical': logEntryKindText.medical.sv,
  'meetingLog.kind.note': logEntryKindText.note.sv,
  'meetingLog.status.allSent': 'Allt är skickat.',
  'meetingLog.status.notSent': 'Inte skickat än ({n}).',
  'meetingLog.status.offline':
    'Telefonen har ingen kontakt just nu. Anteckningarna finns kvar här och skickas när kontakten är tillbaka.',
  'meetingLog.status.unauthenticated':
    'Du behöver logga in igen. Anteckningarna finns kvar i telefonen och skickas när du har loggat in.',
  'meetingLog.status.waiting': 'Det gick inte att skicka. Nytt försök kl. {time}.',
  'meetingLog.status.sending': 'Skickar …',
  'meetingLog.status.sendNow': 'Skicka nu',
  'meetingLog.status.notPersisted':
    'Webbläsaren kan inte spara anteckningarna i telefonen. Stäng inte sidan förrän allt är skickat.',
  'meetingLog.problems.heading': 'Behöver åtgärdas ({n})',
  'meetingLog.problems.generic': 'Servern tog inte emot anteckningen.',
  'meetingLog.problems.retry': 'Skicka igen',
  'meetingLog.problems.discard': 'Ta bort anteckningen',
  'meetingLog.new.heading': 'Ny anteckning',
  'meetingLog.new.intro':
    'Tryck på en knapp så loggas händelsen direkt. Skriv gärna några ord först. Anteckningen sparas i telefonen och skickas så fort det går.',
  'meetingLog.new.text': 'Vad hände? (valfritt)',
  'meetingLog.new.textHelp': 'Skriv inte personnummer. Beskriv vad som hände, inte vem du tror att det var.',
  'meetingLog.new.timeNow': 'Tid: just nu.',
  'meetingLog.new.changeTime': 'Ändra tid',
  'meetingLog.new.time': 'När hände det?',
  'meetingLog.new.timeInvalid': 'Ange datum och klockslag.',
  'meetingLog.new.useNow': 'Använd tiden just nu',
  'meetingLog.new.buttonsLabel': 'Logga en händelse',
  'meetingLog.new.logged': '{kind} loggad ({time}).',
  'meetingLog.follow.following': 'Du följer loggen och får e-post om nya anteckningar.',
  'meetingLog.follow.notFollowing': 'Följ loggen för att få e-post om nya anteckningar.',
  'meetingLog.follow.follow': 'Följ loggen',
  'meetingLog.follow.unfollow': 'Sluta följa loggen',
  'meetingLog.entries.heading': 'Loggen ({n})',
  'meetingLog.entries.empty': 'Inget är loggat än.',
  'meetingLog.entries.by': 'Av {name}.',
  'meetingLog.entries.byUnknown': 'Okänd skribent.',
  'meetingLog.entries.sent': 'Skickad',
  'meetingLog.entries.notSent': 'Inte skickad än',
  'meetingLog.entries.refused': 'Behöver åtgärdas',
  'meetingLog.entries.makeIncident': 'Gör till incident',
  'meetingLog.entries.makeIncidentLabel': 'Gör till incident: {kind} {time}',
  'meetingLog.entries.incidentLink': 'Ärende {reference}',
} as const satisfies Record<string, string>;
