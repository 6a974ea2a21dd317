import type { PersonAssignmentView } from '@varn/contracts';
import type { MessageKey, MessageParams } from '../../lib/i18n/i18n';

/** `t` as the register's pages use it. */
type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * One assignment in words: "Ordförande, Kommunstyrelsen (Heltidsengagerad), från 2023-01-01".
 * `withBody: false` leaves the body out (a body's own list).
 */
export function assignmentText(assignment: PersonAssignmentView, t: Translate, withBody = true): string {
  const role = t(`register.role.${assignment.role}`);
  const commissioner = assignment.commissioner
    ? ` (${t(`register.commissioner.${assignment.commissioner}`)})`
    : '';
  const term =
    assignment.termEnd === null
      ? t('register.termOpen', { from: assignment.termStart })
      : t('register.term', { from: assignment.termStart, to: assignment.termEnd });
  return `${role}${withBody ? `, ${assignment.body.name}` : ''}${commissioner}, ${term}`;
}

/** The register's list filters from the address (`?q=…&group=…&bodyId=…&page=…`). */
export interface RegisterSearch {
  readonly q: string;
  readonly group: string;
  readonly bodyId: string;
}

/** The address's query for filters and a page: empty values and page 1 left out. */
export function registerSearchOf(search: RegisterSearch, page: number): string {
  const params = new URLSearchParams();
  if (search.q.trim() !== '') params.set('q', search.q.trim());
  if (search.group !== '') params.set('group', search.group);
  if (search.bodyId !== '') params.set('bodyId', search.bodyId);
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
