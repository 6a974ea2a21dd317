import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import {
  addCalendarDays,
  BodyAssignment,
  BodyKind,
  ChecklistItemStatus,
  defaultChecklistTemplate,
  LogEntryKind,
  logEntryIncidentSuggestion,
  MeasureStatus,
  MeasureType,
  MeetingStatus,
  MeetingType,
  meetingTypeIsPublicByDefault,
  nationalThreatLevelAt,
  SecurityPlanStatus,
  StaffingKind,
  startOfSwedishDay,
  swedishDate,
  type IncidentStatus,
  type NationalThreatLevel,
  type NationalThreatLevelChange,
  type RiskLevel,
} from '@varn/domain';
import type { Tx } from '../db/client';
import {
  agendaItems,
  bodies,
  bodyMembers,
  matters,
  meetingChecklistTemplates,
  meetingLogEntries,
  meetingReviews,
  meetings,
  nationalThreatLevels,
  planChecklistItems,
  planStaff,
  securityPlans,
  venues,
} from '../db/schema';
import type { StoredChecklistItemsV1 } from '../db/stored-shapes/meetings';
import type { Writable } from '../db/stored-shapes/riskguide';
import {
  insertIncident,
  insertIncidentEvent,
  nextIncidentReference,
} from '../modules/incidents/incidents.repository';
import { insertMeasure } from '../modules/measures/measures.repository';
import { insertMatters, type MatterRow } from '../modules/riskguide/matters.repository';

/**
 * A year of meetings for Exempelkommun (issue 10 "Done when"): the bodies and their members, the
 * venue register, council, board and committee meetings around `now` with agendas of the demo's
 * matters and new ones, citizen dialogues, debates, the election of 13 September 2026 with its
 * campaign events; past meetings held, with approved plans, live logs (one entry became an
 * incident) and after-action reviews; coming ones with plans in draft or approved — and one
 * high-risk meeting without a plan, so the readiness warning shows. The national threat level's
 * history as Säkerhetspolisen changed it. Deterministic: everything is derived from `now` and
 * indexes (no randomness), dated relative to the day the app starts. Runs inside `seedDemo`'s
 * transaction, which makes the whole demo idempotent; the checklist template's version 1 is
 * inserted only if missing (the plan module may ensure it too).
 */

const minute = 60_000;
const day = 24 * 60 * minute;

/** The demo's people by what they do at meetings (user ids). */
export interface DemoMeetingPeople {
  /** Sara Säkerhet: the security unit, at every meeting with a plan. */
  readonly officer: string;
  /** Sofia Sekreterare: makes the agendas. */
  readonly secretary: string;
  /** Maria Politiker (M): the official demo login. */
  readonly official: string;
  /** Per Partikontakt (S): the S party's security contact, also elected. */
  readonly partyContact: string;
  /** Lars Ledning: the council's chair (a viewer in Värn, DOMAIN.md §2). */
  readonly councilChair: string;
}

// — Calendar helpers (calendar dates YYYY-MM-DD, times in Sweden) —

const monthNames = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

const pad = (value: number): string => String(value).padStart(2, '0');

/** 0 Sunday … 6 Saturday. */
const weekdayOf = (date: string): number => new Date(`${date}T12:00:00.000Z`).getUTCDay();

/** The date moved off a weekend to the Monday after. */
const toWorkday = (date: string): string => {
  const weekday = weekdayOf(date);
  return weekday === 6 ? addCalendarDays(date, 2) : weekday === 0 ? addCalendarDays(date, 1) : date;
};

/** The date moved out of the Christmas and New Year break (21 December – 6 January) onto a workday. */
const outsideHolidays = (date: string): string => {
  const monthDay = date.slice(5);
  if (monthDay >= '12-21') return toWorkday(`${date.slice(0, 4)}-12-17`);
  if (monthDay <= '01-06') return toWorkday(`${date.slice(0, 4)}-01-08`);
  return toWorkday(date);
};

/** The first `weekday` on or after the date. */
const onOrAfter = (date: string, weekday: number): string =>
  addCalendarDays(date, (weekday - weekdayOf(date) + 7) % 7);

/** The same day of the month `months` months later (the day kept to 28 at most). */
const addMonths = (date: string, months: number): string => {
  const [year = 0, month = 1, dayOfMonth = 1] = date.split('-').map(Number);
  const total = year * 12 + month - 1 + months;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}-${pad(Math.min(dayOfMonth, 28))}`;
};

const monthOf = (date: string): number => Number(date.slice(5, 7));
const yearOf = (date: string): number => Number(date.slice(0, 4));

/** An instant on a calendar date at a Swedish wall-clock time ("18:30"). */
const swedishTime = (date: string, time: string): Date => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Date(startOfSwedishDay(date).getTime() + (hours * 60 + minutes) * minute);
};

/** "14 december". */
const dayAndMonth = (date: string): string => `${Number(date.slice(8, 10))} ${monthNames[monthOf(date) - 1]}`;

/**
 * A monthly series around `anchor`: ordinal → date. The first (r = 0) is the anchor itself, moved
 * off a weekend: the demo's matters are dated for it (Riskguide's screening says "in 17 days"),
 * so it is kept even in July or at Christmas, as an extra meeting would be. The others come a
 * month apart, skip July (no meetings in the summer), and are moved off weekends and out of the
 * Christmas break.
 */
function monthlySeries(anchor: string, before: number, after: number): Map<number, string> {
  const series = new Map<number, string>([[0, toWorkday(anchor)]]);
  for (let step = 1, found = 1; found <= after; step += 1) {
    const date = addMonths(anchor, step);
    if (monthOf(date) === 7) continue;
    series.set(found, outsideHolidays(date));
    found += 1;
  }
  for (let step = -1, found = 1; found <= before; step -= 1) {
    const date = addMonths(anchor, step);
    if (monthOf(date) === 7) continue;
    series.set(-found, outsideHolidays(date));
    found += 1;
  }
  return series;
}

/** A stable UUID from a name (the log's ids are given by the client; the demo derives its own). */
function stableUuid(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// — The national threat level —

/**
 * Säkerhetspolisen's changes of the national terror threat level. 2015-11-18 (to 4), 2016-03-02
 * (back to 3), 2023-08-17 (to 4) and 2025-05-23 (back to 3) are the published decisions; the level
 * 3 "förhöjt hot" has been in force "since the autumn of 2010" (Säpo), recorded here as
 * 2010-10-01 — the exact day is from memory and may be off by days. Level 3 is the current level
 * as far as we know when this was written (December 2026); a later change is for the unit to
 * record.
 */
export const demoThreatLevelHistory: readonly { level: NationalThreatLevel; changedOn: string }[] = [
  { level: 3, changedOn: '2010-10-01' },
  { level: 4, changedOn: '2015-11-18' },
  { level: 3, changedOn: '2016-03-02' },
  { level: 4, changedOn: '2023-08-17' },
  { level: 3, changedOn: '2025-05-23' },
];

// — Bodies, members, venues —

/** The bodies of Exempelkommun, in the calendar's order. */
export const demoBodies = [
  { key: 'kf', name: 'Kommunfullmäktige', kind: BodyKind.Council, prefix: 'KS' },
  { key: 'ks', name: 'Kommunstyrelsen', kind: BodyKind.ExecutiveBoard, prefix: 'KS' },
  { key: 'bun', name: 'Barn- och utbildningsnämnden', kind: BodyKind.Committee, prefix: 'BUN' },
  { key: 'sn', name: 'Socialnämnden', kind: BodyKind.Committee, prefix: 'SN' },
  { key: 'sbn', name: 'Samhällsbyggnadsnämnden', kind: BodyKind.Committee, prefix: 'SBN' },
] as const;
type BodyKey = (typeof demoBodies)[number]['key'];

/**
 * Who sits where. The demo has one account per role, so the same few elected people hold several
 * assignments: Maria Politiker (M) chairs the executive board and is vice chair of the school
 * committee (the threats about Norrby skola reached her), Per Partikontakt (S) sits in every body
 * his party sits in, and Lars Ledning chairs the council (a viewer in Värn). Socialnämnden and
 * Samhällsbyggnadsnämnden are bodies Maria is not in, so their closed meetings are not hers.
 */
const demoAssignments: readonly {
  body: BodyKey;
  person: keyof DemoMeetingPeople;
  assignment: BodyAssignment;
}[] = [
  { body: 'kf', person: 'councilChair', assignment: BodyAssignment.Chair },
  { body: 'kf', person: 'partyContact', assignment: BodyAssignment.ViceChair },
  { body: 'kf', person: 'official', assignment: BodyAssignment.Member },
  { body: 'ks', person: 'official', assignment: BodyAssignment.Chair },
  { body: 'ks', person: 'partyContact', assignment: BodyAssignment.ViceChair },
  { body: 'bun', person: 'partyContact', assignment: BodyAssignment.Chair },
  { body: 'bun', person: 'official', assignment: BodyAssignment.ViceChair },
  { body: 'sn', person: 'partyContact', assignment: BodyAssignment.Chair },
  { body: 'sn', person: 'councilChair', assignment: BodyAssignment.ViceChair },
  { body: 'sbn', person: 'councilChair', assignment: BodyAssignment.Chair },
  { body: 'sbn', person: 'partyContact', assignment: BodyAssignment.ViceChair },
];

/** The chair's name per body, for screening decisions. */
const chairNames: Readonly<Record<BodyKey, string>> = {
  kf: 'Lars Ledning, ordförande i kommunfullmäktige',
  ks: 'Maria Politiker, ordförande i kommunstyrelsen',
  bun: 'Per Partikontakt, ordförande i barn- och utbildningsnämnden',
  sn: 'Per Partikontakt, ordförande i socialnämnden',
  sbn: 'Lars Ledning, ordförande i samhällsbyggnadsnämnden',
};

export const demoVenues = [
  {
    key: 'stadshuset',
    name: 'Stadshuset',
    address: 'Stadshusgatan 1, 999 30 Exempelstad',
    rooms: ['Fullmäktigesalen', 'KS-salen', 'Sammanträdesrum 3'],
    entrances:
      'Huvudentrén mot Stadshusgatan är den enda öppna entrén för allmänheten vid sammanträden och bemannas av väktare. Personalentrén mot gården öppnas med passerkort. Lastkajen och entrén mot parken är låsta under sammanträden.',
    evacuationRoutes:
      'Fullmäktigesalen: två nödutgångar bakom presidiet till trapphus B och ut mot gården, publiken ut genom huvudtrappan. KS-salen och sammanträdesrum 3: korridoren till trapphus A. Hissarna används inte vid brand.',
    assemblyPoint: 'Parkeringen vid Stadsparken, vid skylten "Återsamlingsplats".',
    capacity: 240,
  },
  {
    key: 'kulturhuset',
    name: 'Kulturhuset',
    address: 'Biblioteksgatan 4, 999 31 Exempelstad',
    rooms: ['Hörsalen', 'Studion'],
    entrances:
      'Entrén från Biblioteksgatan; biblioteksentrén stängs när hörsalen används på kvällstid. Scenentrén bakom hörsalen är låst och används av talarna.',
    evacuationRoutes:
      'Hörsalen: två utgångar på vardera sidan av scenen direkt ut på Biblioteksgatan, och foajén. Studion: via foajén.',
    assemblyPoint: 'Skolgården vid Centralskolan, tvärs över gatan.',
    capacity: 180,
  },
  {
    key: 'torget',
    name: 'Torget',
    address: 'Stortorget, Exempelstad',
    rooms: [],
    entrances: 'Öppen plats; bilar hindras av betongsuggor mot Storgatan under valrörelsen.',
    evacuationRoutes: 'Ut mot Storgatan, Kyrkogatan och gångstråket mot stationen.',
    assemblyPoint: 'Framför stationshuset.',
    capacity: null,
  },
] as const;
type VenueKey = (typeof demoVenues)[number]['key'];

// — New matters on the agendas —

/**
 * New council and board matters: families of neutral titles (as Riskguide asks, DOMAIN.md §4),
 * taken in turn, each family's variants in turn, so that titles seldom repeat.
 */
const councilMatterFamilies: readonly ((year: number, variant: number) => string)[] = [
  (_, n) =>
    `Detaljplan för kvarteret ${pick(['Linden', 'Eken', 'Almen', 'Björken', 'Lönnen', 'Hasseln', 'Aspen', 'Granen'], n)}`,
  (year, n) =>
    `Budget ${year + 1} för ${pick(['Socialnämnden', 'Barn- och utbildningsnämnden', 'Samhällsbyggnadsnämnden', 'Kultur- och fritidsnämnden'], n)}`,
  (_, n) =>
    `Motion om ${pick(['fler cykelparkeringar vid stationen', 'solceller på kommunens tak', 'gratis simskola för alla barn', 'fler bänkar längs ån', 'fritidsbank i Västerby', 'laddplatser vid kommunhuset', 'närodlad mat i skolorna', 'längre öppettider på biblioteket'], n)}`,
  (_, n) =>
    `Revidering av ${pick(['arbetsordning för kommunfullmäktige', 'riktlinjer för medborgardialog', 'reglemente för Samhällsbyggnadsnämnden', 'delegationsordning för Kommunstyrelsen', 'bolagsordning för Exempelbostäder AB', 'riktlinjer för partistöd', 'arkivreglemente', 'riktlinjer för styrdokument'], n)}`,
  (year, n) =>
    `Taxa för ${pick(['renhållning', 'vatten och avlopp', 'bygglov', 'tillsyn enligt miljöbalken', 'serveringstillstånd', 'lokaluthyrning', 'färdtjänst', 'kart- och mätverksamhet'], n)} ${year + 1}`,
  (_, n) =>
    `Medborgarförslag om ${pick(['hundrastgård i Västerby', 'belysning på gång- och cykelvägen', 'utegym vid Sjövallen', 'boulebana i Stadsparken', 'farthinder på Skolgatan', 'fler papperskorgar vid badplatsen', 'konstgräsplan i Norra', 'pulkabacke vid Ekåsen'], n)}`,
  (_, n) =>
    `Försäljning av fastigheten Exempel ${pick(['2:14', '3:7', '5:22', '1:108', '4:31', '6:2', '7:15', '8:40'], n)}`,
  (_, n) =>
    `Interpellation om ${pick(['väntetider i hemtjänsten', 'underhåll av kommunens vägar', 'lokaler för förskolan', 'kollektivtrafiken till Västerby', 'vattenkvaliteten i Sjövallen', 'föreningsbidragen', 'snöröjningen', 'kommunens upphandlingar'], n)}`,
  (year, n) =>
    pick(
      [
        `Delårsrapport januari–augusti ${year}`,
        `Årsredovisning ${year - 1}`,
        `Sammanträdesplan ${year + 1}`,
        `Mottagande av nyanlända ${year + 1}`,
      ],
      n,
    ),
  (_, n) =>
    `Policy för ${pick(['säkerhet och krisberedskap', 'inköp och upphandling', 'informationssäkerhet', 'resor och möten', 'sociala medier', 'lönebildning', 'lokalförsörjning', 'jämställdhet'], n)}`,
  (_, n) =>
    `Fyllnadsval till ${pick(['Socialnämnden', 'Barn- och utbildningsnämnden', 'Samhällsbyggnadsnämnden', 'valnämnden', 'revisionen', 'krisledningsnämnden', 'Exempelbostäder AB', 'kulturrådet'], n)}`,
];

/** New committee matters, per committee, in turn. */
const committeeMatterTitles: Readonly<
  Record<'bun' | 'sn' | 'sbn', readonly ((year: number, variant: number) => string)[]>
> = {
  bun: [
    (_, n) =>
      `Lokalbehov för ${pick(['förskolan i Västerby', 'Centralskolan', 'Södra skolan', 'fritidsgården'], n)}`,
    (_, n) =>
      `Kvalitetsrapport för ${pick(['förskolan', 'grundskolan', 'fritidshemmen', 'gymnasieskolan'], n)}`,
    (_, n) => `Kulturskolans ${pick(['avgifter', 'utbud', 'lokaler', 'kösystem'], n)}`,
    (_, n) =>
      `Uppföljning av ${pick(['elevhälsan', 'frånvaron', 'skolmåltiderna', 'modersmålsundervisningen'], n)}`,
  ],
  sn: [
    (_, n) => `Riktlinjer för ${pick(['ekonomiskt bistånd', 'hemtjänst', 'boendestöd', 'anhörigstöd'], n)}`,
    (_, n) =>
      `Uppföljning av ${pick(['hemtjänsten', 'särskilda boenden', 'daglig verksamhet', 'familjehemsvården'], n)}`,
    (_, n) =>
      `Handlingsplan ${pick(['mot våld i nära relationer', 'för suicidprevention', 'mot hemlöshet', 'för äldres hälsa'], n)}`,
    (year, n) =>
      `Avgifter för ${pick(['trygghetslarm', 'matdistribution', 'korttidsboende', 'dagverksamhet'], n)} ${year + 1}`,
  ],
  sbn: [
    (_, n) =>
      `Trafikplan för ${pick(['centrum', 'Västerby', 'Norra industriområdet', 'stationsområdet'], n)}`,
    (_, n) => `Bygglov för flerbostadshus på Exempel ${pick(['3:17', '9:4', '11:2', '12:30'], n)}`,
    (_, n) => `Detaljplan för kvarteret ${pick(['Rönnen', 'Tallen', 'Sälgen', 'Enen'], n)}`,
    (_, n) => `Strandskyddsdispens vid ${pick(['Sjövallen', 'Norrsjön', 'Lillån', 'Badviken'], n)}`,
  ],
};

const pick = (variants: readonly string[], index: number): string => variants[index % variants.length] ?? '';

// — Meetings —

export interface PlannedMeeting {
  readonly key: string;
  readonly type: MeetingType;
  readonly title: string;
  readonly body: BodyKey | null;
  readonly venue: VenueKey;
  readonly room: string | null;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly isPublic: boolean;
  readonly organiser: string | null;
  readonly expectedAudience: number | null;
  readonly cancelled?: boolean;
  readonly description?: string;
}

/** What the seed made, in counts. */
export interface DemoMeetingsSeeded {
  readonly meetings: number;
  readonly agendaItems: number;
  readonly plans: number;
  readonly logEntries: number;
  readonly reviews: number;
}

/** Seeds the bodies, venues, threat level history and a year of meetings. */
export async function seedDemoMeetings(
  tx: Tx,
  organisationId: string,
  people: DemoMeetingPeople,
  now: Date,
): Promise<DemoMeetingsSeeded> {
  const today = swedishDate(now);
  // The register (template, bodies, venues) was set up well before the year shown.
  const registered = new Date(now.getTime() - 200 * day);

  // The checklist template: version 1 unless someone (the plan module) has ensured it already.
  const items: Writable<StoredChecklistItemsV1> = defaultChecklistTemplate.items;
  await tx
    .insert(meetingChecklistTemplates)
    .values({ organisationId, version: 1, items, createdByUserId: null, createdAt: registered })
    .onConflictDoNothing();
  const [template] = await tx
    .select({ id: meetingChecklistTemplates.id })
    .from(meetingChecklistTemplates)
    .where(
      and(
        eq(meetingChecklistTemplates.organisationId, organisationId),
        eq(meetingChecklistTemplates.version, 1),
      ),
    );
  if (!template) throw new Error('the checklist template is missing');

  // The national threat level's history, as the unit recorded it.
  const history: NationalThreatLevelChange[] = demoThreatLevelHistory
    .filter((change) => change.changedOn <= today)
    .map((change) => ({ ...change, recordedAt: swedishTime(change.changedOn, '10:00') }));
  if (history.length > 0)
    await tx.insert(nationalThreatLevels).values(
      history.map((change) => ({
        organisationId,
        level: change.level,
        changedOn: change.changedOn,
        recordedByUserId: people.officer,
        recordedAt: change.recordedAt,
      })),
    );

  // Bodies and members.
  const bodyRows = await tx
    .insert(bodies)
    .values(
      demoBodies.map((body, position) => ({
        organisationId,
        name: body.name,
        kind: body.kind,
        position,
        createdAt: registered,
        updatedAt: registered,
      })),
    )
    .returning({ id: bodies.id, name: bodies.name });
  const bodyId = (key: BodyKey): string =>
    bodyRows.find((row) => row.name === demoBodies.find((body) => body.key === key)?.name)?.id ?? '';
  await tx.insert(bodyMembers).values(
    demoAssignments.map((entry) => ({
      organisationId,
      bodyId: bodyId(entry.body),
      userId: people[entry.person],
      assignment: entry.assignment,
      createdAt: registered,
      updatedAt: registered,
    })),
  );

  // Venues.
  const venueRows = await tx
    .insert(venues)
    .values(
      demoVenues.map((venue) => ({
        organisationId,
        name: venue.name,
        address: venue.address,
        rooms: [...venue.rooms],
        entrances: venue.entrances,
        evacuationRoutes: venue.evacuationRoutes,
        assemblyPoint: venue.assemblyPoint,
        capacity: venue.capacity,
        createdAt: registered,
        updatedAt: registered,
      })),
    )
    .returning({ id: venues.id, name: venues.name });
  const venueId = (key: VenueKey): string =>
    venueRows.find((row) => row.name === demoVenues.find((venue) => venue.key === key)?.name)?.id ?? '';

  const planned = scheduleMeetings(today);
  const meetingRows = await tx
    .insert(meetings)
    .values(
      planned.map((meeting) => ({
        organisationId,
        type: meeting.type,
        title: meeting.title,
        bodyId: meeting.body ? bodyId(meeting.body) : null,
        venueId: venueId(meeting.venue),
        room: meeting.room,
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt,
        isPublic: meeting.isPublic,
        organiser: meeting.organiser,
        expectedAudience: meeting.expectedAudience,
        status: meeting.cancelled
          ? MeetingStatus.Cancelled
          : meeting.startsAt.getTime() < now.getTime()
            ? MeetingStatus.Held
            : MeetingStatus.Planned,
        description: meeting.description ?? null,
        createdByUserId: people.secretary,
        createdAt: new Date(Math.min(meeting.startsAt.getTime() - 60 * day, now.getTime() - day)),
        updatedAt: new Date(Math.min(meeting.startsAt.getTime() - 7 * day, now.getTime() - day)),
      })),
    )
    .returning({ id: meetings.id });
  const byKey = new Map(
    planned.map((meeting, index) => [meeting.key, { ...meeting, id: meetingRows[index]?.id ?? '' }]),
  );
  const meetingOf = (key: string) => {
    const meeting = byKey.get(key);
    if (!meeting) throw new Error(`demo meeting ${key} missing`);
    return meeting;
  };

  const agendaCount = await seedAgendas(tx, organisationId, people, now, planned, byKey);

  // — Security plans —
  const isPast = (meeting: PlannedMeeting): boolean => meeting.startsAt.getTime() < now.getTime();
  const levelAt = (at: Date): NationalThreatLevel | null => nationalThreatLevelAt(history, at);
  const planSpecs: PlanSpec[] = [];
  for (const meeting of planned) {
    if (meeting.cancelled) continue;
    const withPlan = isPast(meeting)
      ? typesPlannedWhenHeld.includes(meeting.type)
      : meeting.startsAt.getTime() - now.getTime() <= 21 * day && meeting.key !== highRiskWithoutPlan;
    if (!withPlan) continue;
    const past = isPast(meeting);
    // Coming within five days: approved; later ones are drafts, the council's with its screening decision.
    const approved =
      past || (meeting.startsAt.getTime() - now.getTime() <= 5 * day && meeting.type !== MeetingType.Council);
    planSpecs.push({
      meeting,
      approved,
      screening: meeting.key === 'kf:0' || meeting.key === 'kf:-1',
      threatLevel: threatLevelFor(meeting),
      nationalLevel: levelAt(meeting.startsAt),
      checklistDone: past || approved ? 'all' : meeting.type === MeetingType.Council ? 'most' : 'some',
    });
  }
  for (const spec of planSpecs)
    await insertPlan(tx, organisationId, people, now, template.id, spec, meetingOf);

  // — Live logs, the incident, reviews —
  const logs = await seedLogsAndReviews(tx, organisationId, people, now, meetingOf, planned);

  return {
    meetings: planned.length,
    agendaItems: agendaCount,
    plans: planSpecs.length,
    logEntries: logs.entries,
    reviews: logs.reviews,
  };
}

/** The meetings held with an approved plan: the public ones (the board and committees met without). */
const typesPlannedWhenHeld: readonly MeetingType[] = [
  MeetingType.Council,
  MeetingType.CitizenDialogue,
  MeetingType.PublicDebate,
  MeetingType.CampaignEvent,
  MeetingType.ElectionDay,
];

/** The coming high-risk meeting left without a plan (Nedläggning av Norrby skola is on it). */
const highRiskWithoutPlan = 'bun:0';

/** Every meeting of the demo year, by key (`kf:0` is the next council meeting, `kf:-1` the last). */
export function scheduleMeetings(today: string): PlannedMeeting[] {
  const list: PlannedMeeting[] = [];
  const stadshuset = (room: string) => ({ venue: 'stadshuset' as const, room });

  // Kommunfullmäktige: monthly but July, the next one in about 17 days (the screening's); in June a
  // second day for the annual report. Public (kommunallagen 5 kap. 42 §).
  for (const [ordinal, date] of monthlySeries(addCalendarDays(today, 17), 7, 6)) {
    const constituent = date.startsWith('2026-10');
    list.push({
      key: `kf:${ordinal}`,
      type: MeetingType.Council,
      title: constituent
        ? `Kommunfullmäktige ${dayAndMonth(date)}, konstituerande sammanträde`
        : `Kommunfullmäktige ${dayAndMonth(date)}`,
      body: 'kf',
      ...stadshuset('Fullmäktigesalen'),
      startsAt: swedishTime(date, '18:00'),
      endsAt: swedishTime(date, '21:30'),
      isPublic: true,
      organiser: 'Kommunfullmäktiges presidium',
      expectedAudience: ordinal === -1 || ordinal === 0 ? 120 : 40,
    });
    if (monthOf(date) === 6) {
      const next = toWorkday(addCalendarDays(date, 1));
      list.push({
        key: `kf:${ordinal}:day2`,
        type: MeetingType.Council,
        title: `Kommunfullmäktige ${dayAndMonth(next)}, årsredovisning och budgetramar`,
        body: 'kf',
        ...stadshuset('Fullmäktigesalen'),
        startsAt: swedishTime(next, '13:00'),
        endsAt: swedishTime(next, '18:00'),
        isPublic: true,
        organiser: 'Kommunfullmäktiges presidium',
        expectedAudience: 40,
      });
    }
  }

  // Kommunstyrelsen: every other Tuesday, not in July nor over Christmas; closed.
  const ksAnchor = onOrAfter(addCalendarDays(today, 3), 2);
  for (let ordinal = -13; ordinal <= 13; ordinal += 1) {
    const date = addCalendarDays(ksAnchor, ordinal * 14);
    const monthDay = date.slice(5);
    if (monthOf(date) === 7 || monthDay >= '12-22' || monthDay <= '01-06') continue;
    list.push({
      key: `ks:${ordinal}`,
      type: MeetingType.ExecutiveBoard,
      title: `Kommunstyrelsen ${dayAndMonth(date)}`,
      body: 'ks',
      ...stadshuset('KS-salen'),
      startsAt: swedishTime(date, '09:00'),
      endsAt: swedishTime(date, '12:00'),
      isPublic: false,
      organiser: 'Kommunledningskontoret',
      expectedAudience: null,
      ...(ordinal === -4
        ? {
            cancelled: true,
            description: 'Inställt: inga ärenden som inte kan vänta till nästa sammanträde.',
          }
        : {}),
    });
  }

  // The committees: monthly but July; the school committee in a week (Norrby skola), closed.
  const committees = [
    { key: 'bun', name: 'Barn- och utbildningsnämnden', inDays: 7, room: 'Sammanträdesrum 3', time: '13:00' },
    { key: 'sn', name: 'Socialnämnden', inDays: 10, room: 'Sammanträdesrum 3', time: '08:30' },
    { key: 'sbn', name: 'Samhällsbyggnadsnämnden', inDays: 12, room: 'KS-salen', time: '13:00' },
  ] as const;
  for (const committee of committees)
    for (const [ordinal, date] of monthlySeries(addCalendarDays(today, committee.inDays), 6, 5)) {
      const starts = swedishTime(date, committee.time);
      list.push({
        key: `${committee.key}:${ordinal}`,
        type: MeetingType.Committee,
        title: `${committee.name} ${dayAndMonth(date)}`,
        body: committee.key,
        ...stadshuset(committee.room),
        startsAt: starts,
        endsAt: new Date(starts.getTime() + 3 * 60 * minute),
        isPublic: false,
        organiser: 'Nämndens sekreterare',
        expectedAudience: null,
      });
    }

  // Citizen dialogues and public debates at Kulturhuset.
  const evening = (
    key: string,
    type: MeetingType,
    title: string,
    date: string,
    organiser: string,
    audience: number,
  ) =>
    list.push({
      key,
      type,
      title,
      body: null,
      venue: 'kulturhuset',
      room: 'Hörsalen',
      startsAt: swedishTime(date, '18:00'),
      endsAt: swedishTime(date, '20:30'),
      isPublic: meetingTypeIsPublicByDefault(type),
      organiser,
      expectedAudience: audience,
    });
  evening(
    'dialogue:past',
    MeetingType.CitizenDialogue,
    'Medborgardialog om skolorganisationen i norra kommundelen',
    outsideHolidays(addCalendarDays(today, -45)),
    'Barn- och utbildningsförvaltningen',
    150,
  );
  evening(
    'dialogue:coming',
    MeetingType.CitizenDialogue,
    'Medborgardialog om översiktsplanen',
    outsideHolidays(addCalendarDays(today, 24)),
    'Samhällsbyggnadsförvaltningen',
    120,
  );
  evening(
    'debate:election',
    MeetingType.PublicDebate,
    'Valdebatt med de lokala partierna',
    '2026-09-03',
    'Lokaltidningen och Kulturhuset',
    170,
  );
  evening(
    'debate:coming',
    MeetingType.PublicDebate,
    'Öppen debatt om vindkraften vid Ekåsen',
    outsideHolidays(addCalendarDays(today, 30)),
    'Studieförbundet i Exempelstad',
    150,
  );

  // The general election of 13 September 2026: valstugor on Saturdays before it, election day.
  for (const date of ['2026-08-15', '2026-08-22', '2026-08-29', '2026-09-05', '2026-09-12'])
    list.push({
      key: `valstugor:${date}`,
      type: MeetingType.CampaignEvent,
      title: `Valstugor på Stortorget ${dayAndMonth(date)}`,
      body: null,
      venue: 'torget',
      room: 'Stortorget',
      startsAt: swedishTime(date, '10:00'),
      endsAt: swedishTime(date, '15:00'),
      isPublic: true,
      organiser: 'Partierna i Exempelkommun',
      expectedAudience: 400,
    });
  list.push({
    key: 'election-day',
    type: MeetingType.ElectionDay,
    title: 'Valdagen 13 september 2026',
    body: null,
    ...stadshuset('Fullmäktigesalen'),
    startsAt: swedishTime('2026-09-13', '08:00'),
    endsAt: swedishTime('2026-09-14', '01:00'),
    isPublic: true,
    organiser: 'Valnämnden',
    expectedAudience: 2000,
    description: 'Vallokalerna är öppna 8–20; rösträkningen i Fullmäktigesalen efter stängning.',
  });

  // Other: the unit's training and the new term's introduction, closed.
  list.push({
    key: 'other:training',
    type: MeetingType.Other,
    title: 'Säkerhetsutbildning för förtroendevalda',
    body: null,
    ...stadshuset('Sammanträdesrum 3'),
    startsAt: swedishTime(outsideHolidays(addCalendarDays(today, -20)), '17:00'),
    endsAt: swedishTime(outsideHolidays(addCalendarDays(today, -20)), '19:00'),
    isPublic: false,
    organiser: 'Säkerhetsenheten',
    expectedAudience: 25,
  });
  list.push({
    key: 'other:introduction',
    type: MeetingType.Other,
    title: 'Introduktion för nya förtroendevalda',
    body: null,
    ...stadshuset('Fullmäktigesalen'),
    startsAt: swedishTime('2026-10-20', '17:00'),
    endsAt: swedishTime('2026-10-20', '20:00'),
    isPublic: false,
    organiser: 'Kommunledningskontoret',
    expectedAudience: 60,
  });
  return list.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.key.localeCompare(b.key));
}

/** The demo matters by diary number (demo-riskguide.ts) that go on particular agendas. */
const placedMatters: Readonly<Record<string, readonly string[]>> = {
  // The coming council meeting: the screened batch, the wind farm's plan.
  'kf:0': ['KS 2026/0101', 'KS 2026/0340', 'SN 2026/0115', 'KS 2026/0288', 'BN 2026/0210'],
  // The budget, decided at the last one.
  'kf:-1': ['KS 2026/0001'],
  // Norrby skola and school transport, a week from now: high, and no plan yet.
  'bun:0': ['BUN 2026/0012', 'BUN 2026/0045'],
  'sbn:0': ['TN 2026/0033'],
  'sn:0': ['SN 2026/0115'],
};

/** Matters are added to agendas as KS prepares (bereder) them two weeks or more before the council. */
async function seedAgendas(
  tx: Tx,
  organisationId: string,
  people: DemoMeetingPeople,
  now: Date,
  planned: readonly PlannedMeeting[],
  byKey: ReadonlyMap<string, PlannedMeeting & { id: string }>,
): Promise<number> {
  const existing = await tx
    .select()
    .from(matters)
    .where(
      and(
        eq(matters.organisationId, organisationId),
        inArray(matters.diaryNumber, Object.values(placedMatters).flat()),
      ),
    );
  const existingBy = new Map(existing.map((row) => [row.diaryNumber ?? '', row]));

  // New matters: for each council meeting, enough to make 4–8 items; for each board meeting one
  // or two of its own; for each committee meeting one or two.
  const specs: { meetingKey: string; title: string; prefix: string; startsAt: Date; council?: string }[] = [];
  let councilIndex = 0;
  let serial = 600;
  const committeeIndex = { bun: 0, sn: 0, sbn: 0 };
  for (const meeting of planned) {
    if (meeting.cancelled || !meeting.body) continue;
    const placed = placedMatters[meeting.key]?.length ?? 0;
    const year = yearOf(swedishDate(meeting.startsAt));
    const want =
      meeting.type === MeetingType.Council
        ? Math.max(0, 4 + (councilIndex % 3) - Math.min(placed, 3))
        : meeting.type === MeetingType.ExecutiveBoard
          ? 1 + (councilIndex % 2)
          : 1 + ((meeting.startsAt.getUTCDate() + placed) % 2);
    for (let n = 0; n < want; n += 1) {
      if (meeting.body === 'kf' || meeting.body === 'ks') {
        const families = councilMatterFamilies.length;
        const title =
          councilMatterFamilies[councilIndex % families]?.(year, Math.floor(councilIndex / families)) ?? '';
        specs.push({ meetingKey: meeting.key, title, prefix: 'KS', startsAt: meeting.startsAt });
        councilIndex += 1;
      } else {
        const titles = committeeMatterTitles[meeting.body];
        const turn = committeeIndex[meeting.body];
        const title = titles[turn % titles.length]?.(year, Math.floor(turn / titles.length)) ?? '';
        committeeIndex[meeting.body] += 1;
        const prefix = demoBodies.find((body) => body.key === meeting.body)?.prefix ?? 'KS';
        specs.push({ meetingKey: meeting.key, title, prefix, startsAt: meeting.startsAt });
      }
    }
  }
  const soon = now.getTime() + 14 * day;
  const newRows = await insertMatters(
    tx,
    specs.map((spec) => {
      const registered = new Date(Math.min(spec.startsAt.getTime() - 45 * day, now.getTime() - day));
      serial += 1;
      return {
        organisationId,
        title: spec.title,
        diaryNumber: `${spec.prefix} ${yearOf(swedishDate(registered))}/${String(serial).padStart(4, '0')}`,
        body: demoBodies.find((body) => spec.meetingKey.startsWith(`${body.key}:`))?.name ?? null,
        // Beyond two weeks the decision day is not set yet (the matters' list sorts by it).
        decisionDate: spec.startsAt.getTime() <= soon ? swedishDate(spec.startsAt) : null,
        description: null,
        responsibleOfficial: null,
        createdByUserId: people.secretary,
        createdAt: registered,
        updatedAt: registered,
      };
    }),
  );

  // Each meeting's items: the placed demo matters first, then its new ones; a council meeting's
  // matters also go on the last board meeting at least a week before it (beredning).
  const itemsOf = new Map<string, MatterRow[]>();
  const add = (key: string, matter: MatterRow | undefined) => {
    if (!matter) return;
    const list = itemsOf.get(key) ?? [];
    if (!list.some((entry) => entry.id === matter.id) && list.length < 8) list.push(matter);
    itemsOf.set(key, list);
  };
  for (const [key, numbers] of Object.entries(placedMatters))
    for (const number of numbers) add(key, existingBy.get(number));
  specs.forEach((spec, index) => add(spec.meetingKey, newRows[index]));
  const boardMeetings = planned.filter((meeting) => meeting.body === 'ks' && !meeting.cancelled);
  for (const council of planned.filter((meeting) => meeting.body === 'kf')) {
    const board = boardMeetings
      .filter((meeting) => meeting.startsAt.getTime() <= council.startsAt.getTime() - 7 * day)
      .at(-1);
    if (!board) continue;
    for (const matter of itemsOf.get(council.key) ?? []) add(board.key, matter);
  }
  const rows = [...itemsOf].flatMap(([key, list]) => {
    const meeting = byKey.get(key);
    if (!meeting) return [];
    const at = new Date(Math.min(meeting.startsAt.getTime() - 10 * day, now.getTime() - day));
    return list.map((matter, index) => ({
      organisationId,
      meetingId: meeting.id,
      position: index + 1,
      matterId: matter.id,
      note: matter.diaryNumber === 'BUN 2026/0012' ? 'Behandlas sist.' : null,
      createdAt: at,
      updatedAt: at,
    }));
  });
  if (rows.length > 0) await tx.insert(agendaItems).values(rows);
  return rows.length;
}

// — Plans —

interface PlanSpec {
  readonly meeting: PlannedMeeting;
  readonly approved: boolean;
  readonly screening: boolean;
  readonly threatLevel: RiskLevel;
  readonly nationalLevel: NationalThreatLevel | null;
  readonly checklistDone: 'all' | 'most' | 'some';
}

/** The unit's written threat picture's level: higher around the election and the big council meetings. */
function threatLevelFor(meeting: PlannedMeeting): RiskLevel {
  if (meeting.key === 'kf:0' || meeting.key === 'kf:-1' || meeting.type === MeetingType.ElectionDay)
    return 'high';
  if (
    meeting.type === MeetingType.CampaignEvent ||
    meeting.type === MeetingType.PublicDebate ||
    meeting.type === MeetingType.CitizenDialogue
  )
    return 'moderate';
  return 'low';
}

const threatTexts: Readonly<Record<RiskLevel, string>> = {
  low: 'Inga kända hot mot sammanträdet eller ledamöterna. Sedvanlig bemanning räcker.',
  moderate:
    'Frågorna engagerar och flera inlägg i lokala Facebookgrupper uppmanar till att komma dit. Inga konkreta hot, men risk för störningar från publiken.',
  high: 'Hotfulla kommentarer om ledamöter i sociala medier och en aviserad demonstration utanför. Polisen är informerad; säkerhetskontroll och förstärkt bemanning.',
};

async function insertPlan(
  tx: Tx,
  organisationId: string,
  people: DemoMeetingPeople,
  now: Date,
  templateId: string,
  spec: PlanSpec,
  meetingOf: (key: string) => PlannedMeeting & { id: string },
): Promise<void> {
  const meeting = meetingOf(spec.meeting.key);
  const meetingDay = swedishDate(meeting.startsAt);
  const startedAt = new Date(Math.min(meeting.startsAt.getTime() - 12 * day, now.getTime() - 2 * day));
  const approvedAt = spec.approved
    ? new Date(Math.min(meeting.startsAt.getTime() - 3 * day, now.getTime() - day))
    : null;
  const bodyKey = meeting.body;
  // Decided a week before the meeting, or yesterday for one coming sooner than that.
  const decidedOn =
    [addCalendarDays(meetingDay, -8), addCalendarDays(swedishDate(now), -1)].sort()[0] ?? meetingDay;
  const outdoors = meeting.venue === 'torget';
  const [plan] = await tx
    .insert(securityPlans)
    .values({
      organisationId,
      meetingId: meeting.id,
      checklistTemplateId: templateId,
      revision: spec.approved ? 6 : 3,
      threatAssessment: threatTexts[spec.threatLevel],
      threatLevel: spec.threatLevel,
      nationalThreatLevel: spec.nationalLevel,
      ...(spec.screening && bodyKey
        ? {
            screeningDecided: true,
            screeningDecidedBy: chairNames[bodyKey],
            screeningDecidedOn: decidedOn,
            policeConsultedOn: addCalendarDays(decidedOn, -2),
            screeningPremises:
              'Fullmäktigesalen med åhörarläktaren och entréhallen i Stadshuset; allmänheten släpps in genom huvudentrén.',
            screeningReasons:
              'Hotfulla kommentarer om ledamöterna inför sammanträdet, en aviserad demonstration och tidigare störningar på läktaren. Polisen delar bedömningen.',
          }
        : {}),
      evacuationLeadsOfficials: outdoors
        ? 'Partiernas valansvariga samlar sina valarbetare vid stugorna och går till återsamlingsplatsen.'
        : meeting.type === MeetingType.ElectionDay
          ? 'Valdistriktets ordförande leder valarbetarna ut genom personalentrén.'
          : `Sara Säkerhet leder de förtroendevalda ut genom nödutgången närmast presidiet (${meeting.room ?? 'salen'}).`,
      evacuationLeadsPublic: outdoors
        ? 'Väktaren leder besökarna bort från stugorna mot Storgatan.'
        : 'Väktaren vid entrén leder allmänheten ut genom huvudentrén.',
      whoCallsPolice: outdoors
        ? 'Väktaren ringer 112 och möter polisen vid Storgatan.'
        : 'Sara Säkerhet ringer 112; väktaren möter polisen vid huvudentrén.',
      evacuationRoutes: demoVenues.find((venue) => venue.key === meeting.venue)?.evacuationRoutes ?? null,
      evacuationMeetingPoint: demoVenues.find((venue) => venue.key === meeting.venue)?.assemblyPoint ?? null,
      evacuationNotes: spec.screening
        ? 'Säkerhetskontrollen står i entréhallen; nödutgångarna bevakas inifrån.'
        : null,
      status: spec.approved ? SecurityPlanStatus.Approved : SecurityPlanStatus.Draft,
      approvedByUserId: spec.approved ? people.officer : null,
      approvedAt,
      createdByUserId: people.officer,
      createdAt: startedAt,
      updatedAt: approvedAt ?? new Date(now.getTime() - day),
    })
    .returning({ id: securityPlans.id });
  if (!plan) throw new Error('plan insert returned no row');

  const open = spec.checklistDone === 'all' ? 0 : spec.checklistDone === 'most' ? 2 : 5;
  const marked = defaultChecklistTemplate.items.slice(0, defaultChecklistTemplate.items.length - open);
  if (marked.length > 0)
    await tx.insert(planChecklistItems).values(
      marked.map((item, index) => ({
        organisationId,
        planId: plan.id,
        itemId: item.id,
        status:
          item.id === 'seating_and_overflow' && meeting.type === MeetingType.CampaignEvent
            ? ChecklistItemStatus.NotApplicable
            : ChecklistItemStatus.Done,
        note:
          item.id === 'first_aid_and_defibrillator' ? 'Hjärtstartaren vid receptionen, kontrollerad.' : null,
        setByUserId: people.officer,
        setAt: new Date(startedAt.getTime() + (index + 1) * 60 * minute),
      })),
    );

  const staff = [
    {
      kind: StaffingKind.UnitStaff,
      name: 'Sara Säkerhet',
      phone: '08-123 456 01',
      userId: people.officer,
      note: outdoors ? 'Går runt mellan stugorna.' : 'I salen, nära presidiet.',
    },
    {
      kind: StaffingKind.Guard,
      name: 'Securitas-väktare',
      phone: '070-123 45 00',
      userId: null,
      note: 'Vid huvudentrén från en timme före.',
    },
    ...(spec.threatLevel === 'high'
      ? [
          {
            kind: StaffingKind.PolicePresent,
            name: 'Polisen, två patrullerande poliser',
            phone: null,
            userId: null,
            note: 'Utanför Stadshuset under demonstrationen.',
          },
        ]
      : []),
    {
      kind: StaffingKind.PoliceOnCall,
      name: 'Polisen, kontaktperson för förtroendevalda',
      phone: '114 14',
      userId: null,
      note: 'Vid akut fara: 112.',
    },
  ];
  await tx.insert(planStaff).values(
    staff.map((person, index) => ({
      organisationId,
      planId: plan.id,
      kind: person.kind,
      position: index + 1,
      name: person.name,
      phone: person.phone,
      userId: person.userId,
      note: person.note,
      createdAt: startedAt,
      updatedAt: startedAt,
    })),
  );
}

// — Live logs, reviews —

interface DemoLogEntry {
  readonly minutes: number;
  readonly kind: LogEntryKind;
  readonly text: string;
  readonly becomesIncident?: boolean;
}

interface DemoMeetingFollowUp {
  readonly key: string;
  readonly entries: readonly DemoLogEntry[];
  readonly review: { whatHappened: string; whatWorked: string; whatToChange: string };
  readonly measures: readonly { description: string; dueInDays: number; done: boolean }[];
}

/** The past meetings' logs and reviews (the last council meeting's removal became an incident). */
const followUps: readonly DemoMeetingFollowUp[] = [
  {
    key: 'kf:-1',
    entries: [
      {
        minutes: 35,
        kind: LogEntryKind.Disturbance,
        text: 'Två åhörare på läktaren ropar under debatten om budgeten.',
      },
      {
        minutes: 38,
        kind: LogEntryKind.WarningGiven,
        text: 'Ordföranden ber läktaren att vara tyst, annars töms den.',
      },
      {
        minutes: 52,
        kind: LogEntryKind.AskedToLeave,
        text: 'En av dem fortsätter och ombeds lämna salen; går frivilligt.',
      },
      {
        minutes: 61,
        kind: LogEntryKind.RemovedByPolice,
        text: 'Den andra vägrar lämna och hotar en ledamot. Polisen avlägsnar personen; mötet ajourneras tio minuter.',
        becomesIncident: true,
      },
      { minutes: 75, kind: LogEntryKind.Note, text: 'Mötet återupptas. Lugnt resten av kvällen.' },
    ],
    review: {
      whatHappened:
        'Två åhörare störde debatten om budgeten. En lämnade efter tillsägelse, den andra avlägsnades av polisen efter hot mot en ledamot. Ajournering i tio minuter.',
      whatWorked:
        'Säkerhetskontrollen vid entrén, att ordföranden kände till ordningen för tillsägelser, och att polisen fanns utanför.',
      whatToChange:
        'Väktaren behöver stå vid läktaren, inte bara vid entrén. Ledamöterna vill ha besked om hur de tar sig hem efter sena möten.',
    },
    measures: [
      {
        description: 'Ordningsvakt vid läktaren vid nästa fullmäktige med budget eller skolfrågor.',
        dueInDays: 10,
        done: false,
      },
      {
        description: 'Erbjud ledamöterna följe till bilen efter sena sammanträden.',
        dueInDays: -3,
        done: true,
      },
    ],
  },
  {
    key: 'kf:-2',
    entries: [
      { minutes: 20, kind: LogEntryKind.Note, text: 'Cirka 30 åhörare, lugnt.' },
      {
        minutes: 95,
        kind: LogEntryKind.Disturbance,
        text: 'En åhörare filmar ledamöterna nära och vägrar flytta sig.',
      },
      {
        minutes: 97,
        kind: LogEntryKind.WarningGiven,
        text: 'Väktaren ber personen filma från läktaren; följer uppmaningen.',
      },
    ],
    review: {
      whatHappened:
        'Ett lugnt sammanträde; en åhörare filmade ledamöterna på nära håll och fick en tillsägelse.',
      whatWorked: 'Väktaren ingrep snabbt och lugnt.',
      whatToChange: 'Reglerna om filmning ska anslås vid entrén.',
    },
    measures: [
      {
        description: 'Skylt med regler för filmning och plakat vid entrén till Fullmäktigesalen.',
        dueInDays: -20,
        done: true,
      },
    ],
  },
  {
    key: 'valstugor:2026-09-05',
    entries: [
      {
        minutes: 90,
        kind: LogEntryKind.Disturbance,
        text: 'En man skriker åt valarbetarna i en av stugorna och river affischer.',
      },
      {
        minutes: 94,
        kind: LogEntryKind.AskedToLeave,
        text: 'Väktaren ber mannen gå därifrån; han går mot stationen.',
      },
    ],
    review: {
      whatHappened: 'En man störde valarbetarna och rev affischer; han gick efter tillsägelse.',
      whatWorked: 'Valarbetarna larmade väktaren direkt via telefonlistan.',
      whatToChange: 'Stugorna bör stå närmare varandra så att valarbetarna ser varandra.',
    },
    measures: [
      {
        description: 'Placera valstugorna i en rad längs Storgatan vid nästa val.',
        dueInDays: 600,
        done: false,
      },
    ],
  },
  {
    key: 'election-day',
    entries: [
      {
        minutes: 240,
        kind: LogEntryKind.Disturbance,
        text: 'En person filmar väljare vid valsedelsbordet i Stadshusets vallokal.',
      },
      {
        minutes: 243,
        kind: LogEntryKind.AskedToLeave,
        text: 'Ordföranden i valdistriktet ber personen lämna vallokalen; personen går.',
      },
      { minutes: 780, kind: LogEntryKind.Note, text: 'Rösträkningen klar utan störningar.' },
    ],
    review: {
      whatHappened: 'En person filmade väljare i vallokalen och ombads gå. Rösträkningen gick lugnt.',
      whatWorked: 'Valarbetarna visste vem de skulle ringa.',
      whatToChange: 'Valsedelsbordet ska stå avskärmat från entrén.',
    },
    measures: [],
  },
  {
    key: 'dialogue:past',
    entries: [],
    review: {
      whatHappened: 'Många åhörare och starka känslor om skolorganisationen, men inga incidenter.',
      whatWorked: 'Moderatorn och tydliga regler för ordet.',
      whatToChange: 'Större lokal nästa gång: Hörsalen var full.',
    },
    measures: [],
  },
];

async function seedLogsAndReviews(
  tx: Tx,
  organisationId: string,
  people: DemoMeetingPeople,
  now: Date,
  meetingOf: (key: string) => PlannedMeeting & { id: string },
  planned: readonly PlannedMeeting[],
): Promise<{ entries: number; reviews: number }> {
  let entries = 0;
  let reviews = 0;
  for (const followUp of followUps) {
    if (!planned.some((meeting) => meeting.key === followUp.key)) continue;
    const meeting = meetingOf(followUp.key);
    if (meeting.startsAt.getTime() >= now.getTime()) continue;
    for (const [index, entry] of followUp.entries.entries()) {
      const occurredAt = new Date(meeting.startsAt.getTime() + entry.minutes * minute);
      const incidentId = entry.becomesIncident
        ? await insertIncidentFromEntry(tx, organisationId, people, now, occurredAt, entry)
        : null;
      await tx.insert(meetingLogEntries).values({
        id: stableUuid(`${meeting.id}:log:${index}`),
        organisationId,
        meetingId: meeting.id,
        kind: entry.kind,
        text: entry.text,
        occurredAt,
        // A few entries were queued on a phone without coverage and synced after.
        recordedAt: new Date(occurredAt.getTime() + (index % 3 === 2 ? 4 * minute : 5_000)),
        createdByUserId: people.officer,
        incidentId,
      });
      entries += 1;
    }
    const writtenAt = new Date(Math.min(meeting.endsAt.getTime() + 2 * day, now.getTime() - day));
    await tx.insert(meetingReviews).values({
      organisationId,
      meetingId: meeting.id,
      ...followUp.review,
      writtenByUserId: people.officer,
      createdAt: writtenAt,
      updatedAt: writtenAt,
    });
    reviews += 1;
    for (const measure of followUp.measures)
      await insertMeasure(tx, {
        organisationId,
        subjectType: 'meeting',
        subjectId: meeting.id,
        type: MeasureType.Other,
        description: measure.description,
        ownerUserId: people.officer,
        dueDate: swedishDate(new Date(now.getTime() + measure.dueInDays * day)),
        status: measure.done ? MeasureStatus.Done : MeasureStatus.Planned,
        createdByUserId: people.officer,
        now: writtenAt,
      });
  }
  return { entries, reviews };
}

/** The incident the removal became (one click in the log: `logEntryIncidentSuggestion`), handled since. */
async function insertIncidentFromEntry(
  tx: Tx,
  organisationId: string,
  people: DemoMeetingPeople,
  now: Date,
  occurredAt: Date,
  entry: DemoLogEntry,
): Promise<string> {
  const suggestion = logEntryIncidentSuggestion(entry.kind);
  const reportedAt = new Date(occurredAt.getTime() + 20 * minute);
  const triagedAt = new Date(reportedAt.getTime() + 14 * 60 * minute);
  const status: IncidentStatus = now.getTime() - reportedAt.getTime() > 14 * day ? 'follow_up' : 'triaged';
  const row = await insertIncident(tx, {
    organisationId,
    reference: await nextIncidentReference(tx, organisationId, yearOf(swedishDate(reportedAt))),
    reportedByUserId: people.officer,
    reportedAt,
    description: `Från mötesloggen: ${entry.text}`,
    ongoing: false,
    occurredFrom: occurredAt,
    targetKind: 'other',
    targetUserId: null,
    targetName: 'Ledamöterna i kommunfullmäktige',
    targetRole: 'official',
    targetPartyId: null,
    categories: [...suggestion.categories],
    channel: suggestion.channel,
    perpetratorType: 'citizen',
    matterReference: 'KS 2026/0001',
    policeContacted: suggestion.policeContacted,
    consequences: [],
    severity: 'moderate',
    status,
    handlerUserId: people.officer,
    triagedAt,
    firstContactAt: triagedAt,
    notifiedAt: reportedAt,
    createdAt: reportedAt,
    updatedAt: triagedAt,
  });
  await insertIncidentEvent(tx, {
    organisationId,
    incidentId: row.id,
    at: reportedAt,
    actorUserId: people.officer,
    kind: 'reported',
    text: null,
    details: { ongoing: false, fromMeetingLog: true },
  });
  await insertIncidentEvent(tx, {
    organisationId,
    incidentId: row.id,
    at: triagedAt,
    actorUserId: people.officer,
    kind: 'status_change',
    text: null,
    details: { from: 'new', to: 'triaged', event: 'triage' },
  });
  return row.id;
}
