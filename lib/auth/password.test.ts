import { describe, expect, it } from 'vitest';
import { dummyHash, hashPassword, verifyPassword } from './password';

const PASSWORD = 'correct horse battery staple';

describe('hashPassword', () => {
  it('returns scrypt$32768$8$1$salt$hash with a 16-byte salt and a 32-byte key in base64url', async () => {
    const stored = await hashPassword(PASSWORD);
    const parts = stored.split('$');
    expect(parts).toHaveLength(6);
    const [scheme, n, r, p, salt, hash] = parts;
    expect([scheme, n, r, p]).toEqual(['scrypt', '32768', '8', '1']);
    expect(salt).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(hash).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(salt, 'base64url')).toHaveLength(16);
    expect(Buffer.from(hash, 'base64url')).toHaveLength(32);
    expect(stored).not.toContain(PASSWORD);
  });

  it('salts every hash: the same password twice gives two different hashes that both verify', async () => {
    const [a, b] = await Promise.all([hashPassword(PASSWORD), hashPassword(PASSWORD)]);
    expect(a).not.toBe(b);
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
    expect(await verifyPassword(PASSWORD, a)).toBe(true);
    expect(await verifyPassword(PASSWORD, b)).toBe(true);
  });
});

describe('verifyPassword', () => {
  it('accepts the right password and nothing else', async () => {
    const stored = await hashPassword(PASSWORD);
    expect(await verifyPassword(PASSWORD, stored)).toBe(true);
    for (const wrong of ['', 'correct horse battery stapl', `${PASSWORD} `, PASSWORD.toUpperCase(), 'hunter2']) {
      expect(await verifyPassword(wrong, stored)).toBe(false);
    }
  });

  it('compares passwords after NFKC normalisation', async () => {
    const ligature = await hashPassword('ﬁsh and chips!');
    expect(await verifyPassword('fish and chips!', ligature)).toBe(true);
    const plain = await hashPassword('fish and chips!');
    expect(await verifyPassword('ﬁsh and chips!', plain)).toBe(true);
    const composed = await hashPassword('caf\u00e9 au lait');
    expect(await verifyPassword('cafe\u0301 au lait', composed)).toBe(true);
    expect(await verifyPassword('cafe au lait', composed)).toBe(false);
  });

  it('returns false for stored values that are not a usable hash', async () => {
    const [, , , , salt, hash] = (await hashPassword(PASSWORD)).split('$');
    const malformed = [
      '',
      'garbage',
      'bcrypt$2b$10$abcdefghijklmnopqrstuv',
      `argon2$32768$8$1$${salt}$${hash}`,
      `scrypt$32768$8$1$${salt}`,
      `scrypt$32768$8$1$$${hash}`,
      `scrypt$32768$8$1$${salt}$${hash.slice(0, 20)}`,
      `scrypt$32768$8$1$${salt}$${hash}AAAA`,
    ];
    for (const stored of malformed) await expect(verifyPassword(PASSWORD, stored)).resolves.toBe(false);
  });

  // Node's scrypt rejects these parameters; a login against such a row must fail, not throw.
  it.each([
    ['a non-numeric N', (salt: string, hash: string) => `scrypt$abc$8$1$${salt}$${hash}`],
    ['an N that is not a power of two', (salt: string, hash: string) => `scrypt$3$8$1$${salt}$${hash}`],
    ['parameters beyond the memory limit', (salt: string, hash: string) => `scrypt$1073741824$8$1$${salt}$${hash}`],
  ])('returns false, not an error, for %s', async (_, make) => {
    const [, , , , salt, hash] = (await hashPassword(PASSWORD)).split('$');
    await expect(verifyPassword(PASSWORD, make(salt, hash))).resolves.toBe(false);
  });
});

describe('dummyHash', () => {
  it('is one well-formed hash per process that no likely password verifies against', async () => {
    const dummy = await dummyHash();
    expect(await dummyHash()).toBe(dummy);
    expect(dummy).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$/);
    for (const guess of ['', PASSWORD, 'password', 'undefined', 'null', dummy]) {
      expect(await verifyPassword(guess, dummy)).toBe(false);
    }
  });
});
