// `npm run bench:recs -- [--reuse | --source DIR] [--viewings N]`: the grade model and the weekly
// picks for an account with 5,000 graded viewings. Prints the training time (loading the graded
// titles' features, and fitting with its inner cross-validation), the time of a full weekly list
// (training again, candidates, scoring, storing) and the process's peak RSS. The bench account
// is deleted afterwards; the imdb.* tables are only read.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DATASET_NAMES } from '../../etl/datasets';
import { runEtl } from '../../etl/run';
import { db } from '../../lib/db/client';
import { migrate } from '../../lib/db/migrate';
import { generatePicks } from '../../lib/picks/generate';
import { trainModel } from '../../lib/picks/model/train';
import { loadGradedTitles } from '../../lib/picks/titles';
import { createBenchDatabase } from '../etl/database';

const HELP = `Usage: npm run bench:recs -- [--reuse | --source DIR] [--viewings N]

  --reuse        use the database of DATABASE_URL as it is (it must hold the IMDb tables, e.g. the
                 full-scale synthetic data: npm run etl:synth -- --scale 1, then npm run etl -- --source DIR)
  --source DIR   otherwise: a throwaway database loaded from DIR (default: the bundled sample)
  --viewings N   graded viewings of the bench account (default 5000)
  --json         print the figures as one JSON object`;

const argsSchema = z.object({
  reuse: z.boolean().default(false),
  source: z.string().default('etl/sample'),
  viewings: z.coerce.number().int().min(10).max(100_000).default(5000),
  json: z.boolean().default(false),
  help: z.boolean().default(false),
});

const TARGETS = { trainS: 10, weeklyS: 30, rssMb: 300 };

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, (performance.now() - started) / 1000];
}

/** CPU seconds of this process (user + system) while `fn` runs: steady even on a busy machine. */
async function cpuTimed<T>(fn: () => Promise<T>): Promise<[T, number, number]> {
  const cpu = process.cpuUsage();
  const [value, seconds] = await timed(fn);
  const used = process.cpuUsage(cpu);
  return [value, seconds, (used.user + used.system) / 1e6];
}

/** Graded viewings of popular titles (IMDb's rating, a taste for dramas and against horror, noise), and a watchlist. */
async function seedAccount(viewings: number): Promise<number> {
  const user = await db().user.create({
    data: { username: `bench-recs-${randomBytes(4).toString('hex')}`, passwordHash: 'scrypt$unused' },
  });
  await db().$executeRaw`SELECT setseed(0.42)`;
  await db().$executeRaw`
    WITH titles AS (
      SELECT r.tconst, r.average_rating + CASE WHEN 'Drama' = ANY(b.genres) THEN 1 ELSE 0 END
               - CASE WHEN 'Horror' = ANY(b.genres) THEN 1.5 ELSE 0 END AS average_rating,
             row_number() OVER (ORDER BY r.num_votes DESC, r.tconst) - 1 AS i
      FROM imdb.title_ratings r JOIN imdb.title_basics b USING (tconst)
      WHERE b.title_type IN ('movie', 'tvMovie', 'short')
      ORDER BY r.num_votes DESC, r.tconst LIMIT ${viewings}
    ), n AS (SELECT count(*) AS n FROM titles)
    INSERT INTO watches (user_id, tconst, watched_on, date_precision, grade, updated_at)
    SELECT ${user.id}, t.tconst, DATE '2010-01-01' + (g % 5000), 'day',
           least(10, greatest(1, round((t.average_rating + (random() - 0.5) * 3) * 2) / 2)), now()
    FROM generate_series(0, ${viewings - 1}) g, n JOIN titles t ON true
    WHERE t.i = g % n.n`;
  await db().$executeRaw`
    INSERT INTO watchlist (user_id, tconst)
    SELECT ${user.id}, r.tconst FROM imdb.title_ratings r
    WHERE r.num_votes >= 1000 ORDER BY r.num_votes DESC OFFSET ${viewings} LIMIT 50`;
  return user.id;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      reuse: { type: 'boolean' },
      source: { type: 'string' },
      viewings: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success || parsed.data.help) {
    console.error(parsed.success ? HELP : `bench:recs: ${parsed.error.issues[0].message}\n\n${HELP}`);
    return parsed.success ? 0 : 2;
  }
  const args = parsed.data;
  const log = args.json ? console.error : console.log;
  const database = args.reuse ? null : await createBenchDatabase();
  const url = database?.url ?? process.env.DATABASE_URL;
  if (!url) {
    console.error('bench:recs: --reuse needs DATABASE_URL');
    return 2;
  }
  process.env.DATABASE_URL = url;
  let userId: number | null = null;
  try {
    if (database) {
      log(`Loading ${args.source} into ${database.name} …`);
      const loaded = await runEtl({
        databaseUrl: url,
        source: path.resolve(args.source),
        datasets: [...DATASET_NAMES],
        force: true,
        interactive: false,
      });
      if (!loaded.ok) throw new Error(`loading ${args.source} failed: ${loaded.error}`);
    } else await migrate(url);
    userId = await seedAccount(args.viewings);
    const id = userId;
    // The first measurement's objects go out of scope before the weekly list is made.
    const training = await (async () => {
      const [graded, loadS] = await timed(() => loadGradedTitles(id));
      const [model, fitS, fitCpuS] = await cpuTimed(async () => trainModel(graded));
      return { titles: graded.length, kind: model.kind, loadS, fitS, fitCpuS };
    })();
    const { loadS, fitS, fitCpuS } = training;
    const [weekly, weeklyS] = await timed(() => generatePicks(id));
    const rssMb = process.resourceUsage().maxRSS / 1024;
    const figures = {
      viewings: args.viewings,
      gradedTitles: training.titles,
      model: training.kind,
      trainS: loadS + fitS,
      trainLoadS: loadS,
      trainFitS: fitS,
      trainFitCpuS: fitCpuS,
      weeklyS,
      picks: weekly.picks,
      peakRssMb: rssMb,
    };
    if (args.json) console.log(JSON.stringify(figures));
    else {
      const row = (name: string, value: string, target: string) =>
        log(`${name.padEnd(44)}${value.padStart(10)}   ${target}`);
      log(
        `\n${args.viewings} graded viewings (${training.titles} titles), model: ${training.kind}, ${weekly.picks} picks`,
      );
      row(
        'training (load features + fit with inner CV)',
        `${figures.trainS.toFixed(1)} s`,
        `target ≤ ${TARGETS.trainS} s (load ${loadS.toFixed(1)} s, fit ${fitS.toFixed(1)} s = ${fitCpuS.toFixed(1)} s CPU)`,
      );
      row(
        'full weekly list (train, candidates, score, store)',
        `${weeklyS.toFixed(1)} s`,
        `target ≤ ${TARGETS.weeklyS} s`,
      );
      row('peak RSS of this process', `${rssMb.toFixed(0)} MB`, `target ≤ ${TARGETS.rssMb} MB`);
    }
    return 0;
  } finally {
    if (userId !== null) await db().user.delete({ where: { id: userId } });
    await db().$disconnect();
    if (database) log(await database.close(false));
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`bench:recs: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
