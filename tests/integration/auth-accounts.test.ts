import pg from 'pg';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyPassword } from '../../lib/auth/password';
import { usernameSchema } from '../../lib/auth/schemas';
import { createSession, validateSession } from '../../lib/auth/sessions';
import { countUsers, createUser, findUserByUsername, resetPassword } from '../../lib/auth/users';
import { db } from '../../lib/db/client';
import { freshDatabase } from '../helpers/database';

process.env.DATABASE_URL = await freshDatabase();
afterAll(() => db().$disconnect());

const PASSWORD = 'popcorn-and-a-good-film';

beforeEach(async () => {
  await db().user.deleteMany();
});

/** Runs `calls` so that they really overlap: all of them queue behind a lock on users, then start together. */
async function racing<T>(calls: (() => Promise<T>)[]): Promise<T[]> {
  const blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await blocker.connect();
  try {
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE users IN ACCESS EXCLUSIVE MODE');
    const results = Promise.allSettled(calls.map((call) => call()));
    await vi.waitFor(
      async () => {
        // pg_stat_activity is otherwise frozen for the rest of the blocker's transaction.
        await blocker.query('SELECT pg_stat_clear_snapshot()');
        const { rows } = await blocker.query<{ waiting: number }>(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        expect(rows[0].waiting).toBe(calls.length);
      },
      { timeout: 10_000, interval: 20 },
    );
    await blocker.query('COMMIT');
    return (await results).map((r) => {
      if (r.status === 'rejected') throw r.reason;
      return r.value;
    });
  } finally {
    await blocker.end();
  }
}

async function created(username: string, password = PASSWORD) {
  const result = await createUser(username, password);
  if (!result.ok) throw new Error(`could not create ${username}: ${result.reason}`);
  return result.user;
}

describe('createUser', () => {
  it('stores a scrypt hash of the password, never the password', async () => {
    const result = await createUser('alice', PASSWORD);
    expect(result).toEqual({ ok: true, user: { id: expect.any(Number), username: 'alice' } });
    const row = await db().user.findUniqueOrThrow({ where: { username: 'alice' } });
    expect(row.passwordHash).toMatch(/^scrypt\$/);
    expect(row.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, row.passwordHash)).toBe(true);
    expect(await countUsers()).toBe(1);
  });

  it('refuses a username that is taken', async () => {
    const first = await created('alice');
    expect(await createUser('alice', 'another-password')).toEqual({ ok: false, reason: 'taken' });
    expect(await countUsers()).toBe(1);
    const row = await db().user.findUniqueOrThrow({ where: { id: first.id } });
    expect(await verifyPassword(PASSWORD, row.passwordHash)).toBe(true);
  });

  it('lets exactly one of two simultaneous sign-ups with one username through', async () => {
    const results = await racing([() => createUser('alice', PASSWORD), () => createUser('alice', PASSWORD)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'taken' }]);
    expect(await countUsers()).toBe(1);
  });
});

describe('the owner', () => {
  it('is the first account, however it was created, and only that one', async () => {
    await created('first');
    await created('second');
    const owners = await db().user.findMany({ where: { isOwner: true }, select: { username: true } });
    expect(owners).toEqual([{ username: 'first' }]);
  });
});

describe('createUser with onlyIfFirst', () => {
  it('creates the first account and refuses any other', async () => {
    expect(await createUser('owner', PASSWORD, { onlyIfFirst: true })).toMatchObject({ ok: true });
    expect(await createUser('intruder', PASSWORD, { onlyIfFirst: true })).toEqual({ ok: false, reason: 'not-first' });
    expect(await createUser('owner', PASSWORD, { onlyIfFirst: true })).toEqual({ ok: false, reason: 'not-first' });
    expect(await createUser('friend', PASSWORD)).toMatchObject({ ok: true, user: { username: 'friend' } });
    expect(await countUsers()).toBe(2);
  });

  it('yields exactly one owner when several setups are submitted at once', async () => {
    const results = await racing(
      ['owner', 'intruder', 'other'].map((name) => () => createUser(name, PASSWORD, { onlyIfFirst: true })),
    );
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, reason: 'not-first' },
      { ok: false, reason: 'not-first' },
    ]);
    const users = await db().user.findMany({ select: { id: true, username: true } });
    expect(users).toEqual([winners[0].ok && winners[0].user]);
  });
});

describe('resetPassword', () => {
  it('changes the hash and signs out that account only', async () => {
    const alice = await created('alice');
    const bob = await created('bob');
    const aliceSessions = await Promise.all([createSession(alice.id), createSession(alice.id, 'phone')]);
    const bobSession = await createSession(bob.id);
    const before = await db().user.findUniqueOrThrow({ where: { id: alice.id } });

    expect(await resetPassword('alice', 'a-brand-new-password')).toEqual({ sessions: 2, tokens: 0 });

    const after = await db().user.findUniqueOrThrow({ where: { id: alice.id } });
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect(await verifyPassword('a-brand-new-password', after.passwordHash)).toBe(true);
    expect(await verifyPassword(PASSWORD, after.passwordHash)).toBe(false);
    expect(await db().session.count({ where: { userId: alice.id } })).toBe(0);
    for (const { token } of aliceSessions) expect(await validateSession(token)).toBeNull();
    expect(await validateSession(bobSession.token)).toEqual({ id: bob.id, username: 'bob' });
    const bobRow = await db().user.findUniqueOrThrow({ where: { id: bob.id } });
    expect(await verifyPassword(PASSWORD, bobRow.passwordHash)).toBe(true);
  });

  it('returns null for an unknown account and changes nothing', async () => {
    const alice = await created('alice');
    await createSession(alice.id);
    expect(await resetPassword('nobody', 'a-brand-new-password')).toBeNull();
    expect(await db().session.count()).toBe(1);
  });
});

describe('usernames', () => {
  it('are trimmed and lower-cased by usernameSchema', () => {
    expect(usernameSchema.parse('  Alice.Smith ')).toBe('alice.smith');
    expect(usernameSchema.parse('FILM_buff-42')).toBe('film_buff-42');
  });

  it.each([
    ['too short', 'a'],
    ['too long', 'a'.repeat(41)],
    ['starting with a dot', '.alice'],
    ['starting with a dash', '-alice'],
    ['with a space inside', 'al ice'],
    ['with punctuation', 'alice!'],
    ['with an accent', 'élodie'],
    ['with a slash', 'alice/bob'],
  ])('rejects a username %s', (_, username) => {
    expect(usernameSchema.safeParse(username).success).toBe(false);
  });

  it('accepts 2 to 40 characters', () => {
    expect(usernameSchema.parse('ab')).toBe('ab');
    expect(usernameSchema.parse('A'.repeat(40))).toBe('a'.repeat(40));
  });

  it('map differently-cased sign-ups to one account once validated', async () => {
    expect(await createUser(usernameSchema.parse('Alice'), PASSWORD)).toMatchObject({ ok: true });
    expect(await createUser(usernameSchema.parse(' ALICE '), PASSWORD)).toEqual({ ok: false, reason: 'taken' });
    expect(await findUserByUsername('ALICE')).toMatchObject({ username: 'alice' });
    expect(await findUserByUsername('bob')).toBeNull();
  });
});
