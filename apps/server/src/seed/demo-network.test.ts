import { eq } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import { describe, expect, it } from 'vitest';
import { Role } from '@varn/domain';
import {
  contactDirectorySchema,
  endorsementMatrixSchema,
  guidelineVersionListSchema,
  partySecurityContactListSchema,
} from '@varn/contracts';
import { guidelineEndorsementFiles } from '../db/schema';
import { insertParty } from '../modules/parties/parties.repository';
import {
  buildTestApp,
  createOrganisation,
  createTestDatabase,
  createUser,
  loggedInClient,
  testClock,
} from '../../test/helpers';
import { createPerson } from '../../test/party-fixtures';
import { demoParties } from './demo';
import { seedDemoNetwork, signedPagePdf } from './demo-network';

/**
 * The demo's network (issue 11 "Done when"), seeded on a register of a few people per party: eight
 * of nine parties with a contact, one gap; police contacts; someone on call today; two guideline
 * versions, the first endorsed by all, the revision by six — each with a real PDF.
 */

const now = new Date('2026-12-05T09:00:00.000Z');
const database = await createTestDatabase();
const app = await buildTestApp(database, { clock: testClock(now) });
const organisation = await createOrganisation(database);
const officer = await createUser(database, organisation.id, Role.SecurityOfficer);
for (const party of demoParties) {
  const row = await insertParty(database.db, { ...party, organisationId: organisation.id });
  for (const name of ['Anna', 'Bertil'])
    await createPerson(database, organisation.id, {
      name: `${name} ${party.abbreviation}`,
      partyId: row.id,
      phone: '070-000 00 00',
    });
}
await database.db.transaction(async (tx) =>
  seedDemoNetwork(tx, organisation.id, { officer: officer.id }, now),
);
const client = await loggedInClient(app, officer.email);

describe('the demo network', () => {
  it('appoints contacts for eight of nine parties: the smallest has none, one is stale', async () => {
    const list = partySecurityContactListSchema.parse(
      (await client.get('/api/parties/security-contacts')).json(),
    );
    expect(list.parties.filter((entry) => entry.contact !== null)).toHaveLength(8);
    expect(list.parties.at(-1)).toMatchObject({ party: { abbreviation: 'EL' }, gaps: ['no_contact'] });
    expect(list.parties.filter((entry) => entry.gaps.includes('no_recent_contact'))).toHaveLength(1);
    expect(list.parties[0]?.contact?.name).toBe('Anna S');
  });

  it('has three police contacts and someone on call now', async () => {
    const directory = contactDirectorySchema.parse((await client.get('/api/directory')).json());
    expect(directory.police).toHaveLength(3);
    expect(directory.onCallNow?.person.id).toBe(officer.id);
    expect(directory.rota.length).toBeGreaterThanOrEqual(5);
  });

  it('has the 2022 guidelines and the 2026 revision in force, endorsed by six of nine', async () => {
    const versions = guidelineVersionListSchema.parse((await client.get('/api/guidelines')).json());
    expect(versions.versions.map((version) => version.version)).toEqual([2, 1]);
    expect(versions.currentVersionId).toBe(versions.versions[0]?.id);
    const matrix = endorsementMatrixSchema.parse((await client.get('/api/guidelines/endorsements')).json());
    expect(matrix.parties.map((row) => row.status)).toEqual([
      ...Array<string>(6).fill('endorsed'),
      ...Array<string>(3).fill('outdated'),
    ]);
    const files = await database.db
      .select({ content: guidelineEndorsementFiles.content })
      .from(guidelineEndorsementFiles)
      .where(eq(guidelineEndorsementFiles.organisationId, organisation.id));
    expect(files).toHaveLength(15);
    for (const file of files) expect((await fileTypeFromBuffer(file.content))?.mime).toBe('application/pdf');
  });

  it('writes a PDF that names the signer', () => {
    const pdf = signedPagePdf(['Kommunfullmäktige (test)']).toString('latin1');
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf).toContain('Kommunfullmäktige \\(test\\)');
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
  });
});
