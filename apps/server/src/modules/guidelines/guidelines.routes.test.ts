import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  endorsementMatrixSchema,
  errorBodySchema,
  guidelineVersionListSchema,
  guidelineVersionSchema,
  partyEndorsementSchema,
  partySummarySchema,
} from '@varn/contracts';
import { auditEvents } from '../../db/schema';
import {
  buildTestApp,
  createCaseOrganisation,
  createTestDatabase,
  testClock,
  testPng,
} from '../../../test/helpers';
import { testPdf } from '../../../test/party-fixtures';

/**
 * The ethical guidelines (issue 11 §4): versions read by everyone and added by the unit; each
 * party's endorsement with its signed page, recorded by the unit or the party's own contact; a new
 * version resets the endorsements. Viewers see which parties endorsed, never who signed.
 */

const clock = testClock(new Date('2026-12-05T09:00:00.000Z'));
const database = await createTestDatabase();
const app = await buildTestApp(database, { clock });
const ekby = await createCaseOrganisation(database, app, 'Ekby kommun');
const grannby = await createCaseOrganisation(database, app, 'Grannby kommun');
const { s, m } = ekby.parties;

const version = (title: string, adoptedOn: string) => ({
  title,
  textSv: 'Vi bemöter varandra med respekt, också när vi är oense.',
  textEn: 'We treat each other with respect, also when we disagree.',
  adoptedOn,
});
const pdf = { name: 'undertecknad sida.pdf', content: testPdf(), type: 'application/pdf' };
const signed = { signedBy: 'Gruppledaren Greta', signedOn: '2026-12-01' };

const first = guidelineVersionSchema.parse(
  (
    await ekby.officer.post(
      '/api/guidelines',
      version('Riktlinjer för ett respektfullt debattklimat', '2026-11-30'),
    )
  ).json(),
);
const endorse = (
  client: typeof ekby.officer,
  partyId: string,
  fields = signed,
  file = pdf,
  versionId = first.id,
) => client.upload(`/api/guidelines/${versionId}/endorsements/${partyId}`, file, 'PUT', fields);

describe('versions', () => {
  it('are numbered in order and read by everyone, with the one in force', async () => {
    expect(first).toMatchObject({ version: 1, current: true });
    const list = guidelineVersionListSchema.parse((await ekby.staff.get('/api/guidelines')).json());
    expect(list).toMatchObject({ currentVersionId: first.id, versions: [{ id: first.id, version: 1 }] });
    const read = await ekby.viewer.get(`/api/guidelines/${first.id}`);
    expect(guidelineVersionSchema.parse(read.json()).textEn).toContain('respect');
    expect((await grannby.officer.get(`/api/guidelines/${first.id}`)).statusCode).toBe(404);
    expect((await ekby.contact.post('/api/guidelines', version('Egen', '2026-12-01'))).statusCode).toBe(403);
  });
});

describe('endorsements', () => {
  it("are recorded by the party's contact with the signed page, and shown to viewers without the signer", async () => {
    const response = await endorse(ekby.contact, s.id);
    expect(response.statusCode, response.body).toBe(200);
    expect(partyEndorsementSchema.parse(response.json())).toMatchObject({
      status: 'endorsed',
      signedOn: '2026-12-01',
      signedBy: 'Gruppledaren Greta',
      hasEvidence: true,
    });
    const matrix = endorsementMatrixSchema.parse(
      (await ekby.viewer.get('/api/guidelines/endorsements')).json(),
    );
    // Equal seats: in name order.
    expect(matrix.parties.map((row) => [row.party.abbreviation, row.status, row.signedBy])).toEqual([
      ['M', 'never', undefined],
      ['S', 'endorsed', undefined],
    ]);
    const unit = endorsementMatrixSchema.parse(
      (await ekby.officer.get('/api/guidelines/endorsements')).json(),
    );
    expect(unit.parties.find((row) => row.party.id === s.id)?.signedBy).toBe('Gruppledaren Greta');
    expect((await ekby.contact.get('/api/guidelines/endorsements')).statusCode).toBe(403);
  });

  it("refuse another party's contact before the body is read, a file that is not a document, and bad days", async () => {
    // Not multipart at all: still 404, so the permission was asked first.
    const other = await ekby.contactM.put(`/api/guidelines/${first.id}/endorsements/${s.id}`, {
      signedBy: 'X',
    });
    expect(other.statusCode).toBe(404);
    expect((await endorse(ekby.contactM, s.id)).statusCode).toBe(404);
    expect((await endorse(grannby.officer, s.id)).statusCode).toBe(404);
    const text = await endorse(ekby.officer, m.id, signed, {
      name: 'sida.pdf',
      content: Buffer.from('inte en pdf'),
      type: 'application/pdf',
    });
    expect(text.statusCode).toBe(415);
    const early = await endorse(ekby.officer, m.id, { ...signed, signedOn: '2026-11-01' });
    expect(errorBodySchema.parse(early.json()).error.fields).toHaveProperty('signedOn');
    const future = await endorse(ekby.officer, m.id, { ...signed, signedOn: '2026-12-24' });
    expect(future.statusCode).toBe(422);
    const missing = await endorse(ekby.officer, m.id, { signedBy: '', signedOn: 'igår' });
    expect(missing.statusCode).toBe(400);
    expect(Object.keys(errorBodySchema.parse(missing.json()).error.fields ?? {}).sort()).toEqual([
      'signedBy',
      'signedOn',
    ]);
    const png = await endorse(ekby.officer, m.id, signed, {
      name: 'sida.png',
      content: testPng(),
      type: 'image/png',
    });
    expect(png.statusCode).toBe(200);
  });

  it('give the signed page to the unit and the party contact, audited; to nobody else', async () => {
    const url = `/api/guidelines/${first.id}/endorsements/${s.id}/evidence`;
    const file = await ekby.contact.get(url);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(testPdf())).toBe(true);
    expect((await ekby.officer.get(url)).statusCode).toBe(200);
    for (const client of [ekby.viewer, ekby.contactM, ekby.official, grannby.officer])
      expect((await client.get(url)).statusCode).toBe(404);
    const reads = await database.db
      .select({ userId: auditEvents.actorUserId })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.organisationId, ekby.id),
          eq(auditEvents.action, 'party.read_endorsement_evidence'),
        ),
      );
    expect(reads).toHaveLength(2);
  });

  it('are reset by a new version: every party must endorse it again', async () => {
    const second = await ekby.officer.post(
      '/api/guidelines',
      version('Reviderade riktlinjer 2026', '2026-12-05'),
    );
    expect(second.statusCode).toBe(201);
    expect(guidelineVersionSchema.parse(second.json())).toMatchObject({ version: 2, current: true });
    const matrix = endorsementMatrixSchema.parse(
      (await ekby.officer.get('/api/guidelines/endorsements')).json(),
    );
    expect(matrix.version?.version).toBe(2);
    expect(matrix.parties.map((row) => row.status)).toEqual(['outdated', 'outdated']);
    const page = partySummarySchema.parse((await ekby.contact.get(`/api/parties/${s.id}/summary`)).json());
    expect(page.endorsement).toMatchObject({
      status: 'outdated',
      version: { version: 2 },
      hasEvidence: false,
    });
  });
});
