// `npm run posters -- fill|prune|stats`: the poster cache on the server (lib/posters).
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { db } from '../lib/db/client';
import { openDatabase } from '../lib/db/connect';
import { prune } from '../lib/posters/cache';
import { type BatchResult, PosterQueue } from '../lib/posters/queue';
import { posterSettings } from '../lib/posters/settings';
import { posterCounts } from '../lib/posters/store';
import { postersSwitchOn } from '../lib/posters/switch';
import { runCommand } from './command';

const USAGE = `Usage: npm run posters -- fill|prune|stats

  fill    looks up and downloads the posters of every title in the journals, watchlists and
          recent picks that has none yet (the server does this in the background too)
  prune   shrinks the cache to its size limit (POSTERS_CACHE_MB) and removes stray files
  stats   how many posters are cached, missing or waiting, and the space they take

POSTERS=off turns posters off: nothing is sent to IMDb.`;

const argsSchema = z.object({
  command: z.enum(['fill', 'prune', 'stats'], { error: 'the command is fill, prune or stats' }),
});

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const summary = (r: BatchResult) => `${r.found} downloaded, ${r.none} without a poster, ${r.failed} failed`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const args = argsSchema.safeParse({ command: positionals[0] });
  if (!args.success) {
    console.error(`posters: ${args.error.issues.map((i) => i.message).join('; ')}\n\n${USAGE}`);
    return 2;
  }
  const settings = posterSettings();
  if (args.data.command === 'fill' && !settings.enabled) {
    console.error('posters: posters are off (POSTERS=off): nothing is fetched.');
    return 1;
  }
  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  try {
    const switchOn = await postersSwitchOn();
    if (args.data.command === 'fill' && !switchOn) {
      console.error('posters: posters are turned off in Settings: nothing is fetched.');
      return 1;
    }
    if (args.data.command === 'fill') {
      const started = Date.now();
      const result = await new PosterQueue({ settings }).drain((total) => {
        if (process.stderr.isTTY) process.stderr.write(`\r${summary(total)}`);
      }, 3);
      if (process.stderr.isTTY) process.stderr.write('\n');
      console.log(`${summary(result)} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      if (result.failed) console.log(`Last error: ${result.error}; failed titles are tried again later.`);
      return result.failed && !result.found ? 1 : 0;
    }
    if (args.data.command === 'prune') {
      const result = await prune(settings);
      console.log(`${result.evicted} evicted, ${result.orphans} stray files removed; ${mb(result.bytes)} cached.`);
      return 0;
    }
    const counts = await posterCounts();
    const state = (name: keyof typeof counts.byState) => counts.byState[name] ?? 0;
    console.log(
      [
        `Posters: ${!settings.enabled ? 'off (POSTERS=off)' : switchOn ? 'on' : 'off (turned off in Settings)'}`,
        `Folder: ${settings.dir}`,
        `Cached: ${state('found')} titles, ${mb(counts.bytes)} of ${mb(settings.maxBytes)}`,
        `No poster on IMDb: ${state('none')}`,
        `Failed (retried later): ${state('failed')}`,
        `Waiting: ${state('pending')}; evicted: ${state('evicted')}; due now: ${counts.due}`,
      ].join('\n'),
    );
    return 0;
  } finally {
    await db().$disconnect();
    await database.stop();
  }
}

runCommand('posters', main);
