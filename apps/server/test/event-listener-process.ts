import { startEventListener } from '../src/events';

/**
 * A second app process for the events test: listens to the database given as the only argument,
 * as every Värn instance does, and writes each event it receives to stdout as a JSON line.
 */
const url = process.argv[2];
if (!url) throw new Error('usage: event-listener-process.ts DATABASE_URL');
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const listener = await startEventListener(url, quiet);
listener.subscribe('mail.queued', (event) => process.stdout.write(`${JSON.stringify(event)}\n`));
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  void listener.stop().then(() => process.exit(0));
});
