/**
 * Swedish, the primary language: what every page may need — layout, navigation, forms, errors
 * and the words several areas share. Each area's own texts are in `<area>.sv.ts` and load with its
 * pages (`app/areas/`). Klarspråk: short sentences, the words people use, "du". `{name}`
 * placeholders are filled in by `t`. English (en.ts) must have exactly these keys.
 */
export const sv = {
  // App and layout
  'app.loading': 'Startar Värn',
  'app.loadingPage': 'Hämtar sidan',
  'app.unavailableTitle': 'Värn svarar inte',
  'layout.skipToContent': 'Hoppa till huvudinnehållet',
  'layout.tagline': 'Trygghet för den lokala demokratin',
  'layout.footer': 'Värn – säkerhetsenhetens stöd mot hot, hat och våld mot förtroendevalda och anställda.',
  'layout.apiDocs': 'API-dokumentation',
  'language.switch': 'In English',
  'language.sv': 'Svenska',
  'language.en': 'English',

  // Navigation (the menu shows every area, whether its pages are loaded or not)
  'nav.label': 'Huvudmeny',
  'nav.menu': 'Meny',
  'nav.home': 'Översikt',
  'nav.profile': 'Min profil',
  'nav.users': 'Användare',
  'nav.parties': 'Partier',
  'nav.myParty': 'Mitt parti',
  'nav.directory': 'Kontaktlista',
  'nav.guidelines': 'Etiska riktlinjer',
  'nav.partyContacts': 'Säkerhetsansvariga',
  'nav.organisation': 'Organisation',
  'nav.audit': 'Granskningslogg',
  'nav.outbox': 'Utkorg',
  'nav.logout': 'Logga ut',
  'nav.reporting': 'Rapportera',
  'nav.myCases': 'Mina ärenden',
  'nav.sendSignal': 'Skicka signal',
  'nav.casework': 'Ärenden',
  'nav.signals': 'Signaler',
  'nav.situation': 'Lägesbild',
  'nav.metrics': 'Handläggningstider',
  'nav.taxonomy': 'Listor',
  'nav.riskguide': 'Riskguide',
  'nav.screening': 'Screening',
  'nav.templates': 'Mallar',
  'nav.meetingTemplates': 'Checklistor för möten',
  'nav.riskguideSummary': 'Riskguide i siffror',
  'nav.meetings': 'Möten',
  'nav.bodies': 'Organ',
  'nav.venues': 'Lokaler',
  'nav.register': 'Förtroendevalda',
  'nav.threatLevel': 'Hotnivå',
  'nav.training': 'Utbildning',
  'nav.myTraining': 'Min utbildning',

  // Shared words
  'common.loading': 'Hämtar uppgifter',
  'common.retry': 'Försök igen',
  'common.save': 'Spara',
  'common.saved': 'Ändringarna är sparade.',
  'common.cancel': 'Avbryt',
  'common.yes': 'Ja',
  'common.no': 'Nej',
  'dialog.close': 'Stäng dialogrutan',
  'form.required': 'Måste fyllas i',
  'form.fixErrors': 'Rätta följande och försök igen:',
  'pager.previous': 'Föregående sida',
  'pager.next': 'Nästa sida',
  'pager.pageOf': 'Sida {page} av {pages}',
  'period.show': 'Visa',
  'risk.notAssessed': 'Inte bedömd',

  // Tracked measures (incidents and Riskguide matters)
  'measure.status': 'Status',
  'measure.owner': 'Ansvarig',
  'measure.noOwner': 'Ingen ansvarig än',
  'measure.dueDate': 'Klart senast',
  'measure.saveChange': 'Spara ändringen',
  'measureStatus.planned': 'Planerad',
  'measureStatus.in_progress': 'Pågår',
  'measureStatus.done': 'Klar',
  'measureStatus.cancelled': 'Avbruten',

  // Errors the client words itself (the server's errors come translated)
  'error.network': 'Det gick inte att nå Värn. Kontrollera internetanslutningen och försök igen.',
  'error.invalidResponse': 'Servern svarade på ett sätt som vi inte kunde läsa. Försök igen om en stund.',
  'error.unexpected': 'Något gick fel. Försök igen om en stund.',
  'error.retryAfterOneSecond': 'Du kan försöka igen om en sekund.',
  'error.retryAfterSeconds': 'Du kan försöka igen om {n} sekunder.',
  'error.retryAfterMinutes': 'Du kan försöka igen om ungefär {n} minuter.',
  'notFound.title': 'Sidan finns inte',
  'notFound.text': 'Vi hittar ingen sida på den adressen. Kontrollera adressen eller gå vidare härifrån.',
  'notFound.toHome': 'Till översikten',
  'notFound.toLogin': 'Till inloggningen',
  'forbidden.title': 'Ingen behörighet',
  'forbidden.text':
    'Din roll ger inte tillgång till den här sidan. Kontakta systemadministratören om du behöver den i ditt arbete.',
  'crash.title': 'Något gick fel',
  'crash.text':
    'Sidan kunde inte visas. Ladda om sidan eller gå till översikten. Kontakta systemadministratören om felet finns kvar.',

  // Roles and statuses (profile, overview, administration)
  'role.admin': 'Systemadministratör',
  'role.security_officer': 'Säkerhetshandläggare',
  'role.party_contact': 'Partiets säkerhetsansvarig',
  'role.official': 'Förtroendevald',
  'role.staff': 'Tjänsteperson',
  'role.secretary': 'Sekreterare',
  'role.viewer': 'Ledning (läsbehörighet)',
  'userStatus.invited': 'Inbjuden',
  'userStatus.active': 'Aktiv',
  'userStatus.deactivated': 'Avaktiverad',
  'profile.mfa.on': 'Aktiverad',
  'profile.mfa.off': 'Inte aktiverad',

  // Passwords (invitation, profile)
  'password.rules':
    'Minst {n} tecken. En lång fras med flera ord är både säkrare och lättare att komma ihåg. Använd inte ditt namn eller din e-postadress.',

  // Links of the overview to other areas
  'parties.add': 'Lägg till parti',
  'report.homeLink': 'Rapportera en händelse',
} as const satisfies Record<string, string>;

/** A key of the common catalogue. */
export type CommonKey = keyof typeof sv;
