import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isSetupCode, setupCode } from './setup-code';

const UNAMBIGUOUS_CODE = /^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{8}$/;
const state = globalThis as unknown as { journalSetupCode?: string };
const original = process.env.SETUP_CODE;

beforeEach(() => {
  delete process.env.SETUP_CODE;
});

afterEach(() => {
  if (original === undefined) delete process.env.SETUP_CODE;
  else process.env.SETUP_CODE = original;
});

describe('setupCode', () => {
  it('uses SETUP_CODE, trimmed, when it is set', () => {
    process.env.SETUP_CODE = '  let-me-in  ';
    expect(setupCode()).toBe('let-me-in');
  });

  it('prefers SETUP_CODE over a code it already generated, and falls back to that code', () => {
    const generated = setupCode();
    process.env.SETUP_CODE = 'FROM-ENV';
    expect(setupCode()).toBe('FROM-ENV');
    expect(isSetupCode(generated)).toBe(false);
    delete process.env.SETUP_CODE;
    expect(setupCode()).toBe(generated);
  });

  it('ignores a blank SETUP_CODE', () => {
    process.env.SETUP_CODE = '   ';
    expect(setupCode()).toMatch(UNAMBIGUOUS_CODE);
  });

  it('generates one code per process, kept across module reloads', async () => {
    const code = setupCode();
    expect(code).toMatch(UNAMBIGUOUS_CODE);
    expect(setupCode()).toBe(code);
    vi.resetModules();
    const reloaded = await import('./setup-code');
    expect(reloaded.setupCode()).toBe(code);
  });

  it('draws codes only from the alphabet without 0, O, 1 and I', () => {
    const saved = state.journalSetupCode;
    try {
      const seen = new Set<string>();
      for (let i = 0; i < 200; i++) {
        delete state.journalSetupCode;
        const code = setupCode();
        expect(code).toMatch(UNAMBIGUOUS_CODE);
        for (const char of code) seen.add(char);
      }
      expect(seen.size).toBeGreaterThan(25);
    } finally {
      state.journalSetupCode = saved;
    }
  });
});

describe('isSetupCode', () => {
  it('accepts the code whatever its case, spacing and dashes', () => {
    const code = setupCode();
    const [head, tail] = [code.slice(0, 4), code.slice(4)];
    for (const typed of [
      code,
      code.toLowerCase(),
      `${head}-${tail}`,
      ` ${head} ${tail} `,
      `${head.toLowerCase()} - ${tail}`,
    ]) {
      expect(isSetupCode(typed)).toBe(true);
    }
  });

  it('rejects anything else', () => {
    const code = setupCode();
    const changed = `${code.slice(0, 7)}${code[7] === 'A' ? 'B' : 'A'}`;
    for (const typed of ['', '-', code.slice(0, 7), `${code}A`, changed, `${code}.`]) {
      expect(isSetupCode(typed)).toBe(false);
    }
  });

  it('normalises SETUP_CODE the same way', () => {
    process.env.SETUP_CODE = 'Movie-Night 42';
    expect(isSetupCode('MOVIENIGHT42')).toBe(true);
    expect(isSetupCode('movie night-42')).toBe(true);
    expect(isSetupCode('movie_night_42')).toBe(false);
  });
});
