// Eigenvector centrality: x_i ∝ Σ_j w(j→i) x_j, a node is central when central nodes tie to it (in-ties for directed
// layers). Bonacich (1972), "Factoring and weighting approaches to status scores and clique identification", Journal of
// Mathematical Sociology 2(1): 113–120. Power iteration on (Wᵀ + I) from a uniform start, unit L2 norm, exactly as
// networkx.eigenvector_centrality, so both give the same vector (for a strongly connected layer, the Perron vector).
import type { LayerGraph } from './graph.js';
import { normaliseStep } from './power-iteration.js';

export interface EigenvectorOptions {
  tolerance: number;
  maxIterations: number;
}

export const EIGENVECTOR_DEFAULTS: EigenvectorOptions = { tolerance: 1e-13, maxIterations: 10_000 };

export function eigenvector(g: LayerGraph, options: Partial<EigenvectorOptions> = {}): Float64Array {
  const { tolerance, maxIterations } = { ...EIGENVECTOR_DEFAULTS, ...options };
  const n = g.nodes.length;
  let x = new Float64Array(n).fill(1 / n);
  for (let it = 0; it < maxIterations; it++) {
    const next = Float64Array.from(x);
    for (let e = 0; e < g.from.length; e++) next[g.to[e]!]! += x[g.from[e]!]! * g.weight[e]!;
    const change = normaliseStep(next, x);
    x = next;
    if (change < n * tolerance) return x;
  }
  throw new Error(`network/eigenvector: no convergence in ${maxIterations} iterations`);
}
