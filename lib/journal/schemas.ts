import { z } from 'zod';
import { isoDay } from '../validation/day';
import { safeString } from '../validation/text';

// What a watch looks like on the way in, from a form (every value a string) or from JSON.
// The parsed values are normalised: a grade is a number or null, tags a clean list, and
// `watchedOn` the date in its precision ('2024-03-09', '2024-03', '2024' or '' for unknown).

export type DatePrecision = 'day' | 'month' | 'year' | 'unknown';

/** What the date says: the day of watching, or the day of rating (watched on or before it). */
export const DATE_KINDS = ['watched', 'rated'] as const;
export type DateKind = (typeof DATE_KINDS)[number];

/** The first film is from 1874; nobody logs a viewing before that. */
const FIRST_YEAR = 1874;

export interface ParsedWatchDate {
  /** The first day of the period, 'YYYY-MM-DD', or null when unknown. */
  date: string | null;
  precision: DatePrecision;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Today as 'YYYY-MM-DD' in UTC, a day ahead: a phone east of the server may already be in tomorrow. */
function latestAllowedDay(now = new Date()): string {
  const tomorrow = new Date(now.getTime() + 24 * 60 * 60 * 1000);
  return tomorrow.toISOString().slice(0, 10);
}

/**
 * Reads a viewing date in its precision. Returns the stored form (the first day of the
 * period) or an error message for people.
 */
export function parseWatchDate(value: string, now = new Date()): ParsedWatchDate | { error: string } {
  const text = value.trim();
  if (text === '') return { date: null, precision: 'unknown' };
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return { error: 'Use a date like 2024-03-09, a month like 2024-03, a year like 2024, or nothing.' };
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  const precision: DatePrecision = match[3] !== undefined ? 'day' : match[2] !== undefined ? 'month' : 'year';
  if (year < FIRST_YEAR) return { error: `Films exist since ${FIRST_YEAR}: check the year.` };
  if (month < 1 || month > 12) return { error: 'There is no such month.' };
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return { error: 'There is no such day.' };
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (date > latestAllowedDay(now)) return { error: 'That is in the future.' };
  return { date, precision };
}

/** The stored first day and precision back to the string a person (and the API) sees. */
export function formatWatchDate(date: string | null, precision: DatePrecision): string | null {
  if (date === null || precision === 'unknown') return null;
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'month') return date.slice(0, 7);
  return date.slice(0, 10);
}

const GRADE_RANGE = 'Grades go from 0.5 to 10.';
const GRADE_STEPS = 'Grades go in half steps: 7, 7.5, 8…';

const emptyToNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : v);

const gradeField = z.preprocess(
  (v) => {
    const value = typeof v === 'string' ? v.trim().replace(',', '.') : v;
    if (value === '' || value === null || value === undefined) return null;
    return typeof value === 'string' ? Number(value) : value;
  },
  z
    .number({ error: 'A grade is a number from 0.5 to 10.' })
    .min(0.5, GRADE_RANGE)
    .max(10, GRADE_RANGE)
    .refine((n) => Number.isInteger(n * 2), GRADE_STEPS)
    .nullable(),
);

const dateField = z
  .string({ error: 'Give a date, a month, a year, or an empty string when unknown.' })
  .trim()
  .superRefine((value, ctx) => {
    const parsed = parseWatchDate(value);
    if ('error' in parsed) ctx.addIssue({ code: 'custom', message: parsed.error });
  });

const booleanField = z.preprocess(
  (v) => {
    if (v === undefined || v === null || v === '' || v === 'off' || v === 'false' || v === '0') return false;
    if (v === 'on' || v === 'true' || v === '1') return true;
    return v;
  },
  z.boolean({ error: 'Expected true or false.' }),
);

const optionalText = (max: number, what: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? emptyToNull(v.trim()) : emptyToNull(v)),
    safeString({ error: `${what} is text.` })
      .max(max, `${what} is at most ${max.toLocaleString('en')} characters.`)
      .nullable(),
  );

/** A list from an array or from text separated by commas or new lines; trimmed, without repeats. */
const listField = (maxItems: number, maxLength: number, what: string) =>
  z.preprocess(
    (v) => {
      if (v === undefined || v === null) return [];
      const items = typeof v === 'string' ? v.split(/[,\n]/) : v;
      if (!Array.isArray(items)) return items;
      const seen = new Set<string>();
      const clean: unknown[] = [];
      for (const item of items) {
        if (typeof item !== 'string') {
          clean.push(item);
          continue;
        }
        const text = item.replace(/\s+/g, ' ').trim();
        const key = text.toLocaleLowerCase('en');
        if (text === '' || seen.has(key)) continue;
        seen.add(key);
        clean.push(text);
      }
      return clean;
    },
    z
      .array(
        safeString({ error: `${what}: text only.` }).max(maxLength, `${what}: at most ${maxLength} characters each.`),
      )
      .max(maxItems, `${what}: at most ${maxItems}.`),
  );

export const tconstField = z
  .string({ error: 'Which title? Give its IMDb id (tt…).' })
  .trim()
  .regex(/^tt\d{7,10}$/, 'An IMDb title id looks like tt0111161.');

const fields = {
  watchedOn: dateField,
  dateKind: z.enum(DATE_KINDS, { error: 'The date is the day of watching (watched) or of rating (rated).' }),
  grade: gradeField,
  rewatch: booleanField,
  review: optionalText(20_000, 'A review'),
  tags: listField(30, 40, 'Tags'),
  place: optionalText(120, 'The place'),
  companions: listField(20, 60, 'Companions'),
};

/**
 * One viewing, as created: `watchedOn` ('YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' | '' for unknown) is
 * required; everything else may be left out. Accepts form strings ('on' for a checked box,
 * tags separated by commas) as well as JSON values.
 */
export const watchInputSchema = z.object({
  tconst: tconstField,
  watchedOn: fields.watchedOn,
  dateKind: fields.dateKind.default('watched'),
  grade: fields.grade.default(null),
  rewatch: fields.rewatch.default(false),
  review: fields.review.default(null),
  tags: fields.tags.default([]),
  place: fields.place.default(null),
  companions: fields.companions.default([]),
});

/** The changes to a viewing: only the fields given change (a new date is a day of watching
 *  unless `dateKind` says otherwise). */
export const watchPatchSchema = z.object({
  watchedOn: fields.watchedOn.optional(),
  dateKind: fields.dateKind.optional(),
  grade: fields.grade.optional(),
  rewatch: fields.rewatch.optional(),
  review: fields.review.optional(),
  tags: fields.tags.optional(),
  place: fields.place.optional(),
  companions: fields.companions.optional(),
});

/** What callers pass (form strings or JSON values). */
export type WatchInput = z.input<typeof watchInputSchema>;
export type WatchPatchInput = z.input<typeof watchPatchSchema>;

/** Field errors as the forms show them: field name → messages. */
export type FieldErrors = Record<string, string[]>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}

/** A title found on IMDb's website but not in the local data, recorded when it is logged. */
export const provisionalTitleSchema = z.object({
  title: safeString().trim().min(1).max(500),
  year: z.preprocess((v) => emptyToNull(v), z.coerce.number().int().min(FIRST_YEAR).max(2200).nullable()).optional(),
  type: z.preprocess((v) => emptyToNull(v), safeString().trim().max(40).nullable()).optional(),
  source: safeString().trim().min(1).max(60),
});
export type ProvisionalTitleInput = z.input<typeof provisionalTitleSchema>;

/** The diary's filters, from a URL's query or JSON. */
export const watchFiltersSchema = z.object({
  year: z.preprocess((v) => emptyToNull(v), z.coerce.number().int().min(FIRST_YEAR).max(2200).nullable()).optional(),
  grade: z
    .preprocess((v) => emptyToNull(v), z.union([z.literal('none'), z.coerce.number().min(0.5).max(10)]).nullable())
    .optional(),
  tag: z.preprocess((v) => emptyToNull(v), safeString().trim().max(40).nullable()).optional(),
  genre: z.preprocess((v) => emptyToNull(v), safeString().trim().max(40).nullable()).optional(),
  type: z.preprocess((v) => emptyToNull(v), safeString().trim().max(40).nullable()).optional(),
  q: z
    .preprocess((v) => emptyToNull(typeof v === 'string' ? v.trim() : v), safeString().max(200).nullable())
    .optional(),
  // The statistics' tap-throughs: a viewing month, weekday (1 = Monday), release decade or
  // year, runtime bucket (`90-120`, `180-`), person, region of origin, rewatches, a from–to
  // range (a partial date counts when its whole period is inside) and films vs series.
  month: z
    .preprocess(
      (v) => emptyToNull(v),
      z
        .string()
        .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
        .nullable(),
    )
    .optional(),
  weekday: z.preprocess((v) => emptyToNull(v), z.coerce.number().int().min(1).max(7).nullable()).optional(),
  decade: z
    .preprocess((v) => emptyToNull(v), z.coerce.number().int().min(1870).max(2200).multipleOf(10).nullable())
    .optional(),
  released: z.preprocess((v) => emptyToNull(v), z.coerce.number().int().min(1870).max(2200).nullable()).optional(),
  runtime: z
    .preprocess(
      (v) => emptyToNull(v),
      z
        .string()
        .regex(/^\d{1,4}-(\d{1,4})?$/)
        .nullable(),
    )
    .optional(),
  person: z
    .preprocess(
      (v) => emptyToNull(v),
      z
        .string()
        .regex(/^nm\d{7,10}$/)
        .nullable(),
    )
    .optional(),
  region: z
    .preprocess(
      (v) => emptyToNull(v),
      z
        .string()
        .regex(/^[A-Z]{2,4}$/)
        .nullable(),
    )
    .optional(),
  rewatch: z.preprocess((v) => emptyToNull(v), z.enum(['true', 'false']).nullable()).optional(),
  from: z.preprocess((v) => emptyToNull(v), isoDay.nullable()).optional(),
  to: z.preprocess((v) => emptyToNull(v), isoDay.nullable()).optional(),
  kind: z.preprocess((v) => emptyToNull(v), z.enum(['films', 'series']).nullable()).optional(),
});
export type WatchFilters = z.output<typeof watchFiltersSchema>;
