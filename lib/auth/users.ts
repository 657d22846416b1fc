import { db } from '../db/client';
import { hashPassword } from './password';

export type UserRecord = { id: number; username: string };

export async function countUsers(): Promise<number> {
  return db().user.count();
}

export async function findUserByUsername(username: string) {
  return db().user.findUnique({ where: { username: username.toLowerCase() } });
}

export type CreateUserResult = { ok: true; user: UserRecord } | { ok: false; reason: 'taken' | 'not-first' };

/**
 * Creates an account. With `onlyIfFirst`, refuses when any account exists: the check and
 * the insert share a lock so two setup forms submitted at once cannot both win.
 */
export async function createUser(
  username: string,
  password: string,
  options: { onlyIfFirst?: boolean } = {},
): Promise<CreateUserResult> {
  username = username.toLowerCase();
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE`;
    if (options.onlyIfFirst && (await tx.user.count()) > 0) return { ok: false, reason: 'not-first' } as const;
    if (await tx.user.findUnique({ where: { username } })) return { ok: false, reason: 'taken' } as const;
    const user = await tx.user.create({ data: { username, passwordHash }, select: { id: true, username: true } });
    return { ok: true, user } as const;
  });
}

/** Sets a new password and signs the account out everywhere. */
export async function resetPassword(username: string, password: string): Promise<boolean> {
  username = username.toLowerCase();
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { username } });
    if (!user) return false;
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    return true;
  });
}
