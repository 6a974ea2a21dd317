/**
 * The security unit's casework: its inbox (the overview), the queue, case files, signals,
 * handling times.
 * The router loads this module lazily, so the area's code and texts are a chunk of their own.
 */
import { registerMessages } from '../../lib/i18n/i18n';
import { svIncidents } from '../../lib/i18n/incidents.sv';
import { enIncidents } from '../../lib/i18n/incidents.en';
import { svCasework } from '../../lib/i18n/casework.sv';
import { enCasework } from '../../lib/i18n/casework.en';

// Registered when this module is evaluated: before any page below renders.
registerMessages({ sv: svIncidents, en: enIncidents }, { sv: svCasework, en: enCasework });

export { InboxPage } from '../../features/home/inbox-page';
export { QueuePage } from '../../features/casework/queue-page';
export { CaseFilePage } from '../../features/casework/case-file-page';
export { SignalsPage } from '../../features/signals-inbox/signals-page';
export { MetricsPage } from '../../features/metrics/metrics-page';
