import { describe, expect, it } from 'vitest';
import { typoEdits } from './typos';

describe('typos between normalised names', () => {
  it('counts a swap of two neighbours as one edit, with or without a leading article', () => {
    expect(typoEdits('great trian robery', 'the great train robbery')).toBe(2);
    expect(typoEdits('the shawshank redemtion', 'shawshank redemption')).toBe(1);
  });

  it('tolerates none in a short name, one from 6 characters, two from 12', () => {
    expect(typoEdits('heet', 'heat')).toBeNull();
    expect(typoEdits('amelie', 'amelia')).toBe(1);
    expect(typoEdits('amelei', 'amalia')).toBeNull();
    expect(typoEdits('iron mann', 'iron man')).toBe(1);
    expect(typoEdits('great trian robbery', 'great train robery')).toBe(2);
    expect(typoEdits('shawshank has three', 'shawshenk hes thrie')).toBeNull();
  });

  it('never takes one number for another', () => {
    expect(typoEdits('iron man 3', 'iron man 2')).toBeNull();
    expect(typoEdits('halloween', 'halloween 2')).toBeNull();
    expect(typoEdits('blade runner 2049', 'blade runer 2049')).toBe(1);
  });
});
