import PDFDocument from 'pdfkit';
import { pdfFonts } from '../../lib/pdf-fonts';
import {
  complexityLevels,
  formatCalendarDate,
  formatSwedishDateTime,
  complexityLevelText,
  riskLevels,
  riskLevelText,
  step3AnswerText,
  type BilingualText,
  type MeasureStatus,
  type ParticipantFunction,
  type RiskguideTemplate,
} from '@varn/domain';
import type { Assessment, Locale } from '@varn/contracts';

/*
 * The PDF export of a finished assessment (issue 4 §6): the matter, participants, answers, the
 * result with its reasons, the matrix with the cell marked (and said in words), the measures, the
 * organisation's name and the template version. PDFKit with DejaVu Sans embedded (TrueType from the
 * `dejavu-fonts-ttf` package): the standard PDF fonts cannot show every character of our texts
 * (≥, –, names in other scripts), DejaVu can, and it is subset into the file.
 */

const fonts = pdfFonts;

const labels = {
  sv: {
    heading: 'Riskbedömning av ärende',
    matter: 'Ärende',
    diaryNumber: 'Diarienummer',
    body: 'Beslutande organ',
    decisionDate: 'Beslutsdatum',
    template: 'Mall',
    version: 'version',
    signed: 'Avslutad och signerad',
    by: 'av',
    participants: 'Deltagare',
    step2: 'Steg 2 – fördjupad bedömning',
    step3: 'Steg 3 – konfliktnivå och komplexitet',
    conflict: 'Konflikt',
    complexity: 'Komplexitet',
    comment: 'Kommentar',
    result: 'Resultat',
    level: 'Risknivå',
    why: 'Varför',
    noReason: 'Inget villkor för en högre nivå är uppfyllt.',
    step3Recommended: 'Steg 3 rekommenderas',
    step3NotRecommended: 'Steg 3 rekommenderas inte.',
    step3NotDone: 'Steg 3 är inte gjort.',
    conflictLevel: 'Konfliktnivå',
    glasl: 'Glasls trappa, steg',
    complexityLevel: 'Komplexitet',
    matrix: 'Matris (rader: komplexitet, kolumner: konfliktnivå)',
    marked: 'Markerad ruta',
    measures: 'Åtgärder',
    proposed: 'Föreslagna för rutan',
    chosen: 'Valda åtgärder som följs upp',
    chosenMark: 'vald',
    owner: 'Ansvarig',
    due: 'Klart senast',
    none: 'Inga.',
    page: 'Sida',
    of: 'av',
    exported: 'Utskriven',
    functions: {
      security: 'Säkerhet',
      communications: 'Kommunikation',
      committee: 'Nämnden',
      other: 'Annan',
    },
    statuses: { planned: 'planerad', in_progress: 'pågår', done: 'klar', cancelled: 'avbruten' },
  },
  en: {
    heading: 'Risk assessment of a matter',
    matter: 'Matter',
    diaryNumber: 'Diary number',
    body: 'Deciding body',
    decisionDate: 'Decision date',
    template: 'Template',
    version: 'version',
    signed: 'Finished and signed',
    by: 'by',
    participants: 'Participants',
    step2: 'Step 2 – deeper assessment',
    step3: 'Step 3 – conflict level and complexity',
    conflict: 'Conflict',
    complexity: 'Complexity',
    comment: 'Comment',
    result: 'Result',
    level: 'Risk level',
    why: 'Why',
    noReason: 'No condition for a higher level is met.',
    step3Recommended: 'Step 3 is recommended',
    step3NotRecommended: 'Step 3 is not recommended.',
    step3NotDone: 'Step 3 was not done.',
    conflictLevel: 'Conflict level',
    glasl: "Glasl's steps",
    complexityLevel: 'Complexity',
    matrix: 'Matrix (rows: complexity, columns: conflict level)',
    marked: 'Marked cell',
    measures: 'Measures',
    proposed: 'Proposed for the cell',
    chosen: 'Chosen measures, tracked',
    chosenMark: 'chosen',
    owner: 'Owner',
    due: 'Due',
    none: 'None.',
    page: 'Page',
    of: 'of',
    exported: 'Printed',
    functions: {
      security: 'Security',
      communications: 'Communications',
      committee: 'Committee',
      other: 'Other',
    },
    statuses: { planned: 'planned', in_progress: 'in progress', done: 'done', cancelled: 'cancelled' },
  },
} as const satisfies Record<
  Locale,
  {
    functions: Record<ParticipantFunction, string>;
    statuses: Record<MeasureStatus, string>;
  } & Record<string, unknown>
>;

/** What the PDF shows. */
export interface AssessmentPdfInput {
  readonly organisationName: string;
  readonly locale: Locale;
  readonly assessment: Assessment;
  /** The template version the assessment used. */
  readonly template: RiskguideTemplate;
  readonly printedAt: Date;
}

/** Renders the PDF; resolves with its bytes. */
export async function renderAssessmentPdf(input: AssessmentPdfInput): Promise<Buffer> {
  const { assessment, template, locale } = input;
  const l = labels[locale];
  const say = (text: BilingualText): string => text[locale];
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    bufferPages: true,
    lang: locale === 'en' ? 'en-GB' : 'sv-SE',
    info: {
      Title: `${l.heading}: ${assessment.matter.title}`,
      Author: input.organisationName,
      Subject: `${say(template.name)}, ${l.version} ${assessment.template.version}`,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const left = doc.page.margins.left;

  const heading = (text: string, size = 13): void => {
    doc.moveDown(0.8).font('bold').fontSize(size).fillColor('#1f2a33').text(text, left, doc.y, { width });
    doc.moveDown(0.3).font('regular').fontSize(10).fillColor('#000000');
  };
  const line = (label: string, value: string): void => {
    doc.font('bold').fontSize(10).text(`${label}: `, left, doc.y, { continued: true, width });
    doc.font('regular').text(value);
  };
  const paragraph = (text: string, indent = 0): void => {
    doc
      .font('regular')
      .fontSize(10)
      .text(text, left + indent, doc.y, { width: width - indent });
  };

  // Head: organisation, matter, template version, signature.
  doc.font('bold').fontSize(10).fillColor('#555555').text(input.organisationName, left, doc.y, { width });
  doc.font('bold').fontSize(18).fillColor('#1f2a33').text(l.heading, { width });
  doc.moveDown(0.2).fontSize(14).fillColor('#000000').text(assessment.matter.title, { width });
  doc.moveDown(0.5).font('regular').fontSize(10);
  if (assessment.matter.diaryNumber) line(l.diaryNumber, assessment.matter.diaryNumber);
  if (assessment.matter.body) line(l.body, assessment.matter.body);
  if (assessment.matter.decisionDate)
    line(l.decisionDate, formatCalendarDate(assessment.matter.decisionDate, locale));
  line(l.template, `${say(template.name)}, ${l.version} ${assessment.template.version}`);
  if (assessment.finishedAt)
    line(
      l.signed,
      `${formatSwedishDateTime(new Date(assessment.finishedAt), locale)}${assessment.finishedBy ? ` ${l.by} ${assessment.finishedBy.name}` : ''}`,
    );

  heading(l.participants);
  if (assessment.participants.length === 0) paragraph(l.none);
  for (const participant of assessment.participants)
    paragraph(`• ${participant.name} (${l.functions[participant.function]})`);

  // Step 2: the statements by theme with answer and comment.
  heading(l.step2);
  for (const theme of template.step2.themes) {
    doc
      .font('bold')
      .fontSize(11)
      .text(`${theme.id}. ${say(theme.title)}`, left, doc.y, { width });
    for (const statement of theme.statements) {
      const answer = assessment.step2Answers[statement.id];
      paragraph(`${statement.id} ${say(statement.text)}`, 10);
      doc.font('bold').text(`→ ${answer ? say(riskLevelText[answer.level]) : '–'}`, left + 24, doc.y, {
        width: width - 24,
      });
      if (answer?.comment) paragraph(`${l.comment}: ${answer.comment}`, 24);
      doc.moveDown(0.2);
    }
  }

  const result = assessment.result;
  if (result) {
    heading(l.result);
    line(l.level, say(riskLevelText[result.step2.level]));
    doc.font('bold').text(`${l.why}:`, left, doc.y, { width });
    if (result.step2.reasons.length === 0) paragraph(l.noReason, 10);
    for (const reason of result.step2.reasons) paragraph(`• ${say(reason.text)}`, 10);
    if (result.step2.recommendStep3)
      for (const reason of result.step2.step3Reasons) paragraph(`${l.step3Recommended}: ${say(reason.text)}`);
    else paragraph(l.step3NotRecommended);
  }

  // Step 3: answers, levels, the matrix.
  heading(l.step3);
  const step3Parts = [
    { title: l.conflict, statements: template.step3.conflict.statements },
    { title: l.complexity, statements: template.step3.complexity.statements },
  ];
  if (result?.step3) {
    for (const part of step3Parts) {
      doc.font('bold').fontSize(11).text(part.title, left, doc.y, { width });
      for (const statement of part.statements) {
        const answer = assessment.step3Answers[statement.id];
        paragraph(`${statement.id} ${say(statement.text)}`, 10);
        doc.font('bold').text(`→ ${answer ? say(step3AnswerText[answer.answer]) : '–'}`, left + 24, doc.y, {
          width: width - 24,
        });
        if (answer?.comment) paragraph(`${l.comment}: ${answer.comment}`, 24);
        doc.moveDown(0.2);
      }
    }
    const { conflict, complexity, cell, glaslBand } = result.step3;
    doc.moveDown(0.4);
    line(
      l.conflictLevel,
      `${say(riskLevelText[conflict.level])} (${l.glasl} ${glaslBand.from}–${glaslBand.to})`,
    );
    for (const reason of conflict.reasons) paragraph(`• ${say(reason.text)}`, 10);
    line(l.complexityLevel, say(complexityLevelText[complexity.level]));
    for (const reason of complexity.reasons) paragraph(`• ${say(reason.text)}`, 10);

    heading(l.matrix, 11);
    const labelWidth = 130;
    const cellWidth = (width - labelWidth) / 3;
    const cellHeight = 28;
    if (doc.y + cellHeight * 4 + 40 > doc.page.height - doc.page.margins.bottom) doc.addPage();
    let y = doc.y;
    riskLevels.forEach((level, column) => {
      doc
        .font('bold')
        .fontSize(9)
        .text(say(riskLevelText[level]), left + labelWidth + column * cellWidth, y + 8, {
          width: cellWidth,
          align: 'center',
        });
    });
    y += cellHeight;
    for (const row of complexityLevels) {
      doc
        .font('bold')
        .fontSize(9)
        .text(say(complexityLevelText[row]), left, y + 8, { width: labelWidth - 6 });
      riskLevels.forEach((level, column) => {
        const x = left + labelWidth + column * cellWidth;
        const letter = template.matrix[row][level];
        const marked = letter === cell;
        doc.lineWidth(marked ? 2.5 : 0.8);
        doc.rect(x, y, cellWidth, cellHeight).fillAndStroke(marked ? '#1f5c6b' : '#f2f4f5', '#1f2a33');
        doc
          .fillColor(marked ? '#ffffff' : '#1f2a33')
          .font(marked ? 'bold' : 'regular')
          .fontSize(12)
          .text(letter, x, y + 7, { width: cellWidth, align: 'center' });
      });
      y += cellHeight;
    }
    doc.fillColor('#000000').lineWidth(1);
    doc.text('', left, y + 8);
    paragraph(
      `${l.marked}: ${cell} (${l.conflictLevel.toLocaleLowerCase(locale)} ${say(riskLevelText[conflict.level]).toLocaleLowerCase(locale)}, ${l.complexityLevel.toLocaleLowerCase(locale)} ${say(complexityLevelText[complexity.level]).toLocaleLowerCase(locale)}).`,
    );
  } else paragraph(l.step3NotDone);

  // Measures: the cell's proposals and the tracked measures chosen.
  heading(l.measures);
  doc.font('bold').text(l.proposed, left, doc.y, { width });
  if (assessment.measures.proposed.length === 0) paragraph(l.none, 10);
  for (const proposal of assessment.measures.proposed)
    paragraph(`• ${say(proposal.text)}${proposal.chosen ? ` (${l.chosenMark})` : ''}`, 10);
  doc.moveDown(0.4).font('bold').text(l.chosen, left, doc.y, { width });
  if (assessment.measures.chosen.length === 0) paragraph(l.none, 10);
  for (const { measure } of assessment.measures.chosen) {
    const details = [
      measure.owner ? `${l.owner}: ${measure.owner.name}` : null,
      measure.dueDate ? `${l.due}: ${formatCalendarDate(measure.dueDate, locale)}` : null,
      l.statuses[measure.status],
    ].filter((detail) => detail !== null);
    paragraph(`• ${measure.description}${details.length > 0 ? ` — ${details.join(', ')}` : ''}`, 10);
  }

  // Footer on every page: organisation, template version, page x of n.
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    // Writing inside the bottom margin would otherwise start a new page.
    const bottom = doc.page.height - doc.page.margins.bottom + 24;
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(8)
      .fillColor('#555555')
      .text(
        `${input.organisationName} · ${say(template.name)}, ${l.version} ${assessment.template.version} · ${l.exported} ${formatSwedishDateTime(input.printedAt, locale)} · ${l.page} ${index + 1} ${l.of} ${range.count}`,
        left,
        bottom,
        { width, align: 'center', lineBreak: false },
      );
  }
  doc.end();
  return await done;
}
