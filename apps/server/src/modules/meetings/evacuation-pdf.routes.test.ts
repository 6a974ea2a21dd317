import { describe, expect, it } from 'vitest';
import { buildTestApp, createCaseOrganisation, createTestDatabase, testClock } from '../../../test/helpers';
import {
  insertBody,
  insertBodyMember,
  insertMeeting,
  insertVenue,
} from '../../../test/meeting-plan-fixtures';
import { renderEvacuationPdf } from './evacuation-pdf';

/** The evacuation plan as one printable page (issue 10 §2), for everyone who reads the practical part. */

const clock = testClock(new Date('2026-12-01T09:00:00.000Z'));
const database = await createTestDatabase();
const app = await buildTestApp(database, { clock });
const ekby = await createCaseOrganisation(database, app, 'Ekby kommun');
const grannby = await createCaseOrganisation(database, app, 'Grannby kommun');
const council = await insertBody(database, ekby.id, { kind: 'council' });
await insertBodyMember(database, ekby.id, council.id, ekby.people.official.id);
const hall = await insertVenue(database, ekby.id);
const meeting = await insertMeeting(database, ekby.id, {
  title: 'Kommunfullmäktige 10/12 "budget"',
  bodyId: council.id,
  venueId: hall.id,
  isPublic: false,
  startsAt: new Date('2026-12-10T17:00:00.000Z'),
});
const url = `/api/meetings/${meeting.id}/evacuation-plan.pdf`;

/** The number of pages of a PDF, from its page tree. */
const pagesOf = (pdf: Buffer): number =>
  Number(/\/Type \/Pages\s*\/Count (\d+)/u.exec(pdf.toString('latin1'))?.[1]);

describe('the evacuation plan PDF', () => {
  it('is one A4 page for the unit, a secretary and an official of the body', async () => {
    await ekby.officer.put(`/api/meetings/${meeting.id}/plan`, {
      revision: 0,
      evacuation: {
        leadsOfficials: 'Kommunsekreteraren',
        whoCallsPolice: 'Sara Säkerhet',
        notes: 'x'.repeat(4000),
      },
    });
    for (const client of [ekby.officer, ekby.secretary, ekby.official]) {
      const response = await client.get(url);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toContain('Utrymningsplan');
      expect(response.headers['cache-control']).toBe('private, no-store');
      expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pagesOf(response.rawPayload)).toBe(1);
    }
  });

  it('stays one page whatever the texts, in English too', async () => {
    const long = 'Trapphus A, sedan korridoren till vänster. '.repeat(120);
    const pdf = await renderEvacuationPdf({
      locale: 'en',
      organisationName: 'Ekby kommun',
      meeting: {
        title: 'T'.repeat(200),
        type: 'council',
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt,
      },
      place: 'Stadshuset',
      leadsOfficials: 'L'.repeat(200),
      leadsPublic: null,
      whoCallsPolice: 'Sara',
      routes: { text: long, fromRegister: true },
      meetingPoint: { text: long, fromRegister: false },
      notes: long,
      screening: { decided: true, premises: long },
      status: { approved: true, by: 'Sara Säkerhet', at: meeting.startsAt },
      printedAt: meeting.startsAt,
    });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pagesOf(pdf)).toBe(1);
  });

  it('is not for those who may not see the meeting or read the practical part', async () => {
    for (const client of [ekby.officialM, ekby.viewer, ekby.staff, grannby.officer])
      expect((await client.get(url)).statusCode).toBe(404);
  });
});
