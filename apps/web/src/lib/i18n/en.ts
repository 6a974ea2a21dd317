import type { sv } from './sv';

/** English: what every page may need. Exactly the keys of the Swedish file. */
export const en: Readonly<Record<keyof typeof sv, string>> = {
  // App and layout
  'app.loading': 'Starting Värn',
  'app.loadingPage': 'Loading the page',
  'app.unavailableTitle': 'Värn is not responding',
  'layout.skipToContent': 'Skip to main content',
  'layout.tagline': 'Safety for local democracy',
  'layout.footer':
    "Värn – the security unit's support against threats, hate and violence towards elected officials and staff.",
  'layout.apiDocs': 'API documentation',
  'language.switch': 'På svenska',
  'language.sv': 'Svenska',
  'language.en': 'English',

  // Navigation (the menu shows every area, whether its pages are loaded or not)
  'nav.label': 'Main menu',
  'nav.menu': 'Menu',
  'nav.home': 'Overview',
  'nav.profile': 'My profile',
  'nav.users': 'Users',
  'nav.parties': 'Parties',
  'nav.myParty': 'My party',
  'nav.directory': 'Contact directory',
  'nav.guidelines': 'Ethical guidelines',
  'nav.partyContacts': 'Security contacts',
  'nav.organisation': 'Organisation',
  'nav.audit': 'Audit log',
  'nav.outbox': 'Outbox',
  'nav.logout': 'Log out',
  'nav.reporting': 'Report',
  'nav.myCases': 'My cases',
  'nav.sendSignal': 'Send a signal',
  'nav.casework': 'Cases',
  'nav.signals': 'Signals',
  'nav.situation': 'Situational picture',
  'nav.metrics': 'Handling times',
  'nav.taxonomy': 'Lists',
  'nav.riskguide': 'Riskguide',
  'nav.screening': 'Screening',
  'nav.templates': 'Templates',
  'nav.meetingTemplates': 'Meeting checklists',
  'nav.riskguideSummary': 'Riskguide in figures',
  'nav.meetings': 'Meetings',
  'nav.bodies': 'Bodies',
  'nav.venues': 'Venues',
  'nav.register': 'Register',
  'nav.threatLevel': 'Threat level',
  'nav.training': 'Training',
  'nav.myTraining': 'My training',

  // Shared words
  'common.loading': 'Loading',
  'common.retry': 'Try again',
  'common.save': 'Save',
  'common.saved': 'The changes have been saved.',
  'common.cancel': 'Cancel',
  'common.yes': 'Yes',
  'common.no': 'No',
  'dialog.close': 'Close dialog',
  'form.required': 'Required',
  'form.fixErrors': 'Correct the following and try again:',
  'pager.previous': 'Previous page',
  'pager.next': 'Next page',
  'pager.pageOf': 'Page {page} of {pages}',
  'period.show': 'Show',
  'risk.notAssessed': 'Not assessed',

  // Tracked measures (incidents and Riskguide matters)
  'measure.status': 'Status',
  'measure.owner': 'Responsible',
  'measure.noOwner': 'No one responsible yet',
  'measure.dueDate': 'Due by',
  'measure.saveChange': 'Save the change',
  'measureStatus.planned': 'Planned',
  'measureStatus.in_progress': 'In progress',
  'measureStatus.done': 'Done',
  'measureStatus.cancelled': 'Cancelled',

  // Errors the client words itself (the server's errors come translated)
  'error.network': 'Värn could not be reached. Check your internet connection and try again.',
  'error.invalidResponse': 'The server gave an answer we could not read. Please try again shortly.',
  'error.unexpected': 'Something went wrong. Please try again shortly.',
  'error.retryAfterOneSecond': 'You can try again in one second.',
  'error.retryAfterSeconds': 'You can try again in {n} seconds.',
  'error.retryAfterMinutes': 'You can try again in about {n} minutes.',
  'notFound.title': 'Page not found',
  'notFound.text': 'There is no page at this address. Check the address or continue from here.',
  'notFound.toHome': 'Go to the overview',
  'notFound.toLogin': 'Go to the login page',
  'forbidden.title': 'No permission',
  'forbidden.text':
    'Your role does not give access to this page. Contact the system administrator if you need it for your work.',
  'crash.title': 'Something went wrong',
  'crash.text':
    'The page could not be shown. Reload the page or go to the overview. Contact the system administrator if the problem remains.',

  // Roles and statuses (profile, overview, administration)
  'role.admin': 'System administrator',
  'role.security_officer': 'Security officer',
  'role.party_contact': 'Party security contact',
  'role.official': 'Elected official',
  'role.staff': 'Staff member',
  'role.secretary': 'Secretary',
  'role.viewer': 'Management (read-only)',
  'userStatus.invited': 'Invited',
  'userStatus.active': 'Active',
  'userStatus.deactivated': 'Deactivated',
  'profile.mfa.on': 'On',
  'profile.mfa.off': 'Off',

  // Passwords (invitation, profile)
  'password.rules':
    'At least {n} characters. A long phrase of several words is both safer and easier to remember. Do not use your name or e-mail address.',

  // Links of the overview to other areas
  'parties.add': 'Add party',
  'report.homeLink': 'Report an incident',
};
