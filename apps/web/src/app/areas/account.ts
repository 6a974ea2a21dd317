/**
 * Logging in, the overview and the profile: what everyone uses, loaded with its own texts.
 * The router loads this module lazily, so the area's code and texts are a chunk of their own.
 */
import { registerMessages } from '../../lib/i18n/i18n';
import { svAccount } from '../../lib/i18n/account.sv';
import { enAccount } from '../../lib/i18n/account.en';

// Registered when this module is evaluated: before any page below renders.
registerMessages({ sv: svAccount, en: enAccount });

export { LoginPage } from '../../features/auth/login-page';
export { MfaVerifyPage } from '../../features/auth/mfa-verify-page';
export { MfaEnrolPage } from '../../features/auth/mfa-enrol-page';
export { InvitationPage } from '../../features/auth/invitation-page';
export { HomePage } from '../../features/home/home-page';
export { ProfilePage } from '../../features/profile/profile-page';
