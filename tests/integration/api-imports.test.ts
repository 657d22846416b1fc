import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import * as exportRoute from '../../app/api/v1/export/route';
import * as commitRoute from '../../app/api/v1/imports/[id]/commit/route';
import * as discardRoute from '../../app/api/v1/imports/[id]/discard/route';
import * as recordsRoute from '../../app/api/v1/imports/[id]/records/route';
import * as batchRoute from '../../app/api/v1/imports/[id]/route';
import * as undoRoute from '../../app/api/v1/imports/[id]/undo/route';
import * as resolveRoute from '../../app/api/v1/imports/review/[recordId]/route';
import * as reviewRoute from '../../app/api/v1/imports/review/route';
import * as importsRoute from '../../app/api/v1/imports/route';
import { db } from '../../lib/db/client';
import {
  type CallOptions,
  call,
  checkAnswer,
  createUserWithToken,
  loadSamples,
  setUpFreshDatabase,
} from '../helpers/api';

// /api/v1/imports (upload → preview → commit → review → undo) and /api/v1/export, through the
// route handlers, on the real IMDb samples and the real Letterboxd diary.

const databaseUrl = await setUpFreshDatabase();

const DIARY = readFileSync(path.resolve('../shared/realdata/letterboxd/diary.csv'));
const RATINGS_HEADER =
  'Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors';
const RATINGS = [
  RATINGS_HEADER,
  'tt0000001,8,2025-01-10,"Carmencita","Carmencita",https://www.imdb.com/title/tt0000001,Short,5.7,1,1894,"Documentary, Short",2100,"1894-03-10","William K.L. Dickson"',
  'tt0000439,9,2025-02-01,"The Great Train Robbery","The Great Train Robbery",https://www.imdb.com/title/tt0000439,Short,7.3,11,1903,"Action, Adventure, Crime",19000,"1903-12-01","Edwin S. Porter"',
  'tt0000009,6,2025-03-05,"Miss Jerry","Miss Jerry",https://www.imdb.com/title/tt0000009,Movie,5.4,45,1894,"Romance",220,"1894-10-09","Alexander Black"',
].join('\r\n');

type Upload = { name: string; content: string | Uint8Array };

function uploadRequest(
  token: string | undefined,
  files: Upload[],
  fields: Record<string, string> = {},
  accept?: string,
) {
  const form = new FormData();
  for (const f of files) form.append('file', new Blob([f.content as BlobPart]), f.name);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (accept) headers.accept = accept;
  return new Request('http://localhost/api/v1/imports', { method: 'POST', headers, body: form });
}

async function upload(token: string | undefined, files: Upload[], fields: Record<string, string> = {}) {
  const request = uploadRequest(token, files, fields);
  const response = await checkAnswer(request, await importsRoute.POST(request, { params: Promise.resolve({}) }));
  return { status: response.status, body: await response.json(), headers: response.headers };
}

const withId = (id: number | string) => ({ params: { id: String(id) } });
const summary = (token: string | undefined, id: number | string) =>
  call(batchRoute.GET, 'GET', `/api/v1/imports/${id}`, { token, ...withId(id) });
const discard = (token: string | undefined, id: number | string) =>
  call(discardRoute.POST, 'POST', `/api/v1/imports/${id}/discard`, { token, ...withId(id) });
const records = (token: string | undefined, id: number | string, query = '') =>
  call(recordsRoute.GET, 'GET', `/api/v1/imports/${id}/records${query}`, { token, ...withId(id) });
const commit = (token: string | undefined, id: number | string) =>
  call(commitRoute.POST, 'POST', `/api/v1/imports/${id}/commit`, { token, ...withId(id) });
const undo = (token: string | undefined, id: number | string) =>
  call(undoRoute.POST, 'POST', `/api/v1/imports/${id}/undo`, { token, ...withId(id) });
const queue = (token: string | undefined, query = '') =>
  call(reviewRoute.GET, 'GET', `/api/v1/imports/review${query}`, { token });
const resolve = (token: string | undefined, recordId: number | string, body: unknown, options: CallOptions = {}) =>
  call(resolveRoute.POST, 'POST', `/api/v1/imports/review/${recordId}`, {
    token,
    body,
    params: { recordId: String(recordId) },
    ...options,
  });

const bulk = (token: string | undefined, body: unknown, options: CallOptions = {}) =>
  call(reviewRoute.POST, 'POST', '/api/v1/imports/review', { token, body, ...options });

const liveWatches = (userId: number) => db().watch.count({ where: { userId, deletedAt: null } });

let alice: string;
let aliceId: number;
let bob: string;

beforeAll(async () => {
  await loadSamples(databaseUrl);
  ({ id: aliceId, token: alice } = await createUserWithToken('alice'));
  ({ token: bob } = await createUserWithToken('bob'));
}, 120_000);

describe('without a session or token', () => {
  it('every route answers 401', async () => {
    for (const response of [
      await upload(undefined, [{ name: 'ratings.csv', content: RATINGS }]),
      await call(importsRoute.GET, 'GET', '/api/v1/imports'),
      await summary(undefined, 1),
      await discard(undefined, 1),
      await records(undefined, 1),
      await commit(undefined, 1),
      await undo(undefined, 1),
      await queue(undefined),
      await resolve(undefined, 1, { unmatched: true }),
      await bulk(undefined, { choice: 'unmatched' }),
      await call(exportRoute.GET, 'GET', '/api/v1/export'),
    ]) {
      expect(response.status).toBe(401);
      expect(response.body.error).toBe('unauthorized');
    }
  });
});

describe('an IMDb ratings export: preview, commit, re-import, discard', () => {
  let batchId: number;

  it('previews without touching the journal (201, Location)', async () => {
    const { status, body, headers } = await upload(alice, [{ name: 'ratings.csv', content: RATINGS }]);
    expect(status).toBe(201);
    expect(body).toMatchObject({ format: 'imdb-ratings', status: 'preview', fileNames: ['ratings.csv'] });
    expect(body.counts).toMatchObject({ rows: 3, new: 3, duplicate: 0, invalid: 0 });
    batchId = body.batchId;
    expect(headers.get('location')).toBe(`/api/v1/imports/${batchId}`);
    expect(await liveWatches(aliceId)).toBe(0);

    const listed = await call(importsRoute.GET, 'GET', '/api/v1/imports', { token: alice });
    expect(listed.body.imports.map((b: { batchId: number }) => b.batchId)).toContain(batchId);
    expect((await summary(alice, batchId)).body).toMatchObject({ batchId, status: 'preview' });
  });

  it('lists the records with their line, match and status', async () => {
    const { status, body } = await records(alice, batchId);
    expect(status).toBe(200);
    expect(body.records).toHaveLength(3);
    expect(body.records[0]).toMatchObject({
      file: 'ratings.csv',
      line: 2,
      title: 'Carmencita',
      year: 1894,
      tconst: 'tt0000001',
      grade10: 8,
      watchedOn: '2025-01-10',
      status: 'new',
    });
    expect((await records(alice, batchId, '?status=invalid')).body.records).toEqual([]);
    expect((await records(alice, batchId, '?status=nonsense')).status).toBe(400);
    expect(
      (await records(alice, batchId, '?limit=1&offset=2')).body.records.map((r: { line: number }) => r.line),
    ).toEqual([4]);
  });

  it("is nobody else's business", async () => {
    expect((await summary(bob, batchId)).status).toBe(404);
    expect((await records(bob, batchId)).status).toBe(404);
    expect((await commit(bob, batchId)).status).toBe(404);
    expect((await undo(bob, batchId)).status).toBe(404);
    expect((await discard(bob, batchId)).status).toBe(404);
    expect((await summary(alice, 'abc')).status).toBe(400);
  });

  it('commits once (200), then answers 409', async () => {
    const { status, body } = await commit(alice, batchId);
    expect(status).toBe(200);
    expect(body).toMatchObject({ batchId, status: 'committed' });
    expect(body.committedAt).toEqual(expect.any(String));
    expect(await liveWatches(aliceId)).toBe(3);
    const again = await commit(alice, batchId);
    expect(again.status).toBe(409);
    expect(again.body.error).toBe('conflict');
  });

  it('a second upload of the same file is all duplicates; discarding it answers 204, then 404', async () => {
    const { status, body } = await upload(alice, [{ name: 'ratings.csv', content: RATINGS }]);
    expect(status).toBe(201);
    expect(body.counts).toMatchObject({ rows: 3, new: 0, duplicate: 3 });
    expect((await discard(alice, body.batchId)).status).toBe(204);
    expect((await discard(alice, body.batchId)).status).toBe(404);
    expect(await liveWatches(aliceId)).toBe(3);
  });
});

describe('the Letterboxd diary: streamed progress, review queue, undo', () => {
  let batchId: number;

  it('streams NDJSON progress lines and ends with the result', async () => {
    const request = uploadRequest(alice, [{ name: 'diary.csv', content: DIARY }], {}, 'application/x-ndjson');
    const response = await checkAnswer(request, await importsRoute.POST(request, { params: Promise.resolve({}) }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0].type).toBe('progress');
    const last = lines.at(-1);
    expect(last).toMatchObject({ type: 'result', status: 201 });
    expect(last.body.counts.rows).toBe(299);
    expect(last.body.format).toBe('letterboxd');
    batchId = last.body.batchId;
  });

  it('after the commit, unsure rows wait in the review queue; picking one logs it in the batch', async () => {
    expect((await commit(alice, batchId)).status).toBe(200);
    const before = await liveWatches(aliceId);
    const { status, body } = await queue(alice, '?limit=5');
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThan(0);
    expect(body.items.length).toBeLessThanOrEqual(5);
    const [first, second, third] = body.items;
    expect(first).toMatchObject({ status: 'review', file: 'diary.csv' });

    expect((await resolve(alice, first.id, { tconst: 'tt0001728' })).body).toEqual({ ok: true });
    expect(await liveWatches(aliceId)).toBe(before + 1);
    // The same offset read again: the resolved row is gone, the next one moved up, the total went down.
    const page = (await queue(alice, '?offset=0&limit=2')).body;
    expect(page.items.map((r: { id: number }) => r.id)).toEqual([second.id, third.id]);
    expect(page.total).toBe(body.total - 1);
    // The picked row is listed with the new viewings it counts among.
    const picked = (await records(alice, batchId, '?status=new&limit=500')).body.records;
    expect(picked).toEqual(expect.arrayContaining([expect.objectContaining({ id: first.id, status: 'resolved' })]));
    expect((await resolve(alice, first.id, { tconst: 'tt0001728' })).status).toBe(409);
    expect((await resolve(bob, second.id, { unmatched: true })).status).toBe(409);
    expect((await resolve(alice, second.id, { unmatched: true })).status).toBe(200);
    expect(await liveWatches(aliceId)).toBe(before + 1);
    expect((await queue(alice)).body.total).toBe(body.total - 2);

    // Wrong choices on purpose: not checked against the API document (the answers are).
    const wrong = { unchecked: 'request' } as const;
    expect((await resolve(alice, second.id, { tconst: 'nope' }, wrong)).status).toBe(400);
    expect((await resolve(alice, second.id, {}, wrong)).status).toBe(400);
    expect((await queue(alice, '?limit=0')).status).toBe(400);
  });

  it('settles the rest in bulk: the best candidates at 50 % or more, then all the others unmatched', async () => {
    const waiting = (await queue(alice, `?batch=${batchId}&limit=1`)).body.total;
    const sure = (await queue(alice, `?batch=${batchId}&minConfidence=50&limit=100`)).body;
    expect(sure.items.every((r: { candidates: { score: number }[] }) => r.candidates[0].score >= 0.5)).toBe(true);
    const none = (await queue(alice, `?batch=${batchId}&reason=none&limit=1`)).body.total;
    // Another account's rows are not reached, by filter or by id.
    const ids = sure.items.map((r: { id: number }) => r.id);
    expect((await bulk(bob, { choice: 'accept', recordIds: ids.length ? ids : [1] })).body).toEqual({ resolved: 0 });
    const before = await liveWatches(aliceId);
    const accepted = await bulk(alice, { choice: 'accept', batch: batchId, minConfidence: 50 });
    expect(accepted).toMatchObject({ status: 200, body: { resolved: sure.total } });
    expect(await liveWatches(aliceId)).toBeGreaterThanOrEqual(before);
    const rest = await bulk(alice, { choice: 'unmatched', batch: batchId });
    expect(rest.body.resolved).toBe(waiting - sure.total);
    expect(rest.body.resolved).toBeGreaterThanOrEqual(none);
    expect((await queue(alice, `?batch=${batchId}`)).body.total).toBe(0);

    // Bad bodies and filters name the field (sent on purpose: the answers are checked, not the bodies).
    const wrong = { unchecked: 'request' } as const;
    expect((await bulk(alice, { choice: 'everything' }, wrong)).body.fields.choice).toBeDefined();
    expect(
      (await bulk(alice, { choice: 'accept', minConfidence: 101 }, wrong)).body.fields.minConfidence,
    ).toBeDefined();
    expect((await bulk(alice, { choice: 'accept', recordIds: [] }, wrong)).body.fields.recordIds).toBeDefined();
    expect((await bulk(alice, { choice: 'accept', drop: 'table' }, wrong)).status).toBe(400);
    expect((await queue(alice, '?reason=bored')).body.fields.reason).toBeDefined();
  });

  it('undo takes the whole batch out, the resolved row too; a second undo answers 409', async () => {
    const ratingsOnly = 3;
    const { status, body } = await undo(alice, batchId);
    expect(status).toBe(200);
    expect(body).toMatchObject({ batchId, status: 'undone' });
    expect(await liveWatches(aliceId)).toBe(ratingsOnly);
    expect((await undo(alice, batchId)).status).toBe(409);
  });
});

describe('bad uploads', () => {
  it('answers 400 for a body that is no upload, no file, or bad options', async () => {
    // JSON where the route takes multipart, on purpose: the answer is checked, not the body.
    const json = await call(importsRoute.POST, 'POST', '/api/v1/imports', {
      token: alice,
      body: { file: 'x' },
      unchecked: 'request',
    });
    expect(json.status).toBe(400);
    expect(json.body.fields.body).toBeDefined();
    const none = await upload(alice, [], { format: 'auto' });
    expect(none.status).toBe(400);
    expect(none.body.fields.file).toBeDefined();
    const format = await upload(alice, [{ name: 'ratings.csv', content: RATINGS }], { format: 'excel' });
    expect(format.status).toBe(400);
    expect(format.body.fields.format).toBeDefined();
    const mapping = await upload(alice, [{ name: 'ratings.csv', content: RATINGS }], { mapping: '{title:' });
    expect(mapping.status).toBe(400);
    expect(mapping.body.fields.mapping).toBeDefined();
  });

  it('answers 422 invalid_file naming the file for a zip without an export', async () => {
    const zip = zipSync({ 'beach.txt': strToU8('no films here') });
    const { status, body } = await upload(alice, [{ name: 'photos.zip', content: zip }]);
    expect(status).toBe(422);
    expect(body).toMatchObject({ error: 'invalid_file', file: 'photos.zip' });
    expect(body.message).toEqual(expect.any(String));
  });

  it('a spreadsheet log answers 422 needs_mapping, then previews with the mapping', async () => {
    const sheet = 'Film;Year;Seen;Stars\r\nCarmencita;1894;10/01/2025;4\r\n';
    const first = await upload(alice, [{ name: 'log.csv', content: sheet }]);
    expect(first.status).toBe(422);
    expect(first.body).toMatchObject({
      error: 'needs_mapping',
      file: 'log.csv',
      headers: ['Film', 'Year', 'Seen', 'Stars'],
    });
    expect(first.body.suggested.title).toBe('Film');
    const mapping = { title: 'Film', year: 'Year', date: 'Seen', dateOrder: 'dmy', grade: 'Stars', gradeScale: 5 };
    const second = await upload(alice, [{ name: 'log.csv', content: sheet }], { mapping: JSON.stringify(mapping) });
    expect(second.status).toBe(201);
    expect(second.body.format).toBe('csv');
    const { body } = await records(alice, second.body.batchId);
    expect(body.records[0]).toMatchObject({ title: 'Carmencita', watchedOn: '2025-01-10', grade10: 8 });
    expect((await discard(alice, second.body.batchId)).status).toBe(204);

    // Remembered: the same headers preview at once, unless useSavedMapping=false asks again.
    const third = await upload(alice, [{ name: 'log.csv', content: sheet }]);
    expect(third.status).toBe(201);
    expect((await discard(alice, third.body.batchId)).status).toBe(204);
    const again = await upload(alice, [{ name: 'log.csv', content: sheet }], { useSavedMapping: 'false' });
    expect(again.status).toBe(422);
    expect(again.body).toMatchObject({ error: 'needs_mapping', suggested: mapping });
    const bad = await upload(alice, [{ name: 'log.csv', content: sheet }], { useSavedMapping: 'no' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.useSavedMapping).toBeDefined();
  });
});

describe('GET /api/v1/export', () => {
  const download = async (query: string) => {
    const request = new Request(`http://localhost/api/v1/export${query}`, {
      headers: { authorization: `Bearer ${alice}` },
    });
    const response = await checkAnswer(request, await exportRoute.GET(request, { params: Promise.resolve({}) }));
    return { status: response.status, headers: response.headers, text: await response.text() };
  };

  it('downloads the journal as CSV, one row per viewing', async () => {
    const { status, headers, text } = await download('?format=csv');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain('text/csv');
    expect(headers.get('content-disposition')).toMatch(/^attachment; filename="movie-journal-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0].replace(/^\uFEFF/, '')).toBe('imdbID,Title,Year,WatchedDate,Rating10,Rewatch,Tags,Review');
    expect(lines).toHaveLength(4);
    expect(text).toContain('tt0000001');
  });

  it('downloads everything as JSON', async () => {
    const { status, headers, text } = await download('?format=json');
    expect(status).toBe(200);
    expect(headers.get('content-disposition')).toMatch(/^attachment; filename="movie-journal-.*\.json"$/);
    expect(() => JSON.parse(text)).not.toThrow();
    expect(text).toContain('tt0000439');
  });

  it('answers 400 for another format', async () => {
    expect((await download('?format=xml')).status).toBe(400);
  });
});
