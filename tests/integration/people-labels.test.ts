import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { creditRows } from '../../lib/picks/sql';
import { filterPersonName } from '../../lib/stats';
import { getDashboard } from '../../lib/stats/dashboard';
import { getYearReview } from '../../lib/stats/year-review';
import { personLabel } from '../../lib/titles/format';
import { getPersonDetails } from '../../lib/titles/person-details';
import { getTitleDetails } from '../../lib/titles/title-details';
import { createUser, setUpFreshDatabase } from '../helpers/api';
import { N, tsvLine } from '../helpers/etl-data';
import { loadImdbFiles } from '../helpers/stats-fixture';

// People whose nconst name.basics lacks: named by what an import gave (an IMDb export's
// Directors, kept on the provisional title, matched by position), else "name not loaded" —
// on title pages, person pages, the statistics, the picks' credits and the diary's filter.

const FILES: Record<string, string[]> = {
  'title.basics': [
    'tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres',
    tsvLine('tt0000101', 'movie', 'Solo', 'Solo', '0', '1990', N, '100', 'Drama'),
    tsvLine('tt0000102', 'movie', 'Duo', 'Duo', '0', '1991', N, '100', 'Drama'),
  ],
  'title.akas': ['titleId\tordering\ttitle\tregion\tlanguage\ttypes\tattributes\tisOriginalTitle'],
  'title.ratings': ['tconst\taverageRating\tnumVotes', tsvLine('tt0000101', '7.0', '100')],
  'title.crew': [
    'tconst\tdirectors\twriters',
    tsvLine('tt0000101', 'nm0000101', N),
    tsvLine('tt0000102', 'nm0000104,nm0000105', N),
  ],
  'title.episode': ['tconst\tparentTconst\tseasonNumber\tepisodeNumber'],
  'title.principals': [
    'tconst\tordering\tnconst\tcategory\tjob\tcharacters',
    tsvLine('tt0000101', '1', 'nm0000102', 'actor', N, '["Lead"]'),
    tsvLine('tt0000101', '2', 'nm0000103', 'actress', N, '["Second"]'),
    tsvLine('tt0000101', '3', 'nm0000101', 'director', N, N),
  ],
  'name.basics': [
    'nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles',
    tsvLine('nm0000103', 'Named Actress', N, N, 'actress', 'tt0000101'),
  ],
};

const databaseUrl = await setUpFreshDatabase();
let user: number;
let other: number;

beforeAll(async () => {
  await loadImdbFiles(databaseUrl, FILES);
  user = await createUser('labels');
  other = await createUser('someone-else');
  // What an IMDb ratings import made of these titles before the IMDb data was loaded.
  await db().$executeRaw`
    INSERT INTO provisional_titles (user_id, tconst, title, year, title_type, source, directors) VALUES
      (${user}, 'tt0000101', 'Solo', 1990, 'movie', 'import', ARRAY['Imported Name']),
      (${user}, 'tt0000102', 'Duo', 1991, 'movie', 'import', ARRAY['Only One Of Two'])`;
  for (const [who, tconst] of [
    [user, 'tt0000101'],
    [user, 'tt0000102'],
    [other, 'tt0000101'],
  ] as const)
    await db().$executeRaw`
      INSERT INTO watches (user_id, tconst, watched_on, date_precision, grade, updated_at)
      VALUES (${who}, ${tconst}, '2024-01-01', 'day', 8, now())`;
});

describe('a person the name list lacks', () => {
  it('is labelled "name not loaded" with their IMDb page, never their id', () => {
    expect(personLabel('nm0000102', null)).toEqual({
      text: 'name not loaded',
      named: false,
      imdbUrl: 'https://www.imdb.com/name/nm0000102/',
    });
    expect(personLabel('nm0000102', '  ').named).toBe(false);
    expect(personLabel('nm0000103', 'Named Actress')).toMatchObject({ text: 'Named Actress', named: true });
  });

  it('title page: the director by the imported name, the actor unnamed, the named actress as listed', async () => {
    const title = await getTitleDetails('tt0000101', user);
    expect(title?.directors).toEqual([{ nconst: 'nm0000101', name: 'Imported Name', job: null }]);
    expect(title?.cast.map((c) => [c.nconst, c.name])).toEqual([
      ['nm0000102', null],
      ['nm0000103', 'Named Actress'],
    ]);
    // Two directors and one imported name: no guessing which is which.
    expect((await getTitleDetails('tt0000102', user))?.directors.map((d) => d.name)).toEqual([null, null]);
    // Another account's import names nobody for this one.
    expect((await getTitleDetails('tt0000101', other))?.directors[0].name).toBeNull();
  });

  it('person page: the imported name, or none, and never "Unnamed person"', async () => {
    expect(await getPersonDetails('nm0000101', user)).toMatchObject({ name: 'Imported Name', listed: false });
    const actor = await getPersonDetails('nm0000102', user);
    expect(actor).toMatchObject({
      name: null,
      listed: false,
      credits: [expect.objectContaining({ tconst: 'tt0000101' })],
    });
    expect(await getPersonDetails('nm0000103', user)).toMatchObject({ name: 'Named Actress', listed: true });
    expect(await getPersonDetails('nm0000999', user)).toBeNull();
  });

  it('statistics: directors and actors by the same names', async () => {
    const { people } = await getDashboard(user, { from: null, to: null, kind: 'all' });
    const names = (role: string) =>
      people
        .find((p) => p.role === role)
        ?.byTitles.map((p) => [p.nconst, p.name])
        .sort();
    expect(names('directors')).toEqual([
      ['nm0000101', 'Imported Name'],
      ['nm0000104', null],
      ['nm0000105', null],
    ]);
    expect(names('actors')).toEqual([
      ['nm0000102', null],
      ['nm0000103', 'Named Actress'],
    ]);
  });

  it("year in review: the year's new favourites by the same names", async () => {
    // New favourites need two titles: for an account of its own (whose facts are built now), the
    // unnamed actor and the imported director also have a part in Duo, for this test only.
    const third = await createUser('year-review');
    await db().$executeRaw`INSERT INTO provisional_titles (user_id, tconst, title, year, title_type, source, directors)
      VALUES (${third}, 'tt0000101', 'Solo', 1990, 'movie', 'import', ARRAY['Imported Name'])`;
    await db().$executeRaw`INSERT INTO watches (user_id, tconst, watched_on, date_precision, grade, updated_at)
      VALUES (${third}, 'tt0000101', '2024-01-01', 'day', 8, now()), (${third}, 'tt0000102', '2024-02-01', 'day', 7, now())`;
    await db().$executeRaw`INSERT INTO imdb.title_principals (tconst, ordering, nconst, category)
      VALUES ('tt0000102', 1, 'nm0000102', 'actor'), ('tt0000102', 2, 'nm0000101', 'director')`;
    try {
      const review = await getYearReview(third, 2024);
      expect(review?.newPeople.map((p) => [p.role, p.nconst, p.name]).sort()).toEqual([
        ['actors', 'nm0000102', null],
        ['directors', 'nm0000101', 'Imported Name'],
      ]);
    } finally {
      await db().$executeRaw`DELETE FROM imdb.title_principals WHERE tconst = 'tt0000102'`;
    }
  });

  it('picks: the credits the reasons are worded from carry the imported name', async () => {
    const credits = await creditRows(['tt0000101'], user);
    expect(credits.find((c) => c.nconst === 'nm0000101')).toMatchObject({ role: 'director', name: 'Imported Name' });
    expect(credits.find((c) => c.nconst === 'nm0000102')).toMatchObject({ role: 'cast', name: null });
    expect((await creditRows(['tt0000101'], other)).find((c) => c.nconst === 'nm0000101')?.name).toBeNull();
  });

  it('diary: the "With …" filter names them the same way', async () => {
    expect(await filterPersonName('nm0000101', user)).toBe('Imported Name');
    expect(await filterPersonName('nm0000101', other)).toBeNull();
    expect(await filterPersonName('nm0000103', other)).toBe('Named Actress');
  });
});
