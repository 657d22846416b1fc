import { db } from '../db/client';
import { randomSecret, sha256 } from './secrets';
import type { UserRecord } from './users';

export { SESSION_COOKIE } from './cookie-name';
export const SESSION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

function expiry(from = Date.now()): Date {
  return new Date(from + SESSION_DAYS * DAY_MS);
}

/** Returns the token for the cookie; the database keeps only its hash. */
export async function createSession(
  userId: number,
  userAgent?: string | null,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomSecret();
  const expiresAt = expiry();
  await db().session.create({
    data: { id: sha256(token), userId, expiresAt, userAgent: userAgent?.slice(0, 300) ?? null },
  });
  return { token, expiresAt };
}

/** The user behind a session token, extending the session once a day while it is used. */
export async function validateSession(token: string | undefined): Promise<UserRecord | null> {
  if (!token) return null;
  const id = sha256(token);
  const session = await db().session.findUnique({
    where: { id },
    include: { user: { select: { id: true, username: true } } },
  });
  if (!session) return null;
  const now = Date.now();
  if (session.expiresAt.getTime() <= now) {
    await db().session.deleteMany({ where: { id } });
    return null;
  }
  if (now - session.lastSeenAt.getTime() > DAY_MS) {
    await db().session.update({ where: { id }, data: { lastSeenAt: new Date(now), expiresAt: expiry(now) } });
  }
  return session.user;
}

export async function deleteSession(token: string | undefined): Promise<void> {
  if (token) await db().session.deleteMany({ where: { id: sha256(token) } });
}

export async function deleteExpiredSessions(): Promise<number> {
  const { count } = await db().session.deleteMany({ where: { expiresAt: { lte: new Date() } } });
  return count;
}

type SessionRow = { id: string; createdAt: Date; lastSeenAt: Date; userAgent: string | null; current: boolean };

/** The account's live sessions, most recently used first; `current` marks the one of `token`. */
export async function listSessions(userId: number, token: string | undefined): Promise<SessionRow[]> {
  const rows = await db().session.findMany({
    where: { userId, expiresAt: { gt: new Date() } },
    orderBy: { lastSeenAt: 'desc' },
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true },
  });
  const own = token ? sha256(token) : undefined;
  return rows.map((row) => ({ ...row, current: row.id === own }));
}

/** Ends one of the account's sessions, by its id (the token's hash, which cannot sign anyone in). */
export async function revokeSession(userId: number, id: string): Promise<boolean> {
  const { count } = await db().session.deleteMany({ where: { id, userId } });
  return count > 0;
}
