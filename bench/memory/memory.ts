// `npm run bench:memory` (after `npm run build`): the memory of the app's process tree as the
// README's start command runs it (npm, the launcher, the Next.js server, the embedded
// PostgreSQL), after start, after a scripted round of use in Chromium (set-up, the bundled
// sample data, the main screens, a viewing logged), and after 60 s idle. Prints each process's
// RSS and PSS (shared pages split among the processes that share them, so PostgreSQL's shared
// buffers count once) and the totals, with and without npm (the systemd unit runs the launcher).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tests/helpers/chromium';
import { type ProcessRss, processTree } from './process-tree';

const PORT = Number(process.env.BENCH_PORT ?? 3410);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_S ?? 60);
const BASE = `http://127.0.0.1:${PORT}`;
const SETUP_CODE = 'BENCH-MEMORY-1';
const OWNER = { username: 'bench', password: 'a long bench password' };
const TARGETS: Record<string, number> = { 'after start': 250, 'after use + idle': 300 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForHealth(deadline = Date.now() + 180_000): Promise<void> {
  while (Date.now() < deadline) {
    const ok = await fetch(`${BASE}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(500);
  }
  throw new Error(`the server did not answer ${BASE}/api/health within 3 minutes`);
}

async function roundOfUse(page: Page): Promise<void> {
  await page.goto(`${BASE}/setup`);
  await page.getByLabel('Setup code').fill(SETUP_CODE);
  await page.getByLabel('Username').fill(OWNER.username);
  await page.getByLabel('Password', { exact: true }).fill(OWNER.password);
  await page.getByLabel('Repeat password').fill(OWNER.password);
  await page.getByRole('button', { name: 'Create the owner account' }).click();
  await page.waitForURL(`${BASE}/`);
  await page.goto(`${BASE}/status`, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await page.getByTestId('etl-run').first().filter({ hasText: 'succeeded' }).waitFor({ timeout: 180_000 });
  const logged = await page.request.post(`${BASE}/api/v1/watches`, {
    headers: { Origin: BASE },
    data: { tconst: 'tt0000001', watchedOn: new Date().toISOString().slice(0, 10), grade: 7 },
  });
  if (logged.status() !== 201) throw new Error(`logging a viewing answered ${logged.status()}`);
  for (const screen of ['/', '/search?q=the', '/diary', '/stats', '/titles/tt0000001', '/picks', '/watchlist', '/']) {
    await page.goto(`${BASE}${screen}`, { waitUntil: 'networkidle' });
  }
}

function report(stage: string, tree: ProcessRss[]): string {
  const sum = (list: ProcessRss[], key: 'rssMb' | 'pssMb') => list.reduce((total, p) => total + p[key], 0);
  const app = tree.filter((p) => !/\bnpm\b/.test(p.name));
  const target = TARGETS[stage];
  const pss = sum(app, 'pssMb');
  const lines = tree
    .filter((p) => p.rssMb > 0)
    .map(
      (p) =>
        `  ${String(p.pid).padStart(7)}  ${p.name.slice(0, 40).padEnd(40)} ${p.rssMb.toFixed(0).padStart(5)} MB RSS ${p.pssMb.toFixed(0).padStart(5)} MB PSS`,
    );
  const verdict = target
    ? ` — target ≤ ${target} MB: ${pss <= target ? 'met' : `missed by ${Math.round(pss - target)} MB`}`
    : '';
  return [
    stage,
    ...lines,
    `  tree: ${sum(tree, 'pssMb').toFixed(0)} MB PSS (${sum(tree, 'rssMb').toFixed(0)} MB RSS summed); without npm ${pss.toFixed(0)} MB PSS${verdict}`,
  ].join('\n');
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-memory-'));
const server = spawn('npm', ['start'], {
  env: { ...process.env, DATA_DIR: dataDir, PORT: String(PORT), HOST: '127.0.0.1', SETUP_CODE, DATABASE_URL: '' },
  stdio: ['ignore', 'ignore', 'inherit'],
  detached: true,
});
const root = server.pid as number;
try {
  await waitForHealth();
  await sleep(3000);
  console.log(report('after start', processTree(root)));
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    await roundOfUse(await browser.newPage({ viewport: { width: 412, height: 915 } }));
  } finally {
    await browser.close();
  }
  console.log(report('after use', processTree(root)));
  await sleep(IDLE_SECONDS * 1000);
  console.log(report('after use + idle', processTree(root)));
} finally {
  process.kill(-root, 'SIGTERM');
  await sleep(3000);
  rmSync(dataDir, { recursive: true, force: true });
}
