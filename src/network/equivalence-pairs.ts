// Structural equivalence (network/structural-equivalence.ts: Burt 1976; Maoz et al. 2006) for many pairs of one year at
// once: each state's tie profile over all layers is built once, then each pair's correlation is taken over the same
// entries in the same order as structuralEquivalence(layers, a, b), so the values are identical, at O(profile) a pair
// instead of O(n²) (the dense matrices are not rebuilt per pair).
import { denseWeights, type LayerGraph } from './graph.js';

export interface PairValue {
  a: string;
  b: string;
  value: number | null;
}

/** The pairs tied in at least one layer (either direction), each once with a < b, sorted. */
export function tiedPairs(layers: readonly LayerGraph[]): Array<[string, string]> {
  const keys = new Set<string>();
  for (const g of layers) {
    for (let e = 0; e < g.from.length; e++) {
      const x = g.nodes[g.from[e]!]!;
      const y = g.nodes[g.to[e]!]!;
      keys.add(x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);
    }
  }
  return [...keys].sort().map((k) => k.split('\u0000') as [string, string]);
}

/** structuralEquivalence(layers, a, b) for every given pair (a, b). */
export function equivalenceOfPairs(layers: readonly LayerGraph[], pairs: ReadonlyArray<readonly [string, string]>): PairValue[] {
  const universe = [...new Set(layers.flatMap((g) => g.nodes))].sort();
  const u = universe.length;
  const at = new Map(universe.map((id, k) => [id, k]));
  // Entry p of a profile is a tie with third state third[p]: per layer, per state k, the row tie (then the column tie).
  const width = layers.reduce((s, g) => s + (g.directed ? 2 : 1) * u, 0);
  const third = new Int32Array(width);
  const profiles = universe.map(() => new Float64Array(width));
  let offset = 0;
  for (const g of layers) {
    const n = g.nodes.length;
    const w = denseWeights(g);
    const max = g.weight.reduce((m, x) => Math.max(m, x), 0) || 1;
    const step = g.directed ? 2 : 1;
    for (let k = 0; k < u; k++) {
      third[offset + step * k] = k;
      if (g.directed) third[offset + 2 * k + 1] = k;
    }
    universe.forEach((id, s) => {
      const i = g.index.get(id);
      if (i === undefined) return;
      const p = profiles[s]!;
      for (let k = 0; k < u; k++) {
        const j = g.index.get(universe[k]!);
        if (j === undefined) continue;
        p[offset + step * k] = w[i * n + j]! / max;
        if (g.directed) p[offset + 2 * k + 1] = w[j * n + i]! / max;
      }
    });
    offset += step * u;
  }
  return pairs.map(([a, b]) => {
    const sa = at.get(a);
    const sb = at.get(b);
    if (sa === undefined || sb === undefined) return { a, b, value: null };
    return { a, b, value: pearsonExcept(profiles[sa]!, profiles[sb]!, third, sa, sb) };
  });
}

/** Pearson correlation of x and y over the entries whose third state is neither skipA nor skipB (as pearson there). */
function pearsonExcept(x: Float64Array, y: Float64Array, third: Int32Array, skipA: number, skipB: number): number | null {
  let n = 0;
  let mx = 0;
  let my = 0;
  for (let p = 0; p < x.length; p++) {
    if (third[p] === skipA || third[p] === skipB) continue;
    mx += x[p]!; my += y[p]!; n++;
  }
  if (n < 2) return null;
  mx /= n; my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let p = 0; p < x.length; p++) {
    if (third[p] === skipA || third[p] === skipB) continue;
    const a = x[p]! - mx;
    const b = y[p]! - my;
    sxy += a * b; sxx += a * a; syy += b * b;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}
