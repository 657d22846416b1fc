import type pg from 'pg';

// A synthetic journal for the benchmark: `viewings` viewings of popular titles (by IMDb
// votes), about one in five a rewatch, dated over the last fifteen years — mostly to the day,
// some to the month or year, a few undated — and graded near the IMDb rating. All in SQL.

export async function seedSyntheticJournal(client: pg.Client, userId: number, viewings: number, seed = 0.42) {
  const titles = Math.round(viewings * 0.8);
  await client.query('SELECT setseed($1)', [seed]);
  await client.query(
    `WITH pool AS (
       SELECT r.tconst, r.average_rating, row_number() OVER (ORDER BY r.num_votes DESC) AS n
       FROM (SELECT * FROM imdb.title_ratings ORDER BY num_votes DESC LIMIT $2) r),
     picks AS (
       SELECT p.tconst, p.average_rating, g.i, random() AS u, random() AS d, random() AS q
       FROM (SELECT i, CASE WHEN i <= $2 THEN i ELSE 1 + floor(random() * least($2, 500))::int END AS k
             FROM generate_series(1, $3::int) AS s(i)) g
       JOIN pool p ON p.n = g.k)
     INSERT INTO watches (user_id, tconst, watched_on, date_precision, grade, rewatch, updated_at)
     SELECT $1, tconst,
       CASE WHEN u < 0.02 THEN NULL
            WHEN u < 0.05 THEN date_trunc('year', current_date - (d * 5475)::int)::date
            WHEN u < 0.10 THEN date_trunc('month', current_date - (d * 5475)::int)::date
            ELSE current_date - (d * 5475)::int END,
       (CASE WHEN u < 0.02 THEN 'unknown' WHEN u < 0.05 THEN 'year' WHEN u < 0.10 THEN 'month' ELSE 'day' END)::date_precision,
       CASE WHEN q < 0.15 THEN NULL
            ELSE least(10, greatest(0.5, round((coalesce(average_rating, 6.5) + (q - 0.575) * 4) * 2) / 2)) END,
       i > $2, now()
     FROM picks`,
    [userId, titles, viewings],
  );
}
