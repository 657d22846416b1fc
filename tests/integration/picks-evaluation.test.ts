import { describe, expect, it } from 'vitest';
import { gradeStep, roundToStep } from '../../lib/picks/model/baselines';
import { evaluateModel } from '../../lib/picks/model/evaluate';
import { forwardSplit } from '../../lib/picks/model/folds';
import { predictGrade } from '../../lib/picks/model/predict';
import { trainModel } from '../../lib/picks/model/train';
import type { GradedTitle } from '../../lib/picks/model/types';
import { syntheticJournal } from '../helpers/picks-journal';

// The evaluation protocols and the rounding to the person's grade step.

/** The synthetic journal, graded over 40 days (several titles a day, as bulk rating sessions are). */
const dated = (journal: GradedTitle[]) =>
  journal.map((t, i) => ({
    ...t,
    ratedOn: `2025-0${1 + Math.floor(i / 60)}-${String(1 + (i % 20)).padStart(2, '0')}`,
  }));

describe('the forward split', () => {
  it('never trains on a grade later than one it tests, and tests about the last 30%', () => {
    const journal = dated(syntheticJournal());
    const split = forwardSplit(journal, 0.3);
    if (!split) throw new Error('no split');
    const [train, test, from] = split;
    expect(train.length + test.length).toBe(journal.length);
    const latestTrained = train
      .map((t) => t.ratedOn as string)
      .sort()
      .at(-1) as string;
    const earliestTested = test.map((t) => t.ratedOn as string).sort()[0];
    expect(latestTrained < earliestTested).toBe(true);
    expect(earliestTested).toBe(from);
    expect(test.length / journal.length).toBeGreaterThan(0.2);
    expect(test.length / journal.length).toBeLessThan(0.45);
    // A rating day is never split between the two sides.
    const trainDays = new Set(train.map((t) => t.ratedOn));
    expect(test.some((t) => trainDays.has(t.ratedOn))).toBe(false);
  });

  it('is absent without dates on two days', () => {
    const journal = syntheticJournal().map((t) => ({ ...t, ratedOn: '2025-01-01' }));
    expect(forwardSplit(journal)).toBeNull();
    expect(forwardSplit(syntheticJournal())).toBeNull();
  });

  it('reports all four predictors in both protocols', () => {
    const result = evaluateModel(dated(syntheticJournal(120)), 5, 2);
    expect(Object.keys(result.mae).sort()).toEqual(['imdbLadRounded', 'imdbLinear', 'meanGrade', 'model']);
    expect(result.shuffles).toBe(2);
    expect(result.forward?.n).toBeGreaterThan(20);
    expect(Object.keys(result.forward?.mae ?? {}).sort()).toEqual(Object.keys(result.mae).sort());
    // The rule (a director +2, horror −2) is there to learn, in both protocols.
    expect(result.mae.model).toBeLessThan(result.mae.imdbLadRounded);
    expect(result.forward?.mae.model).toBeLessThan(result.forward?.mae.imdbLadRounded ?? 0);
  });
});

describe('rounding to the grade step', () => {
  it('learns whole numbers, halves or tenths from the grades', () => {
    const journal = syntheticJournal();
    expect(gradeStep(journal.map((t, i) => ({ ...t, grade: 1 + (i % 10) })))).toBe(1);
    expect(gradeStep(journal.map((t, i) => ({ ...t, grade: 1 + (i % 19) / 2 })))).toBe(0.5);
    expect(gradeStep(journal.map((t, i) => ({ ...t, grade: 1 + (i % 91) / 10 })))).toBe(0.1);
    expect(roundToStep(7.74, 0.5)).toBe(7.5);
    expect(roundToStep(7.76, 0.5)).toBe(8);
    expect(roundToStep(0.2, 1)).toBe(1);
    expect(roundToStep(10.4, 0.5)).toBe(10);
  });

  it('gives a person who grades in halves halves, and whole numbers to one who grades in whole numbers', () => {
    const halves = syntheticJournal();
    expect(halves.some((t) => !Number.isInteger(t.grade))).toBe(true);
    const whole = halves.map((t) => ({ ...t, grade: Math.round(t.grade) }));
    const unseen = halves.slice(0, 40).map((t, i) => ({ ...t, tconst: `tt99${i}`, rating: 5 + (i % 9) * 0.37 }));
    const halfModel = trainModel(halves);
    const wholeModel = trainModel(whole);
    expect(halfModel.step).toBe(0.5);
    expect(wholeModel.step).toBe(1);
    const halfGrades = unseen.map((t) => predictGrade(halfModel, t));
    const wholeGrades = unseen.map((t) => predictGrade(wholeModel, t));
    for (const p of halfGrades) {
      expect(Number.isInteger(p.grade * 2)).toBe(true);
      expect(Number.isInteger(p.range[0] * 2) && Number.isInteger(p.range[1] * 2)).toBe(true);
      expect(p.range[0]).toBeLessThanOrEqual(p.grade);
      expect(p.range[1]).toBeGreaterThanOrEqual(p.grade);
    }
    expect(halfGrades.some((p) => !Number.isInteger(p.grade))).toBe(true);
    for (const p of wholeGrades) expect(Number.isInteger(p.grade)).toBe(true);
  });
});
