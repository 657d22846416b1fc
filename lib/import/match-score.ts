import type { MatchCandidate } from './types';

// Scoring title+year candidates (pure; the SQL that finds them is in match.ts). A candidate
// starts at 1 and loses for a year that is off by one or unknown, for a type other than a
// feature film, for matching only an alternative title, and for each typo. The best candidate
// is accepted when it is good enough and clearly ahead of the next one — by score, by being in
// the journal when the runner-up is not, or by popularity (IMDb votes) when the scores tie;
// otherwise the record goes to the review queue.

export interface FoundTitle {
  tconst: string;
  name: string;
  /** 0 primary title, 1 original title, 2 alternative title. */
  kind: number;
  type: string | null;
  year: number | null;
  votes: number | null;
  /** A title of the person's own viewings or watchlist. */
  inJournal?: boolean;
  /** Typos between the asked name and this one (none: the same name). */
  edits?: number;
}

/** Least score accepted without review. */
export const ACCEPT_SCORE = 0.75;

const MATCHING = {
  accept: ACCEPT_SCORE,
  /** Least lead over the runner-up, in score. */
  lead: 0.15,
  /** Votes the best must have over the runner-up (× its votes) to win a tie. */
  votesLead: 20,
  yearOff: 0.2,
  yearUnknown: 0.15,
  alternativeTitle: 0.05,
  originalTitle: 0.02,
  perEdit: 0.02,
  typePenalty: {
    movie: 0,
    tvMovie: 0.1,
    video: 0.1,
    tvSpecial: 0.1,
    tvMiniSeries: 0.15,
    tvSeries: 0.15,
    short: 0.2,
    tvShort: 0.25,
    tvEpisode: 0.4,
    videoGame: 0.5,
  } as Record<string, number>,
  otherTypePenalty: 0.3,
  candidatesKept: 5,
} as const;

function scoreCandidate(found: FoundTitle, year: number | null): number {
  let score = 1;
  if (year === null) score -= MATCHING.yearUnknown;
  else if (found.year !== year) score -= MATCHING.yearOff;
  score -= MATCHING.typePenalty[found.type ?? ''] ?? MATCHING.otherTypePenalty;
  if (found.kind === 2) score -= MATCHING.alternativeTitle;
  else if (found.kind === 1) score -= MATCHING.originalTitle;
  score -= (found.edits ?? 0) * MATCHING.perEdit;
  return Math.round(score * 100) / 100;
}

export interface MatchDecision {
  tconst: string | null;
  confidence: number | null;
  candidates: MatchCandidate[];
  reason: string | null;
}

export function decideMatch(title: string, year: number | null, found: FoundTitle[]): MatchDecision {
  const best = new Map<string, MatchCandidate>();
  for (const f of found) {
    const score = scoreCandidate(f, year);
    const known = best.get(f.tconst);
    const inJournal = Boolean(f.inJournal || known?.inJournal);
    if (!known || known.score < score)
      best.set(f.tconst, { tconst: f.tconst, title: f.name, year: f.year, type: f.type, votes: f.votes, score });
    if (inJournal) (best.get(f.tconst) as MatchCandidate).inJournal = true;
  }
  const ranked = [...best.values()].sort(
    (a, b) =>
      b.score - a.score ||
      Number(b.inJournal ?? false) - Number(a.inJournal ?? false) ||
      (b.votes ?? 0) - (a.votes ?? 0),
  );
  const candidates = ranked.slice(0, MATCHING.candidatesKept);
  const asked = year === null ? `"${title}"` : `"${title}" (${year})`;
  const [first, second] = ranked;
  if (!first) return { tconst: null, confidence: null, candidates, reason: `no title matches ${asked}` };
  const clearLead =
    !second ||
    first.score - second.score >= MATCHING.lead ||
    (first.inJournal && !second.inJournal) ||
    (first.votes ?? 0) >= MATCHING.votesLead * Math.max(1, second.votes ?? 0);
  if (first.score >= MATCHING.accept && clearLead)
    return { tconst: first.tconst, confidence: first.score, candidates, reason: null };
  const why = first.score < MATCHING.accept ? 'only weak matches' : `${ranked.length} titles match`;
  return {
    tconst: null,
    confidence: Math.round((first.score / 2) * 100) / 100,
    candidates,
    reason: `${why} for ${asked}: pick one`,
  };
}
