import { type ScrapeConfig, typeKey } from './config';
import type { OnlineTitle } from './types';

const TCONST = /^tt\d{7,}$/;

export function isTconst(value: unknown): value is string {
  return typeof value === 'string' && TCONST.test(value);
}

/** Reads `a.b.c` from parsed JSON without trusting any level of it. */
export function valueAt(root: unknown, dottedPath: string): unknown {
  let current = root;
  for (const key of dottedPath.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The first of the alternative paths that holds something other than null, undefined or "". */
export function firstValueAt(root: unknown, paths: readonly string[]): unknown {
  for (const candidate of paths) {
    const value = valueAt(root, candidate);
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

export function cleanText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const cleaned = value.replace(/\s+/g, ' ').trim();
  return cleaned === '' ? null : cleaned;
}

export function parseYear(value: unknown, config: ScrapeConfig): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1870 && value <= 2100 ? value : null;
  if (typeof value !== 'string') return null;
  const match = config.text.year.exec(value);
  return match ? Number(match[1] ?? match[0]) : null;
}

/** "8,7" on a German page, "6.2" on an English one; 0 means "not rated yet". */
export function parseRating(value: unknown): number | null {
  const rating = typeof value === 'number' ? value : typeof value === 'string' ? decimal(value) : Number.NaN;
  return Number.isFinite(rating) && rating > 0 && rating <= 10 ? Math.round(rating * 10) / 10 : null;
}

/** "(4.9K)" (abbreviated), "(646.623)" (German grouping) or "(1323)". */
export function parseVotes(value: unknown, config: ScrapeConfig): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : null;
  if (typeof value !== 'string') return null;
  const inner = value.replace(/[()\s\u00a0\u202f]/g, '');
  const match = /^(\d[\d.,']*)(\D*)$/.exec(inner);
  if (!match) return null;
  const [, digits, suffix] = match;
  if (suffix === '') return Number(digits.replace(/[.,']/g, ''));
  const multiplier = Object.entries(config.text.voteSuffixes).find(
    ([name]) => name.toLowerCase() === suffix.toLowerCase(),
  );
  const amount = decimal(digits);
  return multiplier && Number.isFinite(amount) ? Math.round(amount * multiplier[1]) : null;
}

export function parseRuntime(value: unknown, config: ScrapeConfig): number | null {
  if (typeof value !== 'string') return null;
  const match = config.text.runtime.exec(value.trim());
  const hours = match?.groups?.hours;
  const minutes = match?.groups?.minutes;
  if (hours === undefined && minutes === undefined) return null;
  return Number(hours ?? 0) * 60 + Number(minutes ?? 0);
}

export function runtimeFromSeconds(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value / 60) : null;
}

/** The datasets' titleType for a display name or type id; null when it is not one we know. */
export function normaliseType(value: unknown, config: ScrapeConfig): string | null {
  const name = cleanText(value);
  return name ? (config.titleTypes.get(typeKey(name)) ?? null) : null;
}

/** The first of the alternative paths whose value names a type we know. */
export function typeAt(root: unknown, paths: readonly string[], config: ScrapeConfig): string | null {
  for (const candidate of paths) {
    const type = normaliseType(valueAt(root, candidate), config);
    if (type) return type;
  }
  return null;
}

/** One entry per tconst, in first-seen order; later sources fill fields the first one lacked. */
export function mergeByTconst(titles: Iterable<OnlineTitle>): OnlineTitle[] {
  const byTconst = new Map<string, OnlineTitle>();
  for (const title of titles) {
    const seen = byTconst.get(title.tconst);
    if (!seen) {
      byTconst.set(title.tconst, { ...title });
      continue;
    }
    seen.year ??= title.year;
    seen.type ??= title.type;
    if (title.rating != null) seen.rating ??= title.rating;
    if (title.votes != null) seen.votes ??= title.votes;
    if (title.runtimeMinutes != null) seen.runtimeMinutes ??= title.runtimeMinutes;
  }
  return [...byTconst.values()];
}

function decimal(text: string): number {
  const trimmed = text.trim();
  return /^\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}
