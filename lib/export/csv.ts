import { db } from '../db/client';
import type { PrismaClient } from '../db/generated/client';
import { CSV_HEADER, csvField } from './csv-cells';
import { type ViewingRow, viewingPage } from './journal-rows';

// The journal as CSV, one row per viewing, in the columns Letterboxd's importer reads:
// imdbID, Title, Year, WatchedDate (YYYY-MM-DD; the first day of a month or year known only
// roughly; empty when unknown), Rating10 (0.5–10), Rewatch (true/false), Tags, Review.
// Streamed page by page, so a long journal never sits in memory whole.

// Text cells that a spreadsheet would run as formulas are guarded (./csv-cells).

export { CSV_HEADER };

const PAGE = 1000;

function viewingCsvLine(v: ViewingRow): string {
  return `${[v.tconst, v.title, v.year, v.watched_on, v.grade, v.rewatch, (v.tags ?? []).join(', '), v.review].map(csvField).join(',')}\r\n`;
}

export async function* exportJournalCsv(userId: number, prisma: PrismaClient = db()): AsyncIterable<string> {
  yield `${CSV_HEADER.join(',')}\r\n`;
  let after = 0;
  for (;;) {
    const page = await viewingPage(prisma, userId, after, PAGE);
    if (page.length === 0) return;
    yield page.map(viewingCsvLine).join('');
    after = page[page.length - 1].id;
  }
}
