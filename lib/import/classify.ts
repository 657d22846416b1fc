import type { SqlClient } from '../db/client';
import { Prisma } from '../db/generated/client';
import { chunks } from './sql-client';
import type { DatePrecision, RecordStatus } from './types';

// Classifying matched records: new, duplicate (the journal has it), merged (into another row of
// the file), watchlist, review or invalid.
//
// "The same viewing" — what makes an imported viewing a duplicate:
//  • a dated viewing (a diary entry, a spreadsheet row with a date, a journal export) is the
//    same as a viewing of the same title on the same date with the same precision; the n-th
//    such row of a file is new only while the journal holds fewer than n of them (two
//    viewings on one day stay two, and importing them again adds none);
//  • a rating-only record (an IMDb rating, a Letterboxd rating or "watched" without a diary
//    entry) or a viewing with an unknown date is the same as any viewing of the title: it is
//    new only when the journal (with the file's own dated viewings) has no viewing of the
//    title yet (the n-th when it has fewer than n);
//  • a journal export (journal-json) restores exactly: every viewing, an undated one too, is
//    the same only as a viewing with the same date and precision (first rule);
//  • a watchlist entry is a duplicate when the title is already on the watchlist, or earlier
//    in the file.
// So importing a file twice, or a newer export that overlaps an older one, adds nothing that
// is already there; a changed grade in a newer export does not overwrite the journal.
// `occurrence` carries the n of these rules, so that commit can check them again, set-based,
// against the journal as it is then (lib/import/commit.ts).

export interface Classifiable {
  kind: 'watch' | 'watchlist';
  tconst: string | null;
  watchedOn: string | null;
  precision: DatePrecision;
  ratingOnly?: boolean;
  error: string | null;
  mergedInto?: string | null;
  matchReason: string | null;
}

export interface Classification {
  status: RecordStatus;
  reason: string | null;
  occurrence: number;
}

export interface JournalState {
  /** Viewings per `tconst|date|precision`. */
  sameDay: Map<string, number>;
  /** Viewings per tconst. */
  perTitle: Map<string, number>;
  watchlist: Set<string>;
}

const dayKey = (tconst: string, date: string | null, precision: string) => `${tconst}|${date ?? ''}|${precision}`;
/** Whether the first rule applies ("exact": a journal export, where even unknown dates count as dates). */
const isDated = (r: Pick<Classifiable, 'precision' | 'ratingOnly'>, exact = false) =>
  !r.ratingOnly && (exact || r.precision !== 'unknown');

export async function loadJournalState(client: SqlClient, userId: number, tconsts: string[]): Promise<JournalState> {
  const state: JournalState = { sameDay: new Map(), perTitle: new Map(), watchlist: new Set() };
  for (const part of chunks([...new Set(tconsts)], 5000)) {
    const viewings = await client.$queryRaw<{ tconst: string; day: string | null; precision: string; n: number }[]>(
      Prisma.sql`SELECT tconst, to_char(watched_on, 'YYYY-MM-DD') AS day, date_precision::text AS precision, count(*)::int AS n
                   FROM watches WHERE user_id = ${userId} AND deleted_at IS NULL AND tconst = ANY(${part}::text[])
                  GROUP BY 1, 2, 3`,
    );
    for (const v of viewings) {
      state.sameDay.set(dayKey(v.tconst, v.day, v.precision), v.n);
      state.perTitle.set(v.tconst, (state.perTitle.get(v.tconst) ?? 0) + v.n);
    }
    const listed = await client.$queryRaw<{ tconst: string }[]>(
      Prisma.sql`SELECT tconst FROM watchlist WHERE user_id = ${userId} AND tconst = ANY(${part}::text[])`,
    );
    for (const w of listed) state.watchlist.add(w.tconst);
  }
  return state;
}

export function classifyRecords(records: Classifiable[], journal: JournalState, exact = false): Classification[] {
  const out: Classification[] = records.map(() => ({ status: 'invalid', reason: null, occurrence: 1 }));
  const inFile = new Map<string, number>();
  const datedNew = new Map<string, number>();
  const listed = new Set<string>();
  const bump = (map: Map<string, number>, key: string) => {
    const n = (map.get(key) ?? 0) + 1;
    map.set(key, n);
    return n;
  };
  // Dated viewings first: an undated record of the same title in the file counts against them.
  const order = records
    .map((_, i) => i)
    .sort((a, b) => Number(!isDated(records[a], exact)) - Number(!isDated(records[b], exact)) || a - b);
  for (const i of order) {
    const r = records[i];
    const result = out[i];
    if (r.error) result.reason = r.error;
    else if (r.mergedInto) Object.assign(result, { status: 'merged', reason: r.mergedInto });
    else if (!r.tconst) Object.assign(result, { status: 'review', reason: r.matchReason });
    else if (r.kind === 'watchlist') {
      if (journal.watchlist.has(r.tconst))
        Object.assign(result, { status: 'duplicate', reason: 'already on the watchlist' });
      else if (listed.has(r.tconst))
        Object.assign(result, { status: 'merged', reason: 'on the watchlist earlier in the file' });
      else {
        listed.add(r.tconst);
        result.status = 'watchlist';
      }
    } else if (isDated(r, exact)) {
      const key = dayKey(r.tconst, r.watchedOn, r.precision);
      result.occurrence = bump(inFile, key);
      if ((journal.sameDay.get(key) ?? 0) >= result.occurrence)
        Object.assign(result, {
          status: 'duplicate',
          reason: 'the journal already has this viewing (same title and date)',
        });
      else {
        result.status = 'new';
        bump(datedNew, r.tconst);
      }
    } else {
      const n = bump(inFile, `${r.tconst}|any`);
      const dated = datedNew.get(r.tconst) ?? 0;
      result.occurrence = n - dated;
      if (dated >= n) Object.assign(result, { status: 'merged', reason: 'the file has a dated viewing of this title' });
      else if ((journal.perTitle.get(r.tconst) ?? 0) >= result.occurrence)
        Object.assign(result, { status: 'duplicate', reason: 'the journal already has a viewing of this title' });
      else result.status = 'new';
    }
  }
  return out;
}
