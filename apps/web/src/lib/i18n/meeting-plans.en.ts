import { logEntryKindText } from '@varn/domain';
import type { svMeetingPlans } from './meeting-plans.sv';

/**
 * English texts: meetings' security plans, the live log, the after-action review, the checklist
 * templates and the calendar feed (issue 10).
 */
export const enMeetingPlans: Readonly<Record<keyof typeof svMeetingPlans, string>> = {
  // The live log
  'meetingLog.title': 'Event log',
  'meetingLog.backToMeeting': 'Back to the meeting',
  'meetingLog.loading': 'Fetching the log …',
  'meetingLog.kind.disturbance': logEntryKindText.disturbance.en,
  'meetingLog.kind.warning_given': logEntryKindText.warning_given.en,
  'meetingLog.kind.asked_to_leave': logEntryKindText.asked_to_leave.en,
  'meetingLog.kind.removed_by_police': logEntryKindText.removed_by_police.en,
  'meetingLog.kind.evacuation': logEntryKindText.evacuation.en,
  'meetingLog.kind.medical': logEntryKindText.medical.en,
  'meetingLog.kind.note': logEntryKindText.note.en,
  'meetingLog.status.allSent': 'Everything has been sent.',
  'meetingLog.status.notSent': 'Not yet sent ({n}).',
  'meetingLog.status.offline':
    'The phone has no connection right now. The entries stay here and are sent when the connection is back.',
  'meetingLog.status.unauthenticated':
    'You need to log in again. The entries stay on the phone and are sent once you have logged in.',
  'meetingLog.status.waiting': 'Sending failed. Trying again at {time}.',
  'meetingLog.status.sending': 'Sending …',
  'meetingLog.status.sendNow': 'Send now',
  'meetingLog.status.notPersisted':
    'The browser cannot keep the entries on the phone. Do not close the page until everything has been sent.',
  'meetingLog.problems.heading': 'Needs attention ({n})',
  'meetingLog.problems.generic': 'The server did not accept the entry.',
  'meetingLog.problems.retry': 'Send again',
  'meetingLog.problems.discard': 'Remove the entry',
  'meetingLog.new.heading': 'New entry',
  'meetingLog.new.intro':
    'Press a button and the event is logged at once. Add a few words first if you can. The entry is kept on the phone and sent as soon as possible.',
  'meetingLog.new.text': 'What happened? (optional)',
  'meetingLog.new.textHelp':
    'Do not write personal identity numbers. Describe what happened, not who you think it was.',
  'meetingLog.new.timeNow': 'Time: right now.',
  'meetingLog.new.changeTime': 'Change the time',
  'meetingLog.new.time': 'When did it happen?',
  'meetingLog.new.timeInvalid': 'Enter a date and a time.',
  'meetingLog.new.useNow': 'Use the time right now',
  'meetingLog.new.buttonsLabel': 'Log an event',
  'meetingLog.new.logged': '{kind} logged ({time}).',
  'meetingLog.follow.following': 'You follow the log and get an email about new entries.',
  'meetingLog.follow.notFollowing': 'Follow the log to get an email about new entries.',
  'meetingLog.follow.follow': 'Follow the log',
  'meetingLog.follow.unfollow': 'Stop following the log',
  'meetingLog.entries.heading': 'The log ({n})',
  'meetingLog.entries.empty': 'Nothing has been logged yet.',
  'meetingLog.entries.by': 'By {name}.',
  'meetingLog.entries.byUnknown': 'Writer unknown.',
  'meetingLog.entries.sent': 'Sent',
  'meetingLog.entries.notSent': 'Not yet sent',
  'meetingLog.entries.refused': 'Needs attention',
  'meetingLog.entries.makeIncident': 'Make an incident',
  'meetingLog.entries.makeIncidentLabel': 'Make an incident: {kind} {time}',
  'meetingLog.entries.incidentLink': 'Case {reference}',
};
