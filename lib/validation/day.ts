import { z } from 'zod';

// A calendar day as every query takes it. Year 0 matches the pattern and even Date.parse, but
// PostgreSQL has no year 0 (a 500 instead of a field message), so days start at 0001-01-01.

export function isRealDay(s: string): boolean {
  const date = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(s) && s >= '0001-01-01';
}

/** 'YYYY-MM-DD' of a day that exists, from 0001-01-01. */
export const isoDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'A date looks like 2024-03-09.')
  .refine(isRealDay, { message: 'There is no such day.' });
