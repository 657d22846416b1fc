// `npm run imdb:parse -- FILE [--json]`: reads a saved IMDb page or suggestion JSON the way the
// online search fallback would, to check lib/imdb-web/scrape.yml against a page IMDb serves today.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { detectAndParse } from '../lib/imdb-web/detect';
import { LayoutNotRecognisedError, type OnlineTitle, SOURCE_LABELS } from '../lib/imdb-web/types';

const USAGE = `Usage: npm run imdb:parse -- FILE [--json]

Parses a saved IMDb suggestion JSON (v3.sg.media-imdb.com/suggestion/…), find page
(imdb.com/find/?q=…) or advanced title search (imdb.com/search/title/?title=…) and prints
the titles found: a table, or with --json one JSON array on standard output.
Exits with status 1 when the layout is not recognised (see lib/imdb-web/scrape.yml).`;

function table(titles: OnlineTitle[]): string {
  const rows = [
    ['tconst', 'title', 'year', 'type'],
    ...titles.map((title) => [title.tconst, title.title, String(title.year ?? ''), title.type ?? '']),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const asJson = args.includes('--json');
  const files = args.filter((arg) => arg !== '--json');
  if (files.length !== 1 || files[0].startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  const file = files[0];
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? error})`);
    return 1;
  }
  try {
    const page = detectAndParse(content, path.basename(file));
    if (asJson) {
      console.log(JSON.stringify(page.results, null, 2));
    } else {
      console.error(`${SOURCE_LABELS[page.source]}: ${page.results.length} title(s)`);
      if (page.results.length > 0) console.log(table(page.results));
    }
    return 0;
  } catch (error) {
    if (!(error instanceof LayoutNotRecognisedError)) throw error;
    console.error(`${file}: ${error.message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
