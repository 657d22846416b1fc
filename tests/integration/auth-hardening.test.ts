import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { login } from '../../lib/auth/actions/login';
import { createApiToken, verifyApiToken } from '../../lib/auth/api-tokens';
import { clientAddress } from '../../lib/auth/client-address';
import { DEVICE_COOKIE } from '../../lib/auth/login-devices';
import { loginSubjects, recordFailure, resetThrottle } from '../../lib/auth/login-throttle';
import { PEER_ADDRESS_HEADER, stampPeerAddresses } from '../../lib/auth/peer-address';
import { createSession, listSessions, revokeSession, validateSession } from '../../lib/auth/sessions';
import { checkSetupCode, setupCode } from '../../lib/auth/setup-code';
import { createUser, isOwner, resetPassword, signOutEverywhere } from '../../lib/auth/users';
import { db } from '../../lib/db/client';
import { launchEtl } from '../../lib/imdb/etl-launcher';
import { freshDatabase } from '../helpers/database';
import { request, resetRequest } from '../helpers/next-request';

vi.mock('next/headers', () => import('../helpers/next-request'));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('../../lib/imdb/etl-launcher', () => ({ launchEtl: vi.fn(), SAMPLE_SOURCE: 'etl/sample' }));
const { startEtlAction } = await import('../../lib/imdb/actions/start-etl');
const { createApiTokenAction } = await import('../../lib/auth/actions/create-api-token');
const { loadWatchesAction } = await import('../../lib/journal/actions/load-watches');
const { setPostersAction } = await import('../../lib/posters/actions/set-posters');
const { postersSwitchOn } = await import('../../lib/posters/switch');

process.env.DATABASE_URL = await freshDatabase();
afterAll(() => db().$disconnect());
stampPeerAddresses();

const PASSWORD = 'popcorn-and-a-good-film';

beforeEach(async () => {
  await db().user.deleteMany();
  resetThrottle();
  resetRequest();
  delete process.env.TRUST_PROXY;
});

async function account(username: string) {
  const result = await createUser(username, PASSWORD);
  if (!result.ok) throw new Error(result.reason);
  return result.user;
}

/** Submits the login form as a browser at `peer` would; the answer's message, or where it redirected. */
async function submitLogin(fields: Record<string, string>, peer: string, extra: Record<string, string> = {}) {
  request.headers = new Headers({ ...extra, [PEER_ADDRESS_HEADER]: peer });
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  try {
    return (await login({}, form)).message;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return `redirect ${digest.split(';')[2]}`;
  }
}

describe('the client address', () => {
  it('is the TCP peer, whatever X-Forwarded-For or the stamp header the client sends', async () => {
    const server = createServer((req, res) =>
      res.end(clientAddress(new Headers(req.headers as Record<string, string>))),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      for (let i = 0; i < 5; i++) {
        const answer = await fetch(`http://127.0.0.1:${port}/`, {
          headers: { 'x-forwarded-for': `198.51.100.${i}`, [PEER_ADDRESS_HEADER]: `203.0.113.${i}` },
        });
        expect(await answer.text()).toBe('127.0.0.1');
      }
    } finally {
      server.close();
    }
  });

  it('is taken from X-Forwarded-For only with TRUST_PROXY, from its right end', () => {
    const headers = new Headers({ 'x-forwarded-for': '6.6.6.6, 198.51.100.7', [PEER_ADDRESS_HEADER]: '10.0.0.2' });
    expect(clientAddress(headers, undefined)).toBe('10.0.0.2');
    expect(clientAddress(headers, '1')).toBe('198.51.100.7');
    expect(clientAddress(headers, '2')).toBe('6.6.6.6');
    expect(clientAddress(new Headers({ [PEER_ADDRESS_HEADER]: '::ffff:192.0.2.1' }))).toBe('192.0.2.1');
    expect(clientAddress(new Headers({ [PEER_ADDRESS_HEADER]: '2001:db8:1:2:3:4:5:6' }))).toBe('2001:db8:1:2::/64');
  });
});

describe('login', () => {
  it('limits an address however it rotates X-Forwarded-For', async () => {
    const answers: (string | undefined)[] = [];
    for (let i = 0; i < 12; i++) {
      const fields = { username: `guess${i}`, password: 'wrong password' };
      answers.push(await submitLogin(fields, '192.0.2.66', { 'x-forwarded-for': `198.51.100.${i}` }));
    }
    expect(answers.slice(0, 11)).toEqual(Array(11).fill('Wrong username or password.'));
    expect(answers[11]).toMatch(/^Too many failed attempts/);
  });

  it('redirects only within the site after signing in, and never answers 500 for control characters', async () => {
    await account('alice');
    for (const next of ['/\t/evil.example/x', '/\n/evil.example/x', '/\\evil.example', '/%0A']) {
      resetRequest();
      expect(await submitLogin({ username: 'alice', password: PASSWORD, next }, '192.0.2.1')).toMatch(
        /^redirect \/(%0A)?$/,
      );
    }
  });

  it('lets the owner’s browser in during a lock-out that strangers caused', async () => {
    await account('owner');
    expect(await submitLogin({ username: 'owner', password: PASSWORD }, '192.0.2.1')).toBe('redirect /');
    const deviceCookie = request.cookies.get(DEVICE_COOKIE);
    expect(deviceCookie).toMatch(/^[A-Za-z0-9_-]{43}$/);

    resetRequest();
    for (let i = 0; i < 5; i++) await submitLogin({ username: 'owner', password: `guess ${i}` }, `203.0.113.${i}`);
    // Strangers keep guessing, so the lock lasts: 15 minutes by now.
    for (let i = 0; i < 20; i++) recordFailure(loginSubjects({ ip: `203.0.113.${i}`, username: 'owner' }));
    resetRequest();
    expect(await submitLogin({ username: 'owner', password: PASSWORD }, '192.0.2.1')).toMatch(/^Too many/);

    resetRequest();
    request.cookies.set(DEVICE_COOKIE, deviceCookie ?? '');
    expect(await submitLogin({ username: 'owner', password: PASSWORD }, '192.0.2.1')).toBe('redirect /');
  });

  it('does not trust another account’s device cookie', async () => {
    await account('owner');
    await account('bob');
    await submitLogin({ username: 'bob', password: PASSWORD }, '192.0.2.1');
    const bobsDevice = request.cookies.get(DEVICE_COOKIE) ?? '';
    for (let i = 0; i < 20; i++) recordFailure(loginSubjects({ ip: `203.0.113.${i}`, username: 'owner' }));
    resetRequest();
    request.cookies.set(DEVICE_COOKIE, bobsDevice);
    expect(await submitLogin({ username: 'owner', password: PASSWORD }, '192.0.2.1')).toMatch(/^Too many/);
  });
});

describe('the setup code', () => {
  it('is throttled per address and in all, however the address rotates', () => {
    process.env.SETUP_CODE = 'RIGHT-CODE-42';
    try {
      const answers = Array.from({ length: 12 }, (_, i) => checkSetupCode(`WRONG${i}`, `198.51.100.${i}`));
      expect(answers.slice(0, 11).every((a) => !a.ok && a.message.startsWith('That is not'))).toBe(true);
      expect(answers[11]).toEqual({ ok: false, message: expect.stringMatching(/^Too many wrong codes/) });
      expect(checkSetupCode(setupCode(), '192.0.2.1')).toMatchObject({ ok: false });
    } finally {
      delete process.env.SETUP_CODE;
    }
  });

  it('locks one address after four wrong codes', () => {
    for (let i = 0; i < 5; i++) checkSetupCode(`WRONG${i}`, '192.0.2.9');
    expect(checkSetupCode(setupCode(), '192.0.2.9')).toMatchObject({ ok: false });
    expect(checkSetupCode(setupCode(), '192.0.2.10')).toEqual({ ok: true });
  });
});

describe('signing out everywhere', () => {
  it('a password reset revokes the API tokens too', async () => {
    const alice = await account('alice');
    const token = await createApiToken(alice.id, 'phone');
    const { token: session } = await createSession(alice.id);
    expect(await verifyApiToken(token)).toEqual(alice);
    expect(await resetPassword('alice', 'a-brand-new-password')).toEqual({ sessions: 1, tokens: 1 });
    expect(await verifyApiToken(token)).toBeNull();
    expect(await validateSession(session)).toBeNull();
    expect(await resetPassword('nobody', 'a-brand-new-password')).toBeNull();
  });

  it('ends the sessions and tokens of that account only', async () => {
    const alice = await account('alice');
    const bob = await account('bob');
    const bobToken = await createApiToken(bob.id, 'script');
    await createApiToken(alice.id, 'script');
    await createSession(alice.id);
    expect(await signOutEverywhere(alice.id)).toEqual({ sessions: 1, tokens: 1 });
    expect(await verifyApiToken(bobToken)).toEqual(bob);
  });
});

describe('sessions in Settings', () => {
  it('are listed with their last use, the current one marked, and each can be revoked', async () => {
    const alice = await account('alice');
    const bob = await account('bob');
    const phone = await createSession(alice.id, 'Phone');
    const laptop = await createSession(alice.id, 'Laptop');
    await createSession(bob.id, 'Bob');
    const list = await listSessions(alice.id, laptop.token);
    expect(list.map((s) => [s.userAgent, s.current])).toEqual(
      expect.arrayContaining([
        ['Phone', false],
        ['Laptop', true],
      ]),
    );
    expect(list).toHaveLength(2);
    expect(list[0].lastSeenAt).toBeInstanceOf(Date);
    const phoneRow = list.find((s) => s.userAgent === 'Phone');
    expect(await revokeSession(bob.id, phoneRow?.id ?? '')).toBe(false);
    expect(await revokeSession(alice.id, phoneRow?.id ?? '')).toBe(true);
    expect(await validateSession(phone.token)).toBeNull();
    expect(await validateSession(laptop.token)).toEqual(alice);
  });
});

describe('server actions', () => {
  it('check the session before they look at their input, form or not', async () => {
    const tooLong = new FormData();
    tooLong.set('label', 'x'.repeat(500));
    // No session: a redirect to sign in, not a field message that would tell what was wrong.
    await expect(createApiTokenAction({}, tooLong)).rejects.toThrow(/NEXT_REDIRECT/);
    await expect(loadWatchesAction(-1 as never)).rejects.toThrow(/NEXT_REDIRECT/);
    const member = await account('member');
    request.cookies.set('journal_session', (await createSession(member.id)).token);
    expect((await createApiTokenAction({}, tooLong)).fieldErrors?.label).toBeDefined();
    expect(await loadWatchesAction(-1 as never)).toEqual({ watches: [], nextCursor: null, posters: {} });
  });
});

describe('administration', () => {
  it('turns posters off for the server only at the owner’s word', async () => {
    const owner = await account('owner');
    const member = await account('member');
    const off = new FormData();
    off.set('posters', 'off');
    request.cookies.set('journal_session', (await createSession(member.id)).token);
    await setPostersAction(off);
    expect(await postersSwitchOn()).toBe(true);
    request.cookies.set('journal_session', (await createSession(owner.id)).token);
    await setPostersAction(off);
    expect(await postersSwitchOn()).toBe(false);
    const on = new FormData();
    on.set('posters', 'on');
    await setPostersAction(on);
    expect(await postersSwitchOn()).toBe(true);
  });

  it('is the owner’s: the first account', async () => {
    const owner = await account('owner');
    const member = await account('member');
    expect(await isOwner(owner.id)).toBe(true);
    expect(await isOwner(member.id)).toBe(false);
  });

  it('refuses an IMDb load started by a household member', async () => {
    const owner = await account('owner');
    const member = await account('member');
    const form = new FormData();
    form.set('kind', 'imdb');
    vi.mocked(launchEtl).mockClear();

    request.cookies.set('journal_session', (await createSession(member.id)).token);
    await startEtlAction(form);
    expect(launchEtl).not.toHaveBeenCalled();

    request.cookies.set('journal_session', (await createSession(owner.id)).token);
    await startEtlAction(form);
    expect(launchEtl).toHaveBeenCalledTimes(1);
  });
});
