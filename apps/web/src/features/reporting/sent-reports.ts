import type { IncidentDetail } from '@varn/contracts';

/**
 * Reports sent from this page load, handed from the form to the confirmation page so that it
 * can show the case number at once, without asking the server again. After a reload the
 * confirmation page fetches the case instead.
 */
const sent = new Map<string, IncidentDetail>();

export function rememberSentReport(incident: IncidentDetail): void {
  sent.set(incident.id, incident);
}

export function sentReport(id: string): IncidentDetail | null {
  return sent.get(id) ?? null;
}
