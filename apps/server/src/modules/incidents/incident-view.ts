import {
  allowedEvents,
  type IncidentParties,
  isTimelineKind,
  MeasureSubject,
  nextStepForPerson,
  plainStatus,
  policeReminderDue,
  policeReportForPerson,
  policeUpdateDueAt,
  policeReportRecommended,
  Role,
  showsOngoing,
  workEnvironmentDeadline,
  workEnvironmentReportRequired,
} from '@varn/domain';
import type {
  Evidence,
  IncidentDetail,
  UnitIncidentDetail,
  IncidentSummary,
  Measure,
  PersonMeasure,
  PoliceReport,
  TimelineEntry,
} from '@varn/contracts';
import type { Tx } from '../../db/client';
import type { Caller } from '../../lib/context';
import { listMeasures, listPersonMeasures } from '../measures';
import { findEvidenceOfIncident } from './evidence.repository';
import { findUserNames } from '../users';
import { findIncidentEvents, findLinkedIncidents, type IncidentRow } from './incidents.repository';
import { findPoliceReportDetails, findPoliceReportOfIncident } from './police-report.repository';

/** The people an incident concerns, as the access policy reads them. */
export function incidentParties(row: IncidentRow): IncidentParties {
  return {
    incidentId: row.id,
    reportedByUserId: row.reportedByUserId,
    targetUserId: row.targetUserId,
    targetPartyId: row.targetPartyId,
    partyContactConsent: row.partyContactConsent,
  };
}

const iso = (at: Date | null): string | null => at?.toISOString() ?? null;

/** The first 160 characters of a text, for lists. */
export const excerptOf = (text: string): string => (text.length > 160 ? `${text.slice(0, 157)}…` : text);

/** A row of the queue. */
export function toSummary(
  row: IncidentRow,
  handlerName: string | null,
  overdueMeasures: number,
): IncidentSummary {
  return {
    id: row.id,
    reference: row.reference,
    reportedAt: row.reportedAt.toISOString(),
    status: row.status,
    plainStatus: plainStatus(row.status),
    severity: row.severity,
    ongoing: showsOngoing(row),
    categories: row.categories,
    targetRole: row.targetRole,
    excerpt: excerptOf(row.description),
    handler: row.handlerUserId && handlerName ? { id: row.handlerUserId, name: handlerName } : null,
    overdueMeasures,
  };
}

async function evidenceOf(tx: Tx, row: IncidentRow): Promise<Evidence[]> {
  return (await findEvidenceOfIncident(tx, row.organisationId, row.id)).map((file) => ({
    id: file.id,
    fileName: file.fileName,
    contentType: file.contentType,
    size: file.sizeBytes,
    sha256: file.sha256,
    uploadedAt: file.uploadedAt.toISOString(),
    uploadedBy: { id: file.uploadedByUserId, name: file.uploaderName },
  }));
}

/** The police report view of an incident, or null. */
export async function policeReportView(
  tx: Tx,
  row: IncidentRow,
  reminderDays: number,
  now: Date,
): Promise<PoliceReport | null> {
  const report = await findPoliceReportOfIncident(tx, row.organisationId, row.id);
  if (!report) return null;
  const { history, links } = await findPoliceReportDetails(tx, row.organisationId, report.id);
  return {
    id: report.id,
    reportNumber: report.reportNumber,
    reportedOn: report.reportedOn,
    electedRoleStated: report.electedRoleStated,
    protectionRequested: report.protectionRequested,
    personConsented: report.personConsented,
    investigatorContact: report.investigatorContact,
    status: report.status,
    statusChangedAt: report.statusChangedAt.toISOString(),
    reminderDue: policeReminderDue(report, reminderDays, now),
    updateDueAt: policeUpdateDueAt(report, reminderDays)?.toISOString() ?? null,
    reminderDays,
    history: history.map(({ entry, actorName }) => ({
      status: entry.status,
      at: entry.at.toISOString(),
      note: entry.note,
      actor: entry.actorUserId && actorName ? { id: entry.actorUserId, name: actorName } : null,
    })),
    linkedIncidents: links,
  };
}

async function timelineOf(tx: Tx, row: IncidentRow): Promise<TimelineEntry[]> {
  return (await findIncidentEvents(tx, row.organisationId, row.id)).flatMap(({ event, actorName }) =>
    isTimelineKind(event.kind)
      ? [
          {
            id: event.id,
            at: event.at.toISOString(),
            kind: event.kind,
            actor: event.actorUserId && actorName ? { id: event.actorUserId, name: actorName } : null,
            text: event.text,
            details: event.details,
          },
        ]
      : [],
  );
}

/** What a case's detail view shows beyond its row, as loaded by {@link toDetail}. */
export interface DetailParts {
  /** Names of the reporter, the handler and whoever reported to Arbetsmiljöverket, by id. */
  readonly names: ReadonlyMap<string, string>;
  readonly evidence: Evidence[];
  /** The unit view's parts (left empty for the reporter's view). */
  readonly measures: Measure[];
  readonly policeReport: PoliceReport | null;
  readonly timeline: TimelineEntry[];
  readonly linkedIncidents: UnitIncidentDetail['linkedIncidents'];
  /** The person's view's parts (left empty for the unit view): the police report as the person
   * may know it and the measures meant for them. */
  readonly personPoliceReport: PersonPoliceFacts | null;
  readonly personMeasures: PersonMeasure[];
}

/** What the person's view needs of the police report ({@link policeReportForPerson} decides). */
type PersonPoliceFacts = Parameters<typeof policeReportForPerson>[0] & {};

/**
 * The detail view for a caller: the security unit's case file, or — for everyone else the case
 * concerns — the report, a plain status, the handler's name, the police report as the person may
 * know it, the measures meant for them and the next step (issue 9 §1).
 */
export async function toDetail(
  tx: Tx,
  caller: Caller,
  row: IncidentRow,
  options: { unitView: boolean; policeReminderDays: number; now: Date },
): Promise<IncidentDetail> {
  const names = await findUserNames(tx, row.organisationId, [
    row.reportedByUserId,
    ...(row.handlerUserId ? [row.handlerUserId] : []),
    ...(row.workEnvironmentReportedByUserId ? [row.workEnvironmentReportedByUserId] : []),
  ]);
  const evidence = await evidenceOf(tx, row);
  if (!options.unitView) {
    return detailView(
      caller,
      row,
      {
        names,
        evidence,
        measures: [],
        policeReport: null,
        timeline: [],
        linkedIncidents: [],
        personPoliceReport: (await findPoliceReportOfIncident(tx, row.organisationId, row.id)) ?? null,
        personMeasures: await listPersonMeasures(tx, row.organisationId, MeasureSubject.Incident, row.id),
      },
      options,
    );
  }
  return detailView(
    caller,
    row,
    {
      names,
      evidence,
      measures: await listMeasures(tx, row.organisationId, MeasureSubject.Incident, row.id, options.now),
      policeReport: await policeReportView(tx, row, options.policeReminderDays, options.now),
      timeline: await timelineOf(tx, row),
      linkedIncidents: (await findLinkedIncidents(tx, row.organisationId, row.id)).map((linked) => ({
        ...linked,
        reportedAt: linked.reportedAt.toISOString(),
      })),
      personPoliceReport: null,
      personMeasures: [],
    },
    options,
  );
}

/** The detail view from the row and its loaded parts (no I/O). */
export function detailView(
  caller: Caller,
  row: IncidentRow,
  parts: DetailParts,
  options: { unitView: boolean; now: Date },
): IncidentDetail {
  const { names } = parts;
  const person = (id: string | null) => (id ? { id, name: names.get(id) ?? '' } : null);
  const report = {
    id: row.id,
    reference: row.reference,
    reportedAt: row.reportedAt.toISOString(),
    reportedBy: { id: row.reportedByUserId, name: names.get(row.reportedByUserId) ?? '' },
    description: row.description,
    ongoing: row.ongoing,
    occurredFrom: iso(row.occurredFrom),
    occurredTo: iso(row.occurredTo),
    targetKind: row.targetKind,
    targetName: row.targetName,
    targetRole: row.targetRole,
    categories: row.categories,
    channel: row.channel,
    perpetratorType: row.perpetratorType,
    motive: row.motive,
    matterReference: row.matterReference,
    policeContacted: row.policeContacted,
    consequences: row.consequences,
    status: row.status,
    plainStatus: plainStatus(row.status),
    closedAt: iso(row.closedAt),
    partyContactConsent: row.partyContactConsent,
    // Consent only means something when the targeted person has a party.
    canChangeConsent:
      (row.targetUserId === caller.userId && (row.targetPartyId ?? caller.partyId) !== null) ||
      (caller.role === Role.SecurityOfficer && row.targetPartyId !== null),
    evidence: parts.evidence,
  };
  if (!options.unitView) {
    // What the person is told, and nothing more: the unit's notes, severity, other measures and
    // the police report's details never leave this function for them.
    const police = parts.personPoliceReport;
    return {
      view: 'reporter',
      ...report,
      handler: row.handlerUserId ? { name: names.get(row.handlerUserId) ?? '' } : null,
      policeReport: policeReportForPerson(police),
      measures: parts.personMeasures,
      nextStep: nextStepForPerson({
        status: row.status,
        hasHandler: row.handlerUserId !== null,
        policeReportStatus: police?.status ?? null,
      }),
    };
  }
  const required = workEnvironmentReportRequired(row);
  return {
    view: 'unit',
    ...report,
    severity: row.severity,
    handler: person(row.handlerUserId),
    flags: {
      unlawfulInfluence: row.unlawfulInfluence,
      sexualOrSexist: row.sexualOrSexist,
      partOfSeries: row.partOfSeries,
      electionPeriod: row.electionPeriod,
    },
    seriousWorkIncident: row.seriousWorkIncident,
    closingSummary: row.closingSummary,
    triagedAt: iso(row.triagedAt),
    firstContactAt: iso(row.firstContactAt),
    assessedAt: iso(row.assessedAt),
    allowedEvents: allowedEvents(row.status),
    policeReportRecommended: policeReportRecommended(row.categories),
    policeReport: parts.policeReport,
    workEnvironment: {
      required,
      deadline: required ? workEnvironmentDeadline(row.reportedAt, options.now).deadline.toISOString() : null,
      reportedAt: iso(row.workEnvironmentReportedAt),
      reportedBy: person(row.workEnvironmentReportedByUserId),
      kiaReference: row.kiaReference,
    },
    measures: parts.measures,
    timeline: parts.timeline,
    linkedIncidents: parts.linkedIncidents,
    perpetratorIdentifiers: row.perpetratorIdentifiers,
    signalId: row.signalId,
  };
}
