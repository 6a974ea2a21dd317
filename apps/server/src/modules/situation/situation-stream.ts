import type { ServerResponse } from 'node:http';
import { situationScope, type Actor } from '@varn/domain';
import type { SituationEvent, SituationTopic } from '@varn/contracts';
import type { EventListener } from '../../events';
import type { AppContext, Caller } from '../../lib/context';
import { resolveSession } from '../auth';

/*
 * The live lägesbild (issue 12 §1): each open page holds a server-sent-events stream; a committed
 * change that the lägesbild counts (`situation.changed`, delivered by PostgreSQL's NOTIFY to every
 * app instance) is passed to the streams of that organisation as a `changed` event, and the page
 * reloads its figures through the ordinary, audited GET. The event carries a topic and a time,
 * never data. Before each delivery, and every half minute, the stream's session is checked again
 * (without touching it: an open page alone keeps no one logged in); a session that has ended, or a
 * role that no longer reads this lägesbild, ends the stream.
 */

/** Timings of the streams; tests shorten them. */
export interface StreamTimings {
  /** Changes of one organisation within this many ms go out as one event per topic. */
  readonly coalesceMs: number;
  /** How often every stream's session is checked when nothing happens. */
  readonly recheckMs: number;
  /** A comment line this often keeps proxies from closing an idle stream. */
  readonly heartbeatMs: number;
}

export const defaultStreamTimings: StreamTimings = { coalesceMs: 50, recheckMs: 30_000, heartbeatMs: 25_000 };

interface Client {
  readonly organisationId: string;
  readonly token: string;
  /** The scope the stream was opened with; another one now ends it (the page reconnects). */
  readonly scopeKey: string;
  readonly response: ServerResponse;
}

/** The live streams of one app instance. */
export interface SituationStreams {
  /** Starts a stream on an authorized request's raw response (the caller audited the opening). */
  open(response: ServerResponse, caller: Caller, token: string): void;
  /** Open streams, for tests and metrics. */
  count(): number;
  /** Ends every stream and stops listening. */
  close(): void;
}

const scopeKeyOf = (actor: Actor): string => {
  const scope = situationScope(actor);
  return scope.kind === 'party' ? `party:${scope.partyId}` : scope.kind;
};

/** Writes one server-sent event. */
function send(response: ServerResponse, event: string, data: unknown): void {
  response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

/** Starts the instance's streams on its event listener. */
export function startSituationStreams(
  ctx: AppContext,
  events: EventListener,
  timings: StreamTimings = defaultStreamTimings,
): SituationStreams {
  const clients = new Set<Client>();
  const pending = new Map<string, Set<SituationTopic>>();
  const timers = new Map<string, NodeJS.Timeout>();

  const end = (client: Client, reason: string): void => {
    if (!clients.delete(client)) return;
    send(client.response, 'end', { reason });
    client.response.end();
  };

  /** Whether the client's session still reads the same lägesbild; ends the stream when not. */
  const stillAllowed = async (client: Client): Promise<boolean> => {
    let session: Awaited<ReturnType<typeof resolveSession>>;
    try {
      session = await resolveSession(ctx, client.token, { touch: false });
    } catch {
      // The database is unreachable for a moment: keep the stream, the next check decides.
      return true;
    }
    if (session === null || session === 'expired' || session.mfaState !== 'verified') {
      end(client, 'session_ended');
      return false;
    }
    const actor: Actor = {
      userId: session.user.id,
      organisationId: session.user.organisationId,
      role: session.user.role,
      partyId: session.partyId,
    };
    if (actor.organisationId !== client.organisationId || scopeKeyOf(actor) !== client.scopeKey) {
      end(client, 'access_changed');
      return false;
    }
    return true;
  };

  const deliver = (organisationId: string): void => {
    timers.delete(organisationId);
    const topics = pending.get(organisationId) ?? new Set();
    pending.delete(organisationId);
    const at = new Date().toISOString();
    for (const client of [...clients].filter((c) => c.organisationId === organisationId)) {
      void stillAllowed(client).then((allowed) => {
        if (!allowed) return;
        for (const topic of topics) send(client.response, 'changed', { topic, at } satisfies SituationEvent);
      });
    }
  };

  const schedule = (organisationId: string, topic: SituationTopic): void => {
    const topics = pending.get(organisationId) ?? new Set<SituationTopic>();
    topics.add(topic);
    pending.set(organisationId, topics);
    if (!timers.has(organisationId)) {
      const timer = setTimeout(() => deliver(organisationId), timings.coalesceMs);
      timer.unref();
      timers.set(organisationId, timer);
    }
  };

  const unsubscribe = events.subscribe('situation.changed', (event) =>
    schedule(event.organisationId, event.topic),
  );
  // Events committed while the connection was down are not replayed: every page reloads.
  const unsubscribeReconnect = events.onReconnect(() => {
    for (const organisationId of new Set([...clients].map((client) => client.organisationId)))
      schedule(organisationId, 'all');
  });

  const recheck = setInterval(() => {
    for (const client of clients) void stillAllowed(client);
  }, timings.recheckMs);
  recheck.unref();
  const heartbeat = setInterval(() => {
    for (const client of clients) client.response.write(': keep-alive\n\n');
  }, timings.heartbeatMs);
  heartbeat.unref();

  return {
    open(response, caller, token) {
      const client: Client = {
        organisationId: caller.organisationId,
        token,
        scopeKey: scopeKeyOf(caller),
        response,
      };
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store, no-transform',
        'x-content-type-options': 'nosniff',
        // nginx and similar proxies would hold the events back in a buffer.
        'x-accel-buffering': 'no',
        connection: 'keep-alive',
      });
      // The browser waits this long before reconnecting after a lost connection.
      response.write('retry: 5000\n\n');
      send(response, 'ready', { at: new Date().toISOString() });
      clients.add(client);
      response.on('close', () => clients.delete(client));
    },
    count: () => clients.size,
    close() {
      unsubscribe();
      unsubscribeReconnect();
      clearInterval(recheck);
      clearInterval(heartbeat);
      for (const timer of timers.values()) clearTimeout(timer);
      for (const client of [...clients]) end(client, 'server_stopping');
    },
  };
}
