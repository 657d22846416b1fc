import { describe, expect, it } from 'vitest';
import { evaluateModel } from '../../lib/picks/model/evaluate';
import { designFor, trainingMatrix } from '../../lib/picks/model/features';
import { predictGrade } from '../../lib/picks/model/predict';
import { buildStats } from '../../lib/picks/model/stats';
import { trainModel } from '../../lib/picks/model/train';
import type { GradedTitle } from '../../lib/picks/model/types';
import { FAVOURITE, syntheticJournal } from '../helpers/picks-journal';

const journal = syntheticJournal();

describe('the grade model on a journal with a known rule', () => {
  it('beats both baselines in cross-validation', () => {
    const result = evaluateModel(journal, 5, 2);
    expect(result.n).toBe(journal.length);
    expect(result.mae.model).toBeLessThan(result.mae.meanGrade * 0.8);
    expect(result.mae.model).toBeLessThan(result.mae.imdbLinear * 0.8);
    expect(result.mae.model).toBeLessThan(result.mae.imdbLadRounded * 0.8);
  });

  it('recovers the rule in its reasons', () => {
    const model = trainModel(journal);
    expect(['ridge', 'trees', 'blend']).toContain(model.kind);
    const unseen: GradedTitle = { ...journal[8], tconst: 'tt9999998', genres: ['Drama'], rating: 7, grade: 0 };
    expect(unseen.people.director[0].name).toBe(FAVOURITE);
    const favourite = predictGrade(model, unseen);
    expect(favourite.grade).toBeGreaterThan(8.3);
    expect(favourite.reasons[0].text).toMatch(new RegExp(`you rate ${FAVOURITE} films \\d\\.\\d on average`));
    expect(favourite.reasons[0].effect).toBeGreaterThan(1);

    const horror = predictGrade(model, {
      ...journal[1],
      tconst: 'tt9999999',
      genres: ['Horror'],
      rating: 7,
      people: { ...journal[1].people, director: [{ id: null, name: 'Someone New' }] },
    });
    expect(horror.grade).toBeLessThan(5.8);
    expect(horror.reasons[0].text).toMatch(/you rate horror films \d\.\d below your mean/);
    expect(horror.reasons[0].effect).toBeLessThan(-1);
  });

  it('falls back to IMDb’s rating with a handful of grades', () => {
    const few = journal.slice(0, 4);
    const model = trainModel(few);
    expect(model.kind).toBe('imdb');
    const p = predictGrade(model, { ...journal[100], rating: 8 });
    expect(Math.abs(p.grade - 8)).toBeLessThan(1.5);
    expect(p.range[0]).toBeLessThan(p.range[1]);
    expect(p.reasons[0].text).toContain('IMDb rating 8.0');
  });

  it('is not worse than the better baseline on noise', () => {
    const noisy = journal.map((t, i) => ({ ...t, grade: 1 + ((i * 7919) % 19) / 2 }));
    const result = evaluateModel(noisy, 5, 2);
    expect(result.mae.model).toBeLessThanOrEqual(result.mae.imdbLadRounded + result.seVsMedian);
  });
});

/** Rounded, so that sums taken in another order still compare equal. */
const rounded = (row: number[]) => row.map((v) => Math.round(v * 1e9) / 1e9);

describe('leakage', () => {
  it('a graded title’s own grade never reaches its own features', () => {
    const design = designFor(journal, 1, 5);
    const before = trainingMatrix(journal, buildStats(journal), design);
    for (const i of [0, 8, 16, 17, 101]) {
      const changed = journal.map((t, j) => (j === i ? { ...t, grade: t.grade > 5 ? 1 : 10 } : t));
      const after = trainingMatrix(changed, buildStats(changed), design);
      expect(rounded(after[i])).toEqual(rounded(before[i]));
      // The test can see leakage: titles that share the director do move.
      const sibling = journal.findIndex(
        (t, j) => j !== i && t.people.director[0].name === journal[i].people.director[0].name,
      );
      expect(rounded(after[sibling])).not.toEqual(rounded(before[sibling]));
    }
  });
});
