import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DATASET_NAMES, type DatasetName } from '../../etl/datasets';

// Test data for the ETL tests: the real IMDb samples, temporary source directories, and the
// rows the ETL should keep, worked out here with plain split('\n') / split('\t') and none of
// the ETL's own code.

/** The real IMDb samples (CI has them at the same place relative to the project root). */
export const REALDATA = path.resolve('../shared/realdata/imdb');

export const N = '\\N';

/** One TSV line from its fields. */
export const tsvLine = (...fields: string[]) => fields.join('\t');

export type Rows = string[][];

export interface Tsv {
  header: string;
  /** Data lines without the header. */
  lines: string[];
  rows: Rows;
}

export function parseTsv(text: string): Tsv {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const [header, ...rest] = lines;
  return { header, lines: rest, rows: rest.map((line) => line.split('\t')) };
}

function readTsv(file: string): Tsv {
  return parseTsv(readFileSync(file, 'utf8'));
}

/** `name.tsv` of the real samples. */
export function readSample(name: DatasetName): Tsv {
  return readTsv(path.join(REALDATA, `${name}.tsv`));
}

const DEFAULT_DROPPED_TYPES: ReadonlySet<string> = new Set(['tvEpisode', 'videoGame']);

function firstByKey(rows: Rows, keyLength: number): Rows {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = r.slice(0, keyLength).join('\t');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The rows each table should hold: title.basics rows of the kept title types, the rows of
 * the other title files whose title is kept, and the name.basics rows of the people that
 * kept principals or crew rows name. A repeated key keeps its first row.
 */
export function expectedKept(
  files: Partial<Record<DatasetName, Rows>>,
  dropped: ReadonlySet<string> = DEFAULT_DROPPED_TYPES,
): Record<DatasetName, Rows> {
  const basics = firstByKey(
    (files['title.basics'] ?? []).filter((r) => !dropped.has(r[1])),
    1,
  );
  const titles = new Set(basics.map((r) => r[0]));
  const ofKept = (name: DatasetName, keyLength: number) =>
    firstByKey(
      (files[name] ?? []).filter((r) => titles.has(r[0])),
      keyLength,
    );
  const principals = ofKept('title.principals', 2);
  const crew = ofKept('title.crew', 1);
  const people = new Set([
    ...principals.map((r) => r[2]),
    ...crew.flatMap((r) => [...r[1].split(','), ...r[2].split(',')]),
  ]);
  return {
    'title.basics': basics,
    'title.akas': ofKept('title.akas', 2),
    'title.ratings': ofKept('title.ratings', 1),
    'title.crew': crew,
    'title.episode': ofKept('title.episode', 1),
    'title.principals': principals,
    'name.basics': firstByKey(
      (files['name.basics'] ?? []).filter((r) => people.has(r[0])),
      1,
    ),
  };
}

/** Temporary directories, removed by `removeAll` (call it from afterAll). */
export class TempDirs {
  private readonly dirs: string[] = [];

  async make(prefix = 'etl-test-'): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
    this.dirs.push(dir);
    return dir;
  }

  /**
   * A directory source holding a copy of the seven real samples (`NAME.tsv`), then
   * `files` written over them (a null value removes the file).
   */
  async source(files: Record<string, string | Buffer | null> = {}): Promise<string> {
    const dir = await this.make('etl-source-');
    for (const name of DATASET_NAMES) await copyFile(path.join(REALDATA, `${name}.tsv`), path.join(dir, `${name}.tsv`));
    for (const [file, content] of Object.entries(files)) {
      if (content === null) await rm(path.join(dir, file));
      else await writeFile(path.join(dir, file), content);
    }
    return dir;
  }

  async removeAll(): Promise<void> {
    await Promise.all(this.dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  }
}
