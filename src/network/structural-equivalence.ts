// Structural equivalence of two states across layers: the Pearson correlation of their tie profiles (ties to and from
// every third state, layer after layer). Burt (1976), "Positions in Networks", Social Forces 55(1): 93–122; across
// alliance, IGO and trade networks after Maoz, Terris, Kuperman & Talmud (2006), "Structural Equivalence and
// International Conflict", Journal of Conflict Resolution 50(5): 664–689. Each layer is divided by its largest weight
// so that layers of different units weigh alike. 1 = identical positions, 0 = unrelated, −1 = opposite.
import { denseWeights, type LayerGraph } from './graph.js';

/** Profile entries of `id` against every third state of one layer (row, and column for directed layers). */
function profile(g: LayerGraph, w: Float64Array, max: number, id: string, other: string, universe: readonly string[]): number[] {
  const n = g.nodes.length;
  const i = g.index.get(id);
  const out: number[] = [];
  for (const k of universe) {
    if (k === id || k === other) continue;
    const j = g.index.get(k);
    const row = i === undefined || j === undefined ? 0 : w[i * n + j]! / max;
    out.push(row);
    if (g.directed) out.push(i === undefined || j === undefined ? 0 : w[j * n + i]! / max);
  }
  return out;
}

function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  if (n < 2) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) { mx += x[i]!; my += y[i]!; }
  mx /= n; my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const a = x[i]! - mx;
    const b = y[i]! - my;
    sxy += a * b; sxx += a * a; syy += b * b;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}

/** Correlation of a's and b's profiles over the given layers; null when either profile is constant (no variation). */
export function structuralEquivalence(layers: readonly LayerGraph[], a: string, b: string): number | null {
  const universe = [...new Set(layers.flatMap((g) => g.nodes))].sort();
  const pa: number[] = [];
  const pb: number[] = [];
  for (const g of layers) {
    const w = denseWeights(g);
    const max = g.weight.reduce((m, x) => Math.max(m, x), 0) || 1;
    pa.push(...profile(g, w, max, a, b, universe));
    pb.push(...profile(g, w, max, b, a, universe));
  }
  return pearson(pa, pb);
}
