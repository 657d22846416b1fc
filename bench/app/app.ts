// The production build as the README's `npm start` runs it (launcher, Next.js server, embedded
// PostgreSQL) on a fresh data folder, for the benchmarks that measure the app from outside
// (memory, Lighthouse, load), and the owner's first steps in it through Chromium.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';

export const OWNER = { username: 'bench', password: 'a long bench password' };

export interface App {
  base: string;
  /** The pid of `npm start`, the root of the app's process tree. */
  root: number;
  stop(): Promise<void>;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForHealth(base: string, deadline = Date.now() + 180_000): Promise<void> {
  while (Date.now() < deadline) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(500);
  }
  throw new Error(`the server did not answer ${base}/api/health within 3 minutes (run \`npm run build\` first)`);
}

/** Starts `npm start` on `port` with a throwaway data folder and waits until it answers. */
export async function startApp(port: number, setupCode: string): Promise<App> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-app-'));
  const base = `http://127.0.0.1:${port}`;
  const server = spawn('npm', ['start'], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      SETUP_CODE: setupCode,
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const root = server.pid as number;
  const stop = async () => {
    process.kill(-root, 'SIGTERM');
    await sleep(3000);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(base);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, root, stop };
}

/** Creates the owner account with the setup code and loads the bundled IMDb sample. */
export async function setUpOwner(page: Page, app: App, setupCode: string): Promise<void> {
  await page.goto(`${app.base}/setup`);
  await page.getByLabel('Setup code').fill(setupCode);
  await page.getByLabel('Username').fill(OWNER.username);
  await page.getByLabel('Password', { exact: true }).fill(OWNER.password);
  await page.getByLabel('Repeat password').fill(OWNER.password);
  await page.getByRole('button', { name: 'Create the owner account' }).click();
  await page.waitForURL(`${app.base}/`);
  await page.goto(`${app.base}/status`, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await page.getByTestId('etl-run').first().filter({ hasText: 'succeeded' }).waitFor({ timeout: 180_000 });
}

/** Logs a viewing through the JSON API with the page's session. */
export async function logViewing(
  page: Page,
  app: App,
  viewing: { tconst: string; watchedOn: string; grade: number },
): Promise<void> {
  const logged = await page.request.post(`${app.base}/api/v1/watches`, {
    headers: { Origin: app.base },
    data: viewing,
  });
  if (logged.status() !== 201) {
    throw new Error(`logging ${viewing.tconst} answered ${logged.status()}: ${await logged.text()}`);
  }
}
