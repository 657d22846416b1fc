/**
 * How the tests and scripts start Debian's Chromium (Playwright cannot download its own here).
 * Without the background-networking flags, Chromium floods a closed network with refused
 * connections.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};
