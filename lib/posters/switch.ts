import 'server-only';
import { db } from '../db/client';
import { postersEnabled } from './settings';

// Posters can be turned off in two ways: POSTERS=off in the environment (for good), or the
// owner's switch in Settings (stored in app_settings). The server keeps the switch's value once
// read; the action that changes it updates it. A command line reads it afresh each run.

const cache = globalThis as unknown as { postersSwitch?: boolean };

/** Whether the owner's switch is on (POSTERS=off aside). */
export async function postersSwitchOn(): Promise<boolean> {
  if (cache.postersSwitch === undefined) {
    const [row] = await db().$queryRaw<{ on: boolean }[]>`
      SELECT (value = 'true'::jsonb) AS on FROM app_settings WHERE key = 'posters'`;
    cache.postersSwitch = row?.on ?? true;
  }
  return cache.postersSwitch;
}

/** Whether posters are looked up, fetched and shown at all. */
export async function postersOn(): Promise<boolean> {
  return postersEnabled() && (await postersSwitchOn());
}

/** The owner's switch; false stops every request to IMDb for posters from now on. */
export async function setPostersSwitch(on: boolean): Promise<void> {
  await db()
    .$executeRaw`INSERT INTO app_settings (key, value, updated_at) VALUES ('posters', ${JSON.stringify(on)}::jsonb, now())
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`;
  cache.postersSwitch = on;
}
