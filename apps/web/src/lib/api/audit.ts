import type { AuditPage, AuditQuery } from '@varn/contracts';
import { apiRequest } from './client';

/** `GET /api/audit-events` (admin), newest first; `before` pages backwards. */
export function getAuditEvents(query: AuditQuery, signal?: AbortSignal): Promise<AuditPage> {
  return apiRequest('GET', '/api/audit-events', {
    query: {
      userId: query.userId,
      recordType: query.recordType,
      recordId: query.recordId,
      from: query.from,
      to: query.to,
      before: query.before,
      limit: query.limit,
    },
    signal,
  });
}
