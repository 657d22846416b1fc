// `npm run export -- [--format csv|json] [--out FILE] [--user NAME]`: the whole journal.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { exportJournalCsv, exportJournalJson } from '../lib/export';
import { CliError, cliUser, runCli, withDatabase } from '../lib/import/cli-support';

const USAGE = `Usage: npm run export -- [--format csv|json] [--out FILE] [--user NAME]

  --format csv    one row per viewing: imdbID,Title,Year,WatchedDate,Rating10,Rewatch,Tags,Review
                  (Letterboxd's importer reads it)
  --format json   everything (viewings, watchlist, tags, places, companions, import batches,
                  provisional titles); \`npm run import -- FILE.json\` restores it (default)
  --out FILE      write to FILE instead of standard output
  --user NAME     the account (default: the only one)`;

async function run(): Promise<void> {
  const { values } = parseArgs({
    options: {
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
      user: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (values.format !== 'csv' && values.format !== 'json') throw new CliError('--format is csv or json');
  await withDatabase(async () => {
    const user = await cliUser(values.user);
    const out = values.out ? createWriteStream(values.out) : process.stdout;
    const write = async (chunk: string) => {
      if (!out.write(chunk)) await once(out, 'drain');
    };
    if (values.format === 'csv') for await (const chunk of exportJournalCsv(user.id)) await write(chunk);
    else await write(`${JSON.stringify(await exportJournalJson(user.id), null, 1)}\n`);
    if (values.out) {
      out.end();
      await once(out, 'finish');
      console.error(`Wrote ${values.out}.`);
    }
  });
}

await runCli(run);
