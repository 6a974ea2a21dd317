/**
 * Training (issue 11 §3): the overview with coverage, courses, sessions and attendance, the
 * refresher campaign, and one's own training. The router loads this module lazily, so the area's
 * code and texts are a chunk of their own.
 */
import { registerMessages } from '../../lib/i18n/i18n';
import { svTraining } from '../../lib/i18n/training.sv';
import { enTraining } from '../../lib/i18n/training.en';

// Registered when this module is evaluated: before any page below renders.
registerMessages({ sv: svTraining, en: enTraining });

export { TrainingOverviewPage } from '../../features/training/overview-page';
export { CoursesPage } from '../../features/training/courses-page';
export { SessionsPage } from '../../features/training/sessions-page';
export { SessionPage } from '../../features/training/session-page';
export { CampaignPage } from '../../features/training/campaign-page';
export { MyTrainingPage } from '../../features/training/my-training-page';
