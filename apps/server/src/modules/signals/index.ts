/**
 * Signals ("något är på gång"): a party contact or an official tells the security unit that
 * something is happening or on its way; the unit acknowledges, dismisses or turns it into a case.
 */
export { signalsRoutes } from './signals.routes';
export {
  countOpenSignals,
  findOpenSignals,
  findSignals,
  findUnnotifiedSignals,
  markSignalsNotified,
} from './signals.repository';
