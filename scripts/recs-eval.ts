// `npm run recs:eval -- [--ratings FILE] [--user NAME] [--json] [--folds K]`: how well the grade
// model predicts a person's grades, against two baselines, by k-fold cross-validation.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { findUserByUsername } from '../lib/auth/users';
import { db } from '../lib/db/client';
import { openDatabase } from '../lib/db/connect';
import { parseImportFiles } from '../lib/import/parse';
import { gradedTitlesFromRecords } from '../lib/picks/import-titles';
import { type Evaluation, evaluateModel } from '../lib/picks/model/evaluate';
import type { GradedTitle } from '../lib/picks/model/types';
import { loadGradedTitles } from '../lib/picks/titles';
import { runCommand } from './command';

const USAGE = `Usage: npm run recs:eval -- [--ratings FILE] [--user NAME] [--json] [--folds K]

Cross-validated mean absolute error of the grade model and of two baselines (the person's
mean grade; a straight line through IMDb's rating), each trained on the other folds.

  --ratings FILE   grades from an export file (IMDb ratings or list, Letterboxd, a journal CSV),
                   with the file's own title columns plus the IMDb tables where they have the title
  --user NAME      grades from NAME's journal (the default when there is one account)
  --folds K        folds of the cross-validation, 2–20 (default 10)
  --json           print one JSON object: {"n", "folds", "mae": {"model", "meanGrade", "imdbLinear"}}
  -h, --help       this text`;

const argsSchema = z.object({
  ratings: z.string().min(1).optional(),
  user: z.string().min(1).optional(),
  folds: z.coerce.number().int().min(2, '--folds is 2–20').max(20, '--folds is 2–20').default(10),
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
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const parsed = argsSchema.safeParse(values);
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
    const fits = c.split(' + ').length;
    const kind = c.startsWith('ridge') ? `ridge (average of ${fits} fit${fits === 1 ? '' : 's'})` : c;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([kind, n]) => `${kind} in ${n} of ${chosen.length} folds`).join(', ');
}

function table(e: Evaluation, source: string): string {
  const better = Math.min(e.mae.meanGrade, e.mae.imdbLinear);
  const rows: [string, number, string][] = [
    ['mean grade (baseline)', e.mae.meanGrade, e.mae.meanGrade === better ? 'better baseline' : ''],
    ['linear fit on IMDb rating (baseline)', e.mae.imdbLinear, e.mae.imdbLinear === better ? 'better baseline' : ''],
    ['model', e.mae.model, `${pct(e.mae.model, better)} vs better baseline`],
  ];
  return [
    `${e.folds}-fold cross-validation on ${e.n} graded titles (${source})`,
    '',
    `${'predictor'.padEnd(38)}${'MAE'.padStart(6)}`,
    ...rows.map(([name, mae, note]) => `${name.padEnd(38)}${mae.toFixed(3).padStart(6)}  ${note}`.trimEnd()),
    '',
    `chosen by the inner cross-validation of each outer fold: ${summary(e.chosen)}`,
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
    const result = evaluateModel(graded, args.folds);
    if (args.json) log(JSON.stringify({ n: result.n, folds: result.folds, mae: result.mae }));
    else log(table(result, args.ratings ? path.basename(args.ratings) : 'journal'));
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
