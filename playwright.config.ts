import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/helpers/chromium';

// End-to-end tests run against the production build (`npm test` builds first) on a fresh
// embedded PostgreSQL in tmp/e2e, in the system's Chromium (Playwright cannot download its own).
const PORT = Number(process.env.E2E_PORT ?? 3210);
export const SETUP_CODE = 'E2E-SETUP-4711';
export const baseURL = `http://127.0.0.1:${PORT}`;
// A local stand-in for IMDb's suggestion endpoint and image host (tests/helpers/poster-server.ts).
export const POSTER_SERVER = `http://127.0.0.1:${PORT + 1}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { baseURL, launchOptions: chromiumLaunchOptions, screenshot: 'only-on-failure', trace: 'retain-on-failure' },
  projects: [
    { name: 'first-run', testMatch: 'first-run.e2e.ts', use: { ...devices['Pixel 7'] } },
    {
      name: 'phone',
      testIgnore: 'first-run.e2e.ts',
      dependencies: ['first-run'],
      use: { ...devices['Pixel 7'] },
    },
    {
      name: 'desktop',
      testIgnore: 'first-run.e2e.ts',
      dependencies: ['first-run'],
      use: { viewport: { width: 1366, height: 900 }, colorScheme: 'dark' },
    },
  ],
  webServer: [
    {
      command: `node --import tsx tests/helpers/poster-server-main.ts ${PORT + 1}`,
      url: `${POSTER_SERVER}/health`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: 'rm -rf tmp/e2e && node scripts/start.mjs',
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'pipe',
      env: {
        DATA_DIR: 'tmp/e2e',
        PORT: String(PORT),
        HOST: '127.0.0.1',
        SETUP_CODE,
        POSTERS_LOOKUP_URL: POSTER_SERVER,
        POSTERS_IMAGE_URL: POSTER_SERVER,
      },
    },
  ],
});
