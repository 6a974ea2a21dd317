/**
 * The API reference, open to everyone.
 * The router loads this module lazily, so the area's code and texts are a chunk of their own.
 */
import { registerMessages } from '../../lib/i18n/i18n';
import { svDevelopers } from '../../lib/i18n/developers.sv';
import { enDevelopers } from '../../lib/i18n/developers.en';

// Registered when this module is evaluated: before any page below renders.
registerMessages({ sv: svDevelopers, en: enDevelopers });

export { ApiDocsPage } from '../../features/developers/api-docs-page';
