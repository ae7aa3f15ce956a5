// PageRank over a weighted layer: a node ranks high when highly ranked nodes tie to it (for dependence layers: when
// important states depend on it). Page, Brin, Motwani & Winograd (1999), "The PageRank Citation Ranking: Bringing
// Order to the Web", Stanford InfoLab 1999-66. Same conventions as networkx.pagerank: out-weights normalised per node,
// dangling nodes spread uniformly, undirected ties count in both directions, scores sum to 1.
import { inArcs, type LayerGraph } from './graph.js';

export interface PagerankOptions {
  /** Damping factor (probability of following a tie). */
  alpha: number;
  /** Stop when the L1 change summed over nodes falls below n · tolerance. */
  tolerance: number;
  maxIterations: number;
}

export const PAGERANK_DEFAULTS: PagerankOptions = { alpha: 0.85, tolerance: 1e-14, maxIterations: 1000 };

export function pagerank(g: LayerGraph, options: Partial<PagerankOptions> = {}): Float64Array {
  const { alpha, tolerance, maxIterations } = { ...PAGERANK_DEFAULTS, ...options };
  const n = g.nodes.length;
  const outW = new Float64Array(n);
  for (let e = 0; e < g.from.length; e++) outW[g.from[e]!]! += g.weight[e]!;
  const { start, source, weight } = inArcs(g);
  let x = new Float64Array(n).fill(1 / n);
  for (let it = 0; it < maxIterations; it++) {
    const next = new Float64Array(n);
    let dangling = 0;
    for (let i = 0; i < n; i++) if (outW[i] === 0) dangling += x[i]!;
    // Each node sums its in-ties in arc order: the same terms, in the same order, as a pass over the arc list.
    for (let t = 0; t < n; t++) {
      let acc = 0;
      for (let k = start[t]!, end = start[t + 1]!; k < end; k++) {
        const i = source[k]!;
        acc += (alpha * x[i]! * weight[k]!) / outW[i]!;
      }
      next[t] = acc;
    }
    let change = 0;
    for (let i = 0; i < n; i++) {
      next[i]! += (alpha * dangling + 1 - alpha) / n;
      change += Math.abs(next[i]! - x[i]!);
    }
    x = next;
    if (change < n * tolerance) return x;
  }
  throw new Error(`network/pagerank: no convergence in ${maxIterations} iterations`);
}
