import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { generatePicks } from '../../lib/picks/generate';
import { genreSubject, personSubject } from '../../lib/picks/model/reasons';
import { titlePredictions } from '../../lib/picks/predicted';
import { pickReasons } from '../../lib/picks/sections';
import { getPickList } from '../../lib/picks/store';
import { searchTitlesWithPredictions } from '../../lib/search';
import { createUser, loadSamples, setUpFreshDatabase } from '../helpers/api';

// Predictions where they are shown: never for a title the person graded (the model has seen that
// grade), never from a model no better than IMDb's rating, and reasons that never repeat a subject.

const databaseUrl = await setUpFreshDatabase();

/** Of the sample's directors, one the person likes (+2 over IMDb) and one they do not (−2). */
const LIKED = 'nm0617588';
const DISLIKED = 'nm0349785';

let userId: number;
let titles: { tconst: string; rating: number; director: string }[];

beforeAll(async () => {
  await loadSamples(databaseUrl);
  userId = await createUser('predicted');
  titles = await db().$queryRaw`
    SELECT r.tconst, r.average_rating::float8 AS rating, c.directors[1] AS director
    FROM imdb.title_ratings r JOIN imdb.title_crew c USING (tconst)
    WHERE cardinality(c.directors) > 0 ORDER BY r.tconst`;
  const offset = (d: string) => (d === LIKED ? 2 : d === DISLIKED ? -2 : 0);
  await db().watch.createMany({
    data: titles.slice(0, 400).map((t, i) => ({
      userId,
      tconst: t.tconst,
      grade: Math.min(10, Math.max(1, Math.round(t.rating + offset(t.director) + ((i * 37) % 5) / 5 - 0.4))),
      watchedOn: new Date(Date.UTC(2025, 0, 1 + (i % 90))),
    })),
  });
}, 120_000);

describe('predicted grades on title pages and in search', () => {
  it('predict an unseen title of the liked director with a range', async () => {
    const unseen = titles.slice(400).find((t) => t.director === LIKED);
    if (!unseen) throw new Error('no unseen title of the liked director');
    const p = (await titlePredictions(userId, [unseen.tconst])).get(unseen.tconst);
    if (p?.kind !== 'prediction') throw new Error(`no prediction: ${JSON.stringify(p)}`);
    expect(p.prediction.grade).toBeGreaterThan(unseen.rating + 0.5);
    expect(Number.isInteger(p.prediction.grade)).toBe(true);
    expect(p.prediction.range[0]).toBeLessThanOrEqual(p.prediction.grade);
    expect(p.prediction.range[1]).toBeGreaterThanOrEqual(p.prediction.grade);
  });

  it('show a graded title’s own grade, never a prediction made from it', async () => {
    const graded = titles.slice(0, 400).find((t) => t.director === LIKED);
    if (!graded) throw new Error('no graded title of the liked director');
    const before = (await titlePredictions(userId, [graded.tconst])).get(graded.tconst);
    expect(before?.kind).toBe('graded');
    // Changing that grade changes what is shown to exactly the new grade: nothing echoes the old one.
    await db().watch.updateMany({ where: { userId, tconst: graded.tconst }, data: { grade: 1 } });
    expect((await titlePredictions(userId, [graded.tconst])).get(graded.tconst)).toEqual({ kind: 'graded', grade: 1 });
    const [hit] = await searchTitlesWithPredictions(graded.tconst, { userId });
    if (hit?.tconst === graded.tconst) expect(hit.predictedGrade).toBeNull();
  });

  it('are withheld when the grades follow IMDb’s rating, which is said', async () => {
    const follower = await createUser('follower');
    await db().watch.createMany({
      data: titles.slice(0, 120).map((t, i) => ({
        userId: follower,
        tconst: t.tconst,
        grade: Math.min(10, Math.max(1, Math.round(t.rating))),
        watchedOn: new Date(Date.UTC(2025, 0, 1 + (i % 60))),
      })),
    });
    const unseen = titles[500].tconst;
    expect((await titlePredictions(follower, [unseen])).get(unseen)).toEqual({ kind: 'followsImdb' });
  });
});

describe('reasons', () => {
  it('never say the same thing twice', () => {
    const model = [
      {
        kind: 'genre' as const,
        subject: genreSubject('Drama'),
        text: 'you rate dramas 0.3 above your mean',
        effect: 0.4,
      },
      { kind: 'imdb' as const, subject: 'imdb', text: 'IMDb rating 8.1 from 734k votes', effect: 0.3 },
    ];
    const section = {
      subject: genreSubject('Drama'),
      text: "one of IMDb's best-rated dramas, a genre you rate 0.3 above your mean",
    };
    expect(pickReasons(section, model)).toEqual([section.text, 'IMDb rating 8.1 from 734k votes']);
    const person = { subject: personSubject('Jane Campion'), text: 'you rate Jane Campion films 8.6 on average' };
    expect(pickReasons(person, model)).toEqual([person.text, ...model.map((r) => r.text)]);
  });

  it('of the weekly picks are distinct, at most three, and name people', async () => {
    await generatePicks(userId);
    const picks = (await getPickList(userId))?.sections.flatMap((s) => s.picks) ?? [];
    expect(picks.length).toBeGreaterThan(0);
    for (const pick of picks) {
      expect(pick.reasons.length).toBeLessThanOrEqual(3);
      expect(new Set(pick.reasons).size).toBe(pick.reasons.length);
      expect(pick.reasons.some((r) => /nm\d{7}/.test(r))).toBe(false);
      expect(Number.isInteger(pick.predictedGrade)).toBe(true);
    }
  });
});
