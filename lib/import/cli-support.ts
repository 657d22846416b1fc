import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { db } from '../db/client';
import type { CsvMapping, ImportFileError } from './types';

// What the import and export command lines share: choosing the account, reading a mapping.

export class CliError extends Error {}

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

const column = z.string().min(1).optional();
export const csvMappingSchema = z
  .object({
    title: column,
    year: column,
    imdbId: column,
    date: column,
    dateOrder: z.enum(['ymd', 'dmy', 'mdy']).optional(),
    grade: column,
    gradeScale: z.union([z.literal(5), z.literal(10), z.literal(100)]).optional(),
    rewatch: column,
    review: column,
    tags: column,
    place: column,
    companions: column,
  })
  .strict();

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

export function describeFileError(e: ImportFileError): string {
  const where = [e.file, e.line === null ? null : `line ${e.line}`, e.column === null ? null : `column "${e.column}"`]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${e.message}`;
}
