import {
  Action,
  AuditAction,
  severityText,
  situationScope,
  swedishDate,
  targetRoleText,
  type BilingualText,
  type IncidentStatus,
  type PoliceReportStatus,
} from '@varn/domain';
import type {
  IncidentExportQuery,
  Locale,
  Situation,
  SituationExportQuery,
  SituationReportQuery,
  Trend,
  TrendKey,
} from '@varn/contracts';
import { trendKeys } from '@varn/contracts';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { AppError, ruleViolation } from '../../lib/errors';
import { audit } from '../audit';
import { findOrganisationById } from '../organisations';
import { findTaxonomyLabels } from '../taxonomy';
import { countIncidentsReported, findIncidentsForExport, type IncidentSource } from './exports.repository';
import { aggregatePtu, hiddenMark, ptuTables } from './ptu-aggregate';
import { renderSituationReportPdf } from './report-pdf';
import { buildSituation, type BuildScope } from './situation.service';
import { writeExport, type Cell, type ExportFile, type Table } from './spreadsheet';

/*
 * The lägesbild's report and exports (issue 12 §2): the dated PDF for the council (always the
 * aggregate version: it goes to a public body), the key figures and trends as CSV/XLSX in the
 * reader's scope, the anonymised PTU aggregate, and the security unit's incident list. Each is
 * authorized by the one policy and audited.
 */

/** A downloadable file with its name. */
export interface NamedFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly content: Buffer;
}

/** The longest period of one incident export (days): five years. */
export const maxIncidentExportDays = 5 * 366;
/** The most incidents one export lists. */
export const maxIncidentExportRows = 100_000;

const situationResource = (caller: Caller) =>
  ({ type: 'situation', organisationId: caller.organisationId }) as const;

/** The export's scope: the caller's lägesbild (403 for a role that reads none). */
function exportScope(caller: Caller, action: Action): BuildScope {
  authorizeOrThrow(caller, action, situationResource(caller));
  const scope = situationScope(caller);
  if (scope.kind === 'none') throw new AppError('forbidden');
  return scope;
}

const words = {
  sv: {
    keyFigures: 'Nyckeltal',
    figure: 'Nyckeltal',
    part: 'Antal',
    whole: 'Av',
    rate: 'Andel (%)',
    median: 'Median (timmar)',
    p90: '90:e percentil (timmar)',
    group: 'Grupp',
    year: 'År',
    policeReportRate: 'Polisanmälda hot',
    repeatVictimisation: 'Upprepad utsatthet',
    toFirstContact: 'Tid till första kontakt',
    toAssessed: 'Tid till bedömning',
    toClosed: 'Tid till avslut',
    meetingsWithFinishedPlan: 'Möten med färdig säkerhetsplan',
    mattersScreened: 'Ärenden som screenats',
    partiesWithContact: 'Partier med säkerhetskontakt',
    partiesWithEndorsement: 'Partier som ställt sig bakom riktlinjerna',
    trainingCoverage: 'Utbildade i grundutbildningen',
    note: 'Anmärkning',
    noteText: `${hiddenMark} = dolt: färre än 5, eller ett antal som ett dolt kunde räknas fram ur.`,
    trends: {
      byMonth: 'Per månad',
      byCategory: 'Per kategori',
      byChannel: 'Per kanal',
      byPerpetrator: 'Per gärningsperson',
      byTargetRole: 'Per roll',
      byPtuExposure: 'PTU utsatthet',
      byPtuChannel: 'PTU kanal',
      byPtuPerpetrator: 'PTU gärningsperson',
    },
    total: 'Totalt',
  },
  en: {
    keyFigures: 'Key figures',
    figure: 'Key figure',
    part: 'Count',
    whole: 'Of',
    rate: 'Share (%)',
    median: 'Median (hours)',
    p90: '90th percentile (hours)',
    group: 'Group',
    year: 'Year',
    policeReportRate: 'Threats reported to the police',
    repeatVictimisation: 'Repeat victimisation',
    toFirstContact: 'Time to first contact',
    toAssessed: 'Time to assessment',
    toClosed: 'Time to closing',
    meetingsWithFinishedPlan: 'Meetings with a finished security plan',
    mattersScreened: 'Matters screened',
    partiesWithContact: 'Parties with a security contact',
    partiesWithEndorsement: 'Parties endorsing the guidelines',
    trainingCoverage: 'Trained in the basic course',
    note: 'Note',
    noteText: `${hiddenMark} = hidden: fewer than 5, or a count from which a hidden one could be computed.`,
    trends: {
      byMonth: 'By month',
      byCategory: 'By category',
      byChannel: 'By channel',
      byPerpetrator: 'By perpetrator',
      byTargetRole: 'By role',
      byPtuExposure: 'PTU exposure',
      byPtuChannel: 'PTU channel',
      byPtuPerpetrator: 'PTU perpetrator',
    },
    total: 'Total',
  },
} as const satisfies Record<Locale, { trends: Record<TrendKey, string> } & Record<string, unknown>>;

/** A count in a file: the number, or the hidden mark. */
const countCell = (count: number | null): Cell => count ?? hiddenMark;
const percentCell = (rate: number | null): Cell => (rate === null ? null : Math.round(rate * 1000) / 10);
const hoursCell = (hours: number | null): Cell => (hours === null ? null : Math.round(hours * 10) / 10);

/** The key figures and every trend of a lägesbild as tables (one per trend). */
export function situationTables(situation: Situation, locale: Locale): Table[] {
  const w = words[locale];
  const { kpis, trends } = situation;
  const shares: [string, Situation['kpis']['trainingCoverage'] | null][] = [
    [w.policeReportRate, kpis.policeReportRate],
    [w.repeatVictimisation, kpis.repeatVictimisation],
    [w.meetingsWithFinishedPlan, kpis.meetingsWithFinishedPlan],
    [w.mattersScreened, kpis.mattersScreened],
    [w.partiesWithContact, kpis.partiesWithContact],
    [w.partiesWithEndorsement, kpis.partiesWithEndorsement],
    [w.trainingCoverage, kpis.trainingCoverage],
  ];
  const durations = [
    [w.toFirstContact, kpis.handlingTimes.toFirstContact],
    [w.toAssessed, kpis.handlingTimes.toAssessed],
    [w.toClosed, kpis.handlingTimes.toClosed],
  ] as const;
  const keyFigures: Table = {
    name: `${w.keyFigures} ${situation.year}`,
    header: [w.figure, w.part, w.whole, w.rate, w.median, w.p90],
    rows: [
      ...shares.flatMap(([name, share]): Cell[][] =>
        share === null
          ? []
          : [[name, countCell(share.part), countCell(share.whole), percentCell(share.rate), null, null]],
      ),
      ...durations.map(([name, duration]): Cell[] => [
        name,
        countCell(duration.count),
        null,
        null,
        hoursCell(duration.medianHours),
        hoursCell(duration.p90Hours),
      ]),
    ],
  };
  const trendTable = (key: TrendKey, trend: Trend): Table => ({
    name: w.trends[key],
    header: [w.group, String(trends.year), String(trends.comparisonYear)],
    rows: [
      ...trend.groups.map((group): Cell[] => [
        group.label[locale],
        countCell(group.count),
        countCell(group.comparison),
      ]),
      [w.total, countCell(trend.total), countCell(trend.comparisonTotal)],
    ],
  });
  const tables = [keyFigures, ...trendKeys.map((key) => trendTable(key, trends[key]))];
  return situation.scope === 'full'
    ? tables
    : [...tables, { name: w.note, header: [w.note], rows: [[w.noteText]] }];
}

async function organisationNameOf(ctx: AppContext, organisationId: string): Promise<string> {
  return (await findOrganisationById(ctx.db, organisationId))?.name ?? '';
}

/**
 * `GET /api/situation/report`: the dated PDF report for the council. Always the aggregate version
 * (small cells hidden, no names or titles), even for the security unit — it goes to a public body;
 * a party contact's is their party's aggregates. Audited.
 */
export async function reportSituation(
  ctx: AppContext,
  caller: Caller,
  query: SituationReportQuery,
): Promise<NamedFile> {
  const readerScope = exportScope(caller, Action.SituationExport);
  const scope: BuildScope = readerScope.kind === 'party' ? readerScope : { kind: 'aggregate' };
  const now = ctx.clock();
  const locale = query.lang ?? caller.locale;
  const situation = await buildSituation(ctx, caller.organisationId, scope, query.year, now);
  const organisationName = await organisationNameOf(ctx, caller.organisationId);
  await ctx.db.transaction(async (tx) =>
    audit(tx, caller, now, {
      action: AuditAction.SituationExport,
      recordType: 'situation',
      details: { file: 'report', format: 'pdf', scope: scope.kind, year: situation.year },
    }),
  );
  const content = await renderSituationReportPdf({ situation, organisationName, locale, printedAt: now });
  return {
    fileName: `${locale === 'sv' ? 'lagesbild' : 'situation'}-${swedishDate(now)}.pdf`,
    contentType: 'application/pdf',
    content,
  };
}

/** `GET /api/situation/export`: the key figures and every trend in the caller's scope; audited. */
export async function exportSituation(
  ctx: AppContext,
  caller: Caller,
  query: SituationExportQuery,
): Promise<NamedFile> {
  const scope = exportScope(caller, Action.SituationExport);
  const now = ctx.clock();
  const situation = await buildSituation(ctx, caller.organisationId, scope, query.year, now);
  await ctx.db.transaction(async (tx) =>
    audit(tx, caller, now, {
      action: AuditAction.SituationExport,
      recordType: 'situation',
      details: { file: 'figures', format: query.format, scope: scope.kind, year: situation.year },
    }),
  );
  const file = await writeExport(query.format, situationTables(situation, query.lang ?? caller.locale));
  return named(
    file,
    `${(query.lang ?? caller.locale) === 'sv' ? 'lagesbild' : 'situation'}-${situation.year}`,
  );
}

function named(file: ExportFile, base: string): NamedFile {
  return { fileName: `${base}.${file.extension}`, contentType: file.contentType, content: file.content };
}

/**
 * `GET /api/situation/ptu-export`: the anonymised PTU aggregate of a year, always suppressed; the
 * organisation's, or a party contact's party's (their lägesbild's scope). Audited.
 */
export async function exportPtu(
  ctx: AppContext,
  caller: Caller,
  query: SituationExportQuery,
): Promise<NamedFile> {
  const scope = exportScope(caller, Action.SituationExport);
  const now = ctx.clock();
  const year = query.year ?? Number(swedishDate(now).slice(0, 4));
  const source: IncidentSource = {
    kind: 'organisation',
    organisationId: caller.organisationId,
    partyId: scope.kind === 'party' ? scope.partyId : null,
  };
  const aggregate = await aggregatePtu(ctx.db, source, year);
  await ctx.db.transaction(async (tx) =>
    audit(tx, caller, now, {
      action: AuditAction.SituationExport,
      recordType: 'situation',
      details: { file: 'ptu', format: query.format, scope: scope.kind, year },
    }),
  );
  const file = await writeExport(query.format, ptuTables(aggregate, query.lang ?? caller.locale));
  return named(file, `ptu-${year}`);
}

const incidentStatusText: Readonly<Record<IncidentStatus, BilingualText>> = {
  new: { sv: 'Ny', en: 'New' },
  triaged: { sv: 'Triagerad', en: 'Triaged' },
  assessing: { sv: 'Under bedömning', en: 'Being assessed' },
  measures: { sv: 'Åtgärder pågår', en: 'Measures in progress' },
  follow_up: { sv: 'Uppföljning', en: 'Follow-up' },
  closed: { sv: 'Avslutad', en: 'Closed' },
  dormant: { sv: 'Vilande', en: 'Dormant' },
  reopened: { sv: 'Återöppnad', en: 'Reopened' },
};

const policeStatusText: Readonly<Record<PoliceReportStatus, BilingualText>> = {
  reported: { sv: 'Anmäld', en: 'Reported' },
  under_investigation: { sv: 'Under utredning', en: 'Under investigation' },
  closed: { sv: 'Nedlagd', en: 'Investigation closed' },
  prosecuted: { sv: 'Åtal väckt', en: 'Prosecuted' },
  judgment: { sv: 'Dom', en: 'Judgment' },
};

/** A time as spreadsheets read it: "2026-11-27 10:00", Swedish time. */
const spreadsheetTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  dateStyle: 'short',
  timeStyle: 'short',
});

const incidentHeader = {
  sv: [
    'Referens',
    'Rapporterad',
    'Kategorier',
    'Kanal',
    'Gärningsperson',
    'Den utsattes roll',
    'Allvarlighetsgrad',
    'Status',
    'Handläggare',
    'Polisanmälan',
    'Avslutad',
  ],
  en: [
    'Reference',
    'Reported at',
    'Categories',
    'Channel',
    'Perpetrator',
    "Targeted person's role",
    'Severity',
    'Status',
    'Handler',
    'Police report',
    'Closed at',
  ],
} as const;

/**
 * `GET /api/incidents/export` (security unit): the incidents reported in a period, without
 * descriptions or the names of targeted persons; at most five years and 100 000 rows (422
 * otherwise). Audited with the count.
 */
export async function exportIncidents(
  ctx: AppContext,
  caller: Caller,
  query: IncidentExportQuery,
): Promise<NamedFile> {
  authorizeOrThrow(caller, Action.IncidentExport, situationResource(caller));
  const from = new Date(query.from);
  const to = new Date(query.to);
  const locale = query.lang ?? caller.locale;
  if (to.getTime() - from.getTime() > maxIncidentExportDays * 86_400_000)
    throw ruleViolation({
      to: {
        sv: 'Perioden får vara högst fem år. Dela upp exporten.',
        en: 'The period may be at most five years. Split the export.',
      },
    });
  const count = await countIncidentsReported(ctx.db, caller.organisationId, from, to);
  if (count > maxIncidentExportRows)
    throw ruleViolation({
      to: {
        sv: `Perioden har ${count} händelser; en export får ha högst ${maxIncidentExportRows}. Välj en kortare period.`,
        en: `The period has ${count} incidents; an export may have at most ${maxIncidentExportRows}. Choose a shorter period.`,
      },
    });
  const rows = await findIncidentsForExport(ctx.db, caller.organisationId, from, to, maxIncidentExportRows);
  const labels = new Map(
    (await findTaxonomyLabels(ctx.db, caller.organisationId)).map((entry) => [
      `${entry.kind}:${entry.code}`,
      entry[locale],
    ]),
  );
  const label = (kind: string, code: string | null): Cell =>
    code === null ? null : (labels.get(`${kind}:${code}`) ?? code);
  const at = (date: Date | null): Cell => (date === null ? null : spreadsheetTime.format(date));
  const table: Table = {
    name: locale === 'sv' ? 'Händelser' : 'Incidents',
    header: incidentHeader[locale],
    rows: rows.map((row): Cell[] => [
      row.reference,
      at(row.reportedAt),
      row.categories.map((code) => label('category', code) ?? code).join(', '),
      label('channel', row.channel),
      label('perpetrator_type', row.perpetratorType),
      row.targetRole === null ? null : targetRoleText[row.targetRole][locale],
      row.severity === null ? null : severityText[row.severity][locale],
      incidentStatusText[row.status][locale],
      row.handlerName,
      row.policeReportStatus === null ? null : policeStatusText[row.policeReportStatus][locale],
      at(row.closedAt),
    ]),
  };
  await ctx.db.transaction(async (tx) =>
    audit(tx, caller, ctx.clock(), {
      action: AuditAction.IncidentExport,
      recordType: 'incident',
      details: { format: query.format, from: query.from, to: query.to, count: rows.length },
    }),
  );
  const file = await writeExport(query.format, [table]);
  return named(
    file,
    `${locale === 'sv' ? 'handelser' : 'incidents'}-${swedishDate(from)}-${swedishDate(new Date(to.getTime() - 1))}`,
  );
}
