import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, lstat, mkdir, readdir, readFile, realpath, rm, rmdir, symlink, unlink } from 'node:fs/promises';
import path from 'node:path';
import { type Account, canAccess } from './postgres-account';
import { SHARED_DIR } from './postgres-binaries';

/**
 * The folder the cluster really lives in. Usually `dir` itself; as root, when the user postgres
 * cannot enter the folders above `dir` (a clone in root's 0700 home), a new cluster is made in
 * a folder of its own under SHARED_DIR, and `dir` becomes a link to it, so deleting `dir`
 * still means starting afresh.
 */
export async function clusterDir(dir: string, account: Account | null): Promise<string> {
  if (!account) return dir;
  const real = await realpath(dir).catch(() => null);
  if (real && canAccess(account, real)) return real;
  if (real && (await readdir(real)).length > 0) {
    throw new Error(
      `The user postgres, which runs the embedded PostgreSQL as root, cannot enter ${dir}: move the app to a folder other users can enter, or set DATABASE_URL.`,
    );
  }
  if (!real && canAccess(account, nearestExisting(path.dirname(dir)))) return dir;
  return relocate(dir);
}

function nearestExisting(dir: string): string {
  return existsSync(dir) || path.dirname(dir) === dir ? dir : nearestExisting(path.dirname(dir));
}

async function relocate(dir: string): Promise<string> {
  const clusters = path.join(SHARED_DIR, 'clusters');
  const hash = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 12);
  const target = path.join(clusters, `${path.basename(path.dirname(path.resolve(dir)))}-${hash}`);
  if ((await runningPort(target)) !== undefined) {
    throw new Error(`An embedded PostgreSQL still runs in ${target}, which ${dir} linked to: stop it first.`);
  }
  try {
    await mkdir(clusters, { recursive: true });
    await chmod(SHARED_DIR, 0o755);
    await chmod(clusters, 0o755);
    // What is left of a cluster whose link was deleted.
    await rm(target, { recursive: true, force: true });
    await mkdir(target, { mode: 0o700 });
    if (await lstat(dir).catch(() => null)) await rmEmpty(dir);
    await mkdir(path.dirname(dir), { recursive: true });
    await symlink(target, dir);
  } catch (error) {
    throw new Error(
      `The user postgres cannot enter the folder of ${dir}, and making ${target} for it failed (${(error as Error).message}): move the app to a folder other users can enter, or set DATABASE_URL.`,
    );
  }
  console.log(
    `The user postgres cannot reach ${path.dirname(dir)}: the embedded PostgreSQL keeps its data in ${target} (${dir} links there).`,
  );
  return target;
}

async function rmEmpty(dir: string): Promise<void> {
  if ((await lstat(dir)).isSymbolicLink()) await unlink(dir);
  else await rmdir(dir);
}

/** The port of a postmaster already running on this directory (postmaster.pid line 4). */
export async function runningPort(dir: string): Promise<number | undefined> {
  const lines = (await readFile(path.join(dir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port) return undefined;
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return undefined;
  }
}
