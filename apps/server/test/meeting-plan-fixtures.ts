import { randomUUID } from 'node:crypto';
import type { BodyAssignment, BodyKind, MeetingStatus, MeetingType } from '@varn/domain';
import type { Database } from '../src/db/client';
import { agendaItems, bodies, bodyMembers, matters, meetings, venues } from '../src/db/schema';

/*
 * Factories of the meetings side for the plan and log tests (issue 10): bodies, members, venues,
 * meetings and agenda items written straight into the test database, so that these tests do not
 * depend on the meetings' own routes.
 */

export async function insertBody(
  database: Database,
  organisationId: string,
  values: { name?: string; kind?: BodyKind } = {},
) {
  const now = new Date();
  const [row] = await database.db
    .insert(bodies)
    .values({
      organisationId,
      name: values.name ?? `Nämnd ${randomUUID().slice(0, 6)}`,
      kind: values.kind ?? 'committee',
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error('no body');
  return row;
}

export async function insertBodyMember(
  database: Database,
  organisationId: string,
  bodyId: string,
  userId: string,
  assignment: BodyAssignment = 'member',
) {
  const now = new Date();
  await database.db
    .insert(bodyMembers)
    .values({ organisationId, bodyId, userId, assignment, createdAt: now, updatedAt: now });
}

export async function insertVenue(
  database: Database,
  organisationId: string,
  values: Partial<typeof venues.$inferInsert> = {},
) {
  const now = new Date();
  const [row] = await database.db
    .insert(venues)
    .values({
      organisationId,
      name: 'Stadshuset',
      address: 'Storgatan 1',
      rooms: ['Sessionssalen'],
      evacuationRoutes: 'Trapphus A mot Storgatan, trapphus B mot parken.',
      assemblyPoint: 'Parken framför stadshuset',
      capacity: 200,
      createdAt: now,
      updatedAt: now,
      ...values,
    })
    .returning();
  if (!row) throw new Error('no venue');
  return row;
}

export async function insertMeeting(
  database: Database,
  organisationId: string,
  values: {
    title?: string;
    type?: MeetingType;
    bodyId?: string | null;
    venueId?: string | null;
    startsAt: Date;
    endsAt?: Date;
    isPublic?: boolean;
    status?: MeetingStatus;
    room?: string | null;
  },
) {
  const now = new Date();
  const [row] = await database.db
    .insert(meetings)
    .values({
      organisationId,
      type: values.type ?? 'council',
      title: values.title ?? `Kommunfullmäktige ${randomUUID().slice(0, 4)}`,
      bodyId: values.bodyId ?? null,
      venueId: values.venueId ?? null,
      room: values.room ?? null,
      startsAt: values.startsAt,
      endsAt: values.endsAt ?? new Date(values.startsAt.getTime() + 3 * 3_600_000),
      isPublic: values.isPublic ?? true,
      status: values.status ?? 'planned',
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error('no meeting');
  return row;
}

/** Puts a matter (by id) on a meeting's agenda at the given position. */
export async function insertAgendaItem(
  database: Database,
  organisationId: string,
  meetingId: string,
  matterId: string,
  position = 1,
) {
  const now = new Date();
  await database.db
    .insert(agendaItems)
    .values({ organisationId, meetingId, matterId, position, createdAt: now, updatedAt: now });
}

export { matters };
