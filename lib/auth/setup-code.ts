import { randomInt } from 'node:crypto';
import { formatWait, recordFailure, recordSuccess, retryAfter, setupSubjects } from './login-throttle';
import { safeEqual } from './secrets';

// The first account can only be claimed with a code printed on the server's console (or
// set in SETUP_CODE), so a stranger who reaches a fresh instance first cannot take it.
const state = globalThis as unknown as { journalSetupCode?: string };

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function setupCode(): string {
  const fromEnv = process.env.SETUP_CODE?.trim();
  if (fromEnv) return fromEnv;
  state.journalSetupCode ??= Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return state.journalSetupCode;
}

export function isSetupCode(candidate: string): boolean {
  const normalise = (s: string) => s.replace(/[\s-]/g, '').toUpperCase();
  const expected = normalise(setupCode());
  return expected.length > 0 && safeEqual(normalise(candidate), expected);
}

type SetupCodeCheck = { ok: true } | { ok: false; message: string };

/** `isSetupCode`, throttled like a password: per address and for all addresses together. */
export function checkSetupCode(candidate: string, ip: string, now = Date.now()): SetupCodeCheck {
  const subjects = setupSubjects(ip);
  const wait = retryAfter(subjects, now);
  if (wait > 0) return { ok: false, message: `Too many wrong codes. Try again in ${formatWait(wait)}.` };
  if (isSetupCode(candidate)) {
    recordSuccess(subjects);
    return { ok: true };
  }
  recordFailure(subjects, now);
  return { ok: false, message: 'That is not the code the server printed when it started.' };
}
