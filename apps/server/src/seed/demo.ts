import { randomBytes } from 'node:crypto';
import { demoOrganisationSettings, Role } from '@varn/domain';
import type { Db } from '../db/client';
import { hashPassword } from '../modules/auth/passwords';
import { existsAnyOrganisation, insertOrganisation } from '../modules/organisations/organisations.repository';
import { insertParty, updateParty } from '../modules/parties/parties.repository';
import { insertDefaultTemplate } from '../modules/riskguide/templates.repository';
import { insertDefaultTaxonomy } from '../modules/taxonomy/taxonomy.repository';
import { insertUser, upsertPartyMembership } from '../modules/users/users.repository';
import { seedDemoIncidents } from './demo-incidents';
import { seedDemoMeetings } from './demo-meetings';
import { seedDemoRegister } from './demo-register';
import { seedDemoNetwork } from './demo-network';
import { seedDemoRiskguide, seedPastAgendaScreenings } from './demo-riskguide';
import { seedDemoSituation } from './demo-situation';
import { seedDemoTraining } from './demo-training';

/** The demo organisation's name (issue 2 §8). */
export const demoOrganisationName = 'Exempelkommun';

/** The nine parties of the demo council (61 seats, a typical mid-sized municipality). */
export const demoParties = [
  { abbreviation: 'S', name: 'Socialdemokraterna', councilSeats: 17, colour: '#e8112d' },
  { abbreviation: 'M', name: 'Moderaterna', councilSeats: 12, colour: '#52bdec' },
  { abbreviation: 'SD', name: 'Sverigedemokraterna', councilSeats: 11, colour: '#dddd00' },
  { abbreviation: 'C', name: 'Centerpartiet', councilSeats: 5, colour: '#009933' },
  { abbreviation: 'V', name: 'Vänsterpartiet', councilSeats: 5, colour: '#da291c' },
  { abbreviation: 'KD', name: 'Kristdemokraterna', councilSeats: 3, colour: '#000077' },
  { abbreviation: 'L', name: 'Liberalerna', councilSeats: 3, colour: '#006ab3' },
  { abbreviation: 'MP', name: 'Miljöpartiet de gröna', councilSeats: 3, colour: '#83cf39' },
  { abbreviation: 'EL', name: 'Exempelkommuns lokalparti', councilSeats: 2, colour: '#7a4e2d' },
] as const;

/** One demo account per role (issue 2 §8). */
export const demoUsers = [
  { email: 'admin@exempelkommun.se', name: 'Anna Admin', role: Role.Admin, party: null },
  { email: 'sakerhet@exempelkommun.se', name: 'Sara Säkerhet', role: Role.SecurityOfficer, party: null },
  { email: 'parti.s@exempelkommun.se', name: 'Per Partikontakt', role: Role.PartyContact, party: 'S' },
  { email: 'politiker@exempelkommun.se', name: 'Maria Politiker', role: Role.Official, party: 'M' },
  { email: 'personal@exempelkommun.se', name: 'Pelle Personal', role: Role.Staff, party: null },
  { email: 'sekreterare@exempelkommun.se', name: 'Sofia Sekreterare', role: Role.Secretary, party: null },
  { email: 'ledning@exempelkommun.se', name: 'Lars Ledning', role: Role.Viewer, party: null },
] as const;

/** A readable random demo password (printed once at the first start). */
export function randomDemoPassword(): string {
  return `demo-${randomBytes(9).toString('base64url')}`;
}

/**
 * Creates the demo organisation on an empty database: nine parties, one user per role, the
 * S party contact appointed, a year of cases and signals, Riskguide matters with
 * assessments in several cells of the matrix and a screening, and a year of meetings (bodies,
 * venues, agendas, security plans, live logs and reviews). Returns false (and does nothing)
 * when any organisation exists.
 */
export async function seedDemo(db: Db, password: string, now: Date): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return await db.transaction(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(7263610002)');
    if (await existsAnyOrganisation(tx)) return false;
    const organisation = await insertOrganisation(tx, {
      name: demoOrganisationName,
      municipalityCode: '9999',
      isDemo: true,
      securityUnitPhone: '08-123 456 00',
      securityUnitEmail: 'sakerhet@exempelkommun.se',
      mfaRequiredRoles: [...demoOrganisationSettings.mfaRequiredRoles],
      sessionIdleMinutes: demoOrganisationSettings.idleMinutes,
      sessionAbsoluteHours: demoOrganisationSettings.absoluteHours,
      createdAt: now,
      updatedAt: now,
    });
    await insertDefaultTaxonomy(tx, organisation.id, now);
    await insertDefaultTemplate(tx, organisation.id, now);
    const partyIds = new Map<string, string>();
    const userIds = new Map<string, string>();
    for (const party of demoParties) {
      const row = await insertParty(tx, {
        ...party,
        organisationId: organisation.id,
        createdAt: now,
        updatedAt: now,
      });
      partyIds.set(party.abbreviation, row.id);
    }
    for (const demoUser of demoUsers) {
      const user = await insertUser(tx, {
        organisationId: organisation.id,
        email: demoUser.email,
        name: demoUser.name,
        role: demoUser.role,
        language: 'sv',
        status: 'active',
        passwordHash,
        now,
      });
      userIds.set(demoUser.role, user.id);
      const partyId = demoUser.party ? partyIds.get(demoUser.party) : undefined;
      if (partyId) await upsertPartyMembership(tx, organisation.id, user.id, partyId, now);
      if (demoUser.role === Role.PartyContact && partyId) {
        await updateParty(tx, organisation.id, partyId, { securityContactUserId: user.id, updatedAt: now });
      }
    }
    const id = (role: string): string => userIds.get(role) ?? '';
    await seedDemoIncidents(
      tx,
      organisation.id,
      {
        official: { id: id(Role.Official), partyId: partyIds.get('M') ?? null },
        staff: { id: id(Role.Staff) },
        partyContact: { id: id(Role.PartyContact), partyId: partyIds.get('S') ?? null },
        officer: { id: id(Role.SecurityOfficer) },
      },
      now,
    );
    await seedDemoRiskguide(
      tx,
      organisation.id,
      { officer: id(Role.SecurityOfficer), secretary: id(Role.Secretary) },
      now,
    );
    await seedDemoMeetings(
      tx,
      organisation.id,
      {
        officer: id(Role.SecurityOfficer),
        secretary: id(Role.Secretary),
        official: id(Role.Official),
        partyContact: id(Role.PartyContact),
        councilChair: id(Role.Viewer),
      },
      now,
    );
    // Issue 12: the past agendas went through the Riskguide's screening, most of them.
    await seedPastAgendaScreenings(tx, organisation.id, id(Role.Secretary), now);
    const nameOf = (role: string): string => demoUsers.find((user) => user.role === role)?.name ?? '';
    const account = (role: string) => ({ userId: id(role), name: nameOf(role) });
    await seedDemoRegister(
      tx,
      organisation.id,
      {
        partyIds,
        official: account(Role.Official),
        partyContact: account(Role.PartyContact),
        staff: account(Role.Staff),
        councilChair: account(Role.Viewer),
      },
      now,
    );
    // Issue 11: the parties' contacts, directory and guidelines, then training — after the
    // register's seed, whose people they read (training also trains the appointed contacts).
    await seedDemoNetwork(tx, organisation.id, { officer: id(Role.SecurityOfficer) }, now);
    await seedDemoTraining(tx, organisation.id, now, id(Role.SecurityOfficer));
    // Issue 12: the unit's assessments through the election year.
    await seedDemoSituation(tx, organisation.id, id(Role.SecurityOfficer), now);
    return true;
  });
}
