import PDFDocument from 'pdfkit';
import { pdfFonts } from '../../lib/pdf-fonts';
import {
  Action,
  AuditAction,
  formatSwedishDateTime,
  meetingTypeText,
  securityScreeningPossible,
} from '@varn/domain';
import type { Locale } from '@varn/contracts';
import type { AppContext, Caller } from '../../lib/context';
import { audit } from '../audit';
import { findOrganisationById } from '../organisations';
import { findUserNames } from '../users';
import { loadMeeting, withBodyIds } from './meeting-access';
import { findPlanOfMeeting, findPlanVenue } from './security-plans.repository';
import { evacuationOf, screeningOf } from './security-plans.view';

/*
 * The evacuation plan on one printable A4 page (issue 10 §2): the meeting, the place, who leads the
 * officials and the public out, who calls the police, the routes and the meeting point — the
 * practical part everyone at the meeting may read (`meeting.read_practical`), to be put on the
 * chair's table and at the entrance. PDFKit with DejaVu Sans embedded, as the assessment PDF.
 * Where the plan leaves the routes or the meeting point blank, the venue register's are printed,
 * said to be from the register; a part still blank is printed as "not filled in", never left out.
 */

const fonts = pdfFonts;

const labels = {
  sv: {
    heading: 'Utrymningsplan',
    when: 'Tid',
    where: 'Plats',
    roles: 'Vem gör vad',
    leadsOfficials: 'Leder ut de förtroendevalda',
    leadsPublic: 'Leder ut allmänheten',
    callsPolice: 'Ringer polisen (112) och möter dem',
    routes: 'Utrymningsvägar',
    meetingPoint: 'Återsamlingsplats',
    notes: 'Övrigt',
    fromRegister: '(från lokalregistret)',
    notFilledIn: 'Inte ifyllt',
    screening: 'Säkerhetskontroll',
    screeningYes: 'Ja, beslutad av ordföranden',
    screeningNo: 'Nej, ordföranden har beslutat att inte ha säkerhetskontroll',
    screeningNone: 'Inget beslut',
    emergency:
      'Vid fara för liv eller hälsa: ring 112. Följ ordförandens och säkerhetspersonalens anvisningar.',
    approved: 'Godkänd',
    draft: 'Utkast – inte godkänd',
    noPlan: 'Ingen säkerhetsplan är påbörjad för mötet.',
    printed: 'Utskriven',
    by: 'av',
  },
  en: {
    heading: 'Evacuation plan',
    when: 'Time',
    where: 'Place',
    roles: 'Who does what',
    leadsOfficials: 'Leads the officials out',
    leadsPublic: 'Leads the public out',
    callsPolice: 'Calls the police (112) and meets them',
    routes: 'Evacuation routes',
    meetingPoint: 'Meeting point',
    notes: 'Other',
    fromRegister: '(from the venue register)',
    notFilledIn: 'Not filled in',
    screening: 'Security screening',
    screeningYes: 'Yes, decided by the chair',
    screeningNo: 'No, the chair has decided against screening',
    screeningNone: 'No decision',
    emergency:
      "In danger to life or health: call 112. Follow the chair's and the security staff's instructions.",
    approved: 'Approved',
    draft: 'Draft – not approved',
    noPlan: 'No security plan has been started for the meeting.',
    printed: 'Printed',
    by: 'by',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** What the page shows. */
export interface EvacuationPdfInput {
  readonly locale: Locale;
  readonly organisationName: string;
  readonly meeting: {
    readonly title: string;
    readonly type: keyof typeof meetingTypeText;
    readonly startsAt: Date;
    readonly endsAt: Date;
  };
  readonly place: string | null;
  readonly leadsOfficials: string | null;
  readonly leadsPublic: string | null;
  readonly whoCallsPolice: string | null;
  readonly routes: { readonly text: string | null; readonly fromRegister: boolean };
  readonly meetingPoint: { readonly text: string | null; readonly fromRegister: boolean };
  readonly notes: string | null;
  /** null: screening is not possible at this meeting (not printed). */
  readonly screening: { readonly decided: boolean | null; readonly premises: string | null } | null;
  /** null: no plan started. */
  readonly status: {
    readonly approved: boolean;
    readonly by: string | null;
    readonly at: Date | null;
  } | null;
  readonly printedAt: Date;
}

/** Renders the one-page PDF; resolves with its bytes. */
export async function renderEvacuationPdf(input: EvacuationPdfInput): Promise<Buffer> {
  const l = labels[input.locale];
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 48, bottom: 48, left: 56, right: 56 },
    bufferPages: true,
    lang: input.locale === 'en' ? 'en-GB' : 'sv-SE',
    info: { Title: `${l.heading}: ${input.meeting.title}`, Author: input.organisationName },
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
  const bottom = doc.page.height - doc.page.margins.bottom;

  const section = (title: string): void => {
    doc.moveDown(0.7).font('bold').fontSize(12).fillColor('#1f2a33').text(title, left, doc.y, { width });
    doc.moveDown(0.2).font('regular').fontSize(11).fillColor('#000000');
  };
  /** A text that must not push the page over: at most `lines` lines, cut with an ellipsis. */
  const block = (text: string, lines: number, options: { gray?: boolean } = {}): void => {
    doc
      .font('regular')
      .fontSize(11)
      .fillColor(options.gray ? '#555555' : '#000000');
    const height = Math.min(lines * doc.currentLineHeight(true) + 2, bottom - 60 - doc.y);
    if (height <= 0) return;
    doc.text(text, left, doc.y, { width, height, ellipsis: true });
    doc.fillColor('#000000');
  };
  const role = (label: string, value: string | null): void => {
    doc.font('bold').fontSize(11).text(`${label}: `, left, doc.y, { width, continued: true });
    doc
      .font('regular')
      .fillColor(value ? '#000000' : '#b00020')
      .text(value ?? l.notFilledIn, { width, height: 30, ellipsis: true });
    doc.fillColor('#000000');
  };

  doc.font('bold').fontSize(10).fillColor('#555555').text(input.organisationName, left, doc.y, { width });
  doc.font('bold').fontSize(22).fillColor('#1f2a33').text(l.heading, { width });
  doc
    .moveDown(0.2)
    .fontSize(15)
    .fillColor('#000000')
    .text(input.meeting.title, { width, height: 40, ellipsis: true });
  doc.moveDown(0.3).font('regular').fontSize(11);
  doc.text(
    `${l.when}: ${formatSwedishDateTime(input.meeting.startsAt, input.locale)} – ${formatSwedishDateTime(input.meeting.endsAt, input.locale)} (${meetingTypeText[input.meeting.type][input.locale]})`,
    { width },
  );
  if (input.place) doc.text(`${l.where}: ${input.place}`, { width, height: 30, ellipsis: true });

  // The emergency line, framed, before anything else can push it away.
  doc.moveDown(0.6);
  const boxTop = doc.y;
  doc
    .font('bold')
    .fontSize(12)
    .text(l.emergency, left + 8, boxTop + 6, { width: width - 16 });
  doc
    .rect(left, boxTop, width, doc.y - boxTop + 6)
    .lineWidth(1.5)
    .strokeColor('#b00020')
    .stroke();
  doc.y += 8;

  section(l.roles);
  role(l.leadsOfficials, input.leadsOfficials);
  role(l.leadsPublic, input.leadsPublic);
  role(l.callsPolice, input.whoCallsPolice);

  section(`${l.routes}${input.routes.fromRegister ? ` ${l.fromRegister}` : ''}`);
  block(input.routes.text ?? l.notFilledIn, 10);
  section(`${l.meetingPoint}${input.meetingPoint.fromRegister ? ` ${l.fromRegister}` : ''}`);
  block(input.meetingPoint.text ?? l.notFilledIn, 3);
  if (input.notes) {
    section(l.notes);
    block(input.notes, 6);
  }
  if (input.screening) {
    section(l.screening);
    const decided =
      input.screening.decided === true
        ? l.screeningYes
        : input.screening.decided === false
          ? l.screeningNo
          : l.screeningNone;
    block(
      input.screening.decided && input.screening.premises
        ? `${decided}: ${input.screening.premises}`
        : decided,
      3,
    );
  }

  // The footer: the plan's status and when it was printed, at the foot of the one page.
  const status = !input.status
    ? l.noPlan
    : input.status.approved
      ? `${l.approved}${input.status.at ? ` ${formatSwedishDateTime(input.status.at, input.locale)}` : ''}${input.status.by ? ` ${l.by} ${input.status.by}` : ''}`
      : l.draft;
  doc
    .font('regular')
    .fontSize(9)
    .fillColor('#555555')
    .text(
      `${status} · ${l.printed} ${formatSwedishDateTime(input.printedAt, input.locale)}`,
      left,
      bottom - 14,
      {
        width,
        lineBreak: false,
      },
    );
  doc.end();
  return await done;
}

/**
 * `GET /api/meetings/{id}/evacuation-plan.pdf`: the page in the caller's language, for everyone
 * who reads the plan's practical part (404 otherwise). Audited as an export.
 */
export async function exportEvacuationPdf(
  ctx: AppContext,
  caller: Caller,
  meetingId: string,
): Promise<{ fileName: string; pdf: Buffer }> {
  const now = ctx.clock();
  const input = await ctx.db.transaction(async (tx): Promise<EvacuationPdfInput> => {
    const reader = await withBodyIds(tx, caller);
    const meeting = await loadMeeting(tx, reader, meetingId, Action.MeetingReadPractical);
    const plan = await findPlanOfMeeting(tx, reader.organisationId, meeting.id);
    const venue = meeting.venueId
      ? await findPlanVenue(tx, reader.organisationId, meeting.venueId)
      : undefined;
    const organisation = await findOrganisationById(tx, reader.organisationId);
    const approver = plan?.approvedByUserId
      ? (await findUserNames(tx, reader.organisationId, [plan.approvedByUserId])).get(plan.approvedByUserId)
      : undefined;
    await audit(tx, reader, now, {
      action: AuditAction.MeetingPlanExport,
      recordType: 'meeting',
      recordId: meeting.id,
      details: { format: 'evacuation_pdf' },
    });
    const evacuation = evacuationOf(plan);
    const screening = screeningOf(plan);
    const routesFromRegister = !evacuation.routes && Boolean(venue?.evacuationRoutes);
    const pointFromRegister = !evacuation.meetingPoint && Boolean(venue?.assemblyPoint);
    return {
      locale: reader.locale,
      organisationName: organisation?.name ?? '',
      meeting,
      place: [venue?.name, meeting.room, venue?.address].filter(Boolean).join(', ') || null,
      leadsOfficials: evacuation.leadsOfficials,
      leadsPublic: evacuation.leadsPublic,
      whoCallsPolice: evacuation.whoCallsPolice,
      routes: {
        text: evacuation.routes ?? venue?.evacuationRoutes ?? null,
        fromRegister: routesFromRegister,
      },
      meetingPoint: {
        text: evacuation.meetingPoint ?? venue?.assemblyPoint ?? null,
        fromRegister: pointFromRegister,
      },
      notes: evacuation.notes,
      screening: securityScreeningPossible(meeting)
        ? { decided: screening.decided, premises: screening.premises }
        : null,
      status: plan
        ? { approved: plan.status === 'approved', by: approver ?? null, at: plan.approvedAt }
        : null,
      printedAt: now,
    };
  });
  const name = input.meeting.title.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-').slice(0, 80);
  const date = input.meeting.startsAt.toISOString().slice(0, 10);
  const fileName = `${input.locale === 'en' ? 'Evacuation plan' : 'Utrymningsplan'} ${name} ${date}.pdf`;
  return { fileName, pdf: await renderEvacuationPdf(input) };
}
