// `npm run bench:pages` (after `npm run build`): the production build under load, signed in —
// `--connections` connections for `--seconds` each against the search API (a round of
// queries), the home page and the diary, with autocannon — on the app started as `npm start`
// does with the bundled sample and a journal of 300 viewings. Prints req/s, p50/p99 latency
// and errors per target, and the memory of the app's process tree before, at its peak during,
// right after the load and after `--idle` seconds.
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import { z } from 'zod';
import { SESSION_COOKIE } from '../../lib/auth/cookie-name';
import { chromiumLaunchOptions } from '../../tests/helpers/chromium';
import { setUpOwner, sleep, startApp } from '../app/app';
import { logJournal } from '../app/journal';
import { appPssMb, processTree, treeReport } from '../memory/process-tree';

const HELP = `Usage: npm run bench:pages -- [--connections N] [--seconds N] [--idle N] [--viewings N]

  --connections N  concurrent connections (default 20)
  --seconds N      load on each target (default 20)
  --idle N         seconds of idle after the load before the last memory reading (default 60)
  --viewings N     viewings logged before the load (default 300)
`;

const { values } = parseArgs({
  options: {
    connections: { type: 'string' },
    seconds: { type: 'string' },
    idle: { type: 'string' },
    viewings: { type: 'string' },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const args = z
  .object({
    connections: z.coerce.number().int().min(1).max(500).default(20),
    seconds: z.coerce.number().int().min(1).max(600).default(20),
    idle: z.coerce.number().int().min(0).max(3600).default(60),
    viewings: z.coerce.number().int().min(1).max(10_000).default(300),
  })
  .parse(values);

const PORT = Number(process.env.BENCH_PORT ?? 3430);
const SETUP_CODE = 'BENCH-PAGES-1';
// The budget for the whole tree (without npm) once the load is over.
const AFTER_LOAD_TARGET_MB = 350;
const QUERIES = ['train', 'the', 'moon', 'love', 'fireman', 'lumière', 'arrival', 'sneeze', 'robbery', 'dream'];
const TARGETS = [
  { name: 'search API', requests: QUERIES.map((q) => ({ path: `/api/v1/search?q=${encodeURIComponent(q)}` })) },
  { name: 'home page', requests: [{ path: '/' }] },
  { name: 'diary', requests: [{ path: '/diary' }] },
];

const app = await startApp(PORT, SETUP_CODE);
try {
  const browser = await chromium.launch(chromiumLaunchOptions);
  let cookie = '';
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await setUpOwner(page, app, SETUP_CODE);
    await logJournal(page, app, args.viewings);
    const session = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
    if (!session) throw new Error('no session cookie after setting up the owner');
    cookie = `${SESSION_COOKIE}=${session.value}`;
  } finally {
    await browser.close();
  }
  console.log(treeReport('before the load', processTree(app.root)));

  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, appPssMb(processTree(app.root)));
  }, 1000);
  console.log(`\n${args.connections} connections, ${args.seconds} s each`);
  console.log('target         req/s     p50      p99   errors  non-2xx');
  try {
    for (const target of TARGETS) {
      const result = await autocannon({
        url: app.base,
        connections: args.connections,
        duration: args.seconds,
        headers: { cookie },
        requests: target.requests,
      });
      const { requests, latency } = result;
      console.log(
        `${target.name.padEnd(12)} ${requests.average.toFixed(1).padStart(7)} ${latency.p50.toFixed(0).padStart(5)} ms ${latency.p99.toFixed(0).padStart(5)} ms ${String(result.errors).padStart(7)} ${String(result.non2xx).padStart(8)}`,
      );
    }
  } finally {
    clearInterval(sampler);
  }
  console.log(`\npeak during the load: ${peak.toFixed(0)} MB PSS without npm\n`);
  console.log(treeReport('right after the load', processTree(app.root), AFTER_LOAD_TARGET_MB));
  await sleep(args.idle * 1000);
  console.log(treeReport(`after ${args.idle} s idle`, processTree(app.root), AFTER_LOAD_TARGET_MB));
} finally {
  await app.stop();
}
