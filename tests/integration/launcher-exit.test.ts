import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/database';
import { TempDirs } from '../helpers/etl-data';
import { waitFor } from '../helpers/etl-db';

// `npm start` ended with exit 0 when the Next.js server was killed, so systemd's
// Restart=on-failure never restarted it. Here the launcher runs as `npm start` runs it,
// in a directory that has a build and a stand-in for the Next.js binary that plays the server.

const databaseUrl = await freshDatabase();
const dirs = new TempDirs();
afterAll(() => dirs.removeAll());

async function launch(server: string) {
  const dir = await dirs.make('launcher-');
  const bin = path.join(dir, 'node_modules', 'next', 'dist', 'bin');
  await mkdir(bin, { recursive: true });
  await writeFile(path.join(bin, 'next'), `console.log('Ready');\n${server}`);
  await symlink(path.resolve('prisma'), path.join(dir, 'prisma'));
  await mkdir(path.join(dir, '.next'));
  await writeFile(path.join(dir, '.next', 'BUILD_ID'), 'test');
  const child = spawn(process.execPath, [path.resolve('scripts/start.mjs')], {
    cwd: dir,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0' },
  });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
  }
  const exited = once(child, 'exit').then(([code, signal]) => ({ code, signal }));
  return { child, exited, output: () => output };
}

describe('npm start', () => {
  it('exits 128 + the signal when a signal kills the server', async () => {
    const run = await launch("process.kill(process.pid, 'SIGKILL');");
    expect(await run.exited, run.output()).toEqual({ code: 137, signal: null });
    expect(run.output()).toContain('My Movie Journal is running');
  });

  it("exits with the server's own code when it fails", async () => {
    const run = await launch('process.exit(3);');
    expect(await run.exited, run.output()).toEqual({ code: 3, signal: null });
  });

  it('exits 0 when it is stopped with SIGTERM, and stops the server', async () => {
    const run = await launch(
      "process.on('SIGTERM', () => { console.log('server stopped'); process.exit(0); }); setInterval(() => {}, 1000);",
    );
    await waitFor(async () => run.output().includes('My Movie Journal is running'), 'the server');
    run.child.kill('SIGTERM');
    expect(await run.exited, run.output()).toEqual({ code: 0, signal: null });
    expect(run.output()).toContain('server stopped');
  });
});
