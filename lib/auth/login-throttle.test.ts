import { beforeEach, describe, expect, it } from 'vitest';
import { loginSubjects, recordFailure, recordSuccess, resetThrottle, retryAfter } from './login-throttle';

const T0 = Date.UTC(2026, 0, 1);
const SECOND = 1_000;
const MINUTE = 60 * SECOND;

const from = (ip: string, username: string, device?: string) => loginSubjects({ ip, username, device });
const waitFor = (ip: string, username: string, now = T0, device?: string) =>
  retryAfter(from(ip, username, device), now);

function fail(times: number, ip: string, username: string, now = T0, device?: string): void {
  for (let i = 0; i < times; i++) recordFailure(from(ip, username, device), now);
}

beforeEach(() => resetThrottle());

describe('login throttle', () => {
  it('lets the first four failures on an account through without a wait', () => {
    for (let i = 1; i <= 4; i++) {
      recordFailure(from('192.0.2.1', 'alice'), T0 + i);
      expect(waitFor('192.0.2.1', 'alice', T0 + i)).toBe(0);
    }
  });

  it('locks for 2 s after the fifth failure', () => {
    fail(5, '192.0.2.1', 'alice');
    expect(waitFor('192.0.2.1', 'alice')).toBe(2);
    expect(waitFor('192.0.2.1', 'alice', T0 + 1_001)).toBe(1);
    expect(waitFor('192.0.2.1', 'alice', T0 + 2 * SECOND)).toBe(0);
  });

  it('doubles the wait with every further failure, up to 15 minutes', () => {
    fail(4, '192.0.2.1', 'alice');
    let now = T0;
    for (const seconds of [2, 4, 8, 16, 32, 64]) {
      recordFailure(from('192.0.2.1', 'alice'), now);
      expect(waitFor('192.0.2.1', 'alice', now)).toBe(seconds);
      now += seconds * SECOND;
      expect(waitFor('192.0.2.1', 'alice', now)).toBe(0);
    }
    fail(40, '192.0.2.1', 'alice', now);
    expect(waitFor('192.0.2.1', 'alice', now)).toBe(15 * 60);
  });

  it('counts failures per account across addresses', () => {
    for (let i = 1; i <= 5; i++) recordFailure(from(`198.51.100.${i}`, 'alice'), T0);
    expect(waitFor('203.0.113.9', 'alice')).toBe(2);
    expect(waitFor('203.0.113.9', 'ALICE')).toBe(2);
    expect(waitFor('203.0.113.9', 'bob')).toBe(0);
  });

  it('counts failures per address across accounts, with ten free for a shared household address', () => {
    for (let i = 1; i <= 10; i++) recordFailure(from('192.0.2.1', `user${i}`), T0);
    expect(waitFor('192.0.2.1', 'frank')).toBe(0);
    recordFailure(from('192.0.2.1', 'user11'), T0);
    expect(waitFor('192.0.2.1', 'frank')).toBe(2);
    expect(waitFor('203.0.113.9', 'frank')).toBe(0);
  });

  it('counts a browser with a device cookie only against that cookie', () => {
    fail(30, '192.0.2.1', 'alice');
    expect(waitFor('192.0.2.1', 'alice')).toBeGreaterThan(0);
    expect(waitFor('192.0.2.1', 'alice', T0, 'device-a')).toBe(0);
    fail(5, '192.0.2.1', 'alice', T0, 'device-a');
    expect(waitFor('192.0.2.1', 'alice', T0, 'device-a')).toBe(2);
    expect(waitFor('192.0.2.1', 'alice', T0, 'device-b')).toBe(0);
  });

  it('clears the subjects of a successful attempt, and only those', () => {
    fail(6, '192.0.2.1', 'alice');
    fail(5, '203.0.113.9', 'bob');
    recordSuccess(from('192.0.2.1', 'Alice'));
    expect(waitFor('192.0.2.1', 'alice')).toBe(0);
    expect(waitFor('203.0.113.9', 'bob')).toBe(2);
  });

  it('forgets a subject an hour after its last failure', () => {
    fail(5, '192.0.2.1', 'alice');
    recordFailure(from('192.0.2.1', 'alice'), T0 + 59 * MINUTE);
    expect(waitFor('192.0.2.1', 'alice', T0 + 59 * MINUTE)).toBe(4);
    const later = T0 + 120 * MINUTE + 1;
    expect(waitFor('192.0.2.1', 'alice', later)).toBe(0);
    fail(4, '192.0.2.1', 'alice', later);
    expect(waitFor('192.0.2.1', 'alice', later)).toBe(0);
  });
});
