import { readFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeSearchText } from '../../lib/search/normalize';
import { freshDatabase } from '../helpers/database';
import { REALDATA } from '../helpers/etl-data';
import { connect } from '../helpers/etl-db';

// public.search_normalize (the migration) against its TypeScript mirror, on every title of the
// real IMDb samples and on the cases the unit tests pin down.

const databaseUrl = await freshDatabase();
let client: pg.Client;

beforeAll(async () => {
  client = await connect(databaseUrl);
});
afterAll(async () => {
  await client?.end();
});

function titles(): string[] {
  const out = new Set<string>();
  const column = (file: string, names: string[]) => {
    const [header, ...rows] = readFileSync(path.join(REALDATA, file), 'utf8').split('\n').filter(Boolean);
    const indexes = names.map((n) => header.split('\t').indexOf(n));
    for (const row of rows) {
      const fields = row.split('\t');
      for (const i of indexes) if (fields[i] && fields[i] !== '\\N') out.add(fields[i]);
    }
  };
  column('title.basics.tsv', ['primaryTitle', 'originalTitle']);
  column('title.basics.tv-sample.tsv', ['primaryTitle', 'originalTitle']);
  column('tricky-title.basics.tsv', ['primaryTitle', 'originalTitle']);
  column('tricky-title.basics.csv-requoted-variant.tsv', ['primaryTitle', 'originalTitle']);
  column('title.akas.tsv', ['title']);
  return [...out];
}

async function sqlNormalize(texts: string[]): Promise<string[]> {
  const { rows } = await client.query<{ n: string }>(
    'SELECT public.search_normalize(t) AS n FROM unnest($1::text[]) WITH ORDINALITY AS x(t, i) ORDER BY i',
    [texts],
  );
  return rows.map((r) => r.n);
}

describe('public.search_normalize', () => {
  it('agrees with normalizeSearchText on every real sample title', async () => {
    const all = titles();
    expect(all.length).toBeGreaterThan(3000);
    const sql = await sqlNormalize(all);
    const differences = all
      .map((title, i) => ({ title, sql: sql[i], ts: normalizeSearchText(title) }))
      .filter((d) => d.sql !== d.ts);
    expect(differences).toEqual([]);
  });

  it('agrees on accents, scripts, punctuation, invisible marks and roman numerals', async () => {
    const cases = [
      'Star Wars: Episode VII – The Force Awakens',
      'Le fabuleux destin d’Amélie Poulain',
      'Fast & Furious',
      'E.T. the Extra-Terrestrial',
      'X-Men: Days of Future Past',
      'Love\u200b Story\u200f',
      '\ufeffLo\u200dve',
      'Soft\u00adware',
      'Дом  Ωμέγα!! 東京「物語」',
      'ΟΔΟΣ',
      'Ёлки 2',
      'ＦＵＬＬ　ＷＩＤＴＨ！',
      '«Quoted» „text“ ½',
      'Straße Łódź Ærø Œuvre',
      'Who?!  What; (now) [then] #tag 100% $5 @home a/b c\\d ~e~ +f*',
      'Louis XIV and Part XX, not XXI',
      '  padded\ttext \n',
      '?!...',
    ];
    expect(await sqlNormalize(cases)).toEqual(cases.map(normalizeSearchText));
  });

  it('is immutable and folds to a constant, so a LIKE prefix can use a btree', async () => {
    const { rows } = await client.query<{ volatility: string }>(
      `SELECT provolatile AS volatility FROM pg_proc WHERE proname = 'search_normalize'`,
    );
    expect(rows).toEqual([{ volatility: 'i' }]);
    const plan = await client.query(`EXPLAIN (VERBOSE) SELECT public.search_normalize('Amélie') || '%'`);
    expect(JSON.stringify(plan.rows)).toContain("'amelie%'");
  });
});
