import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import * as importsRoute from '../../app/api/v1/imports/route';
import { MAX_UPLOAD_BYTES } from '../../lib/import/limits';
import { checkAnswer, createUserWithToken, setUpFreshDatabase } from '../helpers/api';
import { wideCsv, zerosBomb } from '../helpers/bombs';

// POST /api/v1/imports refuses what exceeds the import limits: 413 for too large, 422 for
// unreadable, each naming the file; a chunked body without content-length is counted too.

await setUpFreshDatabase();
let token: string;
beforeAll(async () => {
  ({ token } = await createUserWithToken('limits'));
});

function form(name: string, bytes: Uint8Array) {
  const body = new FormData();
  body.append('file', new Blob([bytes as BlobPart]), name);
  return body;
}

async function post(body: BodyInit, headers: Record<string, string> = {}) {
  const request = new Request('http://localhost/api/v1/imports', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, ...headers },
    body,
    duplex: 'half',
  } as RequestInit);
  const response = await checkAnswer(request, await importsRoute.POST(request, { params: Promise.resolve({}) }));
  return { status: response.status, body: await response.json() };
}

describe('POST /api/v1/imports limits', () => {
  it('answers 413 for a zip bomb, naming the entry and the limit', async () => {
    const { status, body } = await post(form('export.zip', await zerosBomb(64)));
    expect(status).toBe(413);
    expect(body).toMatchObject({ error: 'too_large', file: 'export.zip/diary.csv' });
    expect(body.message).toMatch(/100 times/);
    expect(body.tooLarge).toBeUndefined();
  }, 30_000);

  it('keeps the server memory bounded while refusing a 1 GiB bomb', async () => {
    const zip = await zerosBomb(1024);
    const before = process.memoryUsage().rss;
    const { status } = await post(form('export.zip', zip));
    expect(status).toBe(413);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  }, 60_000);

  it('answers 422 for a line of a million columns, naming the file and line', async () => {
    const { status, body } = await post(form('wide.csv', wideCsv(1_000_000)));
    expect(status).toBe(422);
    expect(body).toMatchObject({ error: 'invalid_file', file: 'wide.csv', line: 2 });
  });

  it('answers 422 for an .xlsx workbook, naming it', async () => {
    const xlsx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<w/>') });
    const { status, body } = await post(form('films.zip', xlsx));
    expect(status).toBe(422);
    expect(body.file).toBe('films.zip');
    expect(body.message).toMatch(/Excel workbook/);
  });

  it('still previews a legitimate Letterboxd export zip', async () => {
    const dir = path.join(process.cwd(), 'tests/fixtures/import/letterboxd-lf');
    const entries = Object.fromEntries(
      readdirSync(dir).map((f) => [`letterboxd-export/${f}`, readFileSync(path.join(dir, f))]),
    );
    const before = process.memoryUsage().rss;
    const { status, body } = await post(form('letterboxd-export.zip', zipSync(entries)));
    expect(status).toBe(201);
    expect(body.counts.rows).toBeGreaterThan(0);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('answers 413 for a chunked body over the upload limit (no content-length)', async () => {
    const boundary = 'x-limits';
    const chunk = new Uint8Array(1024 * 1024).fill(0x41);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0)
          controller.enqueue(
            strToU8(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\n`),
          );
        if (sent > MAX_UPLOAD_BYTES + chunk.length) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const { status, body } = await post(stream, { 'content-type': `multipart/form-data; boundary=${boundary}` });
    expect(status).toBe(413);
    expect(body.error).toBe('too_large');
    expect(sent).toBeLessThan(MAX_UPLOAD_BYTES + 3 * chunk.length);
  });
});
