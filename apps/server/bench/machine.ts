import { readdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';

/** The machine a bench ran on, for the table in docs/performance.md. */
export interface Machine {
  readonly cores: number;
  readonly cpu: string;
  readonly memoryGiB: number;
  readonly postgres: string;
  readonly node: string;
  /** One line: "2 cores (AMD EPYC …), 23 GiB RAM, PostgreSQL 18.1, Node v20.19.2, load 0.52". */
  readonly summary: string;
}

export async function machine(pool: pg.Pool): Promise<Machine> {
  const { rows } = await pool.query<{ server_version: string }>('show server_version');
  const cores = os.availableParallelism();
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memoryGiB = Math.round(os.totalmem() / 2 ** 30);
  const postgres = `PostgreSQL ${rows[0]?.server_version ?? '?'}`;
  const node = `Node ${process.version}`;
  const load = os.loadavg()[0]?.toFixed(2) ?? '?';
  return {
    cores,
    cpu,
    memoryGiB,
    postgres,
    node,
    summary: `${cores} cores (${cpu}), ${memoryGiB} GiB RAM, ${postgres}, ${node}, load average ${load} at start`,
  };
}

/** Bytes of the files under a directory (the embedded cluster's size on disk). */
export async function directorySize(directory: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(directory, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) total += await directorySize(full);
    else if (entry.isFile()) total += (await stat(full).catch(() => ({ size: 0 }))).size;
  }
  return total;
}
