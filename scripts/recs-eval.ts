// `npm run recs:eval -- [--ratings FILE] [--user NAME] [--json] [--folds K] [--shuffles S] [--forward SHARE]`: how well the grade
// model predicts a person's grades, against three baselines: repeated k-fold and forward in time.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { findUserByUsername } from '../lib/auth/users';
import { db } from '../lib/db/client';
import { openDatabase } from '../lib/db/connect';
import { parseImportFiles } from '../lib/import/parse';
import { gradedTitlesFromRecords } from '../lib/picks/import-titles';
import {
  type Evaluation,
  evaluateModel,
  type Predictor,
  type ProtocolResult,
  type Scores,
} from '../lib/picks/model/evaluate';
import type { GradedTitle } from '../lib/picks/model/types';
import { loadGradedTitles } from '../lib/picks/titles';
import { runCommand } from './command';

const USAGE = `Usage: npm run recs:eval -- [--ratings FILE] [--user NAME] [--json] [--folds K] [--shuffles S] [--forward SHARE]

Mean absolute error of the grade model and of three baselines (the person's mean grade; the
least-squares line through IMDb's rating; the median line through it, rounded to the person's
grade step) on grades they were not fitted on: repeated k-fold cross-validation, and a forward
split in time (fitted on the grades before a date, predicting those after it).

  --ratings FILE   grades from an export file (IMDb ratings or list, Letterboxd, a journal CSV),
                   with the file's own title columns plus the IMDb tables where they have the title
  --user NAME      grades from NAME's journal (the default when there is one account)
  --folds K        folds of the cross-validation, 2–20 (default 10)
  --shuffles S     repetitions of it with other fold assignments, 1–50 (default 10)
  --forward SHARE  share of the latest grades the forward split predicts (default 0.3)
  --json           print one JSON object: {"n", "folds", "shuffles", "mae": {"model", "meanGrade",
                   "imdbLinear", "imdbLadRounded"}, "forward": {"n", "mae": {…}} or null}
  -h, --help       this text`;

const argsSchema = z.object({
  ratings: z.string().min(1).optional(),
  user: z.string().min(1).optional(),
  folds: z.coerce.number().int().min(2, '--folds is 2–20').max(20, '--folds is 2–20').default(10),
  shuffles: z.coerce.number().int().min(1, '--shuffles is 1–50').max(50, '--shuffles is 1–50').default(10),
  testShare: z.coerce
    .number()
    .gt(0, '--forward is a share between 0 and 1')
    .lt(1, '--forward is a share between 0 and 1')
    .default(0.3),
  json: z.boolean().default(false),
  help: z.boolean().default(false),
});

class UsageError extends Error {}

function parse() {
  const { values } = parseArgs({
    options: {
      ratings: { type: 'string' },
      user: { type: 'string' },
      folds: { type: 'string' },
      shuffles: { type: 'string' },
      forward: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const parsed = argsSchema.safeParse({ ...values, testShare: values.forward });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join('; '));
  return parsed.data;
}

async function fromFile(file: string): Promise<GradedTitle[]> {
  const bytes = new Uint8Array(await readFile(file));
  const result = await parseImportFiles([{ name: path.basename(file), bytes }]);
  if (!result.ok) {
    if ('error' in result) {
      const { file: name, line, column, message } = result.error;
      throw new UsageError(`${name}${line ? `, line ${line}` : ''}${column ? `, ${column}` : ''}: ${message}`);
    }
    throw new UsageError(
      `${file}: not an export with grades (its columns need mapping: ${result.needsMapping.headers.join(', ')})`,
    );
  }
  return gradedTitlesFromRecords(result.records, true);
}

async function fromJournal(name: string | undefined): Promise<GradedTitle[]> {
  const users = name
    ? [await findUserByUsername(name)]
    : await db().user.findMany({ select: { id: true, username: true } });
  if (!users[0]) throw new UsageError(`no user named ${name}`);
  if (users.length > 1) throw new UsageError('there are several accounts: say whose journal with --user NAME');
  return loadGradedTitles(users[0].id);
}

const pct = (model: number, better: number) =>
  `${model > better ? '+' : ''}${(((model - better) / better) * 100).toFixed(1)}%`;

/** "ridge (average of 8 fits) in 10 of 10 folds". */
function summary(chosen: string[]): string {
  const counts = new Map<string, number>();
  for (const c of chosen) {
    const kind = c.split(' ')[0];
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([kind, n]) => `${kind} in ${n} of ${chosen.length}`).join(', ');
}

const NAMES: Record<Predictor, string> = {
  meanGrade: 'mean grade (baseline)',
  imdbLinear: 'least-squares line on IMDb rating',
  imdbLadRounded: 'median line on IMDb rating, rounded',
  model: 'model',
};
const ORDER: Predictor[] = ['meanGrade', 'imdbLinear', 'imdbLadRounded', 'model'];

function rows(r: ProtocolResult, spread?: Scores): string[] {
  const note = (p: Predictor) => {
    if (p === 'imdbLinear') return '';
    const vs = `${pct(r.mae[p], r.mae.imdbLinear)} vs least squares`;
    if (p !== 'model') return vs;
    const gap = r.mae.model - r.mae.imdbLadRounded;
    return `${vs}; ${pct(r.mae.model, r.mae.imdbLadRounded)} vs median line (${(gap / (r.seVsMedian || 1)).toFixed(1)} SE)`;
  };
  return [
    `${'predictor'.padEnd(38)}${'MAE'.padStart(6)}${spread ? '    ±sd' : ''}`,
    ...ORDER.map((p) =>
      `${NAMES[p].padEnd(38)}${r.mae[p].toFixed(3).padStart(6)}${spread ? `  ${spread[p].toFixed(3)}` : ''}  ${note(p)}`.trimEnd(),
    ),
  ];
}

function table(e: Evaluation, source: string): string {
  const forward = e.forward
    ? [
        `Forward in time: trained on the ${e.forward.trained} grades before ${e.forward.from}, predicting the ${e.forward.n} from then on`,
        '',
        ...rows(e.forward),
      ]
    : ['Forward in time: not enough dated grades (the file or journal needs rating dates on two days or more)'];
  return [
    `${e.folds}-fold cross-validation × ${e.shuffles} shuffles on ${e.n} graded titles (${source})`,
    '',
    ...rows(e, e.spread),
    '',
    `chosen inside the training folds: ${summary(e.chosen)}`,
    '',
    ...forward,
  ].join('\n');
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (error) {
    console.error(`recs:eval: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  // With --json, standard output carries the JSON object only.
  const log = console.log;
  if (args.json) console.log = console.error;
  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  try {
    const graded = args.ratings ? await fromFile(args.ratings) : await fromJournal(args.user);
    if (graded.length < args.folds)
      throw new UsageError(`${graded.length} graded titles: too few for ${args.folds} folds`);
    const result = evaluateModel(graded, args.folds, args.shuffles, args.testShare);
    if (args.json) {
      const forward = result.forward && { n: result.forward.n, mae: result.forward.mae };
      log(JSON.stringify({ n: result.n, folds: result.folds, shuffles: result.shuffles, mae: result.mae, forward }));
    } else log(table(result, args.ratings ? path.basename(args.ratings) : 'journal'));
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`recs:eval: ${error.message}`);
    return 1;
  } finally {
    await db().$disconnect();
    await database.stop();
  }
}

runCommand('recs-eval', main);
