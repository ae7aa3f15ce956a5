// Freeman degree centralisation: how far the layer is from a star, Σ_i (d_max − d_i) / ((n−1)(n−2)) over the degrees
// of its undirected view (a pair is tied if a tie runs either way; weights ignored). 1 = a star (one hub), 0 = all
// states equally tied. Freeman (1979), "Centrality in social networks: conceptual clarification", Social Networks 1(3).
import { undirectedView } from './communities.js';
import type { LayerGraph } from './graph.js';

export function degreeCentralisation(g: LayerGraph): number | null {
  const u = undirectedView(g);
  const n = u.nodes.length;
  if (n < 3) return null;
  const degree = new Float64Array(n);
  for (let e = 0; e < u.from.length; e++) degree[u.from[e]!]!++;
  const max = degree.reduce((m, d) => Math.max(m, d), 0);
  let sum = 0;
  for (const d of degree) sum += max - d;
  return sum / ((n - 1) * (n - 2));
}
