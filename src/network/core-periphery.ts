// Continuous core–periphery score: the coreness c that best fits w_ij ≈ c_i·c_j in the least-squares sense, i.e. the
// leading eigenvector of the symmetrised weight matrix (W + Wᵀ)/2, scaled so the most central state scores 1.
// Borgatti & Everett (2000), "Models of core/periphery structures", Social Networks 21(4): 375–395 (continuous model).
// 1 = the core; near 0 = periphery (tied weakly, and mostly to the core).
import { denseWeights, type LayerGraph } from './graph.js';
import { normaliseStep } from './power-iteration.js';

export function coreness(g: LayerGraph, tolerance = 1e-13, maxIterations = 10_000): Float64Array {
  const n = g.nodes.length;
  const w = denseWeights(g);
  const s = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) s[i * n + j] = (w[i * n + j]! + w[j * n + i]!) / 2;
  // Power iteration on S + I (the shift keeps a bipartite layer from oscillating; same eigenvectors).
  let x = new Float64Array(n).fill(1 / Math.sqrt(n || 1));
  for (let it = 0; it < maxIterations; it++) {
    const next = Float64Array.from(x);
    for (let i = 0; i < n; i++) {
      let acc = 0;
      for (let j = 0; j < n; j++) acc += s[i * n + j]! * x[j]!;
      next[i]! += acc;
    }
    const change = normaliseStep(next, x);
    x = next;
    if (change < n * tolerance) break;
  }
  const max = x.reduce((m, v) => Math.max(m, v), 0) || 1;
  return x.map((v) => v / max);
}
