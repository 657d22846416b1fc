import { z } from 'zod';
import { safeString } from '../validation/text';
import { CONNECTION_KINDS } from './types';

// The Settings forms of a connection, as strings from FormData.

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const options = {
  serverUser: safeString().trim().max(200, 'At most 200 characters.').optional(),
  includeEpisodes: z.preprocess((v) => v === 'on' || v === 'true', z.boolean()),
  timeZone: z
    .string()
    .trim()
    .max(64)
    .refine((v) => v === '' || isTimeZone(v), 'Not a time zone this server knows (e.g. Europe/Berlin).')
    .optional(),
};

export const newConnectionSchema = z.object({ kind: z.enum(CONNECTION_KINDS), ...options });

export const connectionOptionsSchema = z.object({ id: z.coerce.number().int().positive(), ...options });

export const inboxGradeSchema = z.object({
  id: z.coerce.number().int().positive(),
  grade: z.coerce
    .number({ error: 'A grade is a number from 1 to 10.' })
    .min(0.5)
    .max(10)
    .refine((n) => Number.isInteger(n * 2), 'Grades go in half steps.'),
});
