import {
  defaultSmallCellMinimum,
  monthsOfYear,
  ptuChannelOf,
  ptuChannels,
  ptuChannelText,
  ptuExposureOf,
  ptuExposures,
  ptuExposureText,
  ptuPerpetratorOf,
  ptuPerpetrators,
  ptuPerpetratorText,
  startOfSwedishDay,
  suppressCrossTable,
  suppressSmallCounts,
  targetRoles,
  targetRoleText,
  type BilingualText,
  type PtuExposure,
} from '@varn/domain';
import type { Locale } from '@varn/contracts';
import type { DbOrTx } from '../../db/client';
import { countPtuGroups, type IncidentSource } from './exports.repository';
import type { Table } from './spreadsheet';

/*
 * The anonymised aggregate in Brå's PTU groups (issue 12 §2), for sharing regionally: incidents of
 * a year by kind of exposure × month, by channel, by perpetrator and by the targeted person's role,
 * every count through the small-cell rule (n < 5 hidden, and what would let a hidden one be
 * computed). No personal data, no party: counts only. Over one organisation, or over every
 * organisation of the installation (the national aggregate of the CLI).
 */

/** One published group: its words and count (null: hidden). */
export interface PtuGroup {
  readonly key: string;
  readonly label: BilingualText;
  readonly count: number | null;
}

/** The aggregate as it may be published. */
export interface PtuAggregate {
  readonly year: number;
  /** Exposure (rows) × month (columns YYYY-MM), with each row's and column's total. */
  readonly exposureByMonth: {
    readonly months: readonly string[];
    readonly rows: readonly {
      readonly key: PtuExposure;
      readonly label: BilingualText;
      readonly counts: readonly (number | null)[];
      readonly total: number | null;
    }[];
    readonly monthTotals: readonly (number | null)[];
    readonly total: number | null;
  };
  readonly byChannel: readonly PtuGroup[];
  readonly byPerpetrator: readonly PtuGroup[];
  readonly byTargetRole: readonly PtuGroup[];
}

const notStated: BilingualText = { sv: 'Ej angivet', en: 'Not stated' };

function groupsOf<K extends string>(
  order: readonly K[],
  counts: ReadonlyMap<K, number>,
  label: (key: K) => BilingualText,
): PtuGroup[] {
  const suppressed = suppressSmallCounts(order.map((key) => ({ key, count: counts.get(key) ?? 0 })));
  return suppressed.groups.map((group) => ({ key: group.key, label: label(group.key), count: group.count }));
}

/**
 * The PTU aggregate of a calendar year (Swedish time) over `source`, suppressed. The function the
 * bench times for the national aggregate (`{ kind: 'installation' }`).
 */
export async function aggregatePtu(db: DbOrTx, source: IncidentSource, year: number): Promise<PtuAggregate> {
  const rows = await countPtuGroups(
    db,
    source,
    startOfSwedishDay(`${year}-01-01`),
    startOfSwedishDay(`${year + 1}-01-01`),
  );
  const minimum = defaultSmallCellMinimum;
  const matrix = ptuExposures.map(() => Array.from({ length: 12 }, () => 0));
  const channels = new Map<(typeof ptuChannels)[number], number>();
  const perpetrators = new Map<(typeof ptuPerpetrators)[number], number>();
  const roles = new Map<string, number>();
  const add = <K>(map: Map<K, number>, key: K, count: number) => map.set(key, (map.get(key) ?? 0) + count);
  for (const row of rows) {
    if (row.dimension === 'month_categories') {
      const exposure = ptuExposures.indexOf(ptuExposureOf(row.categories ?? []));
      const line = matrix[exposure];
      if (line && row.month !== null) line[row.month - 1] = (line[row.month - 1] ?? 0) + row.count;
    } else if (row.dimension === 'channel') add(channels, ptuChannelOf(row.code), row.count);
    else if (row.dimension === 'perpetrator') add(perpetrators, ptuPerpetratorOf(row.code), row.count);
    else
      add(
        roles,
        row.code !== null && (targetRoles as readonly string[]).includes(row.code) ? row.code : '',
        row.count,
      );
  }
  const cells = suppressCrossTable(matrix, minimum);
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  // The margins are lines whose sum (the grand total) is published: the same rule on each.
  const rowTotals = suppressSmallCounts(
    matrix.map((line, index) => ({ key: index, count: sum(line) })),
    minimum,
  );
  const monthTotals = suppressSmallCounts(
    Array.from({ length: 12 }, (_unused, month) => ({
      key: month,
      count: sum(matrix.map((line) => line[month] ?? 0)),
    })),
    minimum,
  );
  const roleKeys = [...targetRoles, ''] as const;
  return {
    year,
    exposureByMonth: {
      months: monthsOfYear(year),
      rows: ptuExposures.map((key, index) => ({
        key,
        label: ptuExposureText[key],
        counts: cells[index] ?? [],
        total: rowTotals.groups[index]?.count ?? null,
      })),
      monthTotals: monthTotals.groups.map((group) => group.count),
      total: rowTotals.total,
    },
    byChannel: groupsOf(ptuChannels, channels, (key) => ptuChannelText[key]),
    byPerpetrator: groupsOf(ptuPerpetrators, perpetrators, (key) => ptuPerpetratorText[key]),
    byTargetRole: groupsOf<string>(roleKeys, roles, (key) =>
      key === '' ? notStated : (targetRoleText[key as (typeof targetRoles)[number]] ?? notStated),
    ),
  };
}

/** The text of a hidden count in a file: SCB's mark for a figure withheld. */
export const hiddenMark = 'x';

const words = {
  sv: {
    exposure: 'PTU utsatthet per månad',
    kind: 'Typ av utsatthet',
    total: 'Totalt',
    channel: 'PTU kanal',
    perpetrator: 'PTU gärningsperson',
    role: 'Den utsattes roll',
    group: 'Grupp',
    count: 'Antal',
    note: 'Anmärkning',
    noteText: `${hiddenMark} = dolt: färre än 5, eller ett antal som ett dolt kunde räknas fram ur.`,
  },
  en: {
    exposure: 'PTU exposure by month',
    kind: 'Kind of exposure',
    total: 'Total',
    channel: 'PTU channel',
    perpetrator: 'PTU perpetrator',
    role: "Targeted person's role",
    group: 'Group',
    count: 'Count',
    note: 'Note',
    noteText: `${hiddenMark} = hidden: fewer than 5, or a count from which a hidden one could be computed.`,
  },
} as const;

const shown = (count: number | null): number | string => count ?? hiddenMark;

/** The aggregate as the export's tables: exposure × month, channel, perpetrator, role, and the note. */
export function ptuTables(aggregate: PtuAggregate, locale: Locale): Table[] {
  const w = words[locale];
  const exposure = aggregate.exposureByMonth;
  const groupTable = (name: string, groups: readonly PtuGroup[]): Table => ({
    name: `${name} ${aggregate.year}`,
    header: [w.group, w.count],
    rows: groups.map((group) => [group.label[locale], shown(group.count)]),
  });
  return [
    {
      name: `${w.exposure} ${aggregate.year}`,
      header: [w.kind, ...exposure.months, w.total],
      rows: [
        ...exposure.rows.map((row) => [row.label[locale], ...row.counts.map(shown), shown(row.total)]),
        [w.total, ...exposure.monthTotals.map(shown), shown(exposure.total)],
      ],
    },
    groupTable(w.channel, aggregate.byChannel),
    groupTable(w.perpetrator, aggregate.byPerpetrator),
    groupTable(w.role, aggregate.byTargetRole),
    { name: w.note, header: [w.note], rows: [[w.noteText]] },
  ];
}
