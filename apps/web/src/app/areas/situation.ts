/**
 * The lägesbild (issue 12): the security unit's full picture, the viewer's home page in figures,
 * a party contact's party figures. The router loads this module lazily, so the area's code and
 * texts are a chunk of their own.
 */
import { registerMessages } from '../../lib/i18n/i18n';
import { svSituation } from '../../lib/i18n/situation.sv';
import { enSituation } from '../../lib/i18n/situation.en';

// Registered when this module is evaluated: before any page below renders.
registerMessages({ sv: svSituation, en: enSituation });

export { SituationPage } from '../../features/situation/situation-page';
