import { z } from 'zod';

// IMDb identifiers: `tt` or `nm` and at least seven digits (newer ones have eight or more).

const TCONST_PATTERN = /^tt\d{7,10}$/;
const NCONST_PATTERN = /^nm\d{7,10}$/;

export const tconstSchema = z
  .string({ error: 'Give an IMDb title id.' })
  .trim()
  .regex(TCONST_PATTERN, 'An IMDb title id looks like tt0111161.');

export const nconstSchema = z
  .string({ error: 'Give an IMDb name id.' })
  .trim()
  .regex(NCONST_PATTERN, 'An IMDb name id looks like nm0000001.');

export const isTconst = (value: string): boolean => TCONST_PATTERN.test(value);
export const isNconst = (value: string): boolean => NCONST_PATTERN.test(value);
