import { createLoginDevice, loginDeviceOf } from './login-devices';
import {
  loginSubjects,
  reauthSubjects,
  recordFailure,
  recordSuccess,
  secondFactorSubjects,
  waitMessage,
} from './login-throttle';
import { dummyHash, verifyPassword } from './password';
import { createPendingLogin, endPendingLogin, pendingLoginOf } from './pending-login';
import { createSession } from './sessions';
import { twoFactorEnabled, verifySecondFactor } from './two-factor';
import { findUserByUsername } from './users';

type SignedIn = { ok: true; sessionToken: string; deviceToken: string; next: string };
type LoginOutcome = { ok: false; message: string } | SignedIn | { ok: 'second-factor'; pendingToken: string };

type Client = { ip: string; deviceToken?: string; userAgent?: string | null };

/**
 * A password attempt, with the browser's device cookie if it has one. On success a session
 * (and the device cookie to set), or, for an account with two-factor sign-in, a pending login
 * that `attemptSecondFactor` completes.
 */
export async function attemptLogin(
  input: Client & { username: string; password: string; next: string },
): Promise<LoginOutcome> {
  const device = await loginDeviceOf(input.deviceToken, input.username);
  const subjects = loginSubjects({ ip: input.ip, username: input.username, device });
  // The password is not even checked during a wait, or the answer would still confirm a guess.
  const wait = waitMessage(subjects);
  if (wait) return { ok: false, message: wait };
  const user = await findUserByUsername(input.username);
  const valid = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash()));
  if (!user || !valid) {
    recordFailure(subjects);
    return { ok: false, message: 'Wrong username or password.' };
  }
  recordSuccess(subjects);
  const deviceToken = device ? input.deviceToken : undefined;
  if (await twoFactorEnabled(user.id)) {
    const login = { userId: user.id, username: user.username, next: input.next, device, deviceToken };
    return { ok: 'second-factor', pendingToken: createPendingLogin(login) };
  }
  return signIn(user.id, deviceToken, input.next, input.userAgent);
}

/** The code step of a pending login, throttled like passwords. */
export async function attemptSecondFactor(
  input: Client & { pendingToken: string | undefined; code: string },
): Promise<LoginOutcome | { ok: false; expired: true; message: string }> {
  const pending = pendingLoginOf(input.pendingToken);
  if (!pending) return { ok: false, expired: true, message: 'Sign in again: that took too long.' };
  const subjects = secondFactorSubjects({ ip: input.ip, username: pending.username, device: pending.device });
  const wait = waitMessage(subjects);
  if (wait) return { ok: false, message: wait };
  if (!(await verifySecondFactor(pending.userId, input.code))) {
    pending.codesTried += 1;
    recordFailure(subjects);
    return { ok: false, message: 'That code is not right (or was already used).' };
  }
  recordSuccess(subjects);
  endPendingLogin(input.pendingToken);
  return signIn(pending.userId, pending.deviceToken, pending.next, input.userAgent);
}

/**
 * A signed-in account proving itself again (to turn two-factor sign-in off) with its password
 * or a current (or recovery) code, throttled like passwords.
 */
export async function attemptReauthentication(input: {
  userId: number;
  username: string;
  ip: string;
  secret: string;
}): Promise<{ ok: true } | { ok: false; message: string }> {
  const subjects = reauthSubjects(input);
  const wait = waitMessage(subjects);
  if (wait) return { ok: false, message: wait };
  const account = await findUserByUsername(input.username);
  const proven =
    (account?.id === input.userId && (await verifyPassword(input.secret, account.passwordHash))) ||
    (await verifySecondFactor(input.userId, input.secret));
  if (!proven) {
    recordFailure(subjects);
    return { ok: false, message: 'Neither your password nor a current code.' };
  }
  recordSuccess(subjects);
  return { ok: true };
}

async function signIn(
  userId: number,
  deviceToken: string | undefined,
  next: string,
  userAgent?: string | null,
): Promise<SignedIn> {
  const { token } = await createSession(userId, userAgent);
  return { ok: true, sessionToken: token, deviceToken: deviceToken ?? (await createLoginDevice(userId)), next };
}
