// `npm run search -- "QUERY" [options]`: the app's local title search from the command line.
import { parseArgs } from 'node:util';
import { findUserByUsername } from '../lib/auth/users';
import { openDatabase } from '../lib/db/connect';
import { type MergedSearchResult, mergeLocalAndOnline } from '../lib/search/merge';
import { mergeWithOnline } from '../lib/search/online';
import { SearchUnavailableError, searchTitlesTimed } from '../lib/search/search';
import { DEFAULT_LIMIT, MAX_LIMIT, resolveTitleTypes, TYPE_GROUPS, UnknownTitleTypeError } from '../lib/search/types';
import { runCommand } from './command';

const USAGE = `Usage: npm run search -- "QUERY" [options]

Searches the local IMDb tables (primary, original and alternative titles; accents, case and
punctuation ignored; typos tolerated; a trailing year such as "heat 1995" is a hint).

  --type LIST        comma-separated IMDb title types (movie, short, tvSeries, …) or groups
                     (${Object.keys(TYPE_GROUPS).join(', ')})
  --year-from YEAR   titles running in or after YEAR
  --year-to YEAR     titles that started in or before YEAR
  --limit N          at most N results (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT})
  --user NAME        mark the titles in NAME's journal (J) and watchlist (W)
  --online           also ask IMDb's website, and merge its titles by tconst
  --json             print the results as JSON
  -h, --help         this text

The database is DATABASE_URL when set, else the embedded PostgreSQL in ./data/postgres.`;

class UsageError extends Error {}

function integer(value: string | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${what} must be a whole number, not "${value}"`);
  return Number(value);
}

function parse() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      type: { type: 'string' },
      'year-from': { type: 'string' },
      'year-to': { type: 'string' },
      limit: { type: 'string' },
      user: { type: 'string' },
      online: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const query = positionals.join(' ').trim();
  if (!values.help && query === '') throw new UsageError('give the text to look for');
  const types = values.type ? resolveTitleTypes(values.type.split(',')) : null;
  const limit = integer(values.limit, '--limit');
  if (limit !== undefined && (limit < 1 || limit > MAX_LIMIT)) throw new UsageError(`--limit is 1…${MAX_LIMIT}`);
  return {
    query,
    types: types ?? undefined,
    yearFrom: integer(values['year-from'], '--year-from'),
    yearTo: integer(values['year-to'], '--year-to'),
    limit,
    user: values.user,
    online: values.online ?? false,
    json: values.json ?? false,
    help: values.help ?? false,
  };
}

function years(r: MergedSearchResult): string {
  if (r.year === null) return '';
  if (r.endYear !== null && r.endYear !== r.year) return `${r.year}–${r.endYear}`;
  return r.type === 'tvSeries' || r.type === 'tvMiniSeries' ? `${r.year}–` : String(r.year);
}

function table(results: MergedSearchResult[], withSource: boolean): string {
  const header = ['tconst', 'title', 'year', 'type', 'min', 'rating', 'votes', 'directors', 'genres', 'marks'];
  if (withSource) header.push('source');
  const rows = [
    header,
    ...results.map((r) => {
      const title = r.matchedAka && r.matchedAka !== r.title ? `${r.title} (aka “${r.matchedAka}”)` : r.title;
      const row = [
        r.tconst,
        title,
        years(r),
        r.type,
        r.runtimeMinutes === null ? '' : String(r.runtimeMinutes),
        r.rating === null ? '' : r.rating.toFixed(1),
        r.votes === null ? '' : r.votes.toLocaleString('en'),
        r.directors.join(', '),
        r.genres.join(','),
        `${r.inJournal ? 'J' : ''}${r.onWatchlist ? 'W' : ''}`,
      ];
      if (withSource) row.push(r.source);
      return row;
    }),
  ];
  const widths = header.map((_, c) => Math.min(60, Math.max(...rows.map((row) => row[c].length))));
  return rows
    .map((row) =>
      row
        .map((cell, c) => (cell.length > widths[c] ? `${cell.slice(0, widths[c] - 1)}…` : cell.padEnd(widths[c])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (error) {
    if (error instanceof UsageError || error instanceof UnknownTitleTypeError || error instanceof TypeError) {
      console.error(`search: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  try {
    let userId: number | undefined;
    if (args.user) {
      const user = await findUserByUsername(args.user);
      if (!user) {
        console.error(`search: no user named ${args.user}`);
        return 1;
      }
      userId = user.id;
    }
    const local = await searchTitlesTimed(args.query, {
      userId,
      types: args.types,
      yearFrom: args.yearFrom,
      yearTo: args.yearTo,
      limit: args.limit,
    });
    const merged = args.online
      ? await mergeWithOnline(args.query, local.results)
      : { results: mergeLocalAndOnline(local.results, []), errors: [] };
    for (const error of merged.errors) console.error(`online: ${error}`);
    if (args.json) {
      const results = args.online
        ? merged.results
        : merged.results.map(({ source: _s, onlineSource: _o, ...rest }) => rest);
      console.log(JSON.stringify(results, null, 2));
    } else {
      if (merged.results.length > 0) console.log(table(merged.results, args.online));
      console.error(
        `${local.results.length} local result(s)${args.online ? `, ${merged.results.length - local.results.length} more online` : ''} · SQL ${local.sqlMs.toFixed(1)} ms, search ${local.totalMs.toFixed(1)} ms`,
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof SearchUnavailableError) {
      console.error(`search: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await database.stop();
  }
}

runCommand('search', main);
