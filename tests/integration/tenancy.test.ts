import { beforeAll, describe, expect, it } from 'vitest';
import { POST as commitRoute } from '../../app/api/v1/imports/[id]/commit/route';
import { POST as undoRoute } from '../../app/api/v1/imports/[id]/undo/route';
import { POST as resolveRoute } from '../../app/api/v1/imports/review/[recordId]/route';
import { DELETE as deleteWatchRoute, PATCH as patchWatch } from '../../app/api/v1/watches/[id]/route';
import { POST as postWatch } from '../../app/api/v1/watches/route';
import { DELETE as unlistRoute } from '../../app/api/v1/watchlist/[tconst]/route';
import { POST as listRoute } from '../../app/api/v1/watchlist/route';
import { createApiToken, revokeApiToken } from '../../lib/auth/api-tokens';
import { createLoginDevice, loginDeviceOf } from '../../lib/auth/login-devices';
import { createSession, revokeSession } from '../../lib/auth/sessions';
import { confirmEnrolment, disableTwoFactor, startEnrolment, verifySecondFactor } from '../../lib/auth/two-factor';
import { createUser, resetPassword, signOutEverywhere, type UserRecord } from '../../lib/auth/users';
import { createConnection, revokeConnection, updateConnection } from '../../lib/connections/connections';
import { dismissInboxItem, leaveInbox } from '../../lib/connections/deliveries';
import { resetDeliveryLimits } from '../../lib/connections/rate-limit';
import { db } from '../../lib/db/client';
import { commitImport, discardPreview, previewImport, resolveReviewItem, undoImport } from '../../lib/import';
import { createWatch, deleteWatch, updateWatch } from '../../lib/journal/watch-writes';
import { saveGradeModel } from '../../lib/picks/sql';
import { dismissTitle, savePickList, weekOf } from '../../lib/picks/store';
import { refreshStats } from '../../lib/stats/refresh';
import { call, setUpFreshDatabase } from '../helpers/api';
import { loadFixtureImdb } from '../helpers/stats-fixture';
import {
  codeOf,
  countOf,
  deliver,
  GLOBAL,
  genericPlay,
  logWithKey,
  PER_ACCOUNT,
  publicTables,
  rowsOf,
  type Seeded,
  SHARED_KEY,
  seedAccount,
  spreadsheet,
} from '../helpers/tenancy-fixture';

// Accounts stay apart: for each table an account writes, alice writes to it through the app's
// own functions and routes — aiming at bob's ids and at the same keys as bob's rows — and every
// row bob has, in every table, stays exactly as it was.

const databaseUrl = await setUpFreshDatabase();
const PASSWORD = 'popcorn-and-a-good-film';
let alice: UserRecord;
let bob: UserRecord;
let alices: Seeded;
let bobs: Seeded;
let bobsFirstRows: Awaited<ReturnType<typeof rowsOf>>;
let bobsRows: typeof bobsFirstRows;

async function account(username: string): Promise<UserRecord> {
  const created = await createUser(username, PASSWORD);
  if (!created.ok) throw new Error(created.reason);
  return created.user;
}

/** Alice through the JSON API, with a token of her own. */
async function asAlice(handler: unknown, method: string, url: string, body?: unknown, params = {}) {
  return call(handler, method, url, { token: await createApiToken(alice.id, 'test'), body, params });
}

beforeAll(async () => {
  await loadFixtureImdb(databaseUrl);
  alice = await account('alice');
  bob = await account('bob');
  bobs = await seedAccount(bob.id, 'bob');
  bobsFirstRows = await rowsOf(bob.id);
  alices = await seedAccount(alice.id, 'alice');
  bobsRows = await rowsOf(bob.id);
}, 180_000);

/** One test per table: alice's writes to it, after which bob's rows in every table are as before. */
function table(name: string, writes: () => Promise<void>): void {
  it(name, async () => {
    const before = await rowsOf(bob.id);
    await writes();
    expect(await rowsOf(bob.id)).toEqual(before);
  });
}

describe('writes by one account leave every row of another as it was', () => {
  it('covers every table: per account, or global by design', async () => {
    for (const table of Object.keys(PER_ACCOUNT)) expect(bobsRows[table], table).not.toEqual([]);
    expect(await publicTables()).toEqual([...Object.keys(PER_ACCOUNT), ...GLOBAL].sort());
  });

  it('(all tables) alice making rows of every kind, as bob did', () => {
    expect(bobsRows).toEqual(bobsFirstRows);
  });

  table('users', async () => {
    const hash = async (id: number) => (await db().user.findUniqueOrThrow({ where: { id } })).passwordHash;
    const old = await hash(alice.id);
    expect(await resetPassword('alice', 'a-brand-new-password')).not.toBeNull();
    expect(await hash(alice.id)).not.toBe(old);
    expect((await account('carol')).id).toBeGreaterThan(bob.id);
  });

  table('sessions', async () => {
    await createSession(alice.id, 'Alice phone');
    expect(await revokeSession(alice.id, bobs.sessionId)).toBe(false);
    expect((await signOutEverywhere(alice.id)).sessions).toBeGreaterThan(0);
    expect(await countOf('sessions', alice.id)).toBe(0);
  });

  table('api_tokens', async () => {
    await createApiToken(alice.id, 'script');
    expect(await revokeApiToken(alice.id, bobs.tokenId)).toBe(false);
    expect((await signOutEverywhere(alice.id)).tokens).toBeGreaterThan(0);
  });

  table('login_devices', async () => {
    expect(await loginDeviceOf(bobs.deviceToken, 'alice')).toBeNull();
    await createLoginDevice(alice.id);
    expect(await countOf('login_devices', alice.id)).toBeGreaterThan(0);
    await signOutEverywhere(alice.id);
    expect(await countOf('login_devices', alice.id)).toBe(0);
  });

  table('two_factor', async () => {
    expect(await verifySecondFactor(alice.id, codeOf(bobs.totpSecret))).toBe(false);
    await disableTwoFactor(alice.id);
    const enrolment = await startEnrolment(alice.id, 'alice');
    expect(await confirmEnrolment(alice.id, codeOf(enrolment?.secret ?? ''))).toHaveLength(10);
    expect(await verifySecondFactor(alice.id, codeOf(enrolment?.secret ?? '', Date.now() + 30_000))).toBe(true);
  });

  table('recovery_codes', async () => {
    expect(await verifySecondFactor(alice.id, bobs.recoveryCodes[0])).toBe(false);
    await disableTwoFactor(alice.id);
    const enrolment = await startEnrolment(alice.id, 'alice');
    const codes = (await confirmEnrolment(alice.id, codeOf(enrolment?.secret ?? ''))) ?? [];
    expect(await verifySecondFactor(alice.id, codes[0])).toBe(true);
  });

  table('watches', async () => {
    const logged = await asAlice(postWatch, 'POST', '/api/v1/watches', {
      tconst: 'tt0000001',
      watchedOn: '2024-03-09',
      grade: 3,
    });
    expect(logged.status).toBe(201);
    const params = { id: String(bobs.watchId) };
    const url = `/api/v1/watches/${bobs.watchId}`;
    expect((await asAlice(patchWatch, 'PATCH', url, { grade: 1, review: 'mine now' }, params)).status).toBe(404);
    expect((await asAlice(deleteWatchRoute, 'DELETE', url, undefined, params)).status).toBe(404);
    expect(await updateWatch(alice.id, bobs.deletedWatchId, { grade: 2 })).toEqual({ ok: false, error: 'not_found' });
    expect(await deleteWatch(alice.id, logged.body.id)).toBe(true);
  });

  table('provisional_titles', async () => {
    const provisional = { title: 'Renamed by alice', year: 1999, type: 'tvMovie', source: 'imdb-web' };
    const body = { tconst: 'tt9000001', watchedOn: '2024-04-01', provisional };
    expect((await asAlice(postWatch, 'POST', '/api/v1/watches', body)).status).toBe(201);
    const mine = await db().provisionalTitle.findUniqueOrThrow({
      where: { userId_tconst: { userId: alice.id, tconst: 'tt9000001' } },
    });
    expect(mine).toMatchObject({ title: 'Renamed by alice', year: 1999, titleType: 'tvMovie' });
  });

  table('watchlist', async () => {
    const url = '/api/v1/watchlist/tt0000003';
    expect((await asAlice(listRoute, 'POST', '/api/v1/watchlist', { tconst: 'tt0000003', note: 'x' })).status).toBe(
      200,
    );
    expect((await asAlice(unlistRoute, 'DELETE', url, undefined, { tconst: 'tt0000003' })).status).toBe(204);
    expect((await asAlice(listRoute, 'POST', '/api/v1/watchlist', { tconst: 'tt0000003' })).status).toBe(201);
    await createWatch(alice.id, { tconst: 'tt0000003', watchedOn: '2024-05-05' }, { removeFromWatchlist: true });
    expect(await countOf('watchlist', alice.id)).toBe(0);
  });

  table('import_batches', async () => {
    const batch = (id: number) => ({ id: String(id) });
    const commit = `/api/v1/imports/${bobs.previewId}/commit`;
    expect((await asAlice(commitRoute, 'POST', commit, undefined, batch(bobs.previewId))).status).toBe(404);
    const undo = `/api/v1/imports/${bobs.committedId}/undo`;
    expect((await asAlice(undoRoute, 'POST', undo, undefined, batch(bobs.committedId))).status).toBe(404);
    expect(await commitImport(alice.id, bobs.previewId)).toEqual({ ok: false, message: 'No such import.' });
    expect(await undoImport(alice.id, bobs.committedId)).toEqual({ ok: false, message: 'No such import.' });
    expect(await discardPreview(alice.id, bobs.previewId)).toBe(false);
    expect(await commitImport(alice.id, alices.previewId)).toMatchObject({ ok: true });
    // Undoing takes out the provisional titles the import created: alice's, never bob's.
    expect(await undoImport(alice.id, alices.committedId)).toMatchObject({ ok: true });
  });

  table('import_records', async () => {
    expect(bobs.reviewRecordId).toBeGreaterThan(0);
    const url = `/api/v1/imports/review/${bobs.reviewRecordId}`;
    const params = { recordId: String(bobs.reviewRecordId) };
    for (const choice of [{ tconst: 'tt0000001' }, { unmatched: true }]) {
      expect((await asAlice(resolveRoute, 'POST', url, choice, params)).status).toBe(409);
    }
    expect(await resolveReviewItem(alice.id, alices.reviewRecordId, { tconst: 'tt0000006' })).toEqual({ ok: true });
  });

  table('import_mappings', async () => {
    const asked = await previewImport(alice.id, [spreadsheet()], { useSavedMapping: false });
    if (asked.ok || asked.kind !== 'needs-mapping') throw new Error('expected a mapping question');
    const mapping = { ...asked.suggested, gradeScale: 10 as const };
    expect(await previewImport(alice.id, [spreadsheet()], { mapping })).toMatchObject({ ok: true });
    const [mine] = (await rowsOf(alice.id)).import_mappings as { mapping: { gradeScale: number } }[];
    expect(mine.mapping.gradeScale).toBe(10);
  });

  const picked = (reason: string) => ({
    section: 'discover' as const,
    rank: 1,
    tconst: 'tt0000007',
    title: 'Eta',
    year: 2021,
    titleType: 'tvSeries',
    predictedGrade: 9,
    imdbRating: null,
    numVotes: null,
    reasons: [reason],
  });

  table('pick_lists', async () => {
    await savePickList(alice.id, weekOf(new Date()), [], { gradeCount: 9, model: 'alice-regenerated' });
    expect((await db().pickList.findMany({ where: { userId: alice.id } })).map((l) => l.model)).toEqual([
      'alice-regenerated',
    ]);
  });

  table('picks', async () => {
    await savePickList(alice.id, weekOf(new Date()), [picked('alice again')], { gradeCount: 9, model: 'a' });
    expect(await countOf('picks', alice.id)).toBe(1);
  });

  table('pick_dismissals', async () => {
    await dismissTitle(alice.id, 'tt0000005');
    await dismissTitle(alice.id, 'tt0000007');
    expect(await countOf('pick_dismissals', alice.id)).toBe(2);
  });

  table('grade_models', async () => {
    await saveGradeModel(alice.id, 'retrained', JSON.stringify({ retrained: true }));
    expect((await db().gradeModel.findUniqueOrThrow({ where: { userId: alice.id } })).fingerprint).toBe('retrained');
  });

  /** A journal change of alice's (logged, edited, deleted) and the refresh of her statistics. */
  async function changeAndRefresh(): Promise<void> {
    const logged = await createWatch(alice.id, { tconst: 'tt0000002', watchedOn: '2024-06-01', grade: 4 });
    if (!logged.ok) throw new Error('not logged');
    await updateWatch(alice.id, alices.watchId, { grade: 2 });
    await deleteWatch(alice.id, logged.watch.id);
    expect(await refreshStats(alice.id)).toBe(true);
  }

  for (const name of ['stats_viewings', 'stats_credits', 'stats_people'] as const) {
    table(name, async () => {
      await changeAndRefresh();
      expect(await countOf(name, alice.id)).toBeGreaterThan(0);
    });
  }

  table('stats_states', async () => {
    const revision = async () => (await db().statsState.findUniqueOrThrow({ where: { userId: alice.id } })).revision;
    const before = await revision();
    await changeAndRefresh();
    expect(await revision()).toBe(before + 1);
  });

  table('media_connections', async () => {
    await createConnection(alice.id, 'generic');
    const options = { serverUser: 'alice', includeEpisodes: true, timeZone: 'Europe/Paris' };
    expect(await updateConnection(alice.id, bobs.connectionId, options)).toBe(false);
    expect(await revokeConnection(alice.id, bobs.connectionId)).toBe(false);
  });

  table('media_plays', async () => {
    resetDeliveryLimits();
    const { secret } = await createConnection(alice.id, 'generic');
    expect((await deliver(secret, genericPlay('play-1'))).body).toMatchObject({ outcome: 'logged' });
    expect((await deliver(secret, genericPlay('play-1'))).body).toMatchObject({ outcome: 'duplicate' });
  });

  table('media_deliveries', async () => {
    resetDeliveryLimits();
    const { secret } = await createConnection(alice.id, 'generic');
    for (const id of ['a', 'b', 'c']) expect((await deliver(secret, genericPlay(id))).status).toBe(200);
    expect(bobs.deliveryId).toBeGreaterThan(0);
    expect(await dismissInboxItem(alice.id, bobs.deliveryId)).toBe(false);
    const [bobsDelivery] = bobsRows.media_deliveries as { watch_id: number | null }[];
    if (bobsDelivery?.watch_id) await leaveInbox(alice.id, bobsDelivery.watch_id);
  });

  table('idempotency_keys', async () => {
    const token = await createApiToken(alice.id, 'outbox');
    const replay = await logWithKey(token, SHARED_KEY, '2024-02-01');
    expect(replay.status).toBe(201);
    expect(await countOf('idempotency_keys', alice.id)).toBe(1);
    expect((await logWithKey(token, 'alice-only-key', '2024-02-02')).status).toBe(201);
  });
});
