import { beforeEach, describe, expect, it } from 'vitest';
import { loginRetryAfter, recordLoginFailure, recordLoginSuccess, resetLoginThrottle } from './login-throttle';

const T0 = Date.UTC(2026, 0, 1);
const SECOND = 1_000;
const MINUTE = 60 * SECOND;

function fail(times: number, ip: string, username: string, now = T0): void {
  for (let i = 0; i < times; i++) recordLoginFailure(ip, username, now);
}

beforeEach(() => resetLoginThrottle());

describe('login throttle', () => {
  it('lets the first four failures through without a wait', () => {
    for (let i = 1; i <= 4; i++) {
      recordLoginFailure('192.0.2.1', 'alice', T0 + i);
      expect(loginRetryAfter('192.0.2.1', 'alice', T0 + i)).toBe(0);
    }
  });

  it('locks for 2 s after the fifth failure', () => {
    fail(5, '192.0.2.1', 'alice');
    expect(loginRetryAfter('192.0.2.1', 'alice', T0)).toBe(2);
    expect(loginRetryAfter('192.0.2.1', 'alice', T0 + 1_001)).toBe(1);
    expect(loginRetryAfter('192.0.2.1', 'alice', T0 + 2 * SECOND)).toBe(0);
  });

  it('doubles the wait with every further failure', () => {
    fail(4, '192.0.2.1', 'alice');
    let now = T0;
    for (const seconds of [2, 4, 8, 16, 32, 64]) {
      recordLoginFailure('192.0.2.1', 'alice', now);
      expect(loginRetryAfter('192.0.2.1', 'alice', now)).toBe(seconds);
      now += seconds * SECOND;
      expect(loginRetryAfter('192.0.2.1', 'alice', now)).toBe(0);
    }
  });

  it('never asks for more than 15 minutes', () => {
    fail(40, '192.0.2.1', 'alice');
    expect(loginRetryAfter('192.0.2.1', 'alice', T0)).toBe(15 * 60);
  });

  it('counts failures per account across IP addresses', () => {
    for (let i = 1; i <= 5; i++) recordLoginFailure(`198.51.100.${i}`, 'alice', T0);
    expect(loginRetryAfter('203.0.113.9', 'alice', T0)).toBe(2);
    expect(loginRetryAfter('203.0.113.9', 'ALICE', T0)).toBe(2);
    expect(loginRetryAfter('203.0.113.9', 'bob', T0)).toBe(0);
  });

  it('counts failures per IP address across accounts', () => {
    for (const name of ['alice', 'bob', 'carol', 'dave', 'erin']) recordLoginFailure('192.0.2.1', name, T0);
    expect(loginRetryAfter('192.0.2.1', 'frank', T0)).toBe(2);
    expect(loginRetryAfter('203.0.113.9', 'alice', T0)).toBe(0);
    expect(loginRetryAfter('203.0.113.9', 'frank', T0)).toBe(0);
  });

  it('clears the counts of that IP and account on a successful login', () => {
    fail(6, '192.0.2.1', 'alice');
    expect(loginRetryAfter('192.0.2.1', 'alice', T0)).toBe(4);
    recordLoginSuccess('192.0.2.1', 'Alice');
    expect(loginRetryAfter('192.0.2.1', 'alice', T0)).toBe(0);
    fail(4, '192.0.2.1', 'alice');
    expect(loginRetryAfter('192.0.2.1', 'alice', T0)).toBe(0);
  });

  it('leaves other accounts and addresses locked after a success', () => {
    fail(5, '192.0.2.1', 'alice');
    fail(5, '203.0.113.9', 'bob');
    recordLoginSuccess('192.0.2.1', 'alice');
    expect(loginRetryAfter('203.0.113.9', 'bob', T0)).toBe(2);
  });

  it('keeps counting failures that come within the hour', () => {
    fail(5, '192.0.2.1', 'alice');
    recordLoginFailure('192.0.2.1', 'alice', T0 + 59 * MINUTE);
    expect(loginRetryAfter('192.0.2.1', 'alice', T0 + 59 * MINUTE)).toBe(4);
  });

  it('forgets an address and an account an hour after their last failure', () => {
    fail(10, '192.0.2.1', 'alice');
    const later = T0 + 60 * MINUTE + 1;
    expect(loginRetryAfter('192.0.2.1', 'alice', later)).toBe(0);
    recordLoginFailure('192.0.2.1', 'alice', later);
    fail(3, '192.0.2.1', 'alice', later);
    expect(loginRetryAfter('192.0.2.1', 'alice', later)).toBe(0);
    recordLoginFailure('192.0.2.1', 'alice', later);
    expect(loginRetryAfter('192.0.2.1', 'alice', later)).toBe(2);
  });
});
