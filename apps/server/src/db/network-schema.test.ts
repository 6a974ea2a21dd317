import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@varn/domain';
import { createOrganisation, createParty, createTestDatabase, createUser } from '../../test/helpers';
import type { Database } from './client';
import {
  bodies,
  courses,
  electionWorkers,
  guidelineEndorsementFiles,
  guidelineEndorsements,
  guidelineVersions,
  onCallShifts,
  partySecurityContacts,
  people,
  personAssignments,
  personContactDetails,
  personPartyAffiliations,
  policeContacts,
  trainingAttendance,
  trainingSessions,
} from './schema';

/*
 * Migration 0011 on real PostgreSQL: the register, contacts, training and guideline tables exist
 * and hold what the domain allows, their constraints refuse what it does not, and party
 * affiliation has no index by which people could be looked up by party (ADR 018).
 */

let database: Database;
let organisationId: string;
let userId: string;
let partyId: string;
let bodyId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  organisationId = (await createOrganisation(database)).id;
  userId = (await createUser(database, organisationId, Role.SecurityOfficer)).id;
  partyId = (await createParty(database, organisationId)).id;
  const [body] = await database.db
    .insert(bodies)
    .values({ organisationId, name: 'Kommunstyrelsen', kind: 'executive_board' })
    .returning({ id: bodies.id });
  bodyId = body?.id ?? '';
});

/** The constraint a failed statement broke (PostgreSQL's error, possibly wrapped by Drizzle). */
async function brokenConstraint(statement: Promise<unknown>): Promise<string | undefined> {
  try {
    await statement;
  } catch (error) {
    const pgError = (error as { cause?: { constraint?: string }; constraint?: string }).cause ?? error;
    return (pgError as { constraint?: string }).constraint;
  }
  return undefined;
}

async function insertPerson(values: Partial<typeof people.$inferInsert> = {}): Promise<string> {
  const [row] = await database.db
    .insert(people)
    .values({ organisationId, name: 'Anna Andersson', ...values })
    .returning({ id: people.id });
  return row?.id ?? '';
}

describe('the new tables', () => {
  const tables = [
    'people',
    'person_contact_details',
    'person_assignments',
    'person_party_affiliations',
    'election_workers',
    'party_security_contacts',
    'police_contacts',
    'on_call_shifts',
    'courses',
    'training_sessions',
    'training_attendance',
    'guideline_versions',
    'guideline_endorsements',
    'guideline_endorsement_files',
  ];

  it.each(tables)('%s has a required organisation_id', async (table) => {
    const result = await database.db.execute<{ is_nullable: string }>(sql`
      select is_nullable from information_schema.columns
      where table_schema = current_schema() and table_name = ${table} and column_name = 'organisation_id'`);
    expect(result.rows).toEqual([{ is_nullable: 'NO' }]);
  });

  // Nothing may look people up by party: no index whose first column is party_id (ADR 018).
  it('give party affiliation no index that starts with party_id', async () => {
    const result = await database.db.execute<{ indexdef: string }>(sql`
      select indexdef from pg_indexes
      where schemaname = current_schema() and tablename = 'person_party_affiliations'`);
    expect(result.rows.map((row) => row.indexdef)).toEqual([expect.stringContaining('(person_id)')]);
  });
});

describe('people', () => {
  it('link a user account once at most, and any number have none', async () => {
    const official = (await createUser(database, organisationId, Role.Official)).id;
    await insertPerson({ userId: official });
    expect(await brokenConstraint(insertPerson({ userId: official }))).toBe('people_user_unique');
    await insertPerson();
    await insertPerson();
  });

  it.each([1899, 2101])('refuse birth year %d', async (birthYear) => {
    expect(await brokenConstraint(insertPerson({ birthYear }))).toBe('people_birth_year_check');
  });

  it('hold one party per person', async () => {
    const personId = await insertPerson();
    await database.db.insert(personPartyAffiliations).values({ organisationId, personId, partyId });
    expect(
      await brokenConstraint(
        database.db.insert(personPartyAffiliations).values({ organisationId, personId, partyId }),
      ),
    ).toBe('person_party_affiliations_pkey');
  });
});

describe('person contact details', () => {
  async function insertDetails(values: Partial<typeof personContactDetails.$inferInsert>): Promise<void> {
    const personId = await insertPerson();
    await database.db.insert(personContactDetails).values({ organisationId, personId, ...values });
  }

  it('take a protected address flag without an address, and e-mail as the preferred way', async () => {
    await expect(
      insertDetails({ protectedAddress: true, email: 'anna@example.se', preferredContact: 'email' }),
    ).resolves.toBeUndefined();
  });

  it.each<[string, Partial<typeof personContactDetails.$inferInsert>, string]>([
    // Never stored, so never shown, printed or exported.
    [
      'an address that is protected',
      { protectedAddress: true, address: 'Storgatan 1' },
      'person_contact_details_protected_address_check',
    ],
    [
      'letters to a protected address',
      { protectedAddress: true, preferredContact: 'post' },
      'person_contact_details_protected_post_check',
    ],
    [
      'an unknown contact way',
      { preferredContact: 'fax' as 'email' },
      'person_contact_details_preferred_check',
    ],
  ])('refuse %s', async (_label, values, constraint) => {
    expect(await brokenConstraint(insertDetails(values))).toBe(constraint);
  });
});

describe('person assignments', () => {
  async function insertAssignment(values: Partial<typeof personAssignments.$inferInsert> = {}) {
    const personId = values.personId ?? (await insertPerson());
    return database.db.insert(personAssignments).values({
      organisationId,
      personId,
      bodyId,
      role: 'chair',
      termStart: '2027-01-01',
      termEnd: '2030-12-31',
      commissioner: 'full_time',
      ...values,
    });
  }

  it('hold a commissioner’s open-ended chair', async () => {
    await expect(insertAssignment({ termEnd: null })).resolves.toBeTruthy();
  });

  it.each<[string, Partial<typeof personAssignments.$inferInsert>, string]>([
    ['an unknown role', { role: 'secretary' as 'member' }, 'person_assignments_role_check'],
    [
      'an unknown commissioner kind',
      { commissioner: 'leisure' as 'full_time' },
      'person_assignments_commissioner_check',
    ],
    ['a term ending before it starts', { termEnd: '2026-12-31' }, 'person_assignments_term_check'],
  ])('refuse %s', async (_label, values, constraint) => {
    expect(await brokenConstraint(insertAssignment(values))).toBe(constraint);
  });

  it('refuse the same assignment twice', async () => {
    const personId = await insertPerson();
    await insertAssignment({ personId });
    expect(await brokenConstraint(insertAssignment({ personId }))).toBe('person_assignments_unique');
    await expect(
      insertAssignment({ personId, termStart: '2031-01-01', termEnd: null }),
    ).resolves.toBeTruthy();
  });
});

describe('election workers', () => {
  it('work once per election, in a known role', async () => {
    const personId = await insertPerson({ name: 'Valarbetare' });
    const row = { organisationId, personId, electionDate: '2030-09-08', role: 'polling_station' as const };
    await database.db.insert(electionWorkers).values(row);
    expect(await brokenConstraint(database.db.insert(electionWorkers).values(row))).toBe(
      'election_workers_person_election_unique',
    );
    expect(
      await brokenConstraint(
        database.db
          .insert(electionWorkers)
          .values({ ...row, electionDate: '2034-09-10', role: 'campaign' as 'counting' }),
      ),
    ).toBe('election_workers_role_check');
  });
});

describe('party security contacts', () => {
  it('refuse the same person as contact and deputy, and take a party without a contact', async () => {
    const personId = await insertPerson();
    const other = (await createParty(database, organisationId, 'M', 'Moderaterna')).id;
    expect(
      await brokenConstraint(
        database.db
          .insert(partySecurityContacts)
          .values({ organisationId, partyId, contactPersonId: personId, deputyPersonId: personId }),
      ),
    ).toBe('party_security_contacts_distinct_check');
    await database.db.insert(partySecurityContacts).values({ organisationId, partyId: other });
  });
});

describe('the directory', () => {
  it('keeps police contacts', async () => {
    await expect(
      database.db
        .insert(policeContacts)
        .values({ organisationId, name: 'Per Polis', unit: 'Lokalpolisområde Centrum', phone: '114 14' }),
    ).resolves.toBeTruthy();
  });

  const startsAt = new Date('2026-12-07T07:00:00Z');
  it.each<[string, Date, string | undefined]>([
    ['a week', new Date('2026-12-14T07:00:00Z'), undefined],
    ['an end at the start', startsAt, 'on_call_shifts_time_check'],
    ['more than a week', new Date('2026-12-14T07:00:01Z'), 'on_call_shifts_time_check'],
  ])('on-call shifts: %s', async (_label, endsAt, constraint) => {
    expect(
      await brokenConstraint(
        database.db.insert(onCallShifts).values({ organisationId, userId, startsAt, endsAt, phone: '070-1' }),
      ),
    ).toBe(constraint);
  });
});

describe('training', () => {
  async function insertCourse(values: Partial<typeof courses.$inferInsert> = {}) {
    const [row] = await database.db
      .insert(courses)
      .values({
        organisationId,
        kind: 'basic_security',
        name: `Kurs ${randomUUID()}`,
        validityMonths: 48,
        ...values,
      })
      .returning({ id: courses.id });
    return row?.id ?? '';
  }

  it.each<[string, Partial<typeof courses.$inferInsert>, string]>([
    ['an unknown kind', { kind: 'first_aid' as 'basic_security' }, 'courses_kind_check'],
    ['no validity', { validityMonths: 0 }, 'courses_validity_check'],
    ['more than ten years', { validityMonths: 121 }, 'courses_validity_check'],
  ])('courses refuse %s', async (_label, values, constraint) => {
    expect(await brokenConstraint(insertCourse(values))).toBe(constraint);
  });

  it('courses refuse a name twice, whatever the case', async () => {
    await insertCourse({ name: 'Grundutbildning' });
    expect(await brokenConstraint(insertCourse({ name: 'GRUNDUTBILDNING' }))).toBe('courses_name_unique');
  });

  it('sessions and attendance hold known codes, one row per person and session', async () => {
    const courseId = await insertCourse({ kind: 'kl_4_18a', validityMonths: 24 });
    expect(
      await brokenConstraint(
        database.db
          .insert(trainingSessions)
          .values({ organisationId, courseId, heldOn: '2027-02-01', mode: 'hybrid' as 'online' }),
      ),
    ).toBe('training_sessions_mode_check');
    const [session] = await database.db
      .insert(trainingSessions)
      .values({ organisationId, courseId, heldOn: '2027-02-01', mode: 'online', trainer: 'Säkerhetsenheten' })
      .returning({ id: trainingSessions.id });
    const sessionId = session?.id ?? '';
    const personId = await insertPerson();
    const row = { organisationId, sessionId, personId, status: 'attended' as const };
    await database.db.insert(trainingAttendance).values(row);
    expect(await brokenConstraint(database.db.insert(trainingAttendance).values(row))).toBe(
      'training_attendance_session_id_person_id_pk',
    );
    expect(
      await brokenConstraint(
        database.db
          .insert(trainingAttendance)
          .values({ ...row, personId: await insertPerson(), status: 'late' as 'absent' }),
      ),
    ).toBe('training_attendance_status_check');
  });
});

describe('guidelines', () => {
  async function insertVersion(version: number) {
    return database.db
      .insert(guidelineVersions)
      .values({
        organisationId,
        version,
        title: 'Etiska riktlinjer',
        textSv: 'Text',
        textEn: 'Text',
        adoptedOn: '2026-11-23',
      })
      .returning({ id: guidelineVersions.id });
  }

  it('number versions from 1, once each', async () => {
    await insertVersion(1);
    expect(await brokenConstraint(insertVersion(1))).toBe('guideline_versions_org_version_unique');
    expect(await brokenConstraint(insertVersion(0))).toBe('guideline_versions_version_check');
  });

  it('take one endorsement per party and version, and its signed document', async () => {
    const [version] = await insertVersion(2);
    const row = {
      organisationId,
      partyId,
      versionId: version?.id ?? '',
      signedBy: 'Gruppledaren',
      signedOn: '2026-12-01',
    };
    const [endorsement] = await database.db.insert(guidelineEndorsements).values(row).returning();
    expect(await brokenConstraint(database.db.insert(guidelineEndorsements).values(row))).toBe(
      'guideline_endorsements_party_version_unique',
    );

    const content = Buffer.from('%PDF-1.7 signed');
    const file = {
      endorsementId: endorsement?.id ?? '',
      organisationId,
      fileName: 'underskrift.pdf',
      contentType: 'application/pdf',
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      uploadedByUserId: userId,
      uploadedAt: new Date(),
    };
    for (const [values, constraint] of [
      [{ contentType: 'text/html' }, 'guideline_endorsement_files_content_type_check'],
      [{ sizeBytes: 0 }, 'guideline_endorsement_files_size_check'],
      [{ sizeBytes: 10 * 1024 * 1024 + 1 }, 'guideline_endorsement_files_size_check'],
      [{ sha256: 'not-a-digest' }, 'guideline_endorsement_files_sha256_check'],
    ] as const)
      expect(
        await brokenConstraint(database.db.insert(guidelineEndorsementFiles).values({ ...file, ...values })),
      ).toBe(constraint);
    await database.db.insert(guidelineEndorsementFiles).values(file);
    const [stored] = await database.db.select().from(guidelineEndorsementFiles);
    expect(stored?.content.equals(content)).toBe(true);
  });
});
