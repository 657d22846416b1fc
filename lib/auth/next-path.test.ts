import { describe, expect, it } from 'vitest';
import { safeNext } from './next-path';

describe('safeNext', () => {
  it.each([
    ['a tab', '/\t/evil.example/x'],
    ['a newline', '/\n/evil.example/x'],
    ['a carriage return', '/\r\n/evil.example'],
    ['a backslash', '/\\evil.example/x'],
    ['two backslashes', '\\\\evil.example'],
    ['a protocol-relative URL', '//evil.example'],
    ['an absolute URL', 'https://evil.example/'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['leading spaces before //', '  //evil.example'],
  ])('sends %s to /', (_, next) => {
    expect(safeNext(next)).toBe('/');
  });

  it('keeps paths on this site, with their query and fragment', () => {
    expect(safeNext('/settings')).toBe('/settings');
    expect(safeNext('/titles/tt0000001?tab=cast#top')).toBe('/titles/tt0000001?tab=cast#top');
    expect(safeNext(undefined)).toBe('/');
  });

  it('never answers a path a browser would read as another site, nor one with control characters', () => {
    expect(safeNext('/.//evil.example/x')).toBe('/evil.example/x');
    expect(safeNext('/search?q=a\nb')).toBe('/search?q=ab');
    expect(safeNext('/search?q=a b')).toBe('/search?q=a%20b');
  });
});
