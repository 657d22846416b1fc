import 'server-only';
import { db } from '../db/client';
import { matchTitles } from '../import/match';

// A viewing logged by a title's name and year (offline, from a phone that never saw the title):
// the title is found as an import finds a row's, and only when the match is clear.

export async function titleByName(title: string, year: number | null): Promise<{ tconst: string } | { error: string }> {
  const [decision] = await matchTitles(db(), [{ imdbId: null, title, year }]);
  if (decision.tconst) return { tconst: decision.tconst };
  return {
    error: `Logged by name, but ${decision.reason ?? 'no title matches'}: search for it and log it from there.`,
  };
}
