// `npm run bench:lighthouse` (after `npm run build`): Lighthouse's mobile audit (its default
// config: a mid-range phone, simulated slow 4G and 4× CPU slowdown) of the main screens,
// signed in, on the production build started as `npm start` does with the bundled sample and a
// journal of 300 viewings. Each page is audited `--runs` times; the run with the median
// Performance score is printed, with the audits that cost points in the other categories.
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { z } from 'zod';
import { SESSION_COOKIE } from '../../lib/auth/cookie-name';
import { chromiumLaunchOptions } from '../../tests/helpers/chromium';
import { setUpOwner, startApp } from '../app/app';
import { logJournal, sampleTitles } from '../app/journal';

const HELP = `Usage: npm run bench:lighthouse -- [--runs N] [--viewings N]

  --runs N       audits of each page, the median one printed (default 3)
  --viewings N   viewings logged before the audits (default 300)
`;

const { values } = parseArgs({
  options: { runs: { type: 'string' }, viewings: { type: 'string' }, help: { type: 'boolean' } },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const args = z
  .object({
    runs: z.coerce.number().int().min(1).max(20).default(3),
    viewings: z.coerce.number().int().min(1).max(10_000).default(300),
  })
  .parse(values);

const PORT = Number(process.env.BENCH_PORT ?? 3420);
const DEBUG_PORT = PORT + 1;
const SETUP_CODE = 'BENCH-LIGHTHOUSE-1';
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

interface Audit {
  performance: number;
  accessibility: number;
  bestPractices: number;
  tbtMs: number;
  lcpMs: number;
  cls: number;
  lost: string[];
}

async function audit(url: string, cookie: string): Promise<Audit> {
  const result = await lighthouse(url, {
    port: DEBUG_PORT,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
    extraHeaders: { Cookie: cookie },
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`${url}: ${runtimeError.code} ${runtimeError.message}`);
  const score = (id: string) => Math.round((categories[id].score ?? 0) * 100);
  const lost = ['accessibility', 'best-practices'].flatMap((id) =>
    categories[id].auditRefs
      .filter((ref) => ref.weight > 0 && (audits[ref.id].score ?? 1) < 1)
      .map((ref) => `${id}: ${ref.id}`),
  );
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    tbtMs: audits['total-blocking-time'].numericValue ?? 0,
    lcpMs: audits['largest-contentful-paint'].numericValue ?? 0,
    cls: audits['cumulative-layout-shift'].numericValue ?? 0,
    lost,
  };
}

const app = await startApp(PORT, SETUP_CODE);
const browser = await chromium.launch({
  ...chromiumLaunchOptions,
  args: [...chromiumLaunchOptions.args, `--remote-debugging-port=${DEBUG_PORT}`],
});
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  await setUpOwner(page, app, SETUP_CODE);
  await logJournal(page, app, args.viewings);
  await page.goto(`${app.base}/picks`, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Regenerate now' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /\d+ picks from/ })
    .waitFor({ timeout: 120_000 });
  const session = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
  if (!session) throw new Error('no session cookie after setting up the owner');
  await context.close();

  const paths = ['/', '/search?q=train', '/diary', '/stats', `/titles/${sampleTitles()[0].tconst}`, '/picks'];
  console.log(`Lighthouse mobile, median of ${args.runs} by Performance, ${args.viewings} viewings\n`);
  console.log('page                   Perf  A11y    BP     TBT      LCP    CLS');
  for (const path of paths) {
    const runs: Audit[] = [];
    for (let i = 0; i < args.runs; i++)
      runs.push(await audit(`${app.base}${path}`, `${SESSION_COOKIE}=${session.value}`));
    runs.sort((a, b) => a.performance - b.performance);
    const m = runs[Math.floor(runs.length / 2)];
    const spread = runs.length > 1 ? ` (Perf ${runs[0].performance}–${runs[runs.length - 1].performance})` : '';
    console.log(
      `${path.padEnd(22)} ${String(m.performance).padStart(4)} ${String(m.accessibility).padStart(5)} ${String(m.bestPractices).padStart(5)} ${m.tbtMs.toFixed(0).padStart(5)} ms ${(m.lcpMs / 1000).toFixed(2).padStart(6)} s ${m.cls.toFixed(3).padStart(6)}${spread}`,
    );
    for (const lost of m.lost) console.log(`${''.padEnd(23)}- ${lost}`);
  }
} finally {
  await browser.close();
  await app.stop();
}
