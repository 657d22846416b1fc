import { imdbTablesPresent } from '../titles/imdb-tables';
import { seriesFromTitle } from '../titles/types';
import { emptyPeople, type GradedTitle, type TitleFeatures } from './model/types';
import { creditRows, latestGrades, titleRows } from './sql';

// What the model needs to know of titles, read from the IMDb tables, or from provisional_titles
// (what an import file said: genres, runtime, rating, votes, director names) for titles the
// local IMDb data lacks.

const CHUNK = 1000;

/** `userId`: whose provisional titles fill in for titles the IMDb tables lack (null: none). */
export async function loadTitleFeatures(tconsts: string[], userId: number | null): Promise<Map<string, TitleFeatures>> {
  const out = new Map<string, TitleFeatures>();
  if (!tconsts.length) return out;
  const imdb = await imdbTablesPresent();
  for (let i = 0; i < tconsts.length; i += CHUNK) {
    const chunk = tconsts.slice(i, i + CHUNK);
    for (const row of await titleRows(chunk, imdb, userId)) {
      const people = emptyPeople();
      people.director = (row.provisional_directors ?? []).map((name) => ({ id: null, name }));
      out.set(row.tconst, {
        tconst: row.tconst,
        title: row.title,
        year: row.year,
        runtimeMinutes: row.runtime_minutes,
        titleType: row.title_type,
        genres: row.genres ?? [],
        rating: row.rating,
        votes: row.votes,
        people,
        series: row.parent ?? seriesFromTitle(row.title_type, row.title),
      });
    }
    if (!imdb) continue;
    for (const credit of await creditRows(chunk, userId)) {
      const title = out.get(credit.tconst);
      if (!title) continue;
      const list = title.people[credit.role];
      if (!list.some((c) => c.id === credit.nconst)) list.push({ id: credit.nconst, name: credit.name ?? '' });
    }
  }
  return out;
}

/** The user's graded titles (latest grade of each) with their features; unknown titles are left out. */
export async function loadGradedTitles(userId: number): Promise<GradedTitle[]> {
  const grades = await latestGrades(userId);
  const features = await loadTitleFeatures(
    grades.map((g) => g.tconst),
    userId,
  );
  return grades.flatMap((g) => {
    const f = features.get(g.tconst);
    return f ? [{ ...f, grade: g.grade, ratedOn: g.rated_on }] : [];
  });
}
