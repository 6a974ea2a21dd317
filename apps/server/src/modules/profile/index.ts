/** The signed-in user's own account: details, password, MFA, sessions. */
export { profileRoutes } from './profile.routes';
