import { median } from './baselines';

// Gradient-boosted shallow trees with absolute loss (Friedman's LAD-TreeBoost): each tree splits
// on the signs of the current residuals and its leaves move by the median residual, so one odd
// grade cannot pull a leaf. Features are cut into at most BINS quantile bins once, which keeps a
// split search linear in the rows. Beside the ridge regression they catch what is not additive
// (a genre liked only in recent films).

interface TreeNode {
  /** Feature index of the split; -1 for a leaf. */
  feature: number;
  /** Rows with a value ≤ threshold go left. */
  threshold: number;
  left: number;
  right: number;
  /** Median residual of the node's training rows (inner nodes too: for explanations). */
  value: number;
}

export interface Forest {
  rate: number;
  trees: TreeNode[][];
}

export interface ForestOptions {
  trees?: number;
  depth?: number;
  rate?: number;
}

const BINS = 32;
/** Each tree of a large journal learns from this many rows drawn afresh (stochastic boosting): faster, and steadier. */
const SAMPLE = 1200;

function binEdges(column: number[]): number[] {
  const values = [...new Set(column)].sort((a, b) => a - b);
  if (values.length <= BINS) return values.slice(0, -1).map((v, i) => (v + values[i + 1]) / 2);
  const edges: number[] = [];
  for (let b = 1; b < BINS; b++) edges.push(values[Math.floor((b * values.length) / BINS)]);
  return [...new Set(edges)];
}

function binOf(edges: number[], v: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v <= edges[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function fitForest(rows: number[][], y: number[], options: ForestOptions = {}): Forest {
  const { trees: count = 100, depth = 2, rate = 0.1 } = options;
  const n = rows.length;
  const p = rows[0]?.length ?? 0;
  const minLeaf = Math.max(5, Math.floor(Math.min(n, SAMPLE) / 40));
  const edges = Array.from({ length: p }, (_, j) => binEdges(rows.map((r) => r[j])));
  // Column-major bins: a split search reads one feature over many rows.
  const bins = edges.map((e, j) => Uint8Array.from(rows, (r) => binOf(e, r[j])));
  const residual = Float64Array.from(y);
  const sign = new Float64Array(n);
  const forest: Forest = { rate, trees: [] };
  const sums = new Float64Array(BINS + 1);
  const counts = new Uint32Array(BINS + 1);

  const grow = (nodes: TreeNode[], members: Int32Array, level: number): number => {
    const index = nodes.length;
    nodes.push({ feature: -1, threshold: 0, left: -1, right: -1, value: median(members.map((i) => residual[i])) });
    if (level >= depth || members.length < 2 * minLeaf) return index;
    let total = 0;
    for (const i of members) total += sign[i];
    let best = { gain: 1e-9, feature: -1, bin: -1 };
    for (let j = 0; j < p; j++) {
      if (!edges[j].length) continue;
      sums.fill(0);
      counts.fill(0);
      const column = bins[j];
      for (let m = 0; m < members.length; m++) {
        const b = column[members[m]];
        sums[b] += sign[members[m]];
        counts[b] += 1;
      }
      let sl = 0;
      let nl = 0;
      for (let b = 0; b < edges[j].length; b++) {
        sl += sums[b];
        nl += counts[b];
        const nr = members.length - nl;
        if (nl < minLeaf || nr < minLeaf) continue;
        const gain = (sl * sl) / nl + ((total - sl) * (total - sl)) / nr - (total * total) / members.length;
        if (gain > best.gain) best = { gain, feature: j, bin: b };
      }
    }
    if (best.feature < 0) return index;
    const column = bins[best.feature];
    const left = members.filter((i) => column[i] <= best.bin);
    const right = members.filter((i) => column[i] > best.bin);
    nodes[index].feature = best.feature;
    nodes[index].threshold = edges[best.feature][best.bin];
    nodes[index].left = grow(nodes, left, level + 1);
    nodes[index].right = grow(nodes, right, level + 1);
    return index;
  };

  const order = Int32Array.from({ length: n }, (_, i) => i);
  let state = 2463534242;
  for (let t = 0; t < count; t++) {
    for (let i = 0; i < n; i++) sign[i] = Math.sign(residual[i]);
    // A partial shuffle (xorshift32) picks the tree's rows; all of them when there are few.
    const size = Math.min(n, SAMPLE);
    for (let i = 0; i < size && size < n; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      const j = i + ((state >>> 0) % (n - i));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const nodes: TreeNode[] = [];
    grow(nodes, order.slice(0, size).sort(), 0);
    forest.trees.push(nodes);
    for (let i = 0; i < n; i++) residual[i] -= rate * leafOf(nodes, rows[i]).value;
  }
  return forest;
}

function leafOf(nodes: TreeNode[], row: number[]): TreeNode {
  let node = nodes[0];
  while (node.feature >= 0) node = nodes[row[node.feature] <= node.threshold ? node.left : node.right];
  return node;
}

export function predictForest(forest: Forest, row: number[]): number {
  let sum = 0;
  for (const nodes of forest.trees) sum += forest.rate * leafOf(nodes, row).value;
  return sum;
}

/**
 * The prediction split by feature: each split along a row's path is credited with the change it
 * makes to the node value; the roots' values are the constant part (returned separately).
 */
export function forestContributions(forest: Forest, row: number[]): { constant: number; parts: number[] } {
  const parts = new Array<number>(row.length).fill(0);
  let constant = 0;
  for (const nodes of forest.trees) {
    let node = nodes[0];
    constant += forest.rate * node.value;
    while (node.feature >= 0) {
      const next = nodes[row[node.feature] <= node.threshold ? node.left : node.right];
      parts[node.feature] += forest.rate * (next.value - node.value);
      node = next;
    }
  }
  return { constant, parts };
}
