import { Secret, TOTP } from 'otpauth';
import { POST as postWatchRoute } from '../../app/api/v1/watches/route';
import { POST as postWebhook } from '../../app/api/v1/webhooks/[kind]/[secret]/route';
import { createApiToken } from '../../lib/auth/api-tokens';
import { createLoginDevice } from '../../lib/auth/login-devices';
import { sha256 } from '../../lib/auth/secrets';
import { createSession } from '../../lib/auth/sessions';
import { confirmEnrolment, startEnrolment } from '../../lib/auth/two-factor';
import { createConnection } from '../../lib/connections/connections';
import { db } from '../../lib/db/client';
import { Prisma } from '../../lib/db/generated/client';
import { commitImport, previewImport } from '../../lib/import';
import type { ImportFile } from '../../lib/import/types';
import { createWatch, deleteWatch } from '../../lib/journal/watch-writes';
import { addToWatchlist } from '../../lib/journal/watchlist';
import { saveGradeModel } from '../../lib/picks/sql';
import { dismissTitle, savePickList, weekOf } from '../../lib/picks/store';
import { refreshStats } from '../../lib/stats/refresh';
import { call, checkAnswer } from './api';
import { FIXTURES, importFile } from './import-journal';

// Two accounts with rows in every table an account writes, keyed alike (same titles, week,
// spreadsheet headers, play ids), so that a write that forgot the account would hit the other's.

/** Each table an account writes, and how to find one account's rows in it. */
export const PER_ACCOUNT: Record<string, string> = {
  users: 'id = $1',
  sessions: 'user_id = $1',
  api_tokens: 'user_id = $1',
  login_devices: 'user_id = $1',
  two_factor: 'user_id = $1',
  recovery_codes: 'user_id = $1',
  watches: 'user_id = $1',
  provisional_titles: 'user_id = $1',
  watchlist: 'user_id = $1',
  import_batches: 'user_id = $1',
  import_records: 'batch_id IN (SELECT id FROM import_batches WHERE user_id = $1)',
  import_mappings: 'user_id = $1',
  pick_lists: 'user_id = $1',
  picks: 'list_id IN (SELECT id FROM pick_lists WHERE user_id = $1)',
  pick_dismissals: 'user_id = $1',
  grade_models: 'user_id = $1',
  stats_viewings: 'user_id = $1',
  stats_credits: 'user_id = $1',
  stats_states: 'user_id = $1',
  stats_people: 'user_id = $1',
  media_connections: 'user_id = $1',
  media_plays: 'connection_id IN (SELECT id FROM media_connections WHERE user_id = $1)',
  media_deliveries: 'connection_id IN (SELECT id FROM media_connections WHERE user_id = $1)',
  idempotency_keys: 'user_id = $1',
  journal_refreshes: 'user_id = $1',
};

/**
 * Global by design: what the ETL (started by the owner or the server) and migrations write —
 * etl_runs, etl_file_states, _prisma_migrations and every table of the imdb and imdb_staging
 * schemas — and what is derived from IMDb's public data alike for every account: stats_person_films
 * (films per person in one generation of the imdb.* tables) and posters (the cache of IMDb's
 * images). No account's own data is in them.
 */
export const GLOBAL = [
  'etl_runs',
  'etl_file_states',
  'posters',
  'stats_person_films',
  'app_settings',
  '_prisma_migrations',
];

/** Every row the account has in each table, as JSON, in a stable order. */
export async function rowsOf(userId: number): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const [table, where] of Object.entries(PER_ACCOUNT)) {
    const [row] = await db().$queryRawUnsafe<{ rows: unknown[] }[]>(
      `SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY to_jsonb(t)::text), '[]') AS rows FROM ${table} t WHERE ${where}`,
      userId,
    );
    snapshot[table] = row.rows;
  }
  return snapshot;
}

export async function countOf(table: keyof typeof PER_ACCOUNT, userId: number): Promise<number> {
  return (await rowsOf(userId))[table].length;
}

export const codeOf = (secret: string, at = Date.now()) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: at });

/** An IMDb ratings export: one title the datasets have, one they do not (a provisional title). */
function ratingsExport(name = 'ratings.csv'): ImportFile {
  const csv = [
    'Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors',
    'tt0000004,6,3/2/2024,Delta,Delta,https://www.imdb.com/title/tt0000004,Movie,5,85,1987,Drama,50,1/1/1987,Gus Gore',
    'tt9000002,7,3/3/2024,Imported Only,Imported Only,https://www.imdb.com/title/tt9000002,Movie,7,90,2022,Drama,10,1/1/2022,Someone',
  ].join('\n');
  return { name, bytes: new TextEncoder().encode(`${csv}\n`) };
}

export const spreadsheet = () => importFile(FIXTURES, 'spreadsheet-semicolon.csv');

export const genericPlay = (id: string) =>
  JSON.stringify({ imdbId: 'tt0000006', id, watchedAt: '2024-05-01T20:00:00Z', player: 'tv' });

/** Posts a delivery to a webhook URL as a media server does. */
export async function deliver(secret: string, body: string) {
  const request = new Request(`http://localhost/api/v1/webhooks/generic/${secret}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const response = await checkAnswer(
    request,
    await postWebhook(request, { params: Promise.resolve({ kind: 'generic', secret }) }),
  );
  return { status: response.status, body: await response.json() };
}

/** The Idempotency-Key both accounts use: one account's key must never answer for the other. */
export const SHARED_KEY = 'offline-outbox-key-1';

/** A viewing logged through the JSON API with an Idempotency-Key, as the phone's outbox sends it. */
export function logWithKey(token: string, key: string, watchedOn: string) {
  const body = { tconst: 'tt0000004', watchedOn };
  return call(postWatchRoute, 'POST', '/api/v1/watches', { token, body, headers: { 'idempotency-key': key } });
}

export interface Seeded {
  sessionId: string;
  tokenId: number;
  deviceToken: string;
  totpSecret: string;
  recoveryCodes: string[];
  watchId: number;
  deletedWatchId: number;
  previewId: number;
  committedId: number;
  reviewRecordId: number;
  connectionId: number;
  connectionSecret: string;
  deliveryId: number;
}

/** Gives the account a row in every per-account table, all through the app's own functions. */
export async function seedAccount(userId: number, username: string): Promise<Seeded> {
  const { token } = await createSession(userId, 'Seeded browser');
  const apiToken = await createApiToken(userId, 'script');
  await logWithKey(apiToken, SHARED_KEY, '2024-02-01');
  const deviceToken = await createLoginDevice(userId);
  const enrolment = await startEnrolment(userId, username);
  const recoveryCodes = (enrolment && (await confirmEnrolment(userId, codeOf(enrolment.secret)))) || [];

  const provisional = { title: `${username}'s name for it`, year: 2020, type: 'movie', source: 'imdb-web' };
  const logged = await createWatch(userId, { tconst: 'tt0000001', watchedOn: '2024-03-09', grade: 8 });
  await createWatch(userId, { tconst: 'tt9000001', watchedOn: '2024-03-10', grade: 7 }, { provisional });
  const doomed = await createWatch(userId, { tconst: 'tt0000002', watchedOn: '2024-03-11' });
  if (!logged.ok || !doomed.ok) throw new Error('seeding the journal failed');
  await deleteWatch(userId, doomed.watch.id);
  await addToWatchlist(userId, 'tt0000003', `${username}'s note`);

  const committed = await previewImport(userId, [ratingsExport()]);
  const needs = await previewImport(userId, [spreadsheet()]);
  if (!committed.ok || needs.ok || needs.kind !== 'needs-mapping') throw new Error('seeding imports failed');
  await commitImport(userId, committed.summary.batchId);
  const sheet = await previewImport(userId, [spreadsheet()], { mapping: { ...needs.suggested, gradeScale: 5 } });
  if (!sheet.ok) throw new Error('seeding the spreadsheet import failed');
  await commitImport(userId, sheet.summary.batchId);
  const preview = await previewImport(userId, [ratingsExport('again.csv')]);
  if (!preview.ok) throw new Error('seeding a preview failed');
  const [review] = await db().$queryRaw<{ id: number }[]>`SELECT id FROM import_records
    WHERE batch_id = ${sheet.summary.batchId} AND status = 'review' ORDER BY id LIMIT 1`;

  const pick = {
    section: 'discover' as const,
    rank: 1,
    tconst: 'tt0000007',
    title: 'Eta',
    year: 2021,
    titleType: 'tvSeries',
    predictedGrade: 7.5,
    imdbRating: null,
    numVotes: null,
    reasons: [`picked for ${username}`],
  };
  await savePickList(userId, weekOf(new Date()), [pick], { gradeCount: 3, model: `${username}-model` });
  await dismissTitle(userId, 'tt0000005');
  await saveGradeModel(userId, `${username}-fingerprint`, JSON.stringify({ owner: username }));

  const connection = await createConnection(userId, 'generic');
  await deliver(connection.secret, genericPlay('play-1'));
  await refreshStats(userId);

  const [tokenRow] = await db().apiToken.findMany({ where: { userId } });
  const [media] = await db().mediaConnection.findMany({ where: { userId } });
  const [delivery] = await db().$queryRaw<{ id: number }[]>`SELECT id FROM media_deliveries
    WHERE connection_id = ${media.id} AND inbox ORDER BY id LIMIT 1`;
  return {
    sessionId: sha256(token),
    tokenId: tokenRow.id,
    deviceToken,
    totpSecret: enrolment?.secret ?? '',
    recoveryCodes,
    watchId: logged.watch.id,
    deletedWatchId: doomed.watch.id,
    previewId: preview.summary.batchId,
    committedId: committed.summary.batchId,
    reviewRecordId: review?.id ?? 0,
    connectionId: media.id,
    connectionSecret: connection.secret,
    deliveryId: delivery?.id ?? 0,
  };
}

/** The tables of the public schema (the imdb schemas are global as a whole). */
export async function publicTables(): Promise<string[]> {
  const rows = await db().$queryRaw<{ name: string }[]>(Prisma.sql`SELECT table_name AS name
    FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`);
  return rows.map((r) => r.name);
}
