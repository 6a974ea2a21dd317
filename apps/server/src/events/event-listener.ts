import pg from 'pg';
import { domainEventSchema, eventChannel, type DomainEvent, type DomainEventType } from './domain-events';

/** Logging the listener needs. */
export interface EventLog {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

type Handler<T extends DomainEventType> = (event: Extract<DomainEvent, { type: T }>) => void;

/** One process's subscription to the database's events. */
export interface EventListener {
  /** Calls `handler` for every committed event of `type`; returns the unsubscribe function. */
  subscribe<T extends DomainEventType>(type: T, handler: Handler<T>): () => void;
  /** Calls `handler` after a lost connection was re-established: events may have been missed. */
  onReconnect(handler: () => void): () => void;
  stop(): Promise<void>;
}

/**
 * Opens the process's one LISTEN connection (its own, outside the pool: a listening session
 * must stay open) and hands each committed event to its subscribers. A lost connection is
 * re-opened with backoff (1 s doubling to 30 s); events committed meanwhile are not replayed, so
 * subscribers keep a fallback (the mail dispatcher also looks every few seconds) and are told
 * through {@link EventListener.onReconnect}.
 */
export async function startEventListener(databaseUrl: string, log: EventLog): Promise<EventListener> {
  const subscribers = new Map<DomainEventType, Set<(event: DomainEvent) => void>>();
  const reconnectHandlers = new Set<() => void>();
  let client: pg.Client | undefined;
  let stopped = false;
  let retryTimer: NodeJS.Timeout | undefined;
  let delayMs = 1000;

  const deliver = (payload: string | undefined): void => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(payload ?? '');
    } catch {
      parsed = undefined;
    }
    const event = domainEventSchema.safeParse(parsed);
    if (!event.success) {
      log.warn({ channel: eventChannel }, 'event with an unknown shape ignored');
      return;
    }
    for (const handler of subscribers.get(event.data.type) ?? []) {
      try {
        handler(event.data);
      } catch (error) {
        log.error({ err: error, event: event.data.type }, 'event handler failed');
      }
    }
  };

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl, application_name: 'varn-events' });
    next.on('notification', (message) => {
      if (message.channel === eventChannel) deliver(message.payload);
    });
    const lost = (error?: Error): void => {
      if (client !== next) return;
      client = undefined;
      log.warn({ err: error }, 'event connection lost');
      void next.end().catch(() => undefined);
      schedule();
    };
    next.on('error', lost);
    next.on('end', () => lost());
    await next.connect();
    await next.query(`listen ${eventChannel}`);
    if (stopped) {
      await next.end();
      return;
    }
    client = next;
  };

  const schedule = (): void => {
    if (stopped || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      connect()
        .then(() => {
          delayMs = 1000;
          log.info({}, 'event connection re-established');
          for (const handler of reconnectHandlers) handler();
        })
        .catch((error: unknown) => {
          log.warn({ err: error, retryInMs: delayMs }, 'event connection failed');
          delayMs = Math.min(delayMs * 2, 30_000);
          schedule();
        });
    }, delayMs);
    retryTimer.unref();
  };

  await connect();

  return {
    subscribe: (type, handler) => {
      const set = subscribers.get(type) ?? new Set();
      subscribers.set(type, set);
      const wrapped = handler as (event: DomainEvent) => void;
      set.add(wrapped);
      return () => set.delete(wrapped);
    },
    onReconnect: (handler) => {
      reconnectHandlers.add(handler);
      return () => reconnectHandlers.delete(handler);
    },
    stop: async () => {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
    },
  };
}
