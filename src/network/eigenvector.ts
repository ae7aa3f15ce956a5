// Eigenvector centrality: x_i ∝ Σ_j w(j→i) x_j, a node is central when central nodes tie to it (in-ties for directed
// layers). Bonacich (1972), "Factoring and weighting approaches to status scores and clique identification", Journal of
// Mathematical Sociology 2(1): 113–120. Power iteration on (Wᵀ + I) from a uniform start, unit L2 norm, exactly as
// networkx.eigenvector_centrality, so both give the same vector (for a strongly connected layer, the Perron vector).
import { inArcs, type LayerGraph } from './graph.js';
import { normaliseStep } from './power-iteration.js';

export interface EigenvectorOptions {
  tolerance: number;
  maxIterations: number;
}

export const EIGENVECTOR_DEFAULTS: EigenvectorOptions = { tolerance: 1e-13, maxIterations: 10_000 };

export function eigenvector(g: LayerGraph, options: Partial<EigenvectorOptions> = {}): Float64Array {
  const { tolerance, maxIterations } = { ...EIGENVECTOR_DEFAULTS, ...options };
  const n = g.nodes.length;
  const { start, source, weight } = inArcs(g);
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let it = 0; it < maxIterations; it++) {
    // x_t + Σ over t's in-ties in arc order: the sums a pass over the arc list would make, in the same order.
    for (let t = 0; t < n; t++) {
      let acc = x[t]!;
      for (let k = start[t]!, end = start[t + 1]!; k < end; k++) acc += x[source[k]!]! * weight[k]!;
      next[t] = acc;
    }
    const change = normaliseStep(next, x);
    [x, next] = [next, x];
    if (change < n * tolerance) return x;
  }
  throw new Error(`network/eigenvector: no convergence in ${maxIterations} iterations`);
}
