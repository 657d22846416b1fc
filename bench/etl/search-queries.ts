import type pg from 'pg';
import { normalizeSearchText } from '../../lib/search/normalize';
import type { SearchTitlesOptions } from '../../lib/search/types';

// The fixed, deterministic query sets of `npm run bench:search`: a latency set made from the
// titles of the database under test plus fixed lists, and a labelled set made from the real
// IMDb samples for the mean reciprocal rank. Same database + same seed → same queries.

export type QueryKind =
  | 'exact-popular'
  | 'exact-obscure'
  | 'prefix'
  | 'typo'
  | 'accents-dropped'
  | 'non-latin'
  | 'with-year'
  | 'very-short'
  | 'common-words'
  | 'inner-words'
  | 'filtered';

export interface BenchQuery {
  kind: QueryKind;
  query: string;
  options?: SearchTitlesOptions;
}

export type LabelKind = 'accents-dropped' | 'typo' | 'prefix' | 'aka';

export interface LabelledQuery {
  kind: LabelKind;
  query: string;
  /** The title the query was made from. */
  tconst: string;
}

/** 1–2 characters, as typed in a search box. */
export const VERY_SHORT = [
  'a',
  'b',
  'c',
  'd',
  'e',
  'm',
  's',
  't',
  'x',
  'z',
  'th',
  'lo',
  'ma',
  'st',
  'de',
  'la',
  'mo',
  '1',
  'д',
  '東',
];

/** Words and pairs found in a great many titles, in several languages. */
export const COMMON_WORDS = [
  'the',
  'love',
  'a',
  'la',
  'de',
  'night',
  'man',
  'life',
  'story',
  'world',
  'my',
  'home',
  'amor',
  'el amor',
  'the love',
  'de la',
  'in the',
  'of the',
  'my love',
  'love story',
  'the night',
  'the last',
  'любовь',
  'day',
];

/** A small deterministic generator (mulberry32). */
export class Seeded {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One edit (drop, double, replace or swap two letters) at a position away from the first letter. */
export function withTypo(text: string, r: Seeded): string {
  const chars = Array.from(text);
  const letters = chars.map((c, i) => (/\p{L}/u.test(c) ? i : -1)).filter((i) => i > 0);
  if (letters.length === 0) return text;
  const at = letters[r.int(letters.length)];
  switch (r.int(4)) {
    case 0:
      chars.splice(at, 1);
      break;
    case 1:
      chars.splice(at, 0, chars[at]);
      break;
    case 2: {
      const replacement = LETTERS[r.int(LETTERS.length)];
      chars[at] =
        replacement === chars[at].toLowerCase() ? LETTERS[(LETTERS.indexOf(replacement) + 1) % 26] : replacement;
      break;
    }
    default:
      if (at + 1 < chars.length && /\p{L}/u.test(chars[at + 1]))
        [chars[at], chars[at + 1]] = [chars[at + 1], chars[at]];
      else chars.splice(at, 1);
  }
  return chars.join('');
}

/** Lowercase, without diacritics (what someone types on a keyboard without accents). */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The first characters of a name: half of it, at least 3 characters, cut inside a word when possible. */
export function prefixOf(text: string, r: Seeded): string {
  const chars = Array.from(text.trim());
  const n = Math.min(chars.length, Math.max(3, Math.ceil(chars.length * (0.3 + 0.4 * r.next()))));
  return chars.slice(0, n).join('');
}

interface NameRow {
  tconst: string;
  name: string;
  norm: string;
  kind: number;
  start_year: number | null;
  num_votes: number;
}

/** A deterministic sample of title_search rows that satisfy `where`. */
async function sample(client: pg.Client, table: string, where: string, n: number, seed: number): Promise<NameRow[]> {
  const { rows: size } = await client.query<{ n: number }>(
    `SELECT greatest(reltuples, 1)::float8 AS n FROM pg_class WHERE oid = $1::regclass`,
    [table],
  );
  // Read about 40,000 rows (SYSTEM sampling, repeatable), then order them by a hash.
  const percent = Math.min(100, Math.max(0.01, (100 * 40_000) / size[0].n));
  const { rows } = await client.query<NameRow>(
    `SELECT tconst, name, norm, kind::int AS kind, start_year, num_votes
       FROM ${table} TABLESAMPLE SYSTEM (${percent}) REPEATABLE (${seed})
      WHERE ${where}
      ORDER BY md5(tconst || norm || '${seed}')
      LIMIT ${n}`,
  );
  return rows;
}

const NON_LATIN = `norm ~ '[\\u0370-\\u03ff\\u0400-\\u04ff\\u0600-\\u06ff\\u0900-\\u097f\\u3040-\\u30ff\\u4e00-\\u9fff\\uac00-\\ud7af]'`;
const ACCENTED = `name ~ '[\\u00c0-\\u024f]'`;

/** The latency set: at least 200 queries from the database's own titles and the fixed lists. */
export async function latencyQueries(client: pg.Client, seed = 1): Promise<BenchQuery[]> {
  const r = new Seeded(seed);
  const out: BenchQuery[] = [];
  const add = (kind: QueryKind, query: string, options?: SearchTitlesOptions) => {
    if (normalizeSearchText(query) !== '') out.push({ kind, query, options });
  };
  const F = 'imdb.title_search';
  const P = 'imdb.title_search_popular';
  for (const row of await sample(client, P, 'kind = 0', 20, seed)) add('exact-popular', row.name);
  for (const row of await sample(client, F, 'kind = 0 AND num_votes < 50', 20, seed + 1))
    add('exact-obscure', row.name);
  for (const row of await sample(client, F, 'length(norm) >= 6', 30, seed + 2)) add('prefix', prefixOf(row.name, r));
  for (const row of await sample(client, F, 'length(norm) >= 6', 30, seed + 3)) add('typo', withTypo(row.name, r));
  for (const row of await sample(client, F, ACCENTED, 20, seed + 4)) add('accents-dropped', withoutAccents(row.name));
  for (const row of await sample(client, F, NON_LATIN, 20, seed + 5)) add('non-latin', row.name);
  for (const row of await sample(client, F, 'start_year IS NOT NULL AND kind = 0', 20, seed + 6)) {
    add('with-year', `${row.name} ${row.start_year}`);
  }
  for (const q of VERY_SHORT) add('very-short', q);
  for (const q of COMMON_WORDS) add('common-words', q);
  for (const row of await sample(client, F, `norm ~ '^\\S+ \\S+ \\S+ \\S+'`, 20, seed + 7)) {
    const words = row.norm.split(' ');
    const at = 1 + r.int(words.length - 2);
    add('inner-words', words.slice(at, at + 2).join(' '));
  }
  // The same kinds of query again, with filters: films only, or series running in 1990–2010.
  const filtered = [
    ...out.filter((q) => q.kind === 'exact-popular').slice(0, 4),
    ...out.filter((q) => q.kind === 'prefix').slice(0, 4),
    ...COMMON_WORDS.slice(0, 8).map((query) => ({ query })),
  ];
  for (const [i, q] of filtered.entries()) {
    add(
      'filtered',
      q.query,
      i % 2 === 0 ? { types: ['movie', 'tvMovie'] } : { yearFrom: 1990, yearTo: 2010, types: ['series'] },
    );
  }
  return out;
}

/** The labelled set for the mean reciprocal rank, from a database holding the real IMDb samples. */
export async function labelledQueries(client: pg.Client, seed = 1, titles = 150): Promise<LabelledQuery[]> {
  const r = new Seeded(seed);
  const { rows: picked } = await client.query<{ tconst: string; title: string }>(
    `SELECT tconst, primary_title AS title FROM imdb.title_basics
      WHERE length(primary_title) >= 4
      ORDER BY md5(tconst || '${seed}') LIMIT ${titles}`,
  );
  const { rows: names } = await client.query<NameRow>(
    `SELECT tconst, name, norm, kind::int AS kind, start_year, num_votes FROM imdb.title_search
      WHERE tconst = ANY($1::text[]) ORDER BY tconst, kind, norm`,
    [picked.map((p) => p.tconst)],
  );
  const byTitle = new Map<string, NameRow[]>();
  for (const n of names) byTitle.set(n.tconst, [...(byTitle.get(n.tconst) ?? []), n]);
  const out: LabelledQuery[] = [];
  for (const { tconst, title } of picked) {
    const own = byTitle.get(tconst) ?? [];
    const accented = own.find((n) => /[\u00c0-\u024f]/u.test(n.name));
    if (accented) out.push({ kind: 'accents-dropped', query: withoutAccents(accented.name), tconst });
    if (Array.from(title).length >= 5) out.push({ kind: 'typo', query: withTypo(title, r), tconst });
    out.push({ kind: 'prefix', query: prefixOf(title, r), tconst });
    const primaryNorm = normalizeSearchText(title);
    const akas = own.filter((n) => n.kind === 2 && n.norm !== primaryNorm && !primaryNorm.endsWith(n.norm));
    if (akas.length) out.push({ kind: 'aka', query: akas[r.int(akas.length)].name, tconst });
  }
  return out;
}
