/**
 * The security unit's contact directory (issue 11 §2): the parties' contacts, the police contact
 * persons and the on-call rota — one way in, one way out.
 */
export { directoryRoutes } from './directory.routes';
