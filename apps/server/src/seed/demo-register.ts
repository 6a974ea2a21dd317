import { and, eq } from 'drizzle-orm';
import {
  BodyAssignment,
  CommissionerKind,
  ElectionWorkerRole,
  generalElectionDate,
  swedishDate,
  type PreferredContact,
} from '@varn/domain';
import type { Tx } from '../db/client';
import {
  bodies,
  electionWorkers,
  people,
  personAssignments,
  personContactDetails,
  personPartyAffiliations,
} from '../db/schema';
import { demoBodies } from './demo-meetings';

/*
 * The officials register of Exempelkommun (issue 11 "Done when"): the council's 61 seats filled by
 * the nine parties' officials with their assignments in the demo's bodies (chairs, vice chairs,
 * members, substitutes; four KL 4:18 a commissioners; three with a protected address), ten staff
 * and twenty election workers at the general election. Names come from a seeded generator: the
 * same register on every start. The demo accounts of an official, a party contact, a staff member
 * and the council chair are linked to their people, with the party of their account.
 */

/** The linked demo accounts and the parties by abbreviation. */
export interface DemoRegisterPeople {
  readonly partyIds: ReadonlyMap<string, string>;
  /** Maria Politiker (M), an official with an account. */
  readonly official: { readonly userId: string; readonly name: string };
  /** Per Partikontakt (S), the party contact. */
  readonly partyContact: { readonly userId: string; readonly name: string };
  /** Pelle Personal, staff. */
  readonly staff: { readonly userId: string; readonly name: string };
  /** Lars Ledning, chair of the council (a viewer's account, no party on it). */
  readonly councilChair: { readonly userId: string; readonly name: string };
}

export interface DemoRegisterSeeded {
  readonly officials: number;
  readonly staff: number;
  readonly electionWorkers: number;
  readonly electionDate: string;
}

/** Seats per party (the demo council's), filled by officials of the party. */
const seats: readonly (readonly [string, number])[] = [
  ['S', 17],
  ['M', 12],
  ['SD', 11],
  ['C', 5],
  ['V', 5],
  ['KD', 3],
  ['L', 3],
  ['MP', 3],
  ['EL', 2],
];

const firstNames = [
  'Anna',
  'Erik',
  'Maria',
  'Lars',
  'Karin',
  'Anders',
  'Eva',
  'Johan',
  'Kristina',
  'Per',
  'Lena',
  'Mikael',
  'Sara',
  'Karl',
  'Emma',
  'Jonas',
  'Ingrid',
  'Fredrik',
  'Linnea',
  'Magnus',
  'Elin',
  'Mats',
  'Sofia',
  'Peter',
  'Helena',
  'Ahmed',
  'Maja',
  'Oskar',
  'Birgitta',
  'Gustav',
  'Amira',
  'Nils',
  'Ida',
  'Henrik',
  'Astrid',
  'Olof',
  'Fatima',
  'Björn',
  'Hanna',
  'Stefan',
  'Leila',
  'Daniel',
  'Ulla',
  'Viktor',
  'Aino',
  'Tomas',
] as const;

const lastNames = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jonsson',
  'Jansson',
  'Hansson',
  'Bengtsson',
  'Lindberg',
  'Jakobsson',
  'Magnusson',
  'Lindström',
  'Lindqvist',
  'Berglund',
  'Axelsson',
  'Lundberg',
  'Holm',
  'Sandberg',
  'Forsberg',
  'Sjöberg',
  'Wallin',
  'Engström',
  'Eklund',
  'Hussein',
  'Nyström',
  'Dahl',
  'Ali',
  'Fransson',
  'Björk',
  'Söderberg',
  'Lund',
  'Nordin',
  'Ström',
] as const;

const streets = [
  'Storgatan',
  'Kyrkogatan',
  'Skolvägen',
  'Ängsvägen',
  'Järnvägsgatan',
  'Björkvägen',
  'Åvägen',
];

/** A small seeded generator (mulberry32): the same sequence on every start. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An e-mail local part without Swedish letters. */
const ascii = (text: string): string =>
  text
    .toLowerCase()
    .replaceAll('å', 'a')
    .replaceAll('ä', 'a')
    .replaceAll('ö', 'o')
    .replaceAll('é', 'e')
    .replace(/[^a-z]/gu, '');

/** The council's and the committees' current terms on a day (kommunallagen 5 kap. 5 §, 6 kap. 1 §). */
export function currentTerms(today: string): {
  council: { start: string; end: string };
  committees: { start: string; end: string };
} {
  let year = Number(today.slice(0, 4));
  while (generalElectionDate(year) === null) year -= 1;
  const councilYear = today >= `${year}-10-15` ? year : year - 4;
  const committeeYear = Number(today.slice(0, 4)) > year ? year : year - 4;
  return {
    council: { start: `${councilYear}-10-15`, end: `${councilYear + 4}-10-14` },
    committees: { start: `${committeeYear + 1}-01-01`, end: `${committeeYear + 4}-12-31` },
  };
}

type BodyKey = (typeof demoBodies)[number]['key'];

interface PlannedPerson {
  name: string;
  partyCode: string | null;
  userId: string | null;
  birthYear: number;
  isStaff: boolean;
  protectedAddress: boolean;
  assignments: { body: BodyKey; role: BodyAssignment; commissioner: CommissionerKind | null }[];
}

/** Seeds the register after the meetings' bodies exist. */
export async function seedDemoRegister(
  tx: Tx,
  organisationId: string,
  linked: DemoRegisterPeople,
  now: Date,
): Promise<DemoRegisterSeeded> {
  const today = swedishDate(now);
  const random = seeded(20_261_213);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const used = new Set<string>([
    linked.official.name,
    linked.partyContact.name,
    linked.staff.name,
    linked.councilChair.name,
  ]);
  const newName = (): string => {
    for (;;) {
      const name = `${pick(firstNames)} ${pick(lastNames)}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
  const birthYear = (): number => 1950 + Math.floor(random() * 50);
  const plan = (values: Partial<PlannedPerson> & Pick<PlannedPerson, 'name'>): PlannedPerson => ({
    partyCode: null,
    userId: null,
    birthYear: birthYear(),
    isStaff: false,
    protectedAddress: false,
    assignments: [],
    ...values,
  });

  // The linked accounts, with the assignments their accounts have in the meetings' bodies.
  const maria = plan({
    name: linked.official.name,
    partyCode: 'M',
    userId: linked.official.userId,
    assignments: [
      { body: 'kf', role: BodyAssignment.Member, commissioner: null },
      { body: 'ks', role: BodyAssignment.Chair, commissioner: CommissionerKind.FullTime },
      { body: 'bun', role: BodyAssignment.ViceChair, commissioner: null },
    ],
  });
  const per = plan({
    name: linked.partyContact.name,
    partyCode: 'S',
    userId: linked.partyContact.userId,
    assignments: [
      { body: 'kf', role: BodyAssignment.ViceChair, commissioner: null },
      { body: 'ks', role: BodyAssignment.ViceChair, commissioner: CommissionerKind.PartTime },
      { body: 'bun', role: BodyAssignment.Chair, commissioner: null },
      { body: 'sn', role: BodyAssignment.Chair, commissioner: null },
      { body: 'sbn', role: BodyAssignment.ViceChair, commissioner: null },
    ],
  });
  const lars = plan({
    name: linked.councilChair.name,
    userId: linked.councilChair.userId,
    assignments: [
      { body: 'kf', role: BodyAssignment.Chair, commissioner: null },
      { body: 'sn', role: BodyAssignment.ViceChair, commissioner: null },
      { body: 'sbn', role: BodyAssignment.Chair, commissioner: null },
    ],
  });

  // The council's other seats, party by party; every official is a member of the council.
  const officials: PlannedPerson[] = [maria, per, lars];
  for (const [code, count] of seats) {
    const already = officials.filter((person) => person.partyCode === code).length;
    for (let index = already; index < count; index += 1)
      officials.push(
        plan({
          name: newName(),
          partyCode: code,
          assignments: [{ body: 'kf', role: BodyAssignment.Member, commissioner: null }],
        }),
      );
  }
  const generated = officials.slice(3);
  // Committees: members and substitutes from the council, spread over the parties.
  const seatsIn: Readonly<Record<Exclude<BodyKey, 'kf'>, { members: number; substitutes: number }>> = {
    ks: { members: 11, substitutes: 5 },
    bun: { members: 7, substitutes: 4 },
    sn: { members: 7, substitutes: 4 },
    sbn: { members: 7, substitutes: 4 },
  };
  let cursor = 0;
  for (const [body, { members, substitutes }] of Object.entries(seatsIn) as [
    Exclude<BodyKey, 'kf'>,
    { members: number; substitutes: number },
  ][]) {
    for (let index = 0; index < members + substitutes; index += 1) {
      const person = generated[cursor % generated.length];
      cursor += 1;
      if (!person || person.assignments.some((assignment) => assignment.body === body)) continue;
      person.assignments.push({
        body,
        role: index < members ? BodyAssignment.Member : BodyAssignment.Substitute,
        commissioner: null,
      });
    }
  }
  // Two more commissioners (kommunalråd): one of the majority, one of the opposition.
  const firstOf = (code: string) => generated.find((person) => person.partyCode === code);
  const ksOf = (person: PlannedPerson | undefined, kind: CommissionerKind) => {
    if (!person) return;
    const existing = person.assignments.find((assignment) => assignment.body === 'ks');
    if (existing) existing.commissioner = kind;
    else person.assignments.push({ body: 'ks', role: BodyAssignment.Member, commissioner: kind });
  };
  ksOf(firstOf('S'), CommissionerKind.FullTime);
  ksOf(firstOf('SD'), CommissionerKind.PartTime);
  // Three officials live with a protected address (skyddade personuppgifter).
  for (const index of [4, 21, 40]) {
    const person = generated[index];
    if (person) person.protectedAddress = true;
  }

  const staff: PlannedPerson[] = [
    plan({ name: linked.staff.name, userId: linked.staff.userId, isStaff: true }),
    ...Array.from({ length: 9 }, () => plan({ name: newName(), isStaff: true })),
  ];
  const workersOnly = Array.from({ length: 18 }, () => plan({ name: newName() }));

  const bodyRows = await tx
    .select({ id: bodies.id, name: bodies.name })
    .from(bodies)
    .where(eq(bodies.organisationId, organisationId));
  const bodyId = (key: BodyKey): string => {
    const name = demoBodies.find((body) => body.key === key)?.name;
    const row = bodyRows.find((entry) => entry.name === name);
    if (!row) throw new Error(`the demo body ${key} is missing`);
    return row.id;
  };
  const terms = currentTerms(today);
  const registered = new Date(now.getTime() - 180 * 86_400_000);

  const ids = new Map<PlannedPerson, string>();
  for (const person of [...officials, ...staff, ...workersOnly]) {
    const [row] = await tx
      .insert(people)
      .values({
        organisationId,
        name: person.name,
        birthYear: person.birthYear,
        isStaff: person.isStaff,
        userId: person.userId,
        createdAt: registered,
        updatedAt: registered,
      })
      .returning({ id: people.id });
    if (!row) throw new Error('no person inserted');
    ids.set(person, row.id);
    const [first = '', ...rest] = person.name.split(' ');
    const domain = person.isStaff ? 'exempelkommun.se' : 'politik.exempelkommun.se';
    const phone = `070-${String(100 + Math.floor(random() * 900))} ${String(10 + Math.floor(random() * 90))} ${String(10 + Math.floor(random() * 90))}`;
    const preferred: PreferredContact = random() < 0.5 ? 'email' : 'sms';
    await tx.insert(personContactDetails).values({
      personId: row.id,
      organisationId,
      email: `${ascii(first)}.${ascii(rest.join(''))}@${domain}`,
      phone,
      // A protected address is never stored (ADR 018).
      address: person.protectedAddress
        ? null
        : random() < 0.6
          ? `${pick(streets)} ${1 + Math.floor(random() * 40)}, 123 ${String(10 + Math.floor(random() * 89))} Exempelby`
          : null,
      protectedAddress: person.protectedAddress,
      preferredContact: preferred,
      createdAt: registered,
      updatedAt: registered,
    });
    const partyId = person.partyCode ? linked.partyIds.get(person.partyCode) : undefined;
    if (partyId)
      await tx.insert(personPartyAffiliations).values({
        personId: row.id,
        organisationId,
        partyId,
        createdAt: registered,
        updatedAt: registered,
      });
    if (person.assignments.length > 0)
      await tx.insert(personAssignments).values(
        person.assignments.map((assignment) => {
          const term = assignment.body === 'kf' ? terms.council : terms.committees;
          return {
            organisationId,
            personId: row.id,
            bodyId: bodyId(assignment.body),
            role: assignment.role,
            termStart: term.start,
            termEnd: term.end,
            commissioner: assignment.commissioner,
            createdAt: registered,
            updatedAt: registered,
          };
        }),
      );
  }

  // Election workers at the general election of this year, or the coming one.
  let electionYear = Number(today.slice(0, 4));
  while (generalElectionDate(electionYear) === null) electionYear -= 1;
  const electionDate = generalElectionDate(electionYear) ?? '2026-09-13';
  const places = ['Vallokal Centrum, Folkets hus', 'Vallokal Norrby skola', 'Vallokal Söderby bibliotek'];
  const workers = [...workersOnly, ...staff.slice(1, 3)];
  await tx.insert(electionWorkers).values(
    workers.map((person, index) => {
      const role =
        index % 5 === 0
          ? ElectionWorkerRole.Counting
          : index % 3 === 0
            ? ElectionWorkerRole.EarlyVoting
            : ElectionWorkerRole.PollingStation;
      return {
        organisationId,
        personId: ids.get(person) ?? '',
        electionDate,
        role,
        place:
          role === ElectionWorkerRole.Counting
            ? 'Stadshuset, valnämndens kansli'
            : (places[index % places.length] ?? null),
        createdAt: registered,
        updatedAt: registered,
      };
    }),
  );

  // The account's party and the register's are one (ADR 018): checked, not assumed.
  for (const person of [maria, per]) {
    const [affiliation] = await tx
      .select({ partyId: personPartyAffiliations.partyId })
      .from(personPartyAffiliations)
      .where(
        and(
          eq(personPartyAffiliations.organisationId, organisationId),
          eq(personPartyAffiliations.personId, ids.get(person) ?? ''),
        ),
      );
    if (affiliation?.partyId !== linked.partyIds.get(person.partyCode ?? ''))
      throw new Error(`${person.name}: the register's party differs from the account's`);
  }

  return { officials: officials.length, staff: staff.length, electionWorkers: workers.length, electionDate };
}
