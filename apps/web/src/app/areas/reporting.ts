/**
 * What a reporter needs: reporting an incident, their cases, sending a signal.
 * The router loads this module lazily, so the area's code and texts are a chunk of their own.
 */
import { registerMessages } from '../../lib/i18n/i18n';
import { svIncidents } from '../../lib/i18n/incidents.sv';
import { enIncidents } from '../../lib/i18n/incidents.en';
import { svReporting } from '../../lib/i18n/reporting.sv';
import { enReporting } from '../../lib/i18n/reporting.en';

// Registered when this module is evaluated: before any page below renders.
registerMessages({ sv: svIncidents, en: enIncidents }, { sv: svReporting, en: enReporting });

export { ReportPage } from '../../features/reporting/report-page';
export { ReportSentPage } from '../../features/reporting/report-sent-page';
export { CasesPage } from '../../features/my-cases/cases-page';
export { CasePage } from '../../features/my-cases/case-page';
export { SignalPage } from '../../features/signal-form/signal-page';
