import 'server-only';
import { spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { dataDir } from '../db/config';

export const SAMPLE_SOURCE = path.join(process.cwd(), 'etl', 'sample');

function launch(args: string[], log: number) {
  const child = spawn(process.execPath, args, {
    cwd: process.cwd(),
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env },
  });
  child.unref();
  return child;
}

/**
 * Starts `etl/cli.ts` as its own process, detached from the server so that a restart of
 * the app does not end a load; its output goes to data/etl.log. The ETL's own lock keeps
 * a second run from starting. After a successful load the week's picks are made again
 * (`npm run picks -- generate`), while this server is still up to see the load end.
 */
export function launchEtl(args: string[]): void {
  mkdirSync(dataDir(), { recursive: true });
  const log = openSync(path.join(dataDir(), 'etl.log'), 'a');
  const etl = launch([path.join(process.cwd(), 'scripts', 'etl.mjs'), ...args], log);
  etl.on('exit', (code) => {
    if (code === 0)
      launch(
        ['--max-old-space-size=160', '--import', 'tsx', path.join(process.cwd(), 'scripts', 'picks.ts'), 'generate'],
        log,
      );
  });
}
