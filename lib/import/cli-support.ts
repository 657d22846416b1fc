import { readFile } from 'node:fs/promises';
import { db } from '../db/client';
import { openDatabase } from '../db/connect';
import { csvMappingSchema } from './schemas';
import type { CsvMapping } from './types';

// What the import and export command lines share: the database, choosing the account, reading
// a mapping, and how an expected failure ends the command.

export class CliError extends Error {}

/** Ends the command: a CliError is printed as it is, with exit code 1; anything else is a crash. */
export async function runCli(run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}

/** Runs `work` against DATABASE_URL, or the embedded PostgreSQL started for it and stopped after. */
export async function withDatabase(work: () => Promise<void>): Promise<void> {
  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  try {
    await work();
  } finally {
    await db().$disconnect();
    await database.stop();
  }
}

/** The account NAME, or the only account when no name is given. */
export async function cliUser(name: string | undefined): Promise<{ id: number; username: string }> {
  const users = await db().user.findMany({ select: { id: true, username: true }, orderBy: { id: 'asc' } });
  if (name) {
    const user = users.find((u) => u.username === name);
    if (!user) throw new CliError(`No account named ${name}.`);
    return user;
  }
  if (users.length === 1) return users[0];
  if (users.length === 0) throw new CliError('There is no account yet: create one with `npm run user -- create NAME`.');
  throw new CliError(`Several accounts exist: choose one with --user (${users.map((u) => u.username).join(', ')}).`);
}

/** --mapping: inline JSON, or the name of a JSON file. */
export async function readMappingOption(value: string): Promise<CsvMapping> {
  const text = value.trim().startsWith('{')
    ? value
    : await readFile(value, 'utf8').catch(() => {
        throw new CliError(`--mapping: no such file, and not JSON: ${value}`);
      });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`--mapping is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = csvMappingSchema.safeParse(json);
  if (!parsed.success)
    throw new CliError(`--mapping: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  return parsed.data;
}
