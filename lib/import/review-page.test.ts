import { describe, expect, it } from 'vitest';
import { reviewPage } from './review-page';

describe('reviewPage', () => {
  it('keeps the page asked for while it has rows', () => {
    expect(reviewPage(1, 45, 20)).toEqual({ page: 1, offset: 20, hasNext: true });
    expect(reviewPage(2, 45, 20)).toEqual({ page: 2, offset: 40, hasNext: false });
  });

  it('falls back to the last page with rows once the rows of the page asked for are resolved', () => {
    expect(reviewPage(2, 40, 20)).toEqual({ page: 1, offset: 20, hasNext: false });
    expect(reviewPage(5, 3, 20)).toEqual({ page: 0, offset: 0, hasNext: false });
    expect(reviewPage(3, 0, 20)).toEqual({ page: 0, offset: 0, hasNext: false });
  });
});
