import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { partyTrainingSchema, trainingCoverageSchema } from '@varn/contracts';
import {
  buildTestApp,
  createBody,
  createCaseOrganisation,
  createTestDatabase,
  testClock,
} from '../../test/helpers';
import { insertPerson } from '../../test/training-fixtures';
import { trainingAttendance, trainingSessions } from '../db/schema';
import { seedDemoTraining } from './demo-training';

/**
 * The demo's training history (issue 11): on people the test writes itself (the register's seed
 * writes the demo's), four years of sessions, attendance only where a session has been held, a
 * realistic coverage with one party behind, and the same history on every run.
 */

const clock = testClock(new Date('2026-12-05T09:00:00.000Z'));
const database = await createTestDatabase();
const app = await buildTestApp(database, { clock });

async function organisationWithPeople(name: string) {
  const organisation = await createCaseOrganisation(database, app, name);
  const kf = await createBody(database, organisation.id, 'Kommunfullmäktige', 'council');
  for (let index = 0; index < 40; index += 1)
    await insertPerson(database, organisation.id, {
      name: `Ledamot ${String(index).padStart(2, '0')}`,
      partyId: index < 32 ? organisation.parties.m.id : organisation.parties.s.id,
      assignments: [
        {
          bodyId: kf,
          role: index === 0 ? 'chair' : 'member',
          termStart: '2022-10-15',
          termEnd: null,
          commissioner: index < 3 ? 'full_time' : null,
        },
      ],
    });
  for (let index = 0; index < 6; index += 1)
    await insertPerson(database, organisation.id, {
      name: `Valarbetare ${index}`,
      electionDate: '2026-09-13',
    });
  return organisation;
}

describe('seedDemoTraining', () => {
  it('trains about four in five officials, one party fewer, the same way each run', async () => {
    const ekby = await organisationWithPeople('Ekby kommun');
    const seeded = await database.db.transaction(async (tx) => await seedDemoTraining(tx, ekby.id, clock()));
    expect(seeded.sessions).toBe(19);

    const rows = await database.db
      .select({ heldOn: trainingSessions.heldOn })
      .from(trainingAttendance)
      .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
      .where(eq(trainingAttendance.organisationId, ekby.id));
    expect(rows).toHaveLength(seeded.attendance);
    expect(rows.every((row) => row.heldOn <= '2026-12-05')).toBe(true);

    const coverage = trainingCoverageSchema.parse((await ekby.officer.get('/api/training/coverage')).json());
    const basic = coverage.courses.find((row) => row.kind === 'basic_security');
    expect(basic?.total).toBe(40);
    const share = (basic?.trained ?? 0) / 40;
    expect(share).toBeGreaterThanOrEqual(0.65);
    expect(share).toBeLessThanOrEqual(0.9);
    expect(basic?.overdue).toBeGreaterThan(0);
    expect(coverage.courses.find((row) => row.kind === 'election_workers')).toMatchObject({ total: 0 });

    const trainedShare = async (partyId: string) => {
      const party = partyTrainingSchema.parse(
        (await ekby.officer.get(`/api/parties/${partyId}/training`)).json(),
      );
      return party.coverage.trained / party.coverage.total;
    };
    expect(await trainedShare(ekby.parties.s.id)).toBeLessThan(await trainedShare(ekby.parties.m.id));

    const again = await organisationWithPeople('Grannby kommun');
    expect(
      await database.db.transaction(async (tx) => await seedDemoTraining(tx, again.id, clock())),
    ).toEqual(seeded);
  });
});
