// Failed logins per client IP and per account, kept in memory: one server process serves
// the journal, and a restart forgetting the counts is harmless. After FREE_ATTEMPTS
// failures, each further attempt must wait twice as long as the last (up to MAX_DELAY).

const FREE_ATTEMPTS = 4;
const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 15 * 60_000;
const FORGET_AFTER_MS = 60 * 60_000;

interface Entry {
  failures: number;
  lockedUntil: number;
  lastFailure: number;
}

const entries = new Map<string, Entry>();

function keys(ip: string, username: string): string[] {
  return [`ip:${ip}`, `user:${username.toLowerCase()}`];
}

function current(key: string, now: number): Entry | undefined {
  const entry = entries.get(key);
  if (entry && now - entry.lastFailure > FORGET_AFTER_MS) {
    entries.delete(key);
    return undefined;
  }
  return entry;
}

/** Seconds to wait before another attempt is allowed, or 0. */
export function loginRetryAfter(ip: string, username: string, now = Date.now()): number {
  const waits = keys(ip, username).map((k) => Math.max(0, (current(k, now)?.lockedUntil ?? 0) - now));
  return Math.ceil(Math.max(...waits) / 1000);
}

export function recordLoginFailure(ip: string, username: string, now = Date.now()): void {
  for (const key of keys(ip, username)) {
    const entry = current(key, now) ?? { failures: 0, lockedUntil: 0, lastFailure: now };
    entry.failures += 1;
    entry.lastFailure = now;
    const over = entry.failures - FREE_ATTEMPTS;
    if (over > 0) entry.lockedUntil = now + Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (over - 1));
    entries.set(key, entry);
  }
}

export function recordLoginSuccess(ip: string, username: string): void {
  for (const key of keys(ip, username)) entries.delete(key);
}

export function resetLoginThrottle(): void {
  entries.clear();
}
