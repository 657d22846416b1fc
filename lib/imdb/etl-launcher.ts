import 'server-only';
import { spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { dataDir } from '../db/config';

export const SAMPLE_SOURCE = path.join(process.cwd(), 'etl', 'sample');

/**
 * Starts `etl/cli.ts` as its own process, detached from the server so that a restart of
 * the app does not end a load; its output goes to data/etl.log. The ETL's own lock keeps
 * a second run from starting. A successful load asks for every account's statistics and
 * picks to be rebuilt, which this server's refresher does (lib/server/refresher.ts).
 */
export function launchEtl(args: string[]): void {
  mkdirSync(dataDir(), { recursive: true });
  const log = openSync(path.join(dataDir(), 'etl.log'), 'a');
  const child = spawn(process.execPath, [path.join(process.cwd(), 'scripts', 'etl.mjs'), ...args], {
    cwd: process.cwd(),
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env },
  });
  child.unref();
}
