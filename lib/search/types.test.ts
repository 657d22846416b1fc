import { describe, expect, it } from 'vitest';
import { resolveTitleTypes, UnknownTitleTypeError } from './types';

describe('resolveTitleTypes', () => {
  it('takes IMDb type names in any case, and friendly groups', () => {
    expect(resolveTitleTypes(['movie'])).toEqual(['movie']);
    expect(resolveTitleTypes(['TVSERIES', ' short '])).toEqual(['tvSeries', 'short']);
    expect(resolveTitleTypes(['film'])).toEqual(['movie', 'tvMovie']);
    expect(resolveTitleTypes(['series', 'tvSeries'])).toEqual(['tvSeries', 'tvMiniSeries']);
    expect(resolveTitleTypes(['shorts'])).toEqual(['short', 'tvShort']);
  });

  it('means no filter when nothing is given', () => {
    expect(resolveTitleTypes(undefined)).toBeNull();
    expect(resolveTitleTypes([])).toBeNull();
    expect(resolveTitleTypes(['', ' '])).toBeNull();
  });

  it('rejects unknown names, or keeps them as they are when not strict', () => {
    expect(() => resolveTitleTypes(['movie', 'cartoon'])).toThrow(UnknownTitleTypeError);
    expect(() => resolveTitleTypes(['cartoon'])).toThrow(/cartoon/);
    expect(resolveTitleTypes(['movie', 'tvCartoon'], { strict: false })).toEqual(['movie', 'tvCartoon']);
  });

  it('takes no name of the object prototype for a group', () => {
    for (const name of ['__proto__', 'constructor', 'toString']) {
      expect(() => resolveTitleTypes([name])).toThrow(UnknownTitleTypeError);
    }
  });
});
