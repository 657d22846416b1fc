import { spawnSync } from 'node:child_process';

// PostgreSQL refuses to run as root, so as root the embedded cluster runs as the system user
// `postgres` (created when missing), who must be able to reach its binaries and data.

export interface Account {
  uid: number;
  gid: number;
}

const USER = 'postgres';

/** The account the PostgreSQL processes run as: null when they run as this process's user. */
export function postgresAccount(): Account | null {
  if (process.getuid?.() !== 0) return null;
  const existing = lookUp();
  if (existing) return existing;
  for (const [command, args] of [
    ['groupadd', ['--system', USER]],
    ['useradd', ['--system', '--gid', USER, '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', USER]],
  ] as const) {
    const result = spawnSync(command, args, { encoding: 'utf8' });
    if (result.status !== 0 && !(command === 'groupadd' && result.status === 9)) {
      throw new Error(
        `PostgreSQL cannot run as root, and creating the user "${USER}" failed (${command}: ${(result.error?.message ?? result.stderr).trim()}). Create it, or run as another user.`,
      );
    }
  }
  const created = lookUp();
  if (!created) throw new Error(`The user "${USER}" was created but cannot be found.`);
  return created;
}

function lookUp(): Account | null {
  const id = (flag: string) => spawnSync('id', [flag, USER], { encoding: 'utf8' });
  const uid = id('-u');
  const gid = id('-g');
  if (uid.status !== 0 || gid.status !== 0) return null;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** Whether `account` can use `path` as `test -<flag>` means it (x: enter a folder, run a file). */
export function canAccess(account: Account | null, path: string, flag: 'x' | 'e' = 'x'): boolean {
  if (!account) return true;
  return spawnSync('test', [`-${flag}`, path], { uid: account.uid, gid: account.gid }).status === 0;
}
