// Failed attempts at a secret (password, setup code), counted per subject in memory: one server
// process serves the journal, and a restart forgetting the counts is harmless. After a subject's
// free attempts, each further attempt must wait twice as long as the last (up to MAX_DELAY).

const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 15 * 60_000;
const FORGET_AFTER_MS = 60 * 60_000;

/** One thing attempts are counted against, and how many failures it gets without a wait. */
export interface Subject {
  key: string;
  free: number;
}

/**
 * Who a login attempt is counted against. A browser holding a device cookie of the account
 * (it signed in before) only against that cookie: strangers' failures cannot lock it out.
 * Anyone else against the account and the address; an address gets more free attempts, as a
 * household shares one.
 */
export function loginSubjects(input: { ip: string; username: string; device?: string | null }): Subject[] {
  if (input.device) return [{ key: `device:${input.device}`, free: 4 }];
  return [
    { key: `ip:${input.ip}`, free: 10 },
    { key: `user:${input.username.toLowerCase()}`, free: 4 },
  ];
}

/** The code step of a two-factor sign-in, counted like passwords but apart from them. */
export function secondFactorSubjects(input: { ip: string; username: string; device?: string | null }): Subject[] {
  return loginSubjects(input).map((s) => ({ ...s, key: `2fa-${s.key}` }));
}

/**
 * Proving it is the account's holder while signed in (turning two-factor sign-in off): a stolen
 * session must not get unlimited guesses at the password or a code. Per account and address.
 */
export function reauthSubjects(input: { ip: string; userId: number }): Subject[] {
  return [
    { key: `reauth-ip:${input.ip}`, free: 10 },
    { key: `reauth-user:${input.userId}`, free: 4 },
  ];
}

/** The setup code: per address, and for all addresses together (it is one code). */
export function setupSubjects(ip: string): Subject[] {
  return [
    { key: `setup-ip:${ip}`, free: 4 },
    { key: 'setup', free: 10 },
  ];
}

interface Entry {
  failures: number;
  lockedUntil: number;
  lastFailure: number;
}

const entries = new Map<string, Entry>();

function current(key: string, now: number): Entry | undefined {
  const entry = entries.get(key);
  if (entry && now - entry.lastFailure > FORGET_AFTER_MS) {
    entries.delete(key);
    return undefined;
  }
  return entry;
}

/** Seconds to wait before another attempt is allowed, or 0. */
export function retryAfter(subjects: Subject[], now = Date.now()): number {
  const waits = subjects.map((s) => Math.max(0, (current(s.key, now)?.lockedUntil ?? 0) - now));
  return Math.ceil(Math.max(0, ...waits) / 1000);
}

export function recordFailure(subjects: Subject[], now = Date.now()): void {
  for (const { key, free } of subjects) {
    const entry = current(key, now) ?? { failures: 0, lockedUntil: 0, lastFailure: now };
    entry.failures += 1;
    entry.lastFailure = now;
    const over = entry.failures - free;
    if (over > 0) entry.lockedUntil = now + Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (over - 1));
    entries.set(key, entry);
  }
}

export function recordSuccess(subjects: Subject[]): void {
  for (const { key } of subjects) entries.delete(key);
}

export function resetThrottle(): void {
  entries.clear();
}

export function formatWait(seconds: number): string {
  return seconds < 90 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`;
}

/** What to tell a client that must wait before its next attempt, or null if it need not. */
export function waitMessage(subjects: Subject[]): string | null {
  const wait = retryAfter(subjects);
  return wait > 0 ? `Too many failed attempts. Try again in ${formatWait(wait)}.` : null;
}
