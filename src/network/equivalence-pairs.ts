// Structural equivalence (network/structural-equivalence.ts: Burt 1976; Maoz et al. 2006) for many pairs of one year at
// once: each state's tie profile over all layers is built once, laid out third state by third state (the entries of
// third state k, over all layers, side by side), so that the entries a pair leaves out (third state a or b) are two
// blocks and its correlation runs over three contiguous slices, no test per entry. The same correlation over the same
// entries as structuralEquivalence(layers, a, b), summed in another order (values agree to ~1e-15).
import { denseWeights, type LayerGraph } from './graph.js';

/** Every state's profile over the layers: row s holds, for each third state k, its entries (layer by layer; row tie, then column tie). */
export interface Profiles {
  universe: string[];
  /** Whether each layer is directed (two entries per third state: row tie, column tie) or not (one). */
  directed: boolean[];
  /** Entries per third state. */
  stride: number;
  /** universe.length rows of universe.length · stride entries. */
  values: Float64Array;
  /** Per state: the sum of its entries and the number of non-zero entries, overall and per third state. */
  total: Float64Array;
  nonZero: Int32Array;
  blockSum: Float64Array;
  blockNonZero: Int32Array;
}

export function profilesOf(layers: readonly LayerGraph[]): Profiles {
  const universe = [...new Set(layers.flatMap((g) => g.nodes))].sort();
  const u = universe.length;
  const stride = layers.reduce((s, g) => s + (g.directed ? 2 : 1), 0);
  const width = u * stride;
  const values = new Float64Array(u * width);
  let slot = 0;
  for (const g of layers) {
    const n = g.nodes.length;
    const w = denseWeights(g);
    const max = g.weight.reduce((m, x) => Math.max(m, x), 0) || 1;
    const at = universe.map((id) => g.index.get(id) ?? -1);
    for (let s = 0; s < u; s++) {
      const i = at[s]!;
      if (i < 0) continue;
      const row = s * width + slot;
      for (let k = 0; k < u; k++) {
        const j = at[k]!;
        if (j < 0) continue;
        values[row + k * stride] = w[i * n + j]! / max;
        if (g.directed) values[row + k * stride + 1] = w[j * n + i]! / max;
      }
    }
    slot += g.directed ? 2 : 1;
  }
  const total = new Float64Array(u);
  const nonZero = new Int32Array(u);
  const blockSum = new Float64Array(u * u);
  const blockNonZero = new Int32Array(u * u);
  for (let s = 0; s < u; s++) {
    for (let k = 0; k < u; k++) {
      let sum = 0;
      let nz = 0;
      for (let p = s * width + k * stride; p < s * width + (k + 1) * stride; p++) {
        sum += values[p]!;
        if (values[p] !== 0) nz++;
      }
      blockSum[s * u + k] = sum;
      blockNonZero[s * u + k] = nz;
      total[s]! += sum;
      nonZero[s]! += nz;
    }
  }
  return { universe, directed: layers.map((g) => g.directed), stride, values, total, nonZero, blockSum, blockNonZero };
}

/** The pairs tied in at least one layer (either direction), as universe positions a < b, in order. */
export function tiedPairs(layers: readonly LayerGraph[], universe: readonly string[]): Int32Array {
  const u = universe.length;
  const at = new Map(universe.map((id, k) => [id, k]));
  const tied = new Uint8Array(u * u);
  for (const g of layers) {
    const pos = g.nodes.map((id) => at.get(id)!);
    for (let e = 0; e < g.from.length; e++) {
      const x = pos[g.from[e]!]!;
      const y = pos[g.to[e]!]!;
      tied[Math.min(x, y) * u + Math.max(x, y)] = 1;
    }
  }
  const pairs: number[] = [];
  for (let a = 0; a < u; a++) for (let b = a + 1; b < u; b++) if (tied[a * u + b]) pairs.push(a, b);
  return Int32Array.from(pairs);
}

/**
 * The correlation of the profiles of universe states a and b (a ≠ b) over the entries whose third state is neither;
 * null when either is constant there. A profile that is 0 there is found from the non-zero counts (exactly, as the
 * per-entry sums give 0); one with no zero there (possibly constant) is computed entry by entry as structuralEquivalence does.
 */
export function pairEquivalence(p: Profiles, a: number, b: number): number | null {
  const u = p.universe.length;
  const width = u * p.stride;
  const n = (u - 2) * p.stride;
  if (n < 2) return null;
  const nzA = p.nonZero[a]! - p.blockNonZero[a * u + a]! - p.blockNonZero[a * u + b]!;
  const nzB = p.nonZero[b]! - p.blockNonZero[b * u + a]! - p.blockNonZero[b * u + b]!;
  if (nzA === 0 || nzB === 0) return null;
  if (nzA === n || nzB === n) return pearsonSkipping(p, a, b);
  const mx = (p.total[a]! - p.blockSum[a * u + a]! - p.blockSum[a * u + b]!) / n;
  const my = (p.total[b]! - p.blockSum[b * u + a]! - p.blockSum[b * u + b]!) / n;
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const x = a * width;
  const y = b * width;
  const v = p.values;
  // Two interleaved sets of sums (even and odd entries): independent additions the processor overlaps.
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  let sxy1 = 0;
  let sxx1 = 0;
  let syy1 = 0;
  // Three slices: before the block of the lower state, between the two blocks, after the higher one.
  for (let s = 0; s < 3; s++) {
    const from = s === 0 ? 0 : s === 1 ? (lo + 1) * p.stride : (hi + 1) * p.stride;
    const to = s === 0 ? lo * p.stride : s === 1 ? hi * p.stride : width;
    let q = from;
    for (; q + 1 < to; q += 2) {
      const dx = v[x + q]! - mx;
      const dy = v[y + q]! - my;
      const dx1 = v[x + q + 1]! - mx;
      const dy1 = v[y + q + 1]! - my;
      sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
      sxy1 += dx1 * dy1; sxx1 += dx1 * dx1; syy1 += dy1 * dy1;
    }
    if (q < to) {
      const dx = v[x + q]! - mx;
      const dy = v[y + q]! - my;
      sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
    }
  }
  sxy += sxy1; sxx += sxx1; syy += syy1;
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}

/** The two-pass Pearson correlation of structuralEquivalence, over the same entries in its order (layer by layer). */
function pearsonSkipping(p: Profiles, a: number, b: number): number | null {
  const u = p.universe.length;
  const width = u * p.stride;
  const x: number[] = [];
  const y: number[] = [];
  let slot = 0;
  for (const directed of p.directed) {
    for (let k = 0; k < u; k++) {
      if (k === a || k === b) continue;
      for (let q = k * p.stride + slot; q < k * p.stride + slot + (directed ? 2 : 1); q++) {
        x.push(p.values[a * width + q]!);
        y.push(p.values[b * width + q]!);
      }
    }
    slot += directed ? 2 : 1;
  }
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) { mx += x[i]!; my += y[i]!; }
  mx /= n; my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}
