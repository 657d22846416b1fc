import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeSource, type OpenedFile, openDatasetFile, SourceError } from './index';

const SAMPLES = path.resolve(import.meta.dirname, '../../../shared/realdata/imdb');
const episode = readFileSync(path.join(SAMPLES, 'title.episode.tsv'));
const episodeGz = gzipSync(episode);
const FILE = 'title.episode.tsv.gz';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'etl-source-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readAll(body: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function expectOk(opened: OpenedFile) {
  if (opened.status !== 'ok') throw new Error(`expected a file, got ${opened.status}`);
  return opened;
}

describe('directory source', () => {
  it('reads NAME.tsv.gz, decompressed', async () => {
    await writeFile(path.join(dir, FILE), episodeGz);
    const opened = expectOk(await openDatasetFile(dir, FILE, null));
    expect(opened.bytesTotal).toBe(episodeGz.length);
    expect((await readAll(opened.body)).equals(episode)).toBe(true);
    expect(opened.bytesRead()).toBe(episodeGz.length);
    expect(opened.state.etag).toMatch(/^"\d+-[\d.]+"$/);
    expect(opened.state.lastModified).toMatch(/GMT$/);
  });

  it('falls back to the plain NAME.tsv', async () => {
    await copyFile(path.join(SAMPLES, 'title.episode.tsv'), path.join(dir, 'title.episode.tsv'));
    const opened = expectOk(await openDatasetFile(dir, FILE, null));
    expect((await readAll(opened.body)).equals(episode)).toBe(true);
    expect(opened.bytesRead()).toBe(episode.length);
  });

  it('prefers the .gz when both exist', async () => {
    await writeFile(path.join(dir, FILE), episodeGz);
    await writeFile(path.join(dir, 'title.episode.tsv'), 'stale\n');
    const opened = expectOk(await openDatasetFile(dir, FILE, null));
    expect((await readAll(opened.body)).equals(episode)).toBe(true);
  });

  it('names both candidates when the file is missing', async () => {
    const error = await openDatasetFile(dir, FILE, null).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toBe(
      `${FILE}: neither ${path.join(dir, FILE)} nor ${path.join(dir, 'title.episode.tsv')} exists`,
    );
  });

  it('reports an untouched file as unchanged, unless forced or modified', async () => {
    const file = path.join(dir, FILE);
    await writeFile(file, episodeGz);
    const first = expectOk(await openDatasetFile(dir, FILE, null));
    await readAll(first.body);
    expect(await openDatasetFile(dir, FILE, first.state)).toEqual({ status: 'unchanged' });

    const forced = expectOk(await openDatasetFile(dir, FILE, first.state, { force: true }));
    expect((await readAll(forced.body)).equals(episode)).toBe(true);

    await utimes(file, new Date('2026-11-29T03:00:00Z'), new Date('2026-11-29T03:00:00Z'));
    const modified = expectOk(await openDatasetFile(dir, FILE, first.state));
    expect(modified.state.etag).not.toBe(first.state.etag);
    modified.body.destroy();
  });

  it('fails the body, never ends it, when the .gz is truncated', async () => {
    await writeFile(path.join(dir, FILE), episodeGz.subarray(0, Math.floor(episodeGz.length / 2)));
    const opened = expectOk(await openDatasetFile(dir, FILE, null));
    const error = await readAll(opened.body).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toBe(`${FILE}: the file is truncated or not valid gzip (unexpected end of file)`);
  });

  it('describes a directory by its absolute path', () => {
    expect(describeSource(dir)).toBe(path.resolve(dir));
  });
});
