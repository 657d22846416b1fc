import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runEtl } from '../../etl/run';
import { prismaFor } from '../../lib/db/client';
import { searchTitlesTimed } from '../../lib/search/search';
import { freshDatabase } from '../helpers/database';
import { REALDATA, TempDirs } from '../helpers/etl-data';
import { connect } from '../helpers/etl-db';

// Building the search tables in unusual conditions: title.basics alone (no akas, no ratings),
// then the rest; and a title far longer than any real one (a btree entry and a tsvector word
// have size limits that must not fail the ETL).

const databaseUrl = await freshDatabase();
const temp = new TempDirs();
const prisma = prismaFor(databaseUrl);

afterAll(async () => {
  await prisma.$disconnect();
  await temp.removeAll();
});

const LONG_ID = 'tt9999991';
const longTitle = `Endless ${'x'.repeat(3000)} ${'東'.repeat(1200)} end`;

function basicsWithLongTitle(): string {
  const text = readFileSync(path.join(REALDATA, 'title.basics.tsv'), 'utf8');
  return `${text}${[LONG_ID, 'movie', longTitle, longTitle, '0', '2001', '\\N', '90', 'Drama'].join('\t')}\n`;
}

const run = (source: string, datasets: string[]) =>
  runEtl({
    databaseUrl,
    source,
    datasets: datasets as Parameters<typeof runEtl>[0]['datasets'],
    configPath: path.resolve('etl/imdb.yml'),
    force: true,
    interactive: false,
  });

describe('the search tables', () => {
  it('are built without akas and ratings, and rebuilt when they come', async () => {
    const source = await temp.source({ 'title.basics.tsv': basicsWithLongTitle() });
    const first = await run(source, ['title.basics', 'title.crew', 'title.principals', 'name.basics']);
    expect(first.error).toBeUndefined();
    const client = await connect(databaseUrl);
    try {
      const { rows } = await client.query<{ akas: number; voted: number; carmencita: number }>(
        `SELECT count(*) FILTER (WHERE kind = 2)::int AS akas, count(*) FILTER (WHERE num_votes > 0)::int AS voted,
                count(*) FILTER (WHERE norm = 'carmencita')::int AS carmencita
           FROM imdb.title_search`,
      );
      expect(rows[0]).toEqual({ akas: 0, voted: 0, carmencita: 1 });
    } finally {
      await client.end();
    }
    // The search reads the ratings too: it says which table is missing.
    await expect(searchTitlesTimed('carmencita', {}, prisma)).rejects.toMatchObject({
      name: 'SearchUnavailableError',
      table: 'imdb.title_ratings',
    });

    const second = await run(source, ['title.akas', 'title.ratings']);
    expect(second.error).toBeUndefined();
    expect((await searchTitlesTimed('carmencita', {}, prisma)).results[0]).toMatchObject({
      tconst: 'tt0000001',
      votes: 2150,
    });
    expect((await searchTitlesTimed('Карменсита', {}, prisma)).results[0]?.tconst).toBe('tt0000001');
  });

  it('keep a title longer than any real one, cut to its first 500 characters', async () => {
    const client = await connect(databaseUrl);
    try {
      const { rows } = await client.query<{ n: number }>(
        'SELECT max(length(norm))::int AS n FROM imdb.title_search WHERE tconst = $1',
        [LONG_ID],
      );
      expect(rows[0].n).toBe(500);
    } finally {
      await client.end();
    }
    expect((await searchTitlesTimed('endless xxxx', {}, prisma)).results[0]?.tconst).toBe(LONG_ID);
  });
});
