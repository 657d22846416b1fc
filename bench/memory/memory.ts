// `npm run bench:memory` (after `npm run build`): the memory of the app's process tree as the
// README's start command runs it (npm, the launcher, the Next.js server, the embedded
// PostgreSQL), after start, after a scripted round of use in Chromium (set-up, the bundled
// sample data, the main screens, a viewing logged), and after 60 s idle. Prints each process's
// RSS and PSS (shared pages split among the processes that share them, so PostgreSQL's shared
// buffers count once) and the totals, with and without npm (the systemd unit runs the launcher).
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tests/helpers/chromium';
import { type App, logViewing, setUpOwner, sleep, startApp } from '../app/app';
import { processTree, treeReport } from './process-tree';

const PORT = Number(process.env.BENCH_PORT ?? 3410);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_S ?? 60);
const SETUP_CODE = 'BENCH-MEMORY-1';
const TARGETS: Record<string, number> = { 'after start': 250, 'after use + idle': 300 };

async function roundOfUse(page: Page, app: App): Promise<void> {
  await setUpOwner(page, app, SETUP_CODE);
  await logViewing(page, app, { tconst: 'tt0000001', watchedOn: new Date().toISOString().slice(0, 10), grade: 7 });
  for (const screen of ['/', '/search?q=the', '/diary', '/stats', '/titles/tt0000001', '/picks', '/watchlist', '/']) {
    await page.goto(`${app.base}${screen}`, { waitUntil: 'networkidle' });
  }
}

const app = await startApp(PORT, SETUP_CODE);
try {
  await sleep(3000);
  console.log(treeReport('after start', processTree(app.root), TARGETS['after start']));
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    await roundOfUse(await browser.newPage({ viewport: { width: 412, height: 915 } }), app);
  } finally {
    await browser.close();
  }
  console.log(treeReport('after use', processTree(app.root), TARGETS['after use']));
  await sleep(IDLE_SECONDS * 1000);
  console.log(treeReport('after use + idle', processTree(app.root), TARGETS['after use + idle']));
} finally {
  await app.stop();
}
