import { db } from '../db/client';
import { randomSecret, sha256 } from './secrets';

export const DEVICE_COOKIE = 'journal_device';
export const DEVICE_DAYS = 365;

/** Remembers a browser that signed in; returns the token for its cookie (the database keeps its hash). */
export async function createLoginDevice(userId: number): Promise<string> {
  const token = randomSecret();
  await db().loginDevice.create({ data: { userId, tokenHash: sha256(token) } });
  return token;
}

/** The device key of a cookie that belongs to `username`'s account, or null. */
export async function loginDeviceOf(token: string | undefined, username: string): Promise<string | null> {
  if (!token) return null;
  const tokenHash = sha256(token);
  const row = await db().loginDevice.findUnique({ where: { tokenHash }, include: { user: true } });
  if (!row || row.user.username !== username.toLowerCase()) return null;
  await db().loginDevice.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  return tokenHash;
}
