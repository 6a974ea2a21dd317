import type {
  Consequence,
  IncidentStatus,
  MeasureStatus,
  MeasureType,
  PoliceReportStatus,
  Severity,
  TargetRole,
} from '@varn/domain';
import { swedishDate } from '@varn/domain';
import type { Tx } from '../db/client';
import {
  insertIncident,
  insertIncidentEvent,
  nextIncidentReference,
} from '../modules/incidents/incidents.repository';
import { insertPoliceReport, insertPoliceReportHistory } from '../modules/incidents/police-report.repository';
import { insertMeasure } from '../modules/measures/measures.repository';
import { insertSignal } from '../modules/signals/signals.repository';

/**
 * A year of realistic demo cases for Exempelkommun (issue 3 "Done when"), so that the queue, the
 * case files and the handling times are not empty. Deterministic: the same demo every time.
 */

/** A small deterministic pseudo-random generator (mulberry32). */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Scenario {
  readonly text: string;
  readonly categories: readonly string[];
  readonly channel: string;
  readonly perpetrator: string;
  readonly reporter: 'official' | 'staff' | 'party_contact';
  readonly targetRole: TargetRole;
  readonly severity: Severity;
  readonly consequences?: readonly Consequence[];
}

const scenarios: readonly Scenario[] = [
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
    text: 'Valstugan på torget vandaliserad under natten: affischer rivna, klotter och en krossad ruta.',
    categories: ['vandalism'],
    channel: 'in_person_public',
    perpetrator: 'unknown',
    reporter: 'party_contact',
    targetRole: 'party_organisation',
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
    text: 'Person filmade valarbetare vid vallokalen och ifrågasatte högljutt rösträkningen, följde efter en av dem ut.',
    categories: ['harassment'],
    channel: 'in_person_public',
    perpetrator: 'citizen',
    reporter: 'staff',
    targetRole: 'election_worker',
    severity: 'moderate',
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
    text: 'Konton som verkar falska sprider manipulerade citat från ledamöter inför valet, delvis på ryska.',
    categories: ['disinformation'],
    channel: 'social_public',
    perpetrator: 'foreign_power',
    reporter: 'party_contact',
    targetRole: 'party_organisation',
    severity: 'moderate',
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

const measurePlans: readonly (readonly [MeasureType, string])[] = [
  ['support_talk', 'Stödsamtal med den utsatta'],
  ['advice', 'Råd om säkerhet i sociala medier och hemmet'],
  ['personal_alarm', 'Personlarm lämnas ut'],
  ['home_security_review', 'Säkerhetsgenomgång av bostaden'],
  ['protected_personal_data', 'Hjälp att ansöka om skyddade personuppgifter'],
  ['escort', 'Följe till och från sammanträden'],
  ['police_liaison', 'Kontakt med polisens kontaktperson för förtroendevalda'],
  ['occupational_health', 'Kontakt med företagshälsovården'],
];

const closingSummaries = [
  'Stödsamtal genomfört, polisanmälan gjord. Inga nya händelser på fyra veckor; den utsatta känner sig trygg att avsluta.',
  'Råd givna och åtgärder genomförda. Ärendet avslutas; hör av dig om något nytt händer.',
  'Polisen har lagt ner förundersökningen. Säkerhetsåtgärderna finns kvar; ärendet avslutas.',
  'Ingen vidare risk bedöms föreligga efter uppföljning. Avslutat i samråd med den berörda.',
];

/** The demo's people, by role. */
export interface DemoPeople {
  readonly official: { id: string; partyId: string | null };
  readonly staff: { id: string };
  readonly partyContact: { id: string; partyId: string | null };
  readonly officer: { id: string };
}

const hours = 3_600_000;
const days = 24 * hours;

/** Inserts about seventy cases over the year before `now`, plus signals. */
export async function seedDemoIncidents(
  tx: Tx,
  organisationId: string,
  people: DemoPeople,
  now: Date,
): Promise<number> {
  const random = generator(2014);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const count = 72;
  const times = Array.from(
    { length: count },
    () => now.getTime() - Math.floor(random() * 360 * days) - 2 * hours,
  ).sort((a, b) => a - b);
  let created = 0;
  for (const [index, time] of times.entries()) {
    const scenario = scenarios[index % scenarios.length] as Scenario;
    const reportedAt = new Date(time);
    const age = (now.getTime() - time) / days;
    const reporter =
      scenario.reporter === 'staff'
        ? people.staff
        : scenario.reporter === 'party_contact'
          ? people.partyContact
          : people.official;
    const self = scenario.reporter !== 'party_contact';
    const status: IncidentStatus =
      age > 45
        ? random() < 0.9
          ? 'closed'
          : 'dormant'
        : age > 14
          ? pick<IncidentStatus>(['measures', 'follow_up', 'closed', 'assessing'])
          : age > 3
            ? pick<IncidentStatus>(['triaged', 'assessing', 'measures'])
            : 'new';
    const handled = status !== 'new';
    const triagedAt = handled ? new Date(time + (2 + random() * 30) * hours) : null;
    const firstContactAt = handled ? new Date(time + (1 + random() * 48) * hours) : null;
    const assessed = ['measures', 'follow_up', 'closed', 'dormant'].includes(status);
    const assessedAt = assessed ? new Date(time + (1 + random() * 9) * days) : null;
    const closedAt = status === 'closed' ? new Date(time + (10 + random() * 40) * days) : null;
    const row = await insertIncident(tx, {
      organisationId,
      reference: await nextIncidentReference(tx, organisationId, Number(swedishDate(reportedAt).slice(0, 4))),
      reportedByUserId: reporter.id,
      reportedAt,
      description: scenario.text,
      ongoing: scenario.severity === 'acute' && random() < 0.5,
      occurredFrom: new Date(time - (1 + random() * 20) * hours),
      targetKind: self ? 'self' : scenario.targetRole === 'party_organisation' ? 'other' : 'party_member',
      targetUserId: self ? reporter.id : null,
      targetName: self
        ? null
        : scenario.targetRole === 'party_organisation'
          ? 'Partiavdelningen'
          : 'Ledamot i partiet',
      targetRole: scenario.targetRole,
      targetPartyId:
        scenario.targetRole === 'party_organisation' || scenario.reporter === 'staff'
          ? null
          : scenario.reporter === 'party_contact'
            ? people.partyContact.partyId
            : people.official.partyId,
      partyContactConsent:
        scenario.targetRole !== 'party_organisation' &&
        scenario.reporter !== 'staff' &&
        random() < (self ? 0.3 : 0.6),
      categories: [...scenario.categories],
      channel: scenario.channel,
      perpetratorType: scenario.perpetrator,
      policeContacted: scenario.severity === 'acute' || random() < 0.3,
      consequences: [...(scenario.consequences ?? [])],
      severity:
        handled || scenario.severity === 'acute' || scenario.severity === 'high' ? scenario.severity : null,
      status,
      handlerUserId: handled ? people.officer.id : null,
      unlawfulInfluence: scenario.categories.includes('unlawful_influence'),
      sexualOrSexist: scenario.categories.includes('sexual_harassment'),
      electionPeriod: age < 90 && random() < 0.4,
      seriousWorkIncident: scenario.reporter === 'staff' && scenario.severity !== 'low',
      workEnvironmentReportedAt:
        scenario.reporter === 'staff' && scenario.severity !== 'low' && handled
          ? new Date(time + 4 * hours)
          : null,
      workEnvironmentReportedByUserId:
        scenario.reporter === 'staff' && scenario.severity !== 'low' && handled ? people.officer.id : null,
      kiaReference: scenario.reporter === 'staff' && handled ? `KIA-${2000 + index}` : null,
      triagedAt,
      firstContactAt,
      assessedAt,
      closedAt,
      closingSummary: closedAt ? pick(closingSummaries) : null,
      notifiedAt: reportedAt,
      createdAt: reportedAt,
      updatedAt: closedAt ?? assessedAt ?? triagedAt ?? reportedAt,
    });
    const event = (
      at: Date | null,
      kind: string,
      text: string | null,
      details: Record<string, string | number | boolean | null>,
      actor: string | null,
    ) =>
      at
        ? insertIncidentEvent(tx, {
            organisationId,
            incidentId: row.id,
            at,
            actorUserId: actor,
            kind,
            text,
            details,
          })
        : Promise.resolve();
    await event(reportedAt, 'reported', null, { ongoing: row.ongoing }, reporter.id);
    await event(
      triagedAt,
      'status_change',
      null,
      { from: 'new', to: 'triaged', event: 'triage' },
      people.officer.id,
    );
    await event(
      firstContactAt,
      'contact',
      'Ringde upp den utsatta, gick igenom vad som hänt och vilket stöd som finns.',
      {},
      people.officer.id,
    );
    if (assessedAt)
      await event(assessedAt, 'decision', 'Bedömning klar: åtgärder enligt plan.', {}, people.officer.id);
    if (closedAt)
      await event(
        closedAt,
        'status_change',
        row.closingSummary,
        { from: 'follow_up', to: 'closed', event: 'close' },
        people.officer.id,
      );
    if (assessed || status === 'assessing') {
      const planned = 1 + Math.floor(random() * 3);
      for (let m = 0; m < planned; m += 1) {
        const [type, description] = pick(measurePlans);
        const dueDate = swedishDate(new Date(time + (5 + random() * 30) * days));
        const measureStatus: MeasureStatus =
          status === 'closed' ? 'done' : pick<MeasureStatus>(['planned', 'in_progress', 'done']);
        await insertMeasure(tx, {
          organisationId,
          subjectType: 'incident',
          subjectId: row.id,
          type,
          description,
          ownerUserId: people.officer.id,
          dueDate,
          status: measureStatus,
          // Support meant for the person is shown on their case page.
          visibleToPerson: type === 'support_talk' || type === 'personal_alarm',
          createdByUserId: people.officer.id,
          now: new Date(time + 2 * days),
        });
      }
    }
    const reportToPolice =
      (scenario.categories.includes('threat') ||
        scenario.categories.includes('violence') ||
        scenario.categories.includes('stalking')) &&
      handled;
    if (reportToPolice && random() < 0.85) {
      const policeStatus: PoliceReportStatus =
        age > 90
          ? pick<PoliceReportStatus>(['closed', 'prosecuted', 'judgment', 'closed'])
          : pick<PoliceReportStatus>(['reported', 'under_investigation']);
      const reportedOn = new Date(time + 1 * days);
      const statusChangedAt = new Date(
        Math.min(now.getTime() - 2 * days, time + (20 + random() * 40) * days),
      );
      const report = await insertPoliceReport(tx, {
        organisationId,
        incidentId: row.id,
        reportNumber: `5000-K${100000 + Math.floor(random() * 899999)}-${String(reportedOn.getUTCFullYear()).slice(2)}`,
        reportedOn: swedishDate(reportedOn),
        electedRoleStated: true,
        protectionRequested: random() < 0.7,
        investigatorContact: 'Polisregion Exempel, utredare via kontaktperson för förtroendevalda',
        status: policeStatus,
        statusChangedAt: policeStatus === 'reported' ? reportedOn : statusChangedAt,
        createdAt: reportedOn,
        updatedAt: statusChangedAt,
      });
      await insertPoliceReportHistory(tx, {
        organisationId,
        policeReportId: report.id,
        status: 'reported',
        at: reportedOn,
        note: 'Anmälan gjord tillsammans med den utsatta.',
        actorUserId: people.officer.id,
      });
      if (policeStatus !== 'reported') {
        await insertPoliceReportHistory(tx, {
          organisationId,
          policeReportId: report.id,
          status: policeStatus,
          at: statusChangedAt,
          note: null,
          actorUserId: people.officer.id,
        });
      }
    }
    created += 1;
  }
  const signalTexts: readonly (readonly [string, 'high' | 'medium' | 'low'])[] = [
    ['Det ryktas om en demonstration utanför kommunhuset när budgeten ska beslutas.', 'medium'],
    ['Flera av våra ledamöter har fått samma underliga vänförfrågan från ett nytt konto.', 'low'],
    ['En person som tidigare hotat oss har synts i foajén inför kvällens möte.', 'high'],
    [
      'Diskussionen om skolnedläggningen hårdnar i en lokal Facebookgrupp, man pratar om att "ta reda på var de bor".',
      'high',
    ],
    ['Vi planerar torgmöte på lördag och vill ha råd om säkerheten.', 'low'],
  ];
  for (const [index, [text, urgency]] of signalTexts.entries()) {
    const createdAt = new Date(now.getTime() - (index * 9 + 1) * days);
    await insertSignal(tx, {
      organisationId,
      createdByUserId: index % 2 === 0 ? people.partyContact.id : people.official.id,
      text,
      urgency,
      status: index < 2 ? 'new' : index === 2 ? 'acknowledged' : 'dismissed',
      handledByUserId: index < 2 ? null : people.officer.id,
      handledAt: index < 2 ? null : new Date(createdAt.getTime() + 3 * hours),
      notifiedAt: createdAt,
      createdAt,
      updatedAt: createdAt,
    });
  }
  return created;
}
