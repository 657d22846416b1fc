import 'server-only';
import { createHash } from 'node:crypto';
import { NextResponse } from 'next/server';
import { apiError, invalid } from '../api/response';
import type { UserRecord } from '../auth/users';
import { db } from '../db/client';

// Idempotent writes for the JSON API: a request sent with `Idempotency-Key: <key>` is carried
// out once per account and key; every repeat gets the first answer back (with
// `Idempotent-Replayed: true`), so the phone's outbox can resend after a lost answer, from two
// tabs or after a crash, and nothing is written twice. The key is claimed by inserting its row
// before the work starts: the primary key (user_id, key) lets one request win, the others wait
// for its answer. A failure (5xx or a throw) frees the key, so a retry does the work.

type Handler<C> = (request: Request, context: C & { user: UserRecord }) => Promise<Response>;

/** Printable ASCII without spaces: UUIDs, ULIDs and the like. */
const KEY_PATTERN = /^[\x21-\x7e]{8,200}$/;
/** A claim this old with no answer belongs to a request that died: the next one takes it over. */
const ABANDONED_SECONDS = 120;
/** How long a repeat waits for the first request's answer before it is told to retry (409). */
const WAIT_MS = 8000;
const POLL_MS = 150;
/** Keys are remembered this long (an outbox older than this has long been replayed). */
const KEEP_DAYS = 30;

interface StoredRow {
  fingerprint: string;
  status: number | null;
  body: string | null;
  location: string | null;
}

/** Wraps a write handler (inside withApiAuth, which supplies `user`) with Idempotency-Key support. */
export function idempotent<C extends object>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    const key = request.headers.get('idempotency-key');
    if (key === null) return handler(request, context);
    if (!KEY_PATTERN.test(key)) {
      return invalid({ 'Idempotency-Key': ['An Idempotency-Key is 8 to 200 printable characters, such as a UUID.'] });
    }
    const userId = context.user.id;
    const body = await request.clone().text();
    const fingerprint = createHash('sha256')
      .update(`${request.method} ${new URL(request.url).pathname}\n${body}`)
      .digest('hex');
    const claimed = await claim(userId, key, fingerprint);
    if (!claimed) return answerOfRepeat(userId, key, fingerprint);

    let response: Response;
    try {
      response = await handler(request, context);
    } catch (error) {
      await release(userId, key);
      throw error;
    }
    if (response.status >= 500) {
      await release(userId, key);
      return response;
    }
    const text = response.status === 204 ? null : await response.clone().text();
    await db().$executeRaw`
      UPDATE idempotency_keys SET status = ${response.status}, body = ${text}, location = ${response.headers.get('location')}
      WHERE user_id = ${userId} AND key = ${key}`;
    return response;
  };
}

/** True when this request now owns the key (a new one, or one abandoned by a dead request). */
async function claim(userId: number, key: string, fingerprint: string): Promise<boolean> {
  const rows = await db().$queryRaw<{ claimed: boolean }[]>`
    INSERT INTO idempotency_keys (user_id, key, fingerprint) VALUES (${userId}, ${key}, ${fingerprint})
    ON CONFLICT (user_id, key) DO UPDATE SET created_at = now()
      WHERE idempotency_keys.status IS NULL AND idempotency_keys.fingerprint = EXCLUDED.fingerprint
        AND idempotency_keys.created_at < now() - make_interval(secs => ${ABANDONED_SECONDS})
    RETURNING true AS claimed`;
  if (rows.length === 0) return false;
  await db().$executeRaw`
    DELETE FROM idempotency_keys WHERE user_id = ${userId} AND created_at < now() - make_interval(days => ${KEEP_DAYS})`;
  return true;
}

async function release(userId: number, key: string): Promise<void> {
  await db().$executeRaw`DELETE FROM idempotency_keys WHERE user_id = ${userId} AND key = ${key} AND status IS NULL`;
}

async function answerOfRepeat(userId: number, key: string, fingerprint: string): Promise<Response> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const [row] = await db().$queryRaw<StoredRow[]>`
      SELECT fingerprint, status, body, location FROM idempotency_keys WHERE user_id = ${userId} AND key = ${key}`;
    if (row && row.fingerprint !== fingerprint) {
      return apiError(
        'idempotency_key_reused',
        'This Idempotency-Key was used for another request; send a new key for a new change.',
      );
    }
    // No row: the first request failed and freed the key; the caller's retry will claim it.
    if (!row || Date.now() >= deadline) break;
    if (row.status !== null) return replay(row);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return apiError(
    'in_progress',
    'A request with this Idempotency-Key is still running; retry shortly.',
    {},
    {
      'Retry-After': '1',
    },
  );
}

function replay(row: StoredRow): Response {
  const headers = new Headers({ 'Idempotent-Replayed': 'true' });
  if (row.body !== null) headers.set('Content-Type', 'application/json');
  if (row.location) headers.set('Location', row.location);
  return new NextResponse(row.status === 204 ? null : row.body, { status: row.status ?? 200, headers });
}
