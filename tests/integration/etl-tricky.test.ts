import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASETS, type DatasetName } from '../../etl/datasets';
import { type RunSummary, runEtl } from '../../etl/run';
import { freshDatabase } from '../helpers/database';
import { expectedKept, N, parseTsv, REALDATA, TempDirs, tsvLine } from '../helpers/etl-data';
import { compareTable, connect } from '../helpers/etl-db';

// The tricky real lines plus the known real-world oddities, loaded through a directory
// source and compared byte for byte. IMDb quotes nothing: a `"` is a literal character.

const databaseUrl = await freshDatabase();
process.env.DATABASE_URL = databaseUrl;

const tricky = (file: string) => parseTsv(readFileSync(path.join(REALDATA, file), 'utf8'));
const basicsTsv = tricky('tricky-title.basics.tsv');
const principalsTsv = tricky('tricky-title.principals.tsv');
const namesTsv = tricky('tricky-name.basics.tsv');
const movie = (tconst: string, title: string, original = title) =>
  tsvLine(tconst, 'movie', title, original, '0', '2001', N, '90', 'Drama');

const ODDITIES = [
  tsvLine('tt0073045', 'movie', '"Giliap', '"Giliap', '0', '1975', N, '137', 'Drama'),
  movie('tt10233364', 'He Returns" or "Volvió'),
  movie('tt10233365', '"Rolling in the Deep Dish'),
  movie('tt0000901', 'Zero\u200Bwidth\u200Bspaces'),
  movie('tt0000902', '\u200Fمن اليمين\u200F', 'right\u200Fto\u200Fleft'),
  movie('tt0000903', 'Иди и смотри', 'Идиот'),
  movie('tt0000904', '千と千尋の神隠し', '霸王别姬'),
  movie('tt0000905', 'الرسالة', 'عمر المختار'),
  movie('tt0000906', String.raw`C:\new\Nope \N \t \\`, String.raw`\"json\"`),
  tsvLine('tt0000907', 'tvSpecial', 'Comma, semicolon; tab-less', '', '1', '1999', '2000', '0', ''),
];
const EIGHT_FIELDS = tsvLine('tt0000908', 'movie', 'Eight', 'Eight', '0', '2001', N, '90');
const BAD_RUNTIME = tsvLine('tt0000909', 'movie', 'Runtime', 'Runtime', '0', '2001', N, '90 min', 'Drama');
const VIDEO_GAME = tsvLine('tt0000910', 'videoGame', 'A game', 'A game', '0', '2001', N, N, 'Action');
// The people below are named by no tricky principal; these lines name them so they are kept.
const EXTRA_PRINCIPALS = [
  tsvLine('tt0073045', '1', 'nm5533924', 'producer', 'producer', N),
  tsvLine('tt0073045', '2', 'nm0698659', 'self', N, '["Herself"]'),
  tsvLine('tt0073045', '3', 'nm9881664', 'actor', N, String.raw`["\"Taita\"","Yo \\ tú"]`),
];
const principalLines = [...principalsTsv.lines, ...EXTRA_PRINCIPALS];
const principalTitles = [...new Set(principalsTsv.rows.map((r) => r[0]))];
const basicsLines = [
  ...basicsTsv.lines,
  ...tricky('tricky-title.basics.csv-requoted-variant.tsv').lines,
  ...ODDITIES,
  EIGHT_FIELDS,
  BAD_RUNTIME,
  VIDEO_GAME,
  ...principalTitles.map((t, i) => movie(t, `Título ${i} "with" quotes`)),
];
const knownPeople = new Set(namesTsv.rows.map((r) => r[0]));
const nameLines = [
  ...namesTsv.lines,
  ...[...new Set(principalsTsv.rows.map((r) => r[2]))]
    .filter((n) => !knownPeople.has(n))
    .map((n, i) => tsvLine(n, `Ünïcödé "${i}" Имя 名前`, '1970', N, i % 2 ? '' : 'actor,writer', N)),
];
/** 1-based line numbers in the file (the header is line 1). */
const lineNumber = (line: string) => basicsLines.indexOf(line) + 2;
const file = (header: string, lines: string[]) => `${[header, ...lines].join('\n')}\n`;
const datasets: DatasetName[] = ['title.basics', 'title.principals', 'name.basics'];
const expected = expectedKept(
  {
    'title.basics': basicsLines.filter((l) => l !== EIGHT_FIELDS && l !== BAD_RUNTIME).map((l) => l.split('\t')),
    'title.principals': principalLines.map((l) => l.split('\t')),
    'name.basics': nameLines.map((l) => l.split('\t')),
  },
  new Set(['videoGame']),
);

const dirs = new TempDirs();
let client: pg.Client;
let summary: RunSummary;
let configPath: string;

beforeAll(async () => {
  const dir = await dirs.make();
  configPath = path.join(dir, 'etl.yml');
  // The re-quoted variant's rows are tvEpisodes: keep that type here so they are stored.
  await writeFile(configPath, 'maxBadLineShare: 0.5\ntitleTypes:\n  except: [videoGame]\n');
  await writeFile(path.join(dir, 'title.basics.tsv'), file(basicsTsv.header, basicsLines));
  await writeFile(path.join(dir, 'title.principals.tsv'), file(principalsTsv.header, principalLines));
  await writeFile(path.join(dir, 'name.basics.tsv'), file(namesTsv.header, nameLines));
  client = await connect(databaseUrl);
  summary = await runEtl({ databaseUrl, source: dir, datasets, force: false, configPath, interactive: false });
});

afterAll(async () => {
  await client?.end();
  await dirs.removeAll();
});

const one = async (sql: string, params: unknown[]) => (await client.query(sql, params)).rows[0];

describe('tricky lines', () => {
  it('load, skipping only the malformed lines and the dropped type', () => {
    expect(summary.error).toBeUndefined();
    expect(summary.files.map((f) => [f.dataset, f.status, f.rows])).toEqual(
      datasets.map((name) => [name, 'loaded', expected[name].length]),
    );
    const basics = summary.files[0];
    expect(basics).toMatchObject({ badLines: 2, skipped: 1 });
    expect(expected['title.principals']).toHaveLength(principalLines.length);
    // Every person a principal names is kept (the four other tricky names are not).
    const named = new Set(principalLines.map((l) => l.split('\t')[2]));
    expect(new Set(expected['name.basics'].map((r) => r[0]))).toEqual(named);
    expect(named.size).toBe(nameLines.length - 4);
  });

  it('report the line numbers of the skipped lines in the summary', () => {
    const reported = JSON.stringify(summary.files[0]);
    expect(reported).toContain(`line ${lineNumber(EIGHT_FIELDS)}`);
    expect(reported).toContain(`line ${lineNumber(BAD_RUNTIME)}`);
  });

  it.each(datasets)('%s: every kept row round-trips byte for byte', async (name) => {
    expect(await compareTable(client, DATASETS[name], expected[name])).toEqual([]);
  });

  it('store quotes literally, re-quoted CSV variants included', async () => {
    const titles = await client.query<{ tconst: string; primary_title: string }>(
      `SELECT tconst, primary_title FROM imdb.title_basics WHERE tconst = ANY($1) ORDER BY tconst`,
      [['tt0073045', 'tt10233364', 'tt17052074']],
    );
    expect(titles.rows).toEqual([
      { tconst: 'tt0073045', primary_title: '"Giliap' },
      { tconst: 'tt10233364', primary_title: 'He Returns" or "Volvió' },
      { tconst: 'tt17052074', primary_title: '"Cobra Kai 4x6 REACTION!! ""Kicks Get Chicks"""' },
    ]);
  });

  it('store the invisible marks and non-Latin scripts as they are', async () => {
    const row = await one(
      `SELECT primary_title, octet_length(primary_title) AS bytes FROM imdb.title_basics WHERE tconst = $1`,
      ['tt0000901'],
    );
    expect(row).toEqual({
      primary_title: 'Zero\u200Bwidth\u200Bspaces',
      bytes: Buffer.byteLength('Zero\u200Bwidth\u200Bspaces'),
    });
    expect(await one(`SELECT original_title FROM imdb.title_basics WHERE tconst = $1`, ['tt0000902'])).toEqual({
      original_title: 'right\u200Fto\u200Fleft',
    });
    const { rows } = await client.query(
      `SELECT primary_title FROM imdb.title_basics WHERE tconst IN ('tt0000903', 'tt0000904', 'tt0000905') ORDER BY 1`,
    );
    expect(rows.map((r) => r.primary_title).sort()).toEqual(['Иди и смотри', 'الرسالة', '千と千尋の神隠し'].sort());
  });

  it('keep the backslashes of characters JSON, which stays valid JSON', async () => {
    const row = await one(
      `SELECT characters, characters::jsonb ->> 0 AS first FROM imdb.title_principals WHERE tconst = $1 AND ordering = 1`,
      ['tt9838694'],
    );
    expect(row).toEqual({
      characters: String.raw`["Woman - (segment: \"Fire Woman\")"]`,
      first: 'Woman - (segment: "Fire Woman")',
    });
    expect(await one(`SELECT characters FROM imdb.title_principals WHERE nconst = $1`, ['nm9881664'])).toEqual({
      characters: String.raw`["\"Taita\"","Yo \\ tú"]`,
    });
  });

  it('keep a name with quotes, and make an empty list field an empty array, not NULL', async () => {
    const { rows } = await client.query(
      `SELECT nconst, primary_name, primary_profession, known_for_titles FROM imdb.name_basics
       WHERE nconst IN ('nm5533924', 'nm0698659') ORDER BY nconst`,
    );
    expect(rows).toEqual([
      { nconst: 'nm0698659', primary_name: 'Dina Pronicheva', primary_profession: [], known_for_titles: null },
      {
        nconst: 'nm5533924',
        primary_name: 'Stephen "Dr" Love',
        primary_profession: ['producer', 'actor'],
        known_for_titles: ['tt11092020', 'tt9324808', 'tt10644644', 'tt9873892'],
      },
    ]);
    const empty = await one(`SELECT genres, original_title FROM imdb.title_basics WHERE tconst = $1`, ['tt0000907']);
    expect(empty).toEqual({ genres: [], original_title: '' });
  });
});

// Bytes that COPY refuses (a carriage return inside a field, NUL, invalid UTF-8) are skipped
// and counted like other malformed lines, instead of failing the whole file.
describe('a line COPY cannot read', () => {
  const ok = movie('tt0000911', 'Fine');
  it.each([
    ['a carriage return inside a field', Buffer.from(movie('tt0000912', 'Carriage\rreturn'))],
    ['a NUL byte', Buffer.from(movie('tt0000912', 'Nul\0byte'))],
    [
      'invalid UTF-8',
      Buffer.concat([
        Buffer.from('tt0000912\tmovie\tLatin-1 '),
        Buffer.from([0xe9]),
        Buffer.from('\tx\t0\t2001\t\\N\t90\tDrama'),
      ]),
    ],
  ])('is skipped as malformed: %s', async (_what, odd) => {
    const dir = await dirs.make();
    const body = Buffer.concat([
      Buffer.from(`${basicsTsv.header}\n${ok}\n`),
      odd,
      Buffer.from(`\n${ok.replace('911', '913')}\n`),
    ]);
    await writeFile(path.join(dir, 'title.basics.tsv'), body);
    const run = await runEtl({
      databaseUrl,
      source: dir,
      datasets: ['title.basics'],
      force: true,
      configPath,
      interactive: false,
    });
    expect(run.error).toBeUndefined();
    expect(run.files[0]).toMatchObject({ status: 'loaded', rows: 2, badLines: 1 });
  });
});
