// Figures of `npm run bench:search`: percentiles of latencies and the mean reciprocal rank.

export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles of `values` (milliseconds). */
export function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0;
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1) ?? 0 };
}

export interface RankFigures {
  n: number;
  /** Mean of 1/rank of the labelled title in the results (0 when it is not in them). */
  mrr: number;
  /** Share of queries whose labelled title comes first, and is in the first 10. */
  hitAt1: number;
  hitAt10: number;
}

/** `ranks` holds the 1-based rank of the labelled title per query, or null when it was not found. */
export function rankFigures(ranks: (number | null)[]): RankFigures {
  const n = ranks.length;
  if (n === 0) return { n, mrr: 0, hitAt1: 0, hitAt10: 0 };
  const sum = (f: (r: number | null) => number) => ranks.reduce<number>((s, r) => s + f(r), 0) / n;
  return {
    n,
    mrr: sum((r) => (r === null ? 0 : 1 / r)),
    hitAt1: sum((r) => (r === 1 ? 1 : 0)),
    hitAt10: sum((r) => (r !== null && r <= 10 ? 1 : 0)),
  };
}

export const ms = (v: number): string => (v < 10 ? v.toFixed(2) : v.toFixed(1));
