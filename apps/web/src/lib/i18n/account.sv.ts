/**
 * Swedish texts: logging in, two-step verification, recovery codes, invitations, passwords, the
 * overview and the profile.
 */
export const svAccount = {
  // Shared words
  'common.done': 'Klar',

  // Emergency
  'emergency.heading': 'Vid akut fara: ring 112',
  'emergency.text': 'Är du eller någon annan i fara just nu? Ring 112. Kontakta sedan säkerhetsenheten.',
  'emergency.call': 'Ring 112',

  // Login
  'login.title': 'Logga in',
  'login.intro': 'Logga in med din e-postadress och ditt lösenord.',
  'login.email': 'E-postadress',
  'login.password': 'Lösenord',
  'login.submit': 'Logga in',
  'login.loggedOut': 'Du är utloggad.',
  'login.organisation': 'Organisation',
  'login.chooseOrganisation':
    'Din e-postadress har konton i flera organisationer. Välj vilken du vill logga in i och logga in igen.',
  'login.organisationRequired': 'Välj vilken organisation du vill logga in i.',
  'login.forgotPassword':
    'Har du glömt lösenordet eller saknar du konto? Kontakta systemadministratören i din kommun.',

  // Second step of the login
  'mfa.verify.title': 'Tvåstegsverifiering',
  'mfa.verify.intro': 'Öppna autentiseringsappen i telefonen och ange koden för Värn.',
  'mfa.verify.code': 'Kod',
  'mfa.verify.codeHelp':
    'Sex siffror från appen. Har du inte telefonen med dig kan du ange en av dina återställningskoder.',
  'mfa.verify.submit': 'Logga in',
  'mfa.verify.loginAgain': 'Logga in igen',
  'mfa.verify.cancel': 'Avbryt och gå tillbaka till inloggningen',

  // Turning on two-step verification
  'mfa.enrol.title': 'Aktivera tvåstegsverifiering',
  'mfa.enrol.forced': 'Din roll kräver tvåstegsverifiering. Aktivera den nu för att kunna använda Värn.',
  'mfa.enrol.intro':
    'Med tvåstegsverifiering behöver du både ditt lösenord och en kod från telefonen för att logga in. Då kommer ingen annan in på ditt konto, även om lösenordet skulle komma ut.',
  'mfa.enrol.appHint':
    'Du behöver en autentiseringsapp i telefonen, till exempel Microsoft Authenticator, Google Authenticator eller FreeOTP. Installera appen innan du börjar.',
  'mfa.enrol.start': 'Börja',
  'mfa.enrol.scanHeading': '1. Lägg till Värn i appen',
  'mfa.enrol.scanText': 'Välj att lägga till ett konto i appen och skanna QR-koden.',
  'mfa.enrol.qrAlt': 'QR-kod för att lägga till Värn i autentiseringsappen',
  'mfa.enrol.manual': 'Går det inte att skanna? Välj att ange en nyckel i appen och skriv in den här:',
  'mfa.enrol.secretLabel': 'Nyckel att skriva in i appen',
  'mfa.enrol.confirmHeading': '2. Bekräfta med en kod',
  'mfa.enrol.code': 'Kod från appen',
  'mfa.enrol.codeHelp': 'Appen visar en ny kod med sex siffror var 30:e sekund.',
  'mfa.enrol.confirm': 'Aktivera',
  'mfa.enrol.done': 'Tvåstegsverifiering är aktiverad.',
  'mfa.enrol.continue': 'Fortsätt',
  'mfa.enrol.alreadyOn': 'Tvåstegsverifiering är redan aktiverad för ditt konto.',
  'mfa.enrol.toProfile': 'Till Min profil',

  // Recovery codes
  'recovery.heading': 'Dina återställningskoder',
  'recovery.onlyOnce': 'Koderna visas bara den här gången.',
  'recovery.instructions':
    'Tappar du bort telefonen kan du logga in med en av koderna i stället för en kod från appen. Varje kod fungerar en gång. Spara koderna på ett säkert ställe, till exempel i en lösenordshanterare eller utskrivna i ett låst skåp – inte i telefonen.',
  'recovery.listLabel': 'Återställningskoder',
  'recovery.download': 'Ladda ner som textfil',
  'recovery.confirm': 'Jag har sparat återställningskoderna på ett säkert ställe',
  'recovery.confirmRequired': 'Bekräfta att du har sparat koderna innan du fortsätter.',
  'recovery.fileTitle': 'Återställningskoder för Värn',
  'recovery.fileCreated': 'Skapade {time}',
  'recovery.fileNote': 'Varje kod kan användas en gång. Förvara filen säkert.',

  // Invitation
  'invitation.title': 'Inbjudan till Värn',
  'invitation.noToken':
    'Länken är inte komplett. Öppna länken i e-postmeddelandet igen, eller kopiera hela länken till webbläsaren.',
  'invitation.loading': 'Hämtar inbjudan',
  'invitation.welcome': 'Välkommen, {name}! Du har bjudits in till Värn hos {organisation}.',
  'invitation.email': 'Ditt konto',
  'invitation.expires': 'Inbjudan gäller till',
  'invitation.choosePassword': 'Välj ett lösenord för att aktivera kontot.',
  'invitation.password': 'Lösenord',
  'invitation.repeat': 'Upprepa lösenordet',
  'invitation.submit': 'Aktivera kontot',
  'invitation.accepted': 'Klart! Ditt konto är aktiverat och du kan logga in.',
  'invitation.toLogin': 'Gå till inloggningen',

  // Passwords
  'password.heading': 'Byt lösenord',
  'password.current': 'Nuvarande lösenord',
  'password.new': 'Nytt lösenord',
  'password.repeat': 'Upprepa det nya lösenordet',
  'password.mismatch': 'Lösenorden är inte likadana. Skriv samma lösenord två gånger.',
  'password.submit': 'Byt lösenord',
  'password.changed': 'Lösenordet är bytt. Du har loggats ut på alla andra enheter.',
  'password.confirmWith': 'Ditt lösenord',

  // Overview
  'home.title': 'Översikt',
  'home.greeting': 'Hej {name}!',
  'home.signedInAs': 'Du är inloggad som {role} i {organisation}.',
  'home.unit.heading': 'Kontakta säkerhetsenheten',
  'home.unit.text':
    'Hör av dig om du har blivit hotad eller trakasserad, eller om du är orolig för att något ska hända.',
  'home.unit.phone': 'Telefon',
  'home.unit.email': 'E-post',
  'home.unit.missing': 'Säkerhetsenhetens telefonnummer och e-postadress är inte inlagda ännu.',
  'home.unit.addContact': 'Lägg in kontaktuppgifterna',
  'home.party.heading': 'Ditt parti',
  'home.party.none':
    'Du är inte kopplad till något parti i Värn. Kontakta systemadministratören om det är fel.',
  'home.party.contact': 'Säkerhetsansvarig',
  'home.party.deputy': 'Ersättare',
  'home.party.noContact': 'Partiet har ingen säkerhetsansvarig ännu. Kontakta säkerhetsenheten direkt.',
  'home.mfaHint.heading': 'Skydda ditt konto med tvåstegsverifiering',
  'home.mfaHint.text':
    'Med tvåstegsverifiering behövs både lösenordet och en kod från telefonen för att logga in.',
  'home.mfaHint.link': 'Aktivera tvåstegsverifiering',
  'home.admin.heading': 'Konton och beredskap',
  'home.admin.users': 'Användare',
  'home.admin.toUsers': 'Till användarna',
  'home.admin.parties': 'Partiernas säkerhetsansvariga',
  'home.admin.noParties': 'Inga partier är upplagda ännu.',
  'home.admin.allHaveContact': 'Alla partier ({n}) har en säkerhetsansvarig.',
  'home.admin.missingContact':
    '{n} av {total} partier saknar säkerhetsansvarig. Säkerhetsenheten behöver en kontaktperson i varje parti.',
  'home.admin.toParties': 'Till partierna',

  // Profile
  'profile.calendar.heading': 'Mötena i din kalender',
  'profile.calendar.text':
    'Se de kommande möten du har tillgång till i din vanliga kalender, genom en hemlig prenumerationsadress.',
  'profile.calendar.link': 'Kalenderprenumeration',
  'profile.title': 'Min profil',
  'profile.summary': 'Du är inloggad med {email} som {role} i {organisation}.',
  'profile.party': 'Parti: {party}',
  'profile.details.heading': 'Namn och språk',
  'profile.details.saved': 'Dina uppgifter är sparade.',
  'profile.name': 'Namn',
  'profile.language': 'Språk',
  'profile.mfa.heading': 'Tvåstegsverifiering',
  'profile.mfa.status': 'Status:',
  'profile.mfa.explain':
    'Med tvåstegsverifiering behövs både lösenordet och en kod från en app i telefonen för att logga in.',
  'profile.mfa.enable': 'Aktivera tvåstegsverifiering',
  'profile.mfa.codesHeading': 'Nya återställningskoder',
  'profile.mfa.codesText':
    'Skapa nya koder om du har använt flera av dem eller tror att någon annan har sett dem. De gamla koderna slutar då att fungera.',
  'profile.mfa.newCodes': 'Skapa nya återställningskoder',
  'profile.mfa.disableHeading': 'Stäng av tvåstegsverifiering',
  'profile.mfa.disableText': 'Därefter räcker lösenordet för att logga in.',
  'profile.mfa.disable': 'Stäng av tvåstegsverifiering',
  'profile.mfa.requiredByRole': 'Din roll kräver tvåstegsverifiering, så den kan inte stängas av.',
  'profile.mfa.turnedOff': 'Tvåstegsverifiering är avstängd.',

  // Sessions
  'sessions.heading': 'Inloggningar',
  'sessions.intro':
    'Här ser du var du är inloggad just nu. Logga ut inloggningar som du inte känner igen, och byt sedan lösenord.',
  'sessions.loading': 'Hämtar inloggningar',
  'sessions.tableLabel': 'Dina inloggningar',
  'sessions.device': 'Webbläsare och system',
  'sessions.ip': 'IP-adress',
  'sessions.created': 'Inloggad',
  'sessions.lastSeen': 'Senast aktiv',
  'sessions.expires': 'Upphör',
  'sessions.action': 'Åtgärd',
  'sessions.current': 'Den här inloggningen',
  'sessions.unknownDevice': 'Okänd webbläsare',
  'sessions.logoutOne': 'Logga ut',
  'sessions.logoutOneLabel': 'Logga ut {device}, senast aktiv {time}',
  'sessions.logoutOthers': 'Logga ut alla andra inloggningar',
  'sessions.noOthers': 'Du är inte inloggad någon annanstans.',
  'sessions.loggedOut': 'Inloggningen är avslutad.',
  'sessions.othersLoggedOut': 'Alla andra inloggningar är avslutade.',
  'sessions.confirmTitle': 'Logga ut alla andra inloggningar?',
  'sessions.confirmText': 'Du loggas ut överallt utom här, i den här webbläsaren.',
} as const satisfies Record<string, string>;
