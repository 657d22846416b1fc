import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { Rng } from '../../etl/synth/random';
import { type App, logViewing } from './app';

// A journal logged through the JSON API, as a phone would: `count` viewings of the bundled
// sample's most-voted titles, dated over the last ten years, graded near IMDb's rating, so the
// diary, the statistics and the picks have something to show.

const rows = (file: string) =>
  gunzipSync(readFileSync(`etl/sample/${file}`))
    .toString('utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));

/** The sample's titles with a rating, most-voted first (its ratings file also rates titles it leaves out). */
export function sampleTitles(): { tconst: string; rating: number }[] {
  const kept = new Set(rows('title.basics.tsv.gz').map(([tconst]) => tconst));
  return rows('title.ratings.tsv.gz')
    .filter(([tconst]) => kept.has(tconst))
    .sort((a, b) => Number(b[2]) - Number(a[2]))
    .slice(0, 600)
    .map(([tconst, rating]) => ({ tconst, rating: Number(rating) }));
}

export async function logJournal(page: Page, app: App, count: number): Promise<void> {
  const titles = sampleTitles();
  const rng = new Rng(42);
  const today = Date.now();
  for (let i = 0; i < count; i++) {
    const title = titles[rng.zipf(titles.length)];
    const watchedOn = new Date(today - rng.int(3650) * 86_400_000).toISOString().slice(0, 10);
    const grade = Math.min(10, Math.max(1, Math.round(title.rating + rng.normal())));
    await logViewing(page, app, { tconst: title.tconst, watchedOn, grade });
  }
}
