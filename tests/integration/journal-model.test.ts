import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../lib/auth/api-tokens';
import { createSession } from '../../lib/auth/sessions';
import { db } from '../../lib/db/client';
import { Prisma } from '../../lib/db/generated/client';
import { freshDatabase } from '../helpers/database';

let userId: number;
let otherUserId: number;
let seq = 0;

async function newUser(): Promise<number> {
  seq += 1;
  const user = await db().user.create({ data: { username: `viewer${seq}`, passwordHash: 'scrypt$not-a-real-hash' } });
  return user.id;
}

function addWatch(data: Partial<Prisma.WatchUncheckedCreateInput> = {}) {
  return db().watch.create({
    data: { userId, tconst: 'tt0111161', watchedOn: new Date('2024-03-09'), datePrecision: 'day', ...data },
  });
}

process.env.DATABASE_URL = await freshDatabase();
afterAll(() => db().$disconnect());

beforeAll(async () => {
  userId = await newUser();
  otherUserId = await newUser();
});

describe('watches grade', () => {
  it.each(['0.5', '7.5', '10'])('accepts %s', async (grade) => {
    await expect(addWatch({ grade })).resolves.toMatchObject({ userId });
  });

  it('accepts no grade at all', async () => {
    expect((await addWatch({ grade: null })).grade).toBeNull();
  });

  it.each(['7.3', '0', '10.5', '-1'])('rejects %s with watches_grade_half_steps', async (grade) => {
    await expect(addWatch({ grade })).rejects.toThrow(/watches_grade_half_steps/);
  });

  it('stores a grade exactly and returns it as a Decimal', async () => {
    const { id } = await addWatch({ grade: new Prisma.Decimal('7.5') });
    const row = await db().watch.findUniqueOrThrow({ where: { id } });
    expect(row.grade).toBeInstanceOf(Prisma.Decimal);
    expect(row.grade?.toString()).toBe('7.5');
    expect(row.grade?.equals(new Prisma.Decimal('7.5'))).toBe(true);
  });
});

describe('watches date precision', () => {
  it('allows a missing date only with precision unknown', async () => {
    await expect(addWatch({ watchedOn: null, datePrecision: 'unknown' })).resolves.toMatchObject({ watchedOn: null });
    await expect(addWatch({ watchedOn: null, datePrecision: 'day' })).rejects.toThrow(/watches_date_matches_precision/);
  });

  it('refuses a date with precision unknown', async () => {
    await expect(addWatch({ watchedOn: new Date('2016-01-01'), datePrecision: 'unknown' })).rejects.toThrow(
      /watches_date_matches_precision/,
    );
  });

  it.each(['day', 'month', 'year'] as const)('accepts a date with precision %s', async (datePrecision) => {
    const watch = await addWatch({ watchedOn: new Date('2016-01-01'), datePrecision });
    expect(watch.watchedOn?.toISOString().slice(0, 10)).toBe('2016-01-01');
  });
});

describe('import batches', () => {
  it('leaves watches and watchlist entries in place, unlinked, when a batch is deleted', async () => {
    const batch = await db().importBatch.create({ data: { userId, source: 'letterboxd', fileName: 'diary.csv' } });
    const watch = await addWatch({ importBatchId: batch.id });
    const entry = await db().watchlistEntry.create({ data: { userId, tconst: 'tt0068646', importBatchId: batch.id } });

    await db().importBatch.delete({ where: { id: batch.id } });

    expect(await db().watch.findUniqueOrThrow({ where: { id: watch.id } })).toMatchObject({ importBatchId: null });
    expect(await db().watchlistEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({
      importBatchId: null,
    });
  });
});

describe('deleting a user', () => {
  it('deletes its watches, watchlist, import batches, sessions and API tokens, and nobody else’s', async () => {
    const doomed = await newUser();
    const owned = async (id: number) => ({
      watches: await db().watch.count({ where: { userId: id } }),
      watchlist: await db().watchlistEntry.count({ where: { userId: id } }),
      batches: await db().importBatch.count({ where: { userId: id } }),
      sessions: await db().session.count({ where: { userId: id } }),
      tokens: await db().apiToken.count({ where: { userId: id } }),
    });
    for (const id of [doomed, otherUserId]) {
      await db().importBatch.create({ data: { userId: id, source: 'imdb', fileName: 'ratings.csv' } });
      await addWatch({ userId: id, grade: '8' });
      await db().watchlistEntry.create({ data: { userId: id, tconst: 'tt0050083' } });
      await createSession(id);
      await createApiToken(id, 'phone');
    }
    expect(await owned(doomed)).toEqual({ watches: 1, watchlist: 1, batches: 1, sessions: 1, tokens: 1 });
    const othersBefore = await owned(otherUserId);

    await db().user.delete({ where: { id: doomed } });

    expect(await owned(doomed)).toEqual({ watches: 0, watchlist: 0, batches: 0, sessions: 0, tokens: 0 });
    expect(await owned(otherUserId)).toEqual(othersBefore);
  });
});

describe('watchlist', () => {
  it('holds a title once per user', async () => {
    await db().watchlistEntry.create({ data: { userId, tconst: 'tt0047478' } });
    const again = db().watchlistEntry.create({ data: { userId, tconst: 'tt0047478', note: 'again' } });
    await expect(again).rejects.toMatchObject({ code: 'P2002' });
    await expect(
      db().watchlistEntry.create({ data: { userId: otherUserId, tconst: 'tt0047478' } }),
    ).resolves.toMatchObject({ userId: otherUserId });
  });
});
