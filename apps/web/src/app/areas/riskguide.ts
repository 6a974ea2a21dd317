/**
 * Riskguide: matters, screening, assessments, figures, and its templates.
 * The router loads this module lazily, so the area's code and texts are a chunk of their own.
 */
import { registerMessages } from '../../lib/i18n/i18n';
import { svRiskguide } from '../../lib/i18n/riskguide.sv';
import { enRiskguide } from '../../lib/i18n/riskguide.en';

// Registered when this module is evaluated: before any page below renders.
registerMessages({ sv: svRiskguide, en: enRiskguide });

export { MattersPage } from '../../features/riskguide-matters/matters-page';
export { NewMatterPage } from '../../features/riskguide-matters/new-matter-page';
export { ImportMattersPage } from '../../features/riskguide-matters/import-matters-page';
export { MatterPage } from '../../features/riskguide-matter/matter-page';
export { RiskguideSummaryPage } from '../../features/riskguide-summary/summary-page';
export { ScreeningPage } from '../../features/riskguide-screening/screening-page';
export { ScreeningDetailPage } from '../../features/riskguide-screening/screening-detail-page';
export { AssessmentPage } from '../../features/riskguide-assessment/assessment-page';
export { TemplatesPage } from '../../features/admin-riskguide-templates/templates-page';
export { TemplateEditorPage } from '../../features/admin-riskguide-templates/template-editor-page';
