/** Events after commit (issue 8 §4): record in a transaction, delivered to every process at commit. */
export { recordEvent, type DomainEvent, type DomainEventType } from './domain-events';
export { startEventListener, type EventListener, type EventLog } from './event-listener';
