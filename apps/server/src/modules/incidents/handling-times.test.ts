import { and, eq, gte, lt } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { handlingTimeMetrics, handlingTimeMetricsFromAggregates } from '@varn/domain';
import { metricsSchema } from '@varn/contracts';
import {
  buildTestApp,
  createOrganisation,
  createTestDatabase,
  createUser,
  Role,
  TestClient,
} from '../../../test/helpers';
import { incidents } from '../../db/schema';
import { demoOrganisationName, seedDemo } from '../../seed/demo';
import { aggregateHandlingTimes } from './incidents.repository';

/**
 * Handling times in SQL (issue 9 §3) equal the figures the domain's definition gives from the
 * period's rows (`handlingTimeMetrics`, what the server computed in Node before): on the demo
 * organisation's year of cases, and on cases made to hit the edges — times with microseconds,
 * medians and p90s on a rounding boundary, negative durations, repeated and missing categories.
 */

const database = await createTestDatabase();
const now = new Date('2026-11-27T09:00:00.000Z');
const day = 86_400_000;
const demoPassword = 'demo-lösenord-för-test';
await seedDemo(database.db, demoPassword, now);
const [demo] = await database.pool
  .query<{ id: string }>('select id from organisations where name = $1', [demoOrganisationName])
  .then((result) => result.rows);
if (!demo) throw new Error('the demo organisation is missing');

/** The figures from the rows, as computed in Node before (the oracle). */
async function fromRows(organisationId: string, from: Date, to: Date) {
  const rows = await database.db
    .select({
      categories: incidents.categories,
      reportedAt: incidents.reportedAt,
      firstContactAt: incidents.firstContactAt,
      assessedAt: incidents.assessedAt,
      closedAt: incidents.closedAt,
    })
    .from(incidents)
    .where(
      and(
        eq(incidents.organisationId, organisationId),
        gte(incidents.reportedAt, from),
        lt(incidents.reportedAt, to),
      ),
    );
  return handlingTimeMetrics(rows, from, to);
}

async function fromSql(organisationId: string, from: Date, to: Date) {
  return handlingTimeMetricsFromAggregates(
    await aggregateHandlingTimes(database.db, organisationId, from, to),
  );
}

describe('handling times in SQL', () => {
  const periods: [string, Date, Date][] = [
    ['the last year', new Date(now.getTime() - 365 * day), now],
    ['the last 90 days', new Date(now.getTime() - 90 * day), now],
    ['one month', new Date('2026-03-01T00:00:00.000Z'), new Date('2026-04-01T00:00:00.000Z')],
    ['one week', new Date(now.getTime() - 7 * day), now],
    ['ten years', new Date(now.getTime() - 3650 * day), new Date(now.getTime() + day)],
    ['a period without cases', new Date('2020-01-01T00:00:00.000Z'), new Date('2020-02-01T00:00:00.000Z')],
  ];

  it.each(periods)('equal the figures from the rows on the demo data: %s', async (_label, from, to) => {
    const expected = await fromRows(demo.id, from, to);
    expect(await fromSql(demo.id, from, to)).toEqual(expected);
  });

  it('cover the demo data: cases with every mark, in several categories', async () => {
    const year = await fromSql(demo.id, new Date(now.getTime() - 365 * day), now);
    expect(year.overall.reported).toBeGreaterThan(20);
    expect(year.overall.toClosed.count).toBeGreaterThan(1);
    expect(Object.keys(year.byCategory).length).toBeGreaterThan(3);
  });

  it('equal the figures from the rows at the edges', async () => {
    const organisation = await createOrganisation(database, { name: 'Kantby kommun' });
    const reporter = await createUser(database, organisation.id, Role.Official);
    const start = new Date('2026-05-04T08:00:00.000Z').getTime();
    // A deterministic pseudo-random sequence (no Math.random: a failure must be repeatable).
    let seed = 20260504;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const minutes = (n: number) => n * 60_000;
    // Whole minutes put many medians and p90s exactly on x.x5 hours (3 min = 0.05 h).
    const offsets = [
      null,
      minutes(3),
      minutes(9),
      minutes(15),
      minutes(27),
      -minutes(5), // a mark before the report counts as 0
      0,
      1,
      day * 400,
    ];
    const values: string[] = [];
    const params: unknown[] = [organisation.id, reporter.id];
    for (let index = 0; index < 240; index += 1) {
      const reportedMicros = BigInt(start + Math.floor(random() * 60 * day)) * 1000n + BigInt(index % 1000);
      const mark = (): string | null => {
        const pick = random();
        const offset =
          pick < 0.6
            ? (offsets[Math.floor(random() * offsets.length)] ?? null)
            : Math.floor(random() * 30 * day);
        if (offset === null) return null;
        // Microseconds too: PostgreSQL keeps them, a JavaScript Date does not.
        const micros = reportedMicros + BigInt(offset) * 1000n + BigInt(Math.floor(random() * 1000));
        return isoMicros(micros);
      };
      const categories = [
        [],
        ['threat'],
        ['threat', 'harassment'],
        ['harassment', 'harassment'],
        ['stalking', 'Ärende', 'doxxing'],
      ][index % 5];
      const base = params.length;
      params.push(`K-${index}`, isoMicros(reportedMicros), categories, mark(), mark(), mark());
      values.push(
        `($1, $${base + 1}, $2, $${base + 2}::timestamptz, 'Kant', false, 'self', $2, 'official', false,
          $${base + 3}::text[], 'email', 'unknown', false, '{}', 'new', $${base + 4}::timestamptz,
          $${base + 5}::timestamptz, $${base + 6}::timestamptz, now(), now())`,
      );
    }
    await database.pool.query(
      `insert into incidents (organisation_id, reference, reported_by_user_id, reported_at, description, ongoing,
         target_kind, target_user_id, target_role, party_contact_consent, categories, channel, perpetrator_type,
         police_contacted, consequences, status, first_contact_at, assessed_at, closed_at, created_at, updated_at)
       values ${values.join(', ')}`,
      params,
    );
    // Two cases whose median lies between floats: (1 min + 5 min) / 2 in hours is
    // 0.049999…, shown as 0 — `percentile_cont`'s lo + 0.5 × (hi − lo) gives 0.05, shown as 0.1.
    const pair = start + 100 * day;
    await database.pool.query(
      `insert into incidents (organisation_id, reference, reported_by_user_id, reported_at, description, ongoing,
         target_kind, target_user_id, target_role, party_contact_consent, categories, channel, perpetrator_type,
         police_contacted, consequences, status, first_contact_at, closed_at, created_at, updated_at)
       select $1, 'P-' || n, $2, $3::timestamptz, 'Par', false, 'self', $2, 'official', false, '{threat}', 'email',
         'unknown', false, '{}', 'new', $3::timestamptz + make_interval(mins => m), $3::timestamptz + make_interval(mins => c),
         now(), now()
       from (values (1, 1, 1), (2, 5, 65)) as v(n, m, c)`,
      [organisation.id, reporter.id, new Date(pair).toISOString()],
    );
    const pairPeriod = [new Date(pair), new Date(pair + day)] as const;
    const pairFigures = await fromSql(organisation.id, ...pairPeriod);
    expect(pairFigures).toEqual(await fromRows(organisation.id, ...pairPeriod));
    expect(pairFigures.overall.toFirstContact).toEqual({ count: 2, medianHours: 0, p90Hours: 0.1 });
    expect(pairFigures.overall.toClosed).toEqual({ count: 2, medianHours: 0.5, p90Hours: 1.1 });

    const from = new Date(start);
    for (const [periodFrom, periodTo] of [
      [from, new Date(start + 61 * day)],
      [new Date(start + 10 * day), new Date(start + 20 * day)],
      [new Date(start + 10 * day + 1), new Date(start + 10 * day + 7_200_000)],
    ] as const) {
      const expected = await fromRows(organisation.id, periodFrom, periodTo);
      expect(await fromSql(organisation.id, periodFrom, periodTo)).toEqual(expected);
    }
    const all = await fromSql(organisation.id, from, new Date(start + 61 * day));
    expect(all.overall.reported).toBe(240);
    expect(Object.keys(all.byCategory)).toEqual(
      ['Ärende', 'doxxing', 'harassment', 'stalking', 'threat'].sort(),
    );
  });

  it('are what GET /api/incidents/metrics answers', async () => {
    const app = await buildTestApp(database);
    const officer = new TestClient(app);
    expect((await officer.logIn('sakerhet@exempelkommun.se', demoPassword)).statusCode).toBe(200);
    const from = new Date(now.getTime() - 365 * day);
    const response = await officer.get(
      `/api/incidents/metrics?from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(now.toISOString())}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const expected = await fromRows(demo.id, from, now);
    expect(metricsSchema.parse(response.json())).toEqual({
      from: from.toISOString(),
      to: now.toISOString(),
      overall: expected.overall,
      byCategory: Object.entries(expected.byCategory).map(([category, stats]) => ({ category, ...stats })),
    });
  });
});

/** An ISO time with microseconds, from microseconds since the epoch. */
function isoMicros(micros: bigint): string {
  const millis = micros / 1000n;
  const rest = micros % 1000n;
  return new Date(Number(millis)).toISOString().replace('Z', `${String(rest).padStart(3, '0')}Z`);
}
