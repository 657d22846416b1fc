// `npm start`: builds the app if there is no build yet, opens the database (DATABASE_URL,
// or the embedded PostgreSQL in ./data/postgres), starts Next.js, and stops it all on exit.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { openDatabase } from '../lib/db/connect';
import { exitCodeOf } from './child-exit';

const dev = process.argv.includes('--dev');
const port = process.env.PORT ?? '3000';
const host = process.env.HOST ?? '0.0.0.0';
const nextBin = 'node_modules/next/dist/bin/next';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

if (!dev && !existsSync('.next/BUILD_ID')) {
  console.log('No production build yet: building (about a minute)…');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const database = await openDatabase().catch((error: unknown) => {
  // One line, no stack trace: these are setup problems the reader can fix.
  console.error(`Cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
console.log(database.startedHere ? 'Embedded PostgreSQL started.' : 'Using the configured PostgreSQL.');

const server = spawn(process.execPath, [nextBin, dev ? 'dev' : 'start', '-p', port, '-H', host], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...env, DATABASE_URL: database.url },
});
server.stdout.on('data', (chunk: Buffer) => {
  const text = chunk.toString();
  process.stdout.write(text);
  if (text.includes('Ready')) printUrls();
});

function printUrls() {
  const lan = Object.values(os.networkInterfaces())
    .flat()
    .filter((i) => i && i.family === 'IPv4' && !i.internal)
    .map((i) => `http://${i?.address}:${port}`);
  console.log(
    `\nMy Movie Journal is running: http://localhost:${port}${lan.length ? ` (on your network: ${lan.join(', ')})` : ''}\n`,
  );
}

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  // The server ends before the database it uses.
  if (server.exitCode === null && server.signalCode === null) {
    const ended = once(server, 'exit');
    server.kill('SIGTERM');
    const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
    await ended;
    clearTimeout(timer);
  }
  await database.stop();
  process.exit(code);
}
// A server that dies on its own is a failure even when a signal ended it; only our own stop
// (SIGINT, SIGTERM) is a clean exit.
server.on('exit', (code, signal) => void shutdown(exitCodeOf(code, signal)));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(0));
