/**
 * The officials register (issue 11 §1): the list, one person, the person form, the import, the
 * election workers. The router loads this module lazily, so the area's code and texts are a chunk
 * of their own.
 */
import { registerMessages } from '../../lib/i18n/i18n';
import { svRegister } from '../../lib/i18n/register.sv';
import { enRegister } from '../../lib/i18n/register.en';

// Registered when this module is evaluated: before any page below renders.
registerMessages({ sv: svRegister, en: enRegister });

export { RegisterPage } from '../../features/register/register-page';
export { PersonPage } from '../../features/register/person-page';
export { PersonFormPage } from '../../features/register/person-form-page';
export { ImportPage as RegisterImportPage } from '../../features/register/import-page';
export { ElectionWorkersPage } from '../../features/register/election-workers-page';
