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
  let ties = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      s[i * n + j] = (w[i * n + j]! + w[j * n + i]!) / 2;
      if (s[i * n + j] !== 0) ties++;
    }
  }
  // A sparse S is kept row by row without its zeros (columns in increasing order): S·x then sums the same terms in the
  // same order as over the dense rows (a zero adds +0 to a non-negative sum), at the cost of the ties only.
  const sparse = ties < n * n / 2 ? compressRows(s, n) : null;
  // Power iteration on S + I (the shift keeps a bipartite layer from oscillating; same eigenvectors).
  let x = new Float64Array(n).fill(1 / Math.sqrt(n || 1));
  for (let it = 0; it < maxIterations; it++) {
    const next = Float64Array.from(x);
    for (let i = 0; i < n; i++) {
      let acc = 0;
      if (sparse) for (let k = sparse.start[i]!; k < sparse.start[i + 1]!; k++) acc += sparse.value[k]! * x[sparse.column[k]!]!;
      else for (let j = 0; j < n; j++) acc += s[i * n + j]! * x[j]!;
      next[i]! += acc;
    }
    const change = normaliseStep(next, x);
    x = next;
    if (change < n * tolerance) break;
  }
  const max = x.reduce((m, v) => Math.max(m, v), 0) || 1;
  return x.map((v) => v / max);
}

/** The non-zero entries of a row-major n×n matrix, row by row in column order (CSR). */
function compressRows(m: Float64Array, n: number): { start: Int32Array; column: Int32Array; value: Float64Array } {
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    let c = 0;
    for (let j = 0; j < n; j++) if (m[i * n + j] !== 0) c++;
    start[i + 1] = start[i]! + c;
  }
  const column = new Int32Array(start[n]!);
  const value = new Float64Array(start[n]!);
  for (let i = 0, k = 0; i < n; i++) {
    for (let j = 0; j < n; j++) if (m[i * n + j] !== 0) { column[k] = j; value[k++] = m[i * n + j]!; }
  }
  return { start, column, value };
}
