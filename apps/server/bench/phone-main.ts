import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { connectDatabase } from '../src/db/database';
import { seedDemo } from '../src/seed/demo';
import { benchReportOnPhone } from './phone';

/** `npm run bench:phone`: only the quick report on an emulated phone, on the demo data. */
const dataDir = await mkdtemp(path.join(tmpdir(), 'varn-bench-phone-'));
await chmod(dataDir, 0o755);
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const running = await connectDatabase({ databaseUrl: process.env.BENCH_DATABASE_URL, dataDir, log: quiet });
try {
  const password = 'bench-password-1234';
  await seedDemo(running.database.db, password, new Date());
  const result = await benchReportOnPhone(running.database.db, loadConfig({ VARN_DATA_DIR: dataDir }), {
    email: 'politiker@exempelkommun.se',
    password,
  });
  if (!result) process.exitCode = 1;
} finally {
  await running.close();
  await rm(dataDir, { recursive: true, force: true });
}
