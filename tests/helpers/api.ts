import path from 'node:path';
import { afterAll, expect } from 'vitest';
import { DATASET_NAMES } from '../../etl/datasets';
import { runEtl } from '../../etl/run';
import { createApiToken } from '../../lib/auth/api-tokens';
import { createSession, SESSION_COOKIE } from '../../lib/auth/sessions';
import { db } from '../../lib/db/client';
import { freshDatabase } from './database';
import { REALDATA } from './etl-data';
import { checkRequest, checkResponse } from './openapi-check';

/** A fresh database for this test file; lib/db reads DATABASE_URL on first use, so set it first. */
export async function setUpFreshDatabase(): Promise<string> {
  const databaseUrl = await freshDatabase();
  process.env.DATABASE_URL = databaseUrl;
  afterAll(() => db().$disconnect());
  return databaseUrl;
}

/** Loads the real IMDb samples into the database. */
export async function loadSamples(databaseUrl: string, options: { force?: boolean } = {}): Promise<void> {
  const summary = await runEtl({
    databaseUrl,
    source: REALDATA,
    datasets: [...DATASET_NAMES],
    configPath: path.resolve('etl/imdb.yml'),
    force: options.force ?? false,
    interactive: false,
  });
  expect(summary.ok).toBe(true);
}

export async function createUser(username: string): Promise<number> {
  const user = await db().user.create({
    data: { username, passwordHash: 'scrypt$unused' },
    select: { id: true },
  });
  return user.id;
}

export async function createUserWithToken(username: string): Promise<{ id: number; token: string }> {
  const id = await createUser(username);
  return { id, token: await createApiToken(id, 'test') };
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export type CallOptions = {
  token?: string;
  cookie?: string;
  body?: unknown;
  params?: Record<string, string>;
  headers?: Record<string, string>;
  /** Hostile input only, with a comment saying why: the body is not checked against openapi.yaml (the answer still is). */
  unchecked?: 'request';
};

/** A session cookie header for the user, as a browser sends it after signing in. */
export async function sessionCookieOf(userId: number): Promise<string> {
  const { token } = await createSession(userId);
  return `${SESSION_COOKIE}=${encodeURIComponent(token)}`;
}

/**
 * Calls a Next.js route handler directly and parses its JSON answer (other answers stay text); a
 * string body is sent as is, as JSON unless `headers` gives another Content-Type. The request's
 * JSON body and the answer must be as openapi.yaml describes them.
 */
export async function call(handler: unknown, method: string, url: string, options: CallOptions = {}) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.cookie) headers.cookie = options.cookie;
  if (options.body !== undefined) headers['content-type'] ??= 'application/json';
  const request = new Request(`http://localhost${url}`, {
    method,
    headers,
    body:
      options.body === undefined
        ? undefined
        : typeof options.body === 'string'
          ? options.body
          : JSON.stringify(options.body),
  });
  if (options.unchecked !== 'request') checkRequest(method, url, request.headers.get('content-type'), options.body);
  const response = await (handler as Handler)(request, { params: Promise.resolve(options.params ?? {}) });
  const body = await checkedBody(request, response);
  return { status: response.status, body, headers: response.headers };
}

/**
 * For a route handler called with a Request of its own (a multipart upload, a stream): the
 * answer must be as openapi.yaml describes it. The response can still be read.
 */
export async function checkAnswer(request: Request, response: Response): Promise<Response> {
  await checkedBody(request, response.clone());
  return response;
}

async function checkedBody(request: Request, response: Response) {
  const text = await response.text();
  const contentType = response.headers.get('content-type');
  // JSON and +json, not NDJSON lines.
  const body = text ? (/[/+]json\b/.test(contentType ?? '') ? JSON.parse(text) : text) : null;
  checkResponse(request.method, request.url, response.status, contentType, body);
  return body;
}
