import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApiToken, listApiTokens, revokeApiToken, verifyApiToken } from '../../lib/auth/api-tokens';
import { sha256 } from '../../lib/auth/secrets';
import {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  SESSION_DAYS,
  validateSession,
} from '../../lib/auth/sessions';
import type { UserRecord } from '../../lib/auth/users';
import { db } from '../../lib/db/client';
import { freshDatabase } from '../helpers/database';

process.env.DATABASE_URL = await freshDatabase();
afterAll(() => db().$disconnect());

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
let alice: UserRecord;
let bob: UserRecord;

beforeAll(async () => {
  const select = { id: true, username: true } as const;
  alice = await db().user.create({ data: { username: 'alice', passwordHash: 'scrypt$unused' }, select });
  bob = await db().user.create({ data: { username: 'bob', passwordHash: 'scrypt$unused' }, select });
});

beforeEach(async () => {
  await db().session.deleteMany();
  await db().apiToken.deleteMany();
});

const sessionOf = (token: string) => db().session.findUnique({ where: { id: sha256(token) } });
const setSession = (token: string, data: { lastSeenAt?: Date; expiresAt?: Date }) =>
  db().session.update({ where: { id: sha256(token) }, data });

describe('sessions', () => {
  it('hands out a random token and stores only its SHA-256', async () => {
    const before = Date.now();
    const { token, expiresAt } = await createSession(alice.id, 'Firefox');
    const other = await createSession(alice.id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(other.token).not.toBe(token);
    const rows = await db().session.findMany();
    expect(rows.map((r) => r.id).sort()).toEqual([sha256(token), sha256(other.token)].sort());
    expect(JSON.stringify(rows)).not.toContain(token);
    const row = await sessionOf(token);
    expect(row).toMatchObject({ userId: alice.id, userAgent: 'Firefox', expiresAt });
    expect(expiresAt.getTime() - before).toBeGreaterThanOrEqual(SESSION_DAYS * DAY);
    expect(expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(SESSION_DAYS * DAY);
  });

  it('keeps at most 300 characters of the user agent', async () => {
    const { token } = await createSession(alice.id, 'x'.repeat(1000));
    expect((await sessionOf(token))?.userAgent).toHaveLength(300);
  });

  it('resolves a token to its user', async () => {
    const { token } = await createSession(alice.id);
    expect(await validateSession(token)).toEqual(alice);
  });

  it('resolves nothing for a missing or unknown token, or for the stored hash itself', async () => {
    const { token } = await createSession(alice.id);
    for (const candidate of [undefined, '', 'not-a-session', `${token}x`, sha256(token)]) {
      expect(await validateSession(candidate)).toBeNull();
    }
  });

  it('refuses an expired session and deletes it', async () => {
    const { token } = await createSession(alice.id);
    await setSession(token, { expiresAt: new Date(Date.now() - 1000) });
    expect(await validateSession(token)).toBeNull();
    expect(await sessionOf(token)).toBeNull();
  });

  it('extends a session used more than a day after it was last seen', async () => {
    const { token } = await createSession(alice.id);
    await setSession(token, { lastSeenAt: new Date(Date.now() - 2 * DAY), expiresAt: new Date(Date.now() + DAY) });
    const before = Date.now();
    expect(await validateSession(token)).toEqual(alice);
    const row = await sessionOf(token);
    expect(row?.lastSeenAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(row?.expiresAt.getTime()).toBeGreaterThanOrEqual(before + SESSION_DAYS * DAY);
  });

  it('leaves a session seen within the day as it is', async () => {
    const { token } = await createSession(alice.id);
    const seen = { lastSeenAt: new Date(Date.now() - HOUR), expiresAt: new Date(Date.now() + DAY) };
    await setSession(token, seen);
    expect(await validateSession(token)).toEqual(alice);
    expect(await sessionOf(token)).toMatchObject(seen);
  });

  it('deletes one session on sign-out and keeps the others', async () => {
    const { token } = await createSession(alice.id);
    const other = await createSession(alice.id);
    await deleteSession(token);
    await deleteSession(undefined);
    await deleteSession('unknown');
    expect(await validateSession(token)).toBeNull();
    expect(await validateSession(other.token)).toEqual(alice);
  });

  it('purges expired sessions and reports how many', async () => {
    const sessions = await Promise.all([createSession(alice.id), createSession(alice.id), createSession(bob.id)]);
    await setSession(sessions[0].token, { expiresAt: new Date(Date.now() - DAY) });
    await setSession(sessions[2].token, { expiresAt: new Date(Date.now() - 1000) });
    expect(await deleteExpiredSessions()).toBe(2);
    expect(await db().session.findMany({ select: { id: true } })).toEqual([{ id: sha256(sessions[1].token) }]);
    expect(await deleteExpiredSessions()).toBe(0);
  });
});

describe('API tokens', () => {
  it('shows a mmj_ token once and stores only its hash and prefix', async () => {
    const token = await createApiToken(alice.id, 'phone');
    expect(token).toMatch(/^mmj_[A-Za-z0-9_-]{43}$/);
    expect(await createApiToken(alice.id, 'phone')).not.toBe(token);
    const row = await db().apiToken.findUniqueOrThrow({ where: { tokenHash: sha256(token) } });
    expect(row).toMatchObject({ userId: alice.id, label: 'phone', prefix: token.slice(0, 10), lastUsedAt: null });
    expect(JSON.stringify(await db().apiToken.findMany())).not.toContain(token.slice(10));
  });

  it('resolves a valid token to its user and records when it was used', async () => {
    const token = await createApiToken(alice.id, 'script');
    const before = Date.now();
    expect(await verifyApiToken(token)).toEqual(alice);
    const row = await db().apiToken.findUniqueOrThrow({ where: { tokenHash: sha256(token) } });
    expect(row.lastUsedAt?.getTime()).toBeGreaterThanOrEqual(before);
  });

  it('resolves nothing for unknown or malformed tokens', async () => {
    const token = await createApiToken(alice.id, 'script');
    for (const candidate of ['', 'mmj_', 'mmj_nope', `${token}x`, token.slice(4), `MMJ_${token.slice(4)}`]) {
      expect(await verifyApiToken(candidate)).toBeNull();
    }
  });

  it('stops accepting a revoked token', async () => {
    const token = await createApiToken(alice.id, 'old laptop');
    const { id } = await db().apiToken.findUniqueOrThrow({ where: { tokenHash: sha256(token) } });
    expect(await revokeApiToken(alice.id, id)).toBe(true);
    expect(await verifyApiToken(token)).toBeNull();
    expect(await revokeApiToken(alice.id, id)).toBe(false);
  });

  it('lets a user revoke only their own tokens', async () => {
    const token = await createApiToken(alice.id, 'phone');
    const { id } = await db().apiToken.findUniqueOrThrow({ where: { tokenHash: sha256(token) } });
    expect(await revokeApiToken(bob.id, id)).toBe(false);
    expect(await revokeApiToken(alice.id, id + 1000)).toBe(false);
    expect(await verifyApiToken(token)).toEqual(alice);
  });

  it('lists a user’s own tokens, newest first, without their hashes', async () => {
    const first = await createApiToken(alice.id, 'first');
    await createApiToken(bob.id, 'not alice’s');
    const second = await createApiToken(alice.id, 'second');
    await db().apiToken.update({
      where: { tokenHash: sha256(first) },
      data: { createdAt: new Date(Date.now() - HOUR) },
    });
    const list = await listApiTokens(alice.id);
    expect(list.map((t) => t.label)).toEqual(['second', 'first']);
    expect(Object.keys(list[0]).sort()).toEqual(['createdAt', 'id', 'label', 'lastUsedAt', 'prefix', 'revokedAt']);
    expect(list[0].prefix).toBe(second.slice(0, 10));
    expect(JSON.stringify(list)).not.toContain(sha256(second));
  });
});
