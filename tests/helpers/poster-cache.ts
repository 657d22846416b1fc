import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type PosterServer, startPosterServer } from './poster-server';

/**
 * A test file's poster cache: the stand-in for IMDb started, a fresh POSTERS_DIR, and the
 * lookups and downloads pointed at the stand-in. `close` stops it and removes the folder.
 */
export async function posterCacheOnStandIn(): Promise<{
  server: PosterServer;
  dir: string;
  close: () => Promise<void>;
}> {
  const server = await startPosterServer();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'posters-'));
  process.env.POSTERS_DIR = dir;
  process.env.POSTERS_LOOKUP_URL = server.url;
  process.env.POSTERS_IMAGE_URL = server.url;
  const close = async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  };
  return { server, dir, close };
}
