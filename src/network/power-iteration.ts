// The normalisation step shared by the power iterations (eigenvector centrality, core–periphery): scale the new
// iterate to unit L2 norm, as networkx does, and measure how far it moved.

/** L2-normalises next in place (a zero vector is left as is) and returns Σ |next_i − previous_i|. */
export function normaliseStep(next: Float64Array, previous: Float64Array): number {
  let sq = 0;
  for (let i = 0; i < next.length; i++) sq += next[i]! * next[i]!;
  const norm = Math.sqrt(sq) || 1;
  let change = 0;
  for (let i = 0; i < next.length; i++) {
    next[i]! /= norm;
    change += Math.abs(next[i]! - previous[i]!);
  }
  return change;
}
