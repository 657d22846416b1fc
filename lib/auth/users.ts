import { db } from '../db/client';
import type { Prisma } from '../db/generated/client';
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
    const count = await tx.user.count();
    if (options.onlyIfFirst && count > 0) return { ok: false, reason: 'not-first' } as const;
    if (await tx.user.findUnique({ where: { username } })) return { ok: false, reason: 'taken' } as const;
    // The first account is the owner, whether made by setup or by the CLI.
    const user = await tx.user.create({
      data: { username, passwordHash, isOwner: count === 0 },
      select: { id: true, username: true },
    });
    return { ok: true, user } as const;
  });
}

/** Whether the account may administer the server (IMDb loads): only the owner. */
export async function isOwner(userId: number): Promise<boolean> {
  return (await db().user.count({ where: { id: userId, isOwner: true } })) > 0;
}

type SignedOut = { sessions: number; tokens: number };

/** Ends every session, revokes every API token and forgets every device of the account. */
export async function signOutEverywhere(userId: number, tx: Prisma.TransactionClient = db()): Promise<SignedOut> {
  const sessions = await tx.session.deleteMany({ where: { userId } });
  const tokens = await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  await tx.loginDevice.deleteMany({ where: { userId } });
  return { sessions: sessions.count, tokens: tokens.count };
}

/** Sets a new password and signs the account out everywhere; null for an unknown account. */
export async function resetPassword(username: string, password: string): Promise<SignedOut | null> {
  username = username.toLowerCase();
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { username } });
    if (!user) return null;
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    return signOutEverywhere(user.id, tx);
  });
}
