import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { summarise, type Summary } from './measure';
import type { BrowserSession } from './intake';

/**
 * Event delivery of the live lägesbild (issue 12 §3): the time from a report (from the start of
 * its POST on one app instance, so its commit is inside the figure) to the `changed` event on a
 * stream that a second instance serves over real HTTP, each instance with its own LISTEN
 * connection.
 */
export interface LiveResult {
  readonly delivery: Summary;
  readonly rounds: number;
}

export async function measureLiveDelivery(options: {
  /** The instance that serves the stream (listening on a port is done here). */
  readonly streamApp: FastifyInstance;
  /** The instance the reports go to. */
  readonly reportApp: FastifyInstance;
  readonly reader: BrowserSession;
  readonly reporter: BrowserSession;
  readonly rounds: number;
}): Promise<LiveResult> {
  await options.streamApp.listen({ host: '127.0.0.1', port: 0 });
  const port = (options.streamApp.server.address() as AddressInfo).port;
  const arrivals: number[] = [];
  let wake: (() => void) | undefined;
  const request = http.get(
    { host: '127.0.0.1', port, path: '/api/situation/events', headers: { cookie: options.reader.cookie } },
    (response) => {
      if (response.statusCode !== 200) throw new Error(`the stream answered ${response.statusCode}`);
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        if (chunk.includes('event: changed')) {
          arrivals.push(performance.now());
          wake?.();
        }
      });
    },
  );
  // Wait for the stream to be open before the first report.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const delays: number[] = [];
  try {
    for (let round = 0; round < options.rounds; round += 1) {
      const seen = arrivals.length;
      const sentAt = performance.now();
      const answer = await options.reportApp.inject({
        method: 'POST',
        url: '/api/incidents',
        headers: {
          cookie: options.reporter.cookie,
          'x-csrf-token': options.reporter.csrf,
          'content-type': 'application/json',
        },
        payload: JSON.stringify({
          description: `Bench: ett hot i kommentarerna under en valdebatt (${round}).`,
          ongoing: false,
          targetKind: 'self',
          targetRole: 'official',
          categories: ['threat'],
          channel: 'social_public',
          perpetratorType: 'unknown',
          policeContacted: false,
        }),
      });
      if (answer.statusCode !== 201) throw new Error(`report answered ${answer.statusCode}: ${answer.body}`);
      const deadline = performance.now() + 10_000;
      while (arrivals.length === seen && performance.now() < deadline)
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 50);
        });
      const arrival = arrivals[seen];
      if (arrival === undefined) throw new Error('no event within 10 s');
      // From the request's start, not its commit (which is some ms later, inside the request): an
      // upper bound that also never counts an event that overtakes the answer as negative.
      delays.push(arrival - sentAt);
      // Space the reports out so that each is its own event (the stream folds changes within 50 ms).
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  } finally {
    request.destroy();
  }
  return { delivery: summarise(delays), rounds: options.rounds };
}
