import { db } from '../db/client';
import { randomSecret, sha256 } from './secrets';
import type { UserRecord } from './users';

const TOKEN_PREFIX = 'mmj_';

/** Creates a token and returns it in clear text: the only time it is ever shown. */
export async function createApiToken(userId: number, label: string): Promise<string> {
  const token = `${TOKEN_PREFIX}${randomSecret()}`;
  await db().apiToken.create({
    data: { userId, label, tokenHash: sha256(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6) },
  });
  return token;
}

export async function verifyApiToken(token: string): Promise<UserRecord | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await db().apiToken.findUnique({
    where: { tokenHash: sha256(token) },
    include: { user: { select: { id: true, username: true } } },
  });
  if (!row || row.revokedAt) return null;
  await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  return row.user;
}

export function listApiTokens(userId: number) {
  return db().apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    select: { id: true, label: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

export async function revokeApiToken(userId: number, id: number): Promise<boolean> {
  const { count } = await db().apiToken.updateMany({
    where: { id, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count > 0;
}
