import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { disableTwoFactorAction } from '../../lib/auth/actions/disable-two-factor';
import { attemptLogin, attemptSecondFactor } from '../../lib/auth/login-flow';
import { resetThrottle } from '../../lib/auth/login-throttle';
import { PEER_ADDRESS_HEADER, stampPeerAddresses } from '../../lib/auth/peer-address';
import { createSession, SESSION_COOKIE, validateSession } from '../../lib/auth/sessions';
import { confirmEnrolment, startEnrolment, twoFactorEnabled, verifySecondFactor } from '../../lib/auth/two-factor';
import { createUser, type UserRecord } from '../../lib/auth/users';
import { db } from '../../lib/db/client';
import { freshDatabase } from '../helpers/database';
import { request, resetRequest } from '../helpers/next-request';

vi.mock('next/headers', () => import('../helpers/next-request'));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
stampPeerAddresses();

const databaseUrl = await freshDatabase();
process.env.DATABASE_URL = databaseUrl;
afterAll(() => db().$disconnect());

const PASSWORD = 'popcorn-and-a-good-film';
const STEP = 30_000;
const client = { ip: '192.0.2.1', userAgent: 'test' };
let alice: UserRecord;

const codeAt = (secret: string, timestamp: number) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp });

/** Enrols alice; returns her secret and recovery codes. */
async function enrol(): Promise<{ secret: string; codes: string[] }> {
  const enrolment = await startEnrolment(alice.id, alice.username);
  if (!enrolment) throw new Error('already enrolled');
  const codes = await confirmEnrolment(alice.id, codeAt(enrolment.secret, Date.now()));
  if (!codes) throw new Error('not confirmed');
  return { secret: enrolment.secret, codes };
}

async function passwordStep(): Promise<string> {
  const outcome = await attemptLogin({ ...client, username: 'alice', password: PASSWORD, next: '/diary' });
  if (outcome.ok !== 'second-factor') throw new Error(`expected a second step, got ${JSON.stringify(outcome)}`);
  return outcome.pendingToken;
}

beforeEach(async () => {
  await db().user.deleteMany();
  resetThrottle();
  const created = await createUser('alice', PASSWORD);
  if (!created.ok) throw new Error(created.reason);
  alice = created.user;
});

describe('enrolment', () => {
  it('shows a QR code of an otpauth URI and turns on only with a current code', async () => {
    const enrolment = await startEnrolment(alice.id, 'alice');
    expect(enrolment?.uri).toMatch(/^otpauth:\/\/totp\/My%20Movie%20Journal:alice\?.*secret=[A-Z2-7]+/);
    expect(enrolment?.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    const secret = enrolment?.secret ?? '';
    expect(await confirmEnrolment(alice.id, '000000', Date.now() - 10 * STEP)).toBeNull();
    expect(await confirmEnrolment(alice.id, codeAt(secret, Date.now() - 10 * STEP))).toBeNull();
    expect(await twoFactorEnabled(alice.id)).toBe(false);
    const codes = await confirmEnrolment(alice.id, codeAt(secret, Date.now()));
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(await twoFactorEnabled(alice.id)).toBe(true);
    const stored = await db().recoveryCode.findMany();
    expect(JSON.stringify(stored)).not.toContain(codes?.[0].replace('-', ''));
    expect(await startEnrolment(alice.id, 'alice')).toBeNull();
  });
});

describe('signing in with two-factor sign-in on', () => {
  it('asks for a code after the password, and creates no session before it', async () => {
    const { secret } = await enrol();
    const pending = await passwordStep();
    expect(await db().session.count()).toBe(0);
    const wrong = await attemptSecondFactor({ ...client, pendingToken: pending, code: '123456' });
    expect(wrong).toMatchObject({ ok: false, message: expect.stringMatching(/not right/) });
    const outcome = await attemptSecondFactor({
      ...client,
      pendingToken: pending,
      code: codeAt(secret, Date.now() + STEP),
    });
    expect(outcome).toMatchObject({ ok: true, next: '/diary' });
    if (outcome.ok !== true) throw new Error('not signed in');
    expect(await validateSession(outcome.sessionToken)).toEqual(alice);
    // The pending login is spent, and so is that code.
    expect(await attemptSecondFactor({ ...client, pendingToken: pending, code: '000000' })).toMatchObject({
      expired: true,
    });
    const again = await passwordStep();
    expect(
      await attemptSecondFactor({ ...client, pendingToken: again, code: codeAt(secret, Date.now() + STEP) }),
    ).toMatchObject({ ok: false });
  });

  it('accepts each recovery code once', async () => {
    const { codes } = await enrol();
    const first = await attemptSecondFactor({ ...client, pendingToken: await passwordStep(), code: codes[0] });
    expect(first).toMatchObject({ ok: true });
    const reused = await attemptSecondFactor({ ...client, pendingToken: await passwordStep(), code: codes[0] });
    expect(reused).toMatchObject({ ok: false });
    expect(await verifySecondFactor(alice.id, codes[1].toUpperCase().replace('-', ' '))).toBe(true);
  });

  it('throttles codes like passwords, and ends a pending login after five wrong codes', async () => {
    await enrol();
    const pending = await passwordStep();
    for (let i = 0; i < 5; i++) await attemptSecondFactor({ ...client, pendingToken: pending, code: `00000${i}` });
    expect(await attemptSecondFactor({ ...client, pendingToken: pending, code: '000009' })).toMatchObject({
      expired: true,
    });
    const next = await passwordStep();
    expect(await attemptSecondFactor({ ...client, pendingToken: next, code: '000009' })).toMatchObject({
      message: expect.stringMatching(/^Too many failed attempts/),
    });
  });

  it('refuses a pending token that was never issued', async () => {
    expect(await attemptSecondFactor({ ...client, pendingToken: 'made-up', code: '123456' })).toMatchObject({
      expired: true,
    });
  });
});

describe('turning two-factor sign-in off in Settings', () => {
  /** Submits the Settings form as alice's signed-in browser at `peer`; the error shown, if any. */
  async function turnOff(secret: string, peer: string): Promise<string | undefined> {
    resetRequest({ [PEER_ADDRESS_HEADER]: peer });
    request.cookies.set(SESSION_COOKIE, (await createSession(alice.id)).token);
    const form = new FormData();
    form.set('password', secret);
    const state = await disableTwoFactorAction({}, form);
    return state.ok ? undefined : (state.fieldErrors?.password?.[0] ?? state.message);
  }

  it('takes the password or a current code', async () => {
    await enrol();
    expect(await turnOff('not my password', '192.0.2.1')).toMatch(/^Neither your password/);
    expect(await turnOff(PASSWORD, '192.0.2.1')).toBeUndefined();
    expect(await twoFactorEnabled(alice.id)).toBe(false);
    const again = await enrol();
    expect(await turnOff(codeAt(again.secret, Date.now() + STEP), '192.0.2.1')).toBeUndefined();
    expect(await twoFactorEnabled(alice.id)).toBe(false);
  });

  it('is throttled like passwords: a stolen session cannot keep guessing, from any address', async () => {
    await enrol();
    const answers: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) answers.push(await turnOff(`guess ${i}`, `203.0.113.${i}`));
    expect(answers.slice(0, 5)).toEqual(Array(5).fill('Neither your password nor a current code.'));
    expect(answers[5]).toMatch(/^Too many failed attempts/);
    // Even the right password waits until the lock ends, or the answer would confirm a guess.
    expect(await turnOff(PASSWORD, '198.51.100.1')).toMatch(/^Too many failed attempts/);
    expect(await twoFactorEnabled(alice.id)).toBe(true);
    resetThrottle();
    expect(await turnOff(PASSWORD, '198.51.100.1')).toBeUndefined();
  });
});

describe('npm run user -- 2fa-reset', () => {
  it('turns two-factor sign-in off, so the password alone signs in', async () => {
    await enrol();
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/user.ts', '2fa-reset', 'alice'], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    expect(stdout).toMatch(/Two-factor sign-in of alice is off/);
    expect(await twoFactorEnabled(alice.id)).toBe(false);
    expect(await db().recoveryCode.count()).toBe(0);
    const outcome = await attemptLogin({ ...client, username: 'alice', password: PASSWORD, next: '/' });
    expect(outcome).toMatchObject({ ok: true });
  });
});
