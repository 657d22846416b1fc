// Small, fast, deterministic randomness. Every value the generator needs is a pure function of
// (seed, salt, index): a file written by one process can refer to titles or people another
// process writes, with no shared state and nothing kept in memory.

/** A 32-bit integer finaliser (lowbias32): a good avalanche for sequential inputs. */
function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of (seed, salt, index); index may go beyond 2^32 only in theory (F ≤ 20 stays far below). */
export function hash(seed: number, salt: number, index: number): number {
  return mix32(index + mix32(salt + mix32(seed)));
}

/** Hash mapped to [0, 1). */
export function unit(seed: number, salt: number, index: number): number {
  return hash(seed, salt, index) / 4294967296;
}

/** mulberry32, reseedable so one instance serves every row of a file without allocation. */
export class Rng {
  private state = 0;

  constructor(seed = 0) {
    this.state = seed | 0;
  }

  reseed(seed: number): this {
    this.state = seed | 0;
    return this;
  }

  u32(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** [0, 1) */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** 0 … n-1 */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** lo … hi, both included */
  range(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** 0 … n-1 with P(k) ∝ 1/(k+1): Zipf with exponent 1, drawn in O(1). */
  zipf(n: number): number {
    const k = Math.floor(Math.exp(this.next() * Math.log(n + 1))) - 1;
    return k < n ? k : n - 1;
  }

  /** Approximately normal (mean 0, sd 1): sum of three uniforms, cheap and bounded (±3). */
  normal(): number {
    return (this.next() + this.next() + this.next() - 1.5) * 2;
  }

  /** Exponential with the given mean. */
  exp(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }
}

/** A weighted choice among a fixed set, chosen by a uniform number in [0, 1). */
export class Weighted<T> {
  private readonly items: T[];
  private readonly cumulative: number[];

  constructor(entries: readonly (readonly [T, number])[]) {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let acc = 0;
    this.items = entries.map(([item]) => item);
    this.cumulative = entries.map(([, w]) => {
      acc += w / total;
      return acc;
    });
    this.cumulative[this.cumulative.length - 1] = 1;
  }

  at(u: number): T {
    const c = this.cumulative;
    for (let i = 0; i < c.length; i++) if (u < c[i]) return this.items[i];
    return this.items[this.items.length - 1];
  }

  pick(rng: Rng): T {
    return this.at(rng.next());
  }
}
