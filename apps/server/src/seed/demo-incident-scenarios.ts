import type { Consequence, MeasureType, Severity, TargetRole } from '@varn/domain';

/**
 * What the demo's cases say (issue 3, issue 12): everyday cases of a municipality, and the cases of
 * an election year — the campaign, the polling stations, the weeks after the result. Texts in
 * Swedish (the demo organisation's language); every code is one of the default taxonomy's
 * (packages/domain/src/incidents/taxonomy.ts).
 */

/** One kind of case: its text and how it is classified. */
export interface Scenario {
  readonly text: string;
  readonly categories: readonly string[];
  readonly channel: string;
  readonly perpetrator: string;
  /**
   * Who reports it: the official themself or (party contact) for a member of the party; staff for
   * themself or, at the polling station, for an election worker.
   */
  readonly reporter: 'official' | 'staff' | 'party_contact';
  readonly targetRole: TargetRole;
  readonly severity: Severity;
  readonly consequences?: readonly Consequence[];
}

/** Cases of any month, election year or not. */
export const everydayScenarios: readonly Scenario[] = [
  {
    text: 'Hotfullt mejl efter beslutet om att lägga ner Norrby skola. Avsändaren skriver att "ni ska få betala för det här".',
    categories: ['threat'],
    channel: 'email',
    perpetrator: 'citizen',
    reporter: 'official',
    targetRole: 'official',
    severity: 'high',
    consequences: ['fear'],
  },
  {
    text: 'Sexistiska tillmälen i kommentarerna under min debattartikel i lokaltidningen på Facebook.',
    categories: ['sexual_harassment', 'insult'],
    channel: 'social_public',
    perpetrator: 'unknown',
    reporter: 'official',
    targetRole: 'official',
    severity: 'moderate',
    consequences: ['self_censorship'],
  },
  {
    text: 'Min adress och bilder på mitt hus har lagts ut i en Telegramkanal tillsammans med uppmaningen "hälsa på".',
    categories: ['doxxing', 'stalking'],
    channel: 'other_digital',
    perpetrator: 'extremist_right',
    reporter: 'official',
    targetRole: 'official',
    severity: 'high',
    consequences: ['fear', 'considered_leaving'],
  },
  {
    text: 'Åhörare skrek och vägrade lämna läktaren under fullmäktiges debatt om flyktingmottagning. Ordföranden ajournerade mötet.',
    categories: ['meeting_disturbance'],
    channel: 'in_person_meeting',
    perpetrator: 'decision_party',
    reporter: 'official',
    targetRole: 'official',
    severity: 'moderate',
  },
  {
    text: 'Upprepade samtal från dolt nummer sent på kvällarna, ingen säger något. Har pågått i två veckor.',
    categories: ['harassment'],
    channel: 'phone_sms',
    perpetrator: 'fixated',
    reporter: 'official',
    targetRole: 'official',
    severity: 'moderate',
    consequences: ['fear'],
  },
  {
    text: 'Företrädare för exploatör antydde en "gentjänst" om detaljplanen för hamnområdet går igenom.',
    categories: ['unlawful_influence'],
    channel: 'in_person_meeting',
    perpetrator: 'decision_party',
    reporter: 'official',
    targetRole: 'official',
    severity: 'high',
  },
  {
    text: 'Över 300 likalydande mejl till alla ledamöter med krav på att beslutet om vindkraft omprövas, flera med hånfulla bilagor.',
    categories: ['pressure_campaign'],
    channel: 'email',
    perpetrator: 'group',
    reporter: 'party_contact',
    targetRole: 'official',
    severity: 'low',
  },
  {
    text: 'Brev med okänt vitt pulver till kommunhuset, adresserat till kommunstyrelsens ordförande. Posten spärrades av.',
    categories: ['threat'],
    channel: 'letter',
    perpetrator: 'unknown',
    reporter: 'official',
    targetRole: 'municipal_premises',
    severity: 'acute',
  },
  {
    text: 'En påhittad "nyhetsartikel" om att jag tagit mutor sprids i flera lokala Facebookgrupper.',
    categories: ['disinformation', 'insult'],
    channel: 'social_public',
    perpetrator: 'unknown',
    reporter: 'official',
    targetRole: 'official',
    severity: 'moderate',
    consequences: ['self_censorship'],
  },
  {
    text: 'En man har stått utanför min bostad flera kvällar och i går följde han efter mig till bilen.',
    categories: ['stalking'],
    channel: 'at_home',
    perpetrator: 'fixated',
    reporter: 'official',
    targetRole: 'official',
    severity: 'acute',
    consequences: ['fear', 'sick_leave'],
  },
  {
    text: 'Min son fick ett sms om att "din pappa borde akta sig efter omröstningen".',
    categories: ['threat'],
    channel: 'via_relatives',
    perpetrator: 'unknown',
    reporter: 'official',
    targetRole: 'relative',
    severity: 'high',
    consequences: ['fear'],
  },
  {
    text: 'Klient hotade handläggare i socialtjänstens reception efter avslag på ansökan och slog i disken.',
    categories: ['threat'],
    channel: 'in_person_public',
    perpetrator: 'decision_party',
    reporter: 'staff',
    targetRole: 'staff',
    severity: 'high',
  },
  {
    text: 'Samma bil har stått parkerad vid partikansliet i tre dagar; personer i bilen fotograferar dem som går in.',
    categories: ['reconnaissance'],
    channel: 'in_person_public',
    perpetrator: 'unknown',
    reporter: 'party_contact',
    targetRole: 'party_organisation',
    severity: 'moderate',
  },
  {
    text: 'Rasistiska kommentarer och hot i direktmeddelanden på Instagram efter ett inlägg om integration.',
    categories: ['hate_crime', 'threat'],
    channel: 'social_direct',
    perpetrator: 'extremist_right',
    reporter: 'official',
    targetRole: 'official',
    severity: 'high',
    consequences: ['fear'],
  },
  {
    text: 'Dator med mötesunderlag stulen ur bilen utanför kommunhuset.',
    categories: ['theft'],
    channel: 'unknown',
    perpetrator: 'unknown',
    reporter: 'staff',
    targetRole: 'staff',
    severity: 'low',
  },
  {
    text: 'Knuffad och bespottad vid ett torgmöte om den nya bussdepån.',
    categories: ['violence'],
    channel: 'in_person_public',
    perpetrator: 'citizen',
    reporter: 'official',
    targetRole: 'official',
    severity: 'high',
    consequences: ['fear'],
  },
  {
    text: 'Sms med dödshot strax efter att jag medverkade i lokalradion om äldreomsorgen.',
    categories: ['threat'],
    channel: 'phone_sms',
    perpetrator: 'unknown',
    reporter: 'official',
    targetRole: 'official',
    severity: 'acute',
    consequences: ['fear', 'considered_leaving'],
  },
  {
    text: 'Nedsättande kommentarer om en partikamrat under ett internt möte; hen vill inte gå vidare men vi vill att det finns noterat.',
    categories: ['insult'],
    channel: 'in_person_meeting',
    perpetrator: 'party_member',
    reporter: 'party_contact',
    targetRole: 'official',
    severity: 'low',
  },
  {
    text: 'Bibliotekarie trakasserad av besökare som kräver att en bok tas bort, återkommer varje dag.',
    categories: ['harassment'],
    channel: 'in_person_public',
    perpetrator: 'fixated',
    reporter: 'staff',
    targetRole: 'staff',
    severity: 'moderate',
  },
];

/**
 * The campaign (valrörelsen), spring to election day: campaign huts and posters, threats in social
 * media and in person, organised and extremist perpetrators, disinformation.
 */
export const campaignScenarios: readonly Scenario[] = [
  {
    text: 'Valstugan på torget vandaliserad under natten: affischer rivna, klotter och en krossad ruta.',
    categories: ['vandalism'],
    channel: 'in_person_public',
    perpetrator: 'unknown',
    reporter: 'party_contact',
    targetRole: 'party_organisation',
    severity: 'moderate',
  },
  {
    text: 'Konton som verkar falska sprider manipulerade citat från ledamöter inför valet, delvis på ryska.',
    categories: ['disinformation'],
    channel: 'social_public',
    perpetrator: 'foreign_power',
    reporter: 'party_contact',
    targetRole: 'party_organisation',
    severity: 'moderate',
  },
  {
    text: 'Valstugan vid Stortorget vandaliserad under natten: affischerna rivna och hakkors sprejade på väggen.',
    categories: ['vandalism', 'hate_crime'],
    channel: 'in_person_public',
    perpetrator: 'extremist_right',
    reporter: 'party_contact',
    targetRole: 'party_organisation',
    severity: 'moderate',
  },
  {
    text: 'Våra valaffischer längs Storgatan har rivits ner eller klottrats över tre nätter i rad.',
    categories: ['vandalism'],
    channel: 'in_person_public',
    perpetrator: 'unknown',
    reporter: 'party_contact',
    targetRole: 'party_organisation',
    severity: 'low',
  },
  {
    text: 'Hotfulla kommentarer under den direktsända valdebatten på Facebook: "vi vet var du bor, vänta bara till efter valet".',
    categories: ['threat'],
    channel: 'social_public',
    perpetrator: 'unknown',
    reporter: 'official',
    targetRole: 'official',
    severity: 'high',
    consequences: ['fear'],
  },
  {
    text: 'En grupp män ställde sig runt valstugan, filmade oss och skrek att vi är landsförrädare. En av dem knuffade en volontär.',
    categories: ['threat', 'violence'],
    channel: 'in_person_public',
    perpetrator: 'extremist_right',
    reporter: 'party_contact',
    targetRole: 'official',
    severity: 'high',
    consequences: ['fear'],
  },
  {
    text: 'Direktmeddelande efter valmötet i Kulturhuset: "Du kommer inte att överleva valrörelsen."',
    categories: ['threat'],
    channel: 'social_direct',
    perpetrator: 'unknown',
    reporter: 'official',
    targetRole: 'official',
    severity: 'acute',
    consequences: ['fear', 'considered_leaving'],
  },
  {
    text: 'En manipulerad video där jag påstås lova att stänga vårdcentralen sprids från nyskapade konton inför valet.',
    categories: ['disinformation'],
    channel: 'social_public',
    perpetrator: 'foreign_power',
    reporter: 'official',
    targetRole: 'official',
    severity: 'moderate',
    consequences: ['self_censorship'],
  },
  {
    text: 'Aktivister störde partiets torgmöte med visselpipor och kastade ägg mot talarna.',
    categories: ['meeting_disturbance'],
    channel: 'in_person_public',
    perpetrator: 'extremist_left',
    reporter: 'party_contact',
    targetRole: 'party_organisation',
    severity: 'moderate',
  },
  {
    text: 'Anonymt brev hem med en bild på mina barn och texten "tänk på familjen innan du kandiderar".',
    categories: ['threat'],
    channel: 'letter',
    perpetrator: 'unknown',
    reporter: 'official',
    targetRole: 'official',
    severity: 'acute',
    consequences: ['fear', 'considered_leaving'],
  },
  {
    text: 'Hundratals likalydande kommentarer från nyskapade konton kallar våra kandidater förrädare under varje valinlägg.',
    categories: ['pressure_campaign', 'insult'],
    channel: 'social_public',
    perpetrator: 'group',
    reporter: 'party_contact',
    targetRole: 'party_organisation',
    severity: 'moderate',
  },
  {
    text: 'Sexistiska och hotfulla meddelanden sedan jag presenterades som partiets toppkandidat.',
    categories: ['sexual_harassment', 'threat'],
    channel: 'social_direct',
    perpetrator: 'unknown',
    reporter: 'official',
    targetRole: 'official',
    severity: 'high',
    consequences: ['self_censorship'],
  },
  {
    text: 'Unga män i bostadsområdet sa åt våra dörrknackare att "inte komma tillbaka hit" och följde efter dem till bilen.',
    categories: ['threat'],
    channel: 'in_person_public',
    perpetrator: 'criminal_network',
    reporter: 'party_contact',
    targetRole: 'official',
    severity: 'high',
    consequences: ['fear'],
  },
  {
    text: 'En rörelse mot vindkraften har lagt ut kandidaternas hemadresser på sin sida med uppmaningen att "fråga dem själva".',
    categories: ['doxxing'],
    channel: 'other_digital',
    perpetrator: 'extremist_single_issue',
    reporter: 'party_contact',
    targetRole: 'official',
    severity: 'high',
    consequences: ['fear'],
  },
];

/**
 * Early voting, election day and the count (förtidsröstning, valdagen, onsdagsräkningen): election
 * workers and the election office's staff.
 */
export const pollingScenarios: readonly Scenario[] = [
  {
    text: 'Person filmade valarbetare vid vallokalen och ifrågasatte högljutt rösträkningen, följde efter en av dem ut.',
    categories: ['harassment'],
    channel: 'in_person_public',
    perpetrator: 'citizen',
    reporter: 'staff',
    targetRole: 'election_worker',
    severity: 'moderate',
  },
  {
    text: 'Hot mot valarbetare i vallokalen i Norrby skola: en väljare vägrade lämna lokalen och sa "ni fuskar, vi kommer ihåg era ansikten".',
    categories: ['threat'],
    channel: 'in_person_public',
    perpetrator: 'citizen',
    reporter: 'staff',
    targetRole: 'election_worker',
    severity: 'high',
    consequences: ['fear'],
  },
  {
    text: 'Valarbetare vid förtidsröstningen i biblioteket filmades och hängdes ut med namn i en Telegramkanal om "valfusk".',
    categories: ['doxxing', 'harassment'],
    channel: 'other_digital',
    perpetrator: 'extremist_right',
    reporter: 'staff',
    targetRole: 'election_worker',
    severity: 'high',
    consequences: ['fear'],
  },
  {
    text: 'En man tog ett partis valsedlar från ställningen och blev aggressiv när valarbetaren bad honom lägga tillbaka dem.',
    categories: ['threat'],
    channel: 'in_person_public',
    perpetrator: 'citizen',
    reporter: 'staff',
    targetRole: 'election_worker',
    severity: 'moderate',
  },
  {
    text: 'Hotfulla samtal till valnämndens kansli under rösträkningen: "ändras inte resultatet så händer något".',
    categories: ['threat'],
    channel: 'phone_sms',
    perpetrator: 'fixated',
    reporter: 'staff',
    targetRole: 'staff',
    severity: 'high',
  },
];

/** The weeks after election day: anger at the result, claims that the election was rigged. */
export const afterElectionScenarios: readonly Scenario[] = [
  {
    text: 'Efter valresultatet: hatmejl till våra nyvalda ledamöter med krav på att de "avgår innan de tillträder".',
    categories: ['threat', 'insult'],
    channel: 'email',
    perpetrator: 'group',
    reporter: 'party_contact',
    targetRole: 'official',
    severity: 'high',
    consequences: ['fear'],
  },
  {
    text: 'Inlägg om att valet i kommunen var riggat, med namn på valnämndens ledamöter och uppmaningen att "besöka" dem.',
    categories: ['threat', 'disinformation'],
    channel: 'social_public',
    perpetrator: 'extremist_right',
    reporter: 'official',
    targetRole: 'official',
    severity: 'high',
    consequences: ['fear'],
  },
];

/** Measures the unit plans, with their descriptions. */
export const measurePlans: readonly (readonly [MeasureType, string])[] = [
  ['support_talk', 'Stödsamtal med den utsatta'],
  ['advice', 'Råd om säkerhet i sociala medier och hemmet'],
  ['personal_alarm', 'Personlarm lämnas ut'],
  ['home_security_review', 'Säkerhetsgenomgång av bostaden'],
  ['protected_personal_data', 'Hjälp att ansöka om skyddade personuppgifter'],
  ['escort', 'Följe till och från sammanträden'],
  ['police_liaison', 'Kontakt med polisens kontaktperson för förtroendevalda'],
  ['occupational_health', 'Kontakt med företagshälsovården'],
];

/** Closing summaries; the first speaks of a police report (used only when one was made). */
export const closingSummaries = [
  'Stödsamtal genomfört, polisanmälan gjord. Inga nya händelser på fyra veckor; den utsatta känner sig trygg att avsluta.',
  'Råd givna och åtgärder genomförda. Ärendet avslutas; hör av dig om något nytt händer.',
  'Polisen har lagt ner förundersökningen. Säkerhetsåtgärderna finns kvar; ärendet avslutas.',
  'Ingen vidare risk bedöms föreligga efter uppföljning. Avslutat i samråd med den berörda.',
];

/**
 * The people the cases name (targetName), so that the same person can be targeted again (repeat
 * victimisation, issue 12): a few exposed members of the party contact's party who come back
 * often (by weight), the rest drawn from common first names and surnames (mostly once each), and
 * the election workers.
 */
export const frequentPartyMemberTargets: readonly (readonly [string, number])[] = [
  ['Amina Hassan', 3],
  ['Johan Berg', 2],
  ['Eva Lindqvist', 2],
  ['Karin Nyström', 1],
  ['Omar Said', 1],
  ['Lena Ek', 1],
];
export const firstNames: readonly string[] = [
  'Anders',
  'Elin',
  'Fatima',
  'Björn',
  'Hanna',
  'Daniel',
  'Maja',
  'Peter',
  'Leila',
  'Erik',
  'Sofia',
  'Mats',
];
export const surnames: readonly string[] = [
  'Sandberg',
  'Larsson',
  'Nord',
  'Björk',
  'Eriksson',
  'Strand',
  'Wikström',
  'Rahimi',
  'Falk',
  'Mårtensson',
  'Åberg',
  'Lundgren',
];
/** Colleagues a staff member reports for (staff targeted at work). */
export const colleagueTargets: readonly (readonly [string, number])[] = [
  ['Sara Lind', 3],
  ['Ahmed Yilmaz', 2],
  ['Jenny Palm', 1],
  ['Tomas Hed', 1],
  ['Ulla Berglund', 1],
];
export const electionWorkerTargets: readonly (readonly [string, number])[] = [
  ['Birgitta Holm', 3],
  ['Ali Mansour', 2],
  ['Greta Sjöberg', 1],
  ['Nils Forsberg', 1],
];

/** Signals ("något är på gång") with their urgency. */
export const everydaySignals: readonly (readonly [string, 'high' | 'medium' | 'low'])[] = [
  ['Det ryktas om en demonstration utanför kommunhuset när budgeten ska beslutas.', 'medium'],
  ['Flera av våra ledamöter har fått samma underliga vänförfrågan från ett nytt konto.', 'low'],
  ['En person som tidigare hotat oss har synts i foajén inför kvällens möte.', 'high'],
  [
    'Diskussionen om skolnedläggningen hårdnar i en lokal Facebookgrupp, man pratar om att "ta reda på var de bor".',
    'high',
  ],
  ['Vi planerar torgmöte på lördag och vill ha råd om säkerheten.', 'low'],
  ['Någon har frågat receptionen efter kommunalrådets hemadress.', 'medium'],
  ['Ett upprop mot vindkraftsbeslutet uppmanar folk att "ta saken i egna händer" på fullmäktige.', 'medium'],
  ['Ett hotfullt klotter om kommunstyrelsen har dykt upp vid busstationen.', 'medium'],
  ['Det ryktas att en grupp ska störa medborgardialogen om den nya skolan i Norrby.', 'low'],
];

/** Signals of the campaign, before election day. */
export const campaignSignals: readonly (readonly [string, 'high' | 'medium' | 'low'])[] = [
  ['En extremistgrupp har annonserat att de ska "granska" partiernas valstugor i helgen.', 'high'],
  ['Vi bemannar valstugan på torget varje kväll i augusti och vill ha en genomgång av säkerheten.', 'low'],
  ['Falska konton delar ett påhittat citat från vår toppkandidat, spridningen ökar snabbt.', 'medium'],
  ['Ett känt ansikte från våldsbejakande miljö har setts vid flera valmöten i veckan.', 'high'],
  ['Inför valdebatten i Kulturhuset sprids uppmaningar att "fylla salen och låta dem höra".', 'medium'],
  ['Valarbetarna vid förtidsröstningen oroar sig för att bli filmade och uthängda.', 'medium'],
];
