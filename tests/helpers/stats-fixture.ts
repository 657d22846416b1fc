import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { DATASET_NAMES } from '../../etl/datasets';
import { runEtl } from '../../etl/run';
import { db } from '../../lib/db/client';
import { N, TempDirs, tsvLine } from './etl-data';

// A small journal whose statistics are worked out by hand in the stats tests: six titles
// (multi-genre, a series, one only in provisional_titles), people in several roles (nm0000001
// directs and writes), partial dates, a rewatch, a deleted viewing and another user's. The
// series has four episodes in the IMDb rows (dropped by the default ETL), which only the
// year-in-review test logs.

/** Four episodes of the series Gamma (tt0000003), the first two with the same guest actor. */
export const GAMMA_EPISODES = ['tt0000011', 'tt0000012', 'tt0000013', 'tt0000014'];

const FILES: Record<string, string[]> = {
  'title.basics': [
    'tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres',
    tsvLine('tt0000001', 'movie', 'Alpha', 'Alpha Original', '0', '1994', N, '100', 'Crime,Drama'),
    tsvLine('tt0000002', 'movie', 'Beta', 'Beta', '0', '2001', N, '130', 'Comedy'),
    tsvLine('tt0000003', 'tvSeries', 'Gamma', 'Gamma', '0', '2010', N, '45', 'Drama'),
    tsvLine('tt0000004', 'movie', 'Delta', 'Delta', '0', '1987', N, '85', 'Drama,Horror,Mystery'),
    tsvLine('tt0000005', 'movie', 'Epsilon', 'Epsilon', '0', '2015', N, N, N),
    tsvLine('tt0000006', 'movie', 'Zeta', 'Zeta', '0', '2020', N, '90', 'Drama'),
    tsvLine('tt0000007', 'tvSeries', 'Eta', 'Eta', '0', '2021', N, '30', 'Comedy'),
    ...GAMMA_EPISODES.map((tconst, i) =>
      tsvLine(tconst, 'tvEpisode', `Episode #1.${i + 1}`, `Episode #1.${i + 1}`, '0', '2010', N, '45', 'Drama'),
    ),
  ],
  'title.akas': [
    'titleId\tordering\ttitle\tregion\tlanguage\ttypes\tattributes\tisOriginalTitle',
    tsvLine('tt0000001', '1', 'Alpha', 'US', N, N, N, '0'),
    tsvLine('tt0000001', '2', 'Alpha Original', 'FR', N, N, N, '0'),
    tsvLine('tt0000001', '3', 'Alpha Original', N, N, 'original', N, '1'),
    tsvLine('tt0000002', '1', 'Beta', 'GB', N, N, N, '0'),
  ],
  'title.ratings': [
    'tconst\taverageRating\tnumVotes',
    tsvLine('tt0000001', '8.0', '1000'),
    tsvLine('tt0000002', '6.0', '500'),
    tsvLine('tt0000003', '9.0', '800'),
    tsvLine('tt0000004', '5.0', '50'),
    tsvLine('tt0000006', '7.0', '70'),
  ],
  'title.crew': [
    'tconst\tdirectors\twriters',
    tsvLine('tt0000001', 'nm0000001', 'nm0000002'),
    tsvLine('tt0000002', 'nm0000001', 'nm0000001'),
    tsvLine('tt0000003', N, N),
    tsvLine('tt0000004', 'nm0000007', N),
    tsvLine('tt0000005', 'nm0000001', N),
    tsvLine('tt0000006', 'nm0000001', N),
    tsvLine('tt0000007', 'nm0000001', N),
  ],
  'title.episode': [
    'tconst\tparentTconst\tseasonNumber\tepisodeNumber',
    ...GAMMA_EPISODES.map((tconst, i) => tsvLine(tconst, 'tt0000003', '1', String(i + 1))),
  ],
  'title.principals': [
    'tconst\tordering\tnconst\tcategory\tjob\tcharacters',
    tsvLine('tt0000001', '1', 'nm0000003', 'actor', N, '["A"]'),
    tsvLine('tt0000001', '2', 'nm0000001', 'director', N, N),
    tsvLine('tt0000001', '3', 'nm0000004', 'composer', N, N),
    tsvLine('tt0000002', '1', 'nm0000003', 'actor', N, '["B"]'),
    tsvLine('tt0000002', '2', 'nm0000005', 'actress', N, '["C"]'),
    tsvLine('tt0000002', '3', 'nm0000006', 'cinematographer', N, N),
    tsvLine('tt0000003', '1', 'nm0000005', 'actress', N, '["D"]'),
    tsvLine('tt0000004', '1', 'nm0000003', 'actor', N, '["E"]'),
    tsvLine('tt0000006', '1', 'nm0000003', 'actor', N, '["F"]'),
    tsvLine(GAMMA_EPISODES[0], '1', 'nm0000008', 'actor', N, '["G"]'),
    tsvLine(GAMMA_EPISODES[1], '1', 'nm0000008', 'actor', N, '["G"]'),
  ],
  'name.basics': [
    'nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles',
    tsvLine('nm0000001', 'Ann Auteur', '1950', N, 'director,writer', 'tt0000001'),
    tsvLine('nm0000002', 'Bob Scribe', N, N, 'writer', 'tt0000001'),
    tsvLine('nm0000003', 'Cy Lead', N, N, 'actor', 'tt0000001'),
    tsvLine('nm0000004', 'Di Tune', N, N, 'composer', 'tt0000001'),
    tsvLine('nm0000005', 'Eve Star', N, N, 'actress', 'tt0000002'),
    tsvLine('nm0000006', 'Flo Lens', N, N, 'cinematographer', 'tt0000002'),
    tsvLine('nm0000007', 'Gus Gore', N, N, 'director', 'tt0000004'),
    tsvLine('nm0000008', 'Hal Guest', N, N, 'actor', GAMMA_EPISODES[0]),
  ],
};

/** Loads the fixture's IMDb rows with the ETL itself; `keepEpisodes` as an ETL that keeps them would. */
export const loadFixtureImdb = (databaseUrl: string, options: { keepEpisodes?: boolean } = {}) =>
  loadImdbFiles(databaseUrl, FILES, options);

/** Loads `files` (dataset name → its lines, header first) as the imdb.* tables, with the ETL itself. */
export async function loadImdbFiles(
  databaseUrl: string,
  files: Record<string, string[]>,
  { keepEpisodes = false } = {},
): Promise<void> {
  const dirs = new TempDirs();
  const dir = await dirs.make('imdb-files-');
  for (const [name, lines] of Object.entries(files))
    await writeFile(path.join(dir, `${name}.tsv`), `${lines.join('\n')}\n`);
  const keeping = path.join(dir, 'keep-episodes.yml');
  if (keepEpisodes) await writeFile(keeping, 'titleTypes:\n  except: [videoGame]\n');
  const summary = await runEtl({
    databaseUrl,
    source: dir,
    datasets: [...DATASET_NAMES],
    configPath: keepEpisodes ? keeping : path.resolve('etl/imdb.yml'),
    force: true,
    interactive: false,
  });
  await dirs.removeAll();
  expect(summary.ok, JSON.stringify(summary)).toBe(true);
}

type Viewing = [tconst: string, date: string | null, precision: string, grade: number | null, rewatch?: boolean];

/** The fixture journal of `userId` (see the top of this file), and one viewing of another user's. */
export async function seedFixtureJournal(userId: number, otherUserId: number): Promise<void> {
  await db().$executeRaw`
    INSERT INTO provisional_titles (user_id, tconst, title, year, title_type, source, genres, runtime_minutes,
      average_rating, num_votes)
    VALUES (${userId}, 'tt9000001', 'Provisional One', 2023, 'movie', 'test', ARRAY['Documentary'], 95, 7.5, 12)`;
  const viewings: Viewing[] = [
    ['tt0000001', '2024-03-09', 'day', 9],
    ['tt0000001', '2024-06-15', 'day', 8, true],
    ['tt0000002', '2024-03-01', 'month', 6],
    ['tt0000003', '2024-01-01', 'year', 10],
    ['tt0000004', '2023-12-31', 'day', 4],
    ['tt0000005', null, 'unknown', null],
    ['tt9000001', '2024-03-10', 'day', 7.5],
  ];
  for (const [tconst, date, precision, grade, rewatch] of viewings) {
    await db().$executeRaw`
      INSERT INTO watches (user_id, tconst, watched_on, date_precision, grade, rewatch, updated_at)
      VALUES (${userId}, ${tconst}, ${date}::date, ${precision}::date_precision, ${grade}::numeric, ${rewatch ?? false}, now())`;
  }
  await db().$executeRaw`
    INSERT INTO watches (user_id, tconst, watched_on, date_precision, grade, updated_at, deleted_at) VALUES
      (${userId}, 'tt0000002', '2024-03-10', 'day', 2, now(), now()),
      (${userId}, 'tt0000006', '2024-03-11', 'day', 2, now(), now())`;
  await db().$executeRaw`
    INSERT INTO watches (user_id, tconst, watched_on, date_precision, grade, updated_at) VALUES
      (${otherUserId}, 'tt0000001', '2024-03-09', 'day', 1, now()),
      (${otherUserId}, 'tt0000006', '2024-03-09', 'day', 1, now())`;
}
