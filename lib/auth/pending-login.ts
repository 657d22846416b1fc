import { randomSecret, sha256 } from './secrets';

// A password accepted for an account with two-factor sign-in: no session yet, only this
// short-lived record, which the browser holds by a random token in a cookie. Kept in memory
// (one server process); a restart just asks for the password again.
export const PENDING_COOKIE = 'journal_pending';
export const PENDING_MINUTES = 5;
const MAX_CODES = 5;

interface PendingLogin {
  userId: number;
  username: string;
  next: string;
  device: string | null;
  deviceToken: string | undefined;
  expiresAt: number;
  codesTried: number;
}

const state = globalThis as unknown as { journalPendingLogins?: Map<string, PendingLogin> };
state.journalPendingLogins ??= new Map();
const pending = state.journalPendingLogins;

export function createPendingLogin(login: Omit<PendingLogin, 'expiresAt' | 'codesTried'>, now = Date.now()): string {
  for (const [key, p] of pending) if (p.expiresAt <= now) pending.delete(key);
  const token = randomSecret();
  pending.set(sha256(token), { ...login, expiresAt: now + PENDING_MINUTES * 60_000, codesTried: 0 });
  return token;
}

export function pendingLoginOf(token: string | undefined, now = Date.now()): PendingLogin | null {
  const login = token ? pending.get(sha256(token)) : undefined;
  if (!login) return null;
  if (login.expiresAt > now && login.codesTried < MAX_CODES) return login;
  endPendingLogin(token);
  return null;
}

export function endPendingLogin(token: string | undefined): void {
  if (token) pending.delete(sha256(token));
}
