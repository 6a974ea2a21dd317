import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  contactDirectorySchema,
  errorBodySchema,
  onCallShiftSchema,
  policeContactSchema,
} from '@varn/contracts';
import { auditEvents } from '../../db/schema';
import { buildTestApp, createCaseOrganisation, createTestDatabase, testClock } from '../../../test/helpers';

/**
 * The unit's contact directory (issue 11 §2): police contact persons, the on-call rota and who is
 * on call now — one way in, one way out. The admin and the unit only; reads are audited.
 */

const clock = testClock(new Date('2026-12-05T09:00:00.000Z'));
const database = await createTestDatabase();
const app = await buildTestApp(database, { clock });
const ekby = await createCaseOrganisation(database, app, 'Ekby kommun');
const grannby = await createCaseOrganisation(database, app, 'Grannby kommun');

const directory = async () => contactDirectorySchema.parse((await ekby.officer.get('/api/directory')).json());

describe('police contacts', () => {
  it('are added, changed and archived, archived ones last', async () => {
    const added = await ekby.officer.post('/api/directory/police-contacts', {
      name: 'Per Polis',
      unit: 'Lokalpolisområde Ekby',
      role: 'kontaktpolis',
      phone: '010-563 10 00',
      email: 'per.polis@polisen.se',
    });
    expect(added.statusCode, added.body).toBe(201);
    const per = policeContactSchema.parse(added.json());
    const rlc = policeContactSchema.parse(
      (
        await ekby.admin.post('/api/directory/police-contacts', {
          name: 'Vakthavande befäl',
          unit: 'Polisregion Stockholm',
          role: 'polisens regionledningscentral',
          phone: '114 14',
        })
      ).json(),
    );
    const archived = await ekby.officer.patch(`/api/directory/police-contacts/${per.id}`, { archived: true });
    expect(policeContactSchema.parse(archived.json())).toMatchObject({
      archived: true,
      role: 'kontaktpolis',
    });
    expect((await directory()).police.map((contact) => contact.id)).toEqual([rlc.id, per.id]);
    expect(
      (await grannby.officer.patch(`/api/directory/police-contacts/${per.id}`, { name: 'X' })).statusCode,
    ).toBe(404);
    const bad = await ekby.officer.post('/api/directory/police-contacts', {
      name: 'X',
      unit: 'Y',
      phone: 'ring mig',
    });
    expect(errorBodySchema.parse(bad.json()).error.fields).toHaveProperty('phone');
  });
});

describe('the on-call rota', () => {
  it('says who is on call now; a swap entered on top wins; a gap says nobody', async () => {
    const week = await ekby.officer.post('/api/directory/on-call-shifts', {
      userId: ekby.people.officer.id,
      startsAt: '2026-12-04T07:00:00.000Z',
      endsAt: '2026-12-11T07:00:00.000Z',
      phone: '08-123 456 99',
    });
    expect(week.statusCode, week.body).toBe(201);
    expect((await directory()).onCallNow?.person.name).toBe('Sara Säkerhet');
    const swap = onCallShiftSchema.parse(
      (
        await ekby.officer.post('/api/directory/on-call-shifts', {
          userId: ekby.people.officer2.id,
          startsAt: '2026-12-05T07:00:00.000Z',
          endsAt: '2026-12-06T07:00:00.000Z',
          phone: '08-123 456 99',
        })
      ).json(),
    );
    expect((await directory()).onCallNow?.person.name).toBe('Sven Skydd');
    expect((await ekby.officer.delete(`/api/directory/on-call-shifts/${swap.id}`)).statusCode).toBe(200);
    clock.set(new Date('2026-12-12T09:00:00.000Z'));
    const later = await directory();
    expect(later.onCallNow).toBeNull();
    expect(later.unitMembers.map((member) => member.name).sort()).toEqual(['Sara Säkerhet', 'Sven Skydd']);
    clock.set(new Date('2026-12-05T09:00:00.000Z'));
  });

  it('refuses a shift longer than a week, one that ends before it starts, and someone outside the unit', async () => {
    const shift = (userId: string, endsAt: string) =>
      ekby.officer.post('/api/directory/on-call-shifts', {
        userId,
        startsAt: '2026-12-20T07:00:00.000Z',
        endsAt,
        phone: '08-123 456 99',
      });
    const long = await shift(ekby.people.officer.id, '2026-12-28T07:00:00.000Z');
    expect(errorBodySchema.parse(long.json()).error.fields).toEqual({
      endsAt: expect.stringContaining('168'),
    });
    expect((await shift(ekby.people.officer.id, '2026-12-19T07:00:00.000Z')).statusCode).toBe(422);
    const staff = await shift(ekby.people.staff.id, '2026-12-21T07:00:00.000Z');
    expect(errorBodySchema.parse(staff.json()).error.fields).toHaveProperty('userId');
  });
});

describe('access', () => {
  it('is for the admin and the unit; reads are audited', async () => {
    for (const client of [ekby.viewer, ekby.contact, ekby.official, ekby.secretary])
      expect((await client.get('/api/directory')).statusCode).toBe(403);
    expect((await ekby.admin.get('/api/directory')).statusCode).toBe(200);
    const reads = await database.db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, ekby.id), eq(auditEvents.action, 'contact_directory.read')));
    expect(reads.length).toBeGreaterThanOrEqual(5);
  });
});
