import path from 'node:path';
import { expect } from 'vitest';
import { DATASET_NAMES } from '../../etl/datasets';
import { runEtl } from '../../etl/run';
import { N, TempDirs, tsvLine } from './etl-data';

// A small hand-made IMDb for the import tests' matching: same titles in different years,
// remakes, a film and a series of one name, accents, original and alternative titles.

const BASICS: [string, string, string, string, string, string][] = [
  // tconst, type, primary, original, year, votes
  ['tt0087182', 'movie', 'Dune', 'Dune', '1984', '160000'],
  ['tt1160419', 'movie', 'Dune', 'Dune: Part One', '2021', '900000'],
  ['tt0142032', 'tvMiniSeries', 'Dune', 'Dune', '2000', '30000'],
  ['tt0084787', 'movie', 'The Thing', 'The Thing', '1982', '480000'],
  ['tt0905372', 'movie', 'The Thing', 'The Thing', '2011', '140000'],
  ['tt0211915', 'movie', 'Amélie', "Le fabuleux destin d'Amélie Poulain", '2001', '780000'],
  ['tt0111161', 'movie', 'The Shawshank Redemption', 'The Shawshank Redemption', '1994', '2900000'],
  ['tt0115964', 'movie', 'Crash', 'Crash', '1996', '70000'],
  ['tt0375679', 'movie', 'Crash', 'Crash', '2004', '450000'],
  ['tt9000002', 'movie', 'The Twin', 'The Twin', '2010', '1000'],
  ['tt9000003', 'movie', 'The Twin', 'The Twin', '2010', '900'],
  ['tt0113277', 'movie', 'Heat', 'Heat', '1995', '700000'],
  ['tt0116282', 'movie', 'Fargo', 'Fargo', '1996', '700000'],
  ['tt2802850', 'tvSeries', 'Fargo', 'Fargo', '2014', '450000'],
  ['tt0073195', 'movie', 'Jaws', 'Jaws', '1975', '730000'],
  ['tt1409024', 'movie', 'Men in Black³', 'Men in Black³', '2012', '410000'],
  ['tt0000439', 'short', 'The Great Train Robbery', 'The Great Train Robbery', '1903', '30000'],
];

const AKAS: [string, string, string][] = [
  ['tt0111161', 'Le ali della libertà', 'IT'],
  ['tt0211915', 'Die fabelhafte Welt der Amélie', 'DE'],
  ['tt1160419', 'Dune: Première partie', 'FR'],
];

/** Loads the hand-made titles as the imdb.* tables (and their search tables) of `databaseUrl`. */
export async function loadMatchingFixture(databaseUrl: string): Promise<void> {
  const temp = new TempDirs();
  const basics = ['tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres']
    .concat(
      BASICS.map(([t, type, primary, original, year]) =>
        tsvLine(t, type, primary, original, '0', year, N, '100', 'Drama'),
      ),
    )
    .join('\n');
  const akas = ['titleId\tordering\ttitle\tregion\tlanguage\ttypes\tattributes\tisOriginalTitle']
    .concat(AKAS.map(([t, title, region], i) => tsvLine(t, String(i + 10), title, region, N, 'imdbDisplay', N, '0')))
    .join('\n');
  const ratings = ['tconst\taverageRating\tnumVotes'].concat(BASICS.map((b) => tsvLine(b[0], '7.5', b[5]))).join('\n');
  try {
    const source = await temp.source({
      'title.basics.tsv': `${basics}\n`,
      'title.akas.tsv': `${akas}\n`,
      'title.ratings.tsv': `${ratings}\n`,
    });
    const summary = await runEtl({
      databaseUrl,
      source,
      datasets: [...DATASET_NAMES],
      configPath: path.resolve('etl/imdb.yml'),
      force: true,
      interactive: false,
    });
    expect(summary.ok).toBe(true);
  } finally {
    await temp.removeAll();
  }
}
