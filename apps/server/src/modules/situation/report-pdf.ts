import PDFDocument from 'pdfkit';
import { pdfFonts } from '../../lib/pdf-fonts';
import {
  formatCalendarDate,
  formatSwedishDateTime,
  isNationalThreatLevel,
  nationalThreatLevelText,
  severityText,
  situationLevelText,
} from '@varn/domain';
import type { Locale, Situation, Trend } from '@varn/contracts';

/*
 * The dated lägesbild report for the council and management (issue 12 §2): the overall level and
 * the written assessment, the national threat level, the election countdown, the "now" figures,
 * the key figures against their baselines and targets, and two charts (incidents by month against
 * the comparison year with the election period marked; PTU kinds of exposure), each with its
 * numbers as a table. It is given the aggregate lägesbild (small cells hidden, no names or titles)
 * and prints no name even if handed one. DejaVu Sans embedded, as the other PDFs: å, ä, ö, – and ≥.
 */

const fonts = pdfFonts;

const labels = {
  sv: {
    heading: 'Lägesbild',
    date: 'Datum',
    partyScope: 'Partiets siffror',
    level: 'Samlad bedömning',
    assessedOn: 'bedömd',
    noAssessment: 'Säkerhetsfunktionen har inte gjort någon samlad bedömning.',
    stale: 'Bedömningen är äldre än 30 dagar.',
    threat: 'Nationell terrorhotnivå (Säkerhetspolisen)',
    since: 'sedan',
    threatUnknown: 'Inte registrerad.',
    election: 'Nästa allmänna val',
    days: 'dagar kvar',
    now: 'Just nu',
    open: 'Öppna ärenden',
    unassessed: 'Ej bedömd',
    newIncidents: 'Nya händelser senaste veckan',
    newSignals: 'Nya signaler senaste veckan',
    overdue: 'Försenade åtgärder',
    policeDue: 'Polisanmälningar utan statusuppdatering',
    meetings: 'Möten kommande dagar',
    matters: 'Ärenden med hög risk eller hög komplexitet',
    kpis: 'Nyckeltal',
    figure: 'Nyckeltal',
    value: 'Värde',
    comment: 'Jämförelse',
    policeRate: 'Polisanmälda hot',
    baseline: 'nationellt',
    target: 'mål',
    repeat: 'Upprepad utsatthet',
    firstContact: 'Tid till första kontakt (median / 90:e percentil)',
    toClosed: 'Tid till avslut (median / 90:e percentil)',
    hours: 'tim',
    plans: 'Möten med färdig säkerhetsplan',
    screened: 'Ärenden som screenats',
    contacts: 'Partier med säkerhetskontakt',
    endorsement: 'Partier som ställt sig bakom riktlinjerna',
    training: 'Utbildade i grundutbildningen',
    monthly: 'Händelser per månad',
    electionPeriod: 'valperiod',
    month: 'Månad',
    ptu: 'Händelser per typ av utsatthet (PTU)',
    group: 'Typ',
    total: 'Totalt',
    hidden: 'dolt',
    footnote:
      '«dolt»: antal under 5 visas inte, inte heller antal som ett dolt antal kunde räknas fram ur (skydd mot att enskilda kan pekas ut). Rapporten innehåller inga namn på personer, ärenden, möten eller beslutsärenden.',
    page: 'Sida',
    of: 'av',
    printed: 'Utskriven',
  },
  en: {
    heading: 'Situation report',
    date: 'Date',
    partyScope: "The party's figures",
    level: 'Overall assessment',
    assessedOn: 'assessed',
    noAssessment: 'The security unit has not made an overall assessment.',
    stale: 'The assessment is older than 30 days.',
    threat: 'National terror threat level (Swedish Security Service)',
    since: 'since',
    threatUnknown: 'Not recorded.',
    election: 'Next general election',
    days: 'days to go',
    now: 'Now',
    open: 'Open cases',
    unassessed: 'Not assessed',
    newIncidents: 'New incidents in the last week',
    newSignals: 'New signals in the last week',
    overdue: 'Overdue measures',
    policeDue: 'Police reports without a status update',
    meetings: 'Meetings in the coming days',
    matters: 'Matters of high risk or high complexity',
    kpis: 'Key figures',
    figure: 'Key figure',
    value: 'Value',
    comment: 'Comparison',
    policeRate: 'Threats reported to the police',
    baseline: 'nationally',
    target: 'target',
    repeat: 'Repeat victimisation',
    firstContact: 'Time to first contact (median / 90th percentile)',
    toClosed: 'Time to closing (median / 90th percentile)',
    hours: 'h',
    plans: 'Meetings with a finished security plan',
    screened: 'Matters screened',
    contacts: 'Parties with a security contact',
    endorsement: 'Parties endorsing the guidelines',
    training: 'Trained in the basic course',
    monthly: 'Incidents by month',
    electionPeriod: 'election period',
    month: 'Month',
    ptu: 'Incidents by kind of exposure (PTU)',
    group: 'Kind',
    total: 'Total',
    hidden: 'hidden',
    footnote:
      '“hidden”: counts below 5 are not shown, nor counts from which a hidden one could be computed (so that no one can be singled out). The report names no persons, cases, meetings or matters.',
    page: 'Page',
    of: 'of',
    printed: 'Printed',
  },
} as const;

const monthNames = {
  sv: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
} as const;

const colours = { current: '#1f5f8b', comparison: '#9bb7cc', election: '#f3e3c3', text: '#1f2a33' };

/** What the report shows. */
export interface SituationReportInput {
  /** The aggregate (or a party's) lägesbild: hidden counts are null. */
  readonly situation: Situation;
  readonly organisationName: string;
  readonly locale: Locale;
  readonly printedAt: Date;
}

/** Renders the report; resolves with the PDF's bytes. */
export async function renderSituationReportPdf(input: SituationReportInput): Promise<Buffer> {
  const { situation, locale } = input;
  const l = labels[locale];
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    bufferPages: true,
    lang: locale === 'en' ? 'en-GB' : 'sv-SE',
    info: { Title: `${l.heading} ${situation.today}`, Author: input.organisationName },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottomLimit = () => doc.page.height - doc.page.margins.bottom;
  const ensureSpace = (height: number) => {
    if (doc.y + height > bottomLimit()) doc.addPage();
  };

  const count = (value: number | null): string => (value === null ? l.hidden : String(value));
  const percent = (rate: number | null): string => (rate === null ? l.hidden : `${Math.round(rate * 100)} %`);
  const hours = (value: number | null): string =>
    value === null
      ? l.hidden
      : `${Math.round(value * 10) / 10} ${l.hours}`.replace('.', locale === 'sv' ? ',' : '.');
  const heading = (text: string, size = 13): void => {
    ensureSpace(60);
    doc.moveDown(0.8).font('bold').fontSize(size).fillColor(colours.text).text(text, left, doc.y, { width });
    doc.moveDown(0.3).font('regular').fontSize(10).fillColor('#000000');
  };
  const line = (label: string, value: string): void => {
    ensureSpace(16);
    doc
      .font('bold')
      .fontSize(10)
      .fillColor('#000000')
      .text(`${label}: `, left, doc.y, { continued: true, width });
    doc.font('regular').text(value);
  };
  /** A table of rows of cells, the first column wide. */
  const table = (header: readonly string[], rows: readonly (readonly string[])[], firstWidth = 0.5): void => {
    const rest = header.length > 1 ? (width * (1 - firstWidth)) / (header.length - 1) : 0;
    const columnX = (index: number) => (index === 0 ? left : left + width * firstWidth + rest * (index - 1));
    const columnWidth = (index: number) => (index === 0 ? width * firstWidth - 4 : rest - 4);
    const drawRow = (cells: readonly string[], bold: boolean) => {
      const heights = cells.map((cell, index) =>
        doc
          .font(bold ? 'bold' : 'regular')
          .fontSize(9)
          .heightOfString(cell, { width: columnWidth(index) }),
      );
      const height = Math.max(...heights, 11) + 3;
      ensureSpace(height);
      const y = doc.y;
      cells.forEach((cell, index) => {
        doc
          .font(bold ? 'bold' : 'regular')
          .fontSize(9)
          .fillColor('#000000')
          .text(cell, columnX(index), y, {
            width: columnWidth(index),
            align: index === 0 ? 'left' : 'right',
          });
      });
      doc
        .moveTo(left, y + height - 1)
        .lineTo(left + width, y + height - 1)
        .lineWidth(0.3)
        .strokeColor('#bbbbbb')
        .stroke();
      doc.x = left;
      doc.y = y + height;
    };
    drawRow(header, true);
    for (const row of rows) drawRow(row, false);
    doc.moveDown(0.3);
  };

  // Head: organisation, title, date, whose figures.
  doc.font('bold').fontSize(10).fillColor('#555555').text(input.organisationName, left, doc.y, { width });
  doc.font('bold').fontSize(20).fillColor(colours.text).text(`${l.heading} ${situation.year}`, { width });
  doc.moveDown(0.3);
  line(l.date, `${formatCalendarDate(situation.today, locale)} (${situation.today})`);
  if (situation.scope === 'party' && situation.party) line(l.partyScope, situation.party.name);

  // The unit's overall level and its words.
  heading(l.level);
  const assessment = situation.assessment;
  if (assessment) {
    doc.font('bold').fontSize(14).text(situationLevelText[assessment.level][locale], left, doc.y, { width });
    doc
      .font('regular')
      .fontSize(9)
      .fillColor('#555555')
      .text(
        `${l.assessedOn} ${formatCalendarDate(assessment.assessedAt.slice(0, 10), locale)}${assessment.stale ? ` · ${l.stale}` : ''}`,
        { width },
      );
    doc.moveDown(0.3).fontSize(10).fillColor('#000000').text(assessment.text, left, doc.y, { width });
  } else doc.text(l.noAssessment, left, doc.y, { width });
  doc.moveDown(0.5);
  const threat = situation.threatLevel;
  line(
    l.threat,
    threat && isNationalThreatLevel(threat.level)
      ? `${threat.level} – ${nationalThreatLevelText[threat.level][locale]} (${l.since} ${formatCalendarDate(threat.changedOn, locale)})`
      : l.threatUnknown,
  );
  line(
    l.election,
    `${formatCalendarDate(situation.election.date, locale)}, ${situation.election.daysUntil} ${l.days}`,
  );

  // Now.
  const now = situation.now;
  heading(l.now);
  table(
    [l.figure, l.value],
    [
      [l.open, count(now.openTotal)],
      ...now.openBySeverity.map((entry) => [
        `   ${entry.severity === 'unassessed' ? l.unassessed : severityText[entry.severity][locale]}`,
        count(entry.count),
      ]),
      [l.newIncidents, count(now.newIncidentsThisWeek)],
      [l.newSignals, count(now.newSignalsThisWeek)],
      [l.overdue, count(now.overdueMeasures)],
      [l.policeDue, count(now.policeUpdatesDue)],
      ...(now.meetings ? [[`${l.meetings} (${now.meetings.days})`, count(now.meetings.total)]] : []),
      ...(now.matters ? [[l.matters, count(now.matters.highOrComplex)]] : []),
    ],
    0.7,
  );

  // Key figures against their baselines and targets.
  const kpis = situation.kpis;
  const shareText = (share: { part: number | null; whole: number | null; rate: number | null }) =>
    share.rate === null ? l.hidden : `${percent(share.rate)} (${count(share.part)}/${count(share.whole)})`;
  const shareRow = (label: string, share: Parameters<typeof shareText>[0] | null): string[][] =>
    share === null ? [] : [[label, shareText(share), '']];
  heading(`${l.kpis} ${situation.year}`);
  table(
    [l.figure, l.value, l.comment],
    [
      [
        l.policeRate,
        shareText(kpis.policeReportRate),
        `${l.baseline} ${Math.round(kpis.policeReportRate.baseline.low * 100)}–${Math.round(kpis.policeReportRate.baseline.high * 100)} %, ${l.target} ${Math.round(kpis.policeReportRate.target * 100)} %`,
      ],
      ...shareRow(l.repeat, kpis.repeatVictimisation),
      [
        l.firstContact,
        `${hours(kpis.handlingTimes.toFirstContact.medianHours)} / ${hours(kpis.handlingTimes.toFirstContact.p90Hours)}`,
        '',
      ],
      [
        l.toClosed,
        `${hours(kpis.handlingTimes.toClosed.medianHours)} / ${hours(kpis.handlingTimes.toClosed.p90Hours)}`,
        '',
      ],
      ...shareRow(l.plans, kpis.meetingsWithFinishedPlan),
      ...shareRow(l.screened, kpis.mattersScreened),
      ...shareRow(l.contacts, kpis.partiesWithContact),
      ...shareRow(l.endorsement, kpis.partiesWithEndorsement),
      ...shareRow(l.training, kpis.trainingCoverage),
    ],
    0.45,
  );

  // Chart 1: incidents by month, this year beside the comparison year, election months shaded.
  const trends = situation.trends;
  doc.addPage();
  heading(`${l.monthly} ${trends.year} / ${trends.comparisonYear}`);
  drawBars(doc, {
    left,
    top: doc.y + 4,
    width,
    height: 160,
    groups: trends.byMonth.groups.map((group, index) => ({
      label: monthNames[locale][index] ?? group.key,
      values: [group.count, group.comparison],
      marked: trends.electionMonths.includes(group.key),
    })),
    legend: [
      String(trends.year),
      String(trends.comparisonYear),
      trends.electionMonths.length > 0 ? l.electionPeriod : null,
    ],
  });
  doc.x = left;
  doc.moveDown(0.5);
  table(
    [l.month, String(trends.year), String(trends.comparisonYear)],
    trendRows(trends.byMonth, (group, index) => {
      const name = monthNames[locale][index] ?? group.key;
      return trends.electionMonths.includes(group.key) ? `${name} (${l.electionPeriod})` : name;
    }),
    0.4,
  );

  // Chart 2: PTU kinds of exposure.
  heading(`${l.ptu} ${trends.year}`);
  ensureSpace(180);
  drawBars(doc, {
    left,
    top: doc.y + 4,
    width,
    height: 140,
    groups: trends.byPtuExposure.groups.map((group) => ({
      label: group.label[locale],
      values: [group.count, group.comparison],
      marked: false,
    })),
    legend: [String(trends.year), String(trends.comparisonYear), null],
  });
  doc.x = left;
  doc.moveDown(0.5);
  table(
    [l.group, String(trends.year), String(trends.comparisonYear)],
    trendRows(trends.byPtuExposure, (group) => group.label[locale]),
    0.5,
  );

  function trendRows(
    trend: Trend,
    name: (group: Trend['groups'][number], index: number) => string,
  ): string[][] {
    return [
      ...trend.groups.map((group, index) => [
        name(group, index),
        count(group.count),
        count(group.comparison),
      ]),
      [l.total, count(trend.total), count(trend.comparisonTotal)],
    ];
  }

  doc.moveDown(0.8);
  ensureSpace(40);
  doc.font('regular').fontSize(8).fillColor('#555555').text(l.footnote, left, doc.y, { width });

  // Footer on every page: organisation, date printed, page x of n.
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const bottom = doc.page.height - doc.page.margins.bottom + 24;
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(8)
      .fillColor('#555555')
      .text(
        `${input.organisationName} · ${l.heading} ${situation.today} · ${l.printed} ${formatSwedishDateTime(input.printedAt, locale)} · ${l.page} ${index + 1} ${l.of} ${range.count}`,
        left,
        bottom,
        { width, align: 'center', lineBreak: false },
      );
  }
  doc.end();
  return await done;
}

/** A grouped bar chart in vector graphics: two bars a group (null: hidden, drawn as a dash). */
function drawBars(
  doc: PDFKit.PDFDocument,
  chart: {
    left: number;
    top: number;
    width: number;
    height: number;
    groups: readonly { label: string; values: readonly [number | null, number | null]; marked: boolean }[];
    legend: readonly [string, string, string | null];
  },
): void {
  const axis = 24;
  const labelHeight = 28;
  const plotLeft = chart.left + axis;
  const plotWidth = chart.width - axis;
  const plotHeight = chart.height - labelHeight - 14;
  const plotTop = chart.top + 14;
  const baseY = plotTop + plotHeight;
  const max = Math.max(1, ...chart.groups.flatMap((group) => group.values.map((value) => value ?? 0)));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const slot = plotWidth / Math.max(1, chart.groups.length);
  const barWidth = Math.min(14, (slot - 6) / 2);

  // Legend.
  let legendX = chart.left;
  const legendItem = (colour: string, text: string) => {
    doc.rect(legendX, chart.top, 8, 8).fill(colour);
    doc
      .font('regular')
      .fontSize(8)
      .fillColor('#000000')
      .text(text, legendX + 11, chart.top - 1, { lineBreak: false });
    legendX += 11 + doc.widthOfString(text) + 14;
  };
  legendItem(colours.current, chart.legend[0]);
  legendItem(colours.comparison, chart.legend[1]);
  if (chart.legend[2]) legendItem(colours.election, chart.legend[2]);

  // Election months, behind the bars.
  chart.groups.forEach((group, index) => {
    if (group.marked) doc.rect(plotLeft + slot * index, plotTop, slot, plotHeight).fill(colours.election);
  });
  // Grid and scale.
  for (let value = 0; value <= top; value += step) {
    const y = baseY - (value / top) * plotHeight;
    doc
      .moveTo(plotLeft, y)
      .lineTo(plotLeft + plotWidth, y)
      .lineWidth(0.3)
      .strokeColor('#cccccc')
      .stroke();
    doc
      .font('regular')
      .fontSize(7)
      .fillColor('#555555')
      .text(String(value), chart.left, y - 4, { width: axis - 4, align: 'right', lineBreak: false });
  }
  // Bars.
  chart.groups.forEach((group, index) => {
    const x = plotLeft + slot * index + (slot - barWidth * 2) / 2;
    group.values.forEach((value, which) => {
      const barX = x + which * barWidth;
      if (value === null) {
        doc
          .moveTo(barX + 2, baseY - 3)
          .lineTo(barX + barWidth - 2, baseY - 3)
          .lineWidth(1)
          .strokeColor('#777777')
          .stroke();
        return;
      }
      const barHeight = (value / top) * plotHeight;
      if (barHeight > 0)
        doc
          .rect(barX, baseY - barHeight, barWidth - 1, barHeight)
          .fill(which === 0 ? colours.current : colours.comparison);
    });
    doc
      .font('regular')
      .fontSize(7)
      .fillColor('#000000')
      .text(group.label, plotLeft + slot * index, baseY + 3, {
        width: slot,
        align: 'center',
        height: labelHeight,
        ellipsis: true,
      });
  });
  doc
    .moveTo(plotLeft, baseY)
    .lineTo(plotLeft + plotWidth, baseY)
    .lineWidth(0.8)
    .strokeColor('#333333')
    .stroke();
  doc.y = chart.top + chart.height;
}

/** A round step for the scale: 1, 2 or 5 × a power of ten, about five lines. */
function niceStep(max: number): number {
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(Math.max(rough, 1)));
  for (const factor of [1, 2, 5, 10]) if (factor * power >= rough) return factor * power;
  return 10 * power;
}
