import type { svAccount } from './account.sv';

/** English texts: logging in, two-step verification, invitations, passwords, the overview and the profile. */
export const enAccount: Readonly<Record<keyof typeof svAccount, string>> = {
  // Shared words
  'common.done': 'Done',

  // Emergency
  'emergency.heading': 'In an emergency: call 112',
  'emergency.text': 'Are you or someone else in danger right now? Call 112. Then contact the security unit.',
  'emergency.call': 'Call 112',

  // Login
  'login.title': 'Log in',
  'login.intro': 'Log in with your e-mail address and password.',
  'login.email': 'E-mail address',
  'login.password': 'Password',
  'login.submit': 'Log in',
  'login.loggedOut': 'You have been logged out.',
  'login.organisation': 'Organisation',
  'login.chooseOrganisation':
    'Your e-mail address has accounts in several organisations. Choose the one to log in to and log in again.',
  'login.organisationRequired': 'Choose the organisation to log in to.',
  'login.forgotPassword':
    "Forgotten your password or don't have an account? Contact your municipality's system administrator.",

  // Second step of the login
  'mfa.verify.title': 'Two-step verification',
  'mfa.verify.intro': 'Open the authenticator app on your phone and enter the code for Värn.',
  'mfa.verify.code': 'Code',
  'mfa.verify.codeHelp':
    "Six digits from the app. If you don't have your phone, you can enter one of your recovery codes.",
  'mfa.verify.submit': 'Log in',
  'mfa.verify.loginAgain': 'Log in again',
  'mfa.verify.cancel': 'Cancel and return to the login page',

  // Turning on two-step verification
  'mfa.enrol.title': 'Turn on two-step verification',
  'mfa.enrol.forced': 'Your role requires two-step verification. Turn it on now to use Värn.',
  'mfa.enrol.intro':
    'With two-step verification you need both your password and a code from your phone to log in. Nobody else can get into your account, even if your password were to leak.',
  'mfa.enrol.appHint':
    'You need an authenticator app on your phone, for example Microsoft Authenticator, Google Authenticator or FreeOTP. Install the app before you start.',
  'mfa.enrol.start': 'Start',
  'mfa.enrol.scanHeading': '1. Add Värn to the app',
  'mfa.enrol.scanText': 'Choose to add an account in the app and scan the QR code.',
  'mfa.enrol.qrAlt': 'QR code for adding Värn to the authenticator app',
  'mfa.enrol.manual': "Can't scan? Choose to enter a key in the app and type this one:",
  'mfa.enrol.secretLabel': 'Key to type into the app',
  'mfa.enrol.confirmHeading': '2. Confirm with a code',
  'mfa.enrol.code': 'Code from the app',
  'mfa.enrol.codeHelp': 'The app shows a new six-digit code every 30 seconds.',
  'mfa.enrol.confirm': 'Turn on',
  'mfa.enrol.done': 'Two-step verification is on.',
  'mfa.enrol.continue': 'Continue',
  'mfa.enrol.alreadyOn': 'Two-step verification is already on for your account.',
  'mfa.enrol.toProfile': 'Go to My profile',

  // Recovery codes
  'recovery.heading': 'Your recovery codes',
  'recovery.onlyOnce': 'The codes are shown only this once.',
  'recovery.instructions':
    'If you lose your phone, you can log in with one of these codes instead of a code from the app. Each code works once. Keep the codes somewhere safe, for example in a password manager or printed in a locked cabinet – not on your phone.',
  'recovery.listLabel': 'Recovery codes',
  'recovery.download': 'Download as text file',
  'recovery.confirm': 'I have stored the recovery codes in a safe place',
  'recovery.confirmRequired': 'Confirm that you have stored the codes before you continue.',
  'recovery.fileTitle': 'Recovery codes for Värn',
  'recovery.fileCreated': 'Created {time}',
  'recovery.fileNote': 'Each code can be used once. Keep this file safe.',

  // Invitation
  'invitation.title': 'Invitation to Värn',
  'invitation.noToken':
    'The link is incomplete. Open the link in the e-mail again, or copy the whole link into the browser.',
  'invitation.loading': 'Loading the invitation',
  'invitation.welcome': 'Welcome, {name}! You have been invited to Värn at {organisation}.',
  'invitation.email': 'Your account',
  'invitation.expires': 'Invitation valid until',
  'invitation.choosePassword': 'Choose a password to activate your account.',
  'invitation.password': 'Password',
  'invitation.repeat': 'Repeat the password',
  'invitation.submit': 'Activate account',
  'invitation.accepted': 'Done! Your account is active and you can log in.',
  'invitation.toLogin': 'Go to the login page',

  // Passwords
  'password.heading': 'Change password',
  'password.current': 'Current password',
  'password.new': 'New password',
  'password.repeat': 'Repeat the new password',
  'password.mismatch': 'The passwords are not the same. Type the same password twice.',
  'password.submit': 'Change password',
  'password.changed': 'Your password has been changed. You have been logged out on all other devices.',
  'password.confirmWith': 'Your password',

  // Overview
  'home.title': 'Overview',
  'home.greeting': 'Hello {name}!',
  'home.signedInAs': 'You are logged in as {role} at {organisation}.',
  'home.unit.heading': 'Contact the security unit',
  'home.unit.text':
    'Get in touch if you have been threatened or harassed, or if you are worried that something might happen.',
  'home.unit.phone': 'Phone',
  'home.unit.email': 'E-mail',
  'home.unit.missing': "The security unit's phone number and e-mail address have not been entered yet.",
  'home.unit.addContact': 'Enter the contact details',
  'home.party.heading': 'Your party',
  'home.party.none':
    'You are not linked to a party in Värn. Contact the system administrator if this is wrong.',
  'home.party.contact': 'Security contact',
  'home.party.deputy': 'Deputy',
  'home.party.noContact': 'The party has no security contact yet. Contact the security unit directly.',
  'home.mfaHint.heading': 'Protect your account with two-step verification',
  'home.mfaHint.text':
    'With two-step verification, logging in needs both your password and a code from your phone.',
  'home.mfaHint.link': 'Turn on two-step verification',
  'home.admin.heading': 'Accounts and readiness',
  'home.admin.users': 'Users',
  'home.admin.toUsers': 'Go to users',
  'home.admin.parties': "Parties' security contacts",
  'home.admin.noParties': 'No parties have been added yet.',
  'home.admin.allHaveContact': 'All parties ({n}) have a security contact.',
  'home.admin.missingContact':
    '{n} of {total} parties have no security contact. The security unit needs a contact person in every party.',
  'home.admin.toParties': 'Go to parties',

  // Profile
  'profile.calendar.heading': 'The meetings in your calendar',
  'profile.calendar.text':
    'See the coming meetings you have access to in your usual calendar, through a secret subscription address.',
  'profile.calendar.link': 'Calendar subscription',
  'profile.title': 'My profile',
  'profile.summary': 'You are logged in with {email} as {role} at {organisation}.',
  'profile.party': 'Party: {party}',
  'profile.details.heading': 'Name and language',
  'profile.details.saved': 'Your details have been saved.',
  'profile.name': 'Name',
  'profile.language': 'Language',
  'profile.mfa.heading': 'Two-step verification',
  'profile.mfa.status': 'Status:',
  'profile.mfa.explain':
    'With two-step verification, logging in needs both your password and a code from an app on your phone.',
  'profile.mfa.enable': 'Turn on two-step verification',
  'profile.mfa.codesHeading': 'New recovery codes',
  'profile.mfa.codesText':
    'Create new codes if you have used several of them or think someone else has seen them. The old codes then stop working.',
  'profile.mfa.newCodes': 'Create new recovery codes',
  'profile.mfa.disableHeading': 'Turn off two-step verification',
  'profile.mfa.disableText': 'After that, your password alone is enough to log in.',
  'profile.mfa.disable': 'Turn off two-step verification',
  'profile.mfa.requiredByRole': 'Your role requires two-step verification, so it cannot be turned off.',
  'profile.mfa.turnedOff': 'Two-step verification is off.',

  // Sessions
  'sessions.heading': 'Sessions',
  'sessions.intro':
    'This is where you are logged in right now. Log out any session you do not recognise, and then change your password.',
  'sessions.loading': 'Loading sessions',
  'sessions.tableLabel': 'Your sessions',
  'sessions.device': 'Browser and system',
  'sessions.ip': 'IP address',
  'sessions.created': 'Logged in',
  'sessions.lastSeen': 'Last active',
  'sessions.expires': 'Ends',
  'sessions.action': 'Action',
  'sessions.current': 'This session',
  'sessions.unknownDevice': 'Unknown browser',
  'sessions.logoutOne': 'Log out',
  'sessions.logoutOneLabel': 'Log out {device}, last active {time}',
  'sessions.logoutOthers': 'Log out all other sessions',
  'sessions.noOthers': 'You are not logged in anywhere else.',
  'sessions.loggedOut': 'The session has been ended.',
  'sessions.othersLoggedOut': 'All other sessions have been ended.',
  'sessions.confirmTitle': 'Log out all other sessions?',
  'sessions.confirmText': 'You will be logged out everywhere except here, in this browser.',
};
