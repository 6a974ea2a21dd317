import { describe, expect, it } from 'vitest';
import { measureOwnerListSchema } from '@varn/contracts';
import { buildTestApp, createCaseOrganisation, createTestDatabase } from '../../../test/helpers';

/** `GET /api/measures/owners`: whom the unit can give a measure to, on a case or a matter. */

const database = await createTestDatabase();
const app = await buildTestApp(database);

describe('the people a measure can be given to', () => {
  it('are the active security officers of the organisation, by name, and nobody else', async () => {
    const ekby = await createCaseOrganisation(database, app, 'Ägarby kommun');
    const grannby = await createCaseOrganisation(database, app, 'Grannägarby kommun');
    const response = await ekby.officer.get('/api/measures/owners');
    expect(response.statusCode).toBe(200);
    const { owners } = measureOwnerListSchema.parse(response.json());
    expect(owners).toEqual([
      { id: ekby.people.officer.id, name: 'Sara Säkerhet' },
      { id: ekby.people.officer2.id, name: 'Sven Skydd' },
    ]);
    // A deactivated officer, another organisation's officers and other roles are not owners.
    const ids = owners.map((owner) => owner.id);
    expect(ids).not.toContain(ekby.people.formerOfficer.id);
    expect(ids).not.toContain(grannby.people.officer.id);
    expect(ids).not.toContain(ekby.people.official.id);
  });
});
