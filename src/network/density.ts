// Density: the share of possible ties that exist, m / (n(n−1)) for directed layers and 2m / (n(n−1)) for undirected
// ones (weights ignored). Wasserman & Faust (1994), Social Network Analysis, §4.2. Same as networkx.density.
import type { LayerGraph } from './graph.js';

export function density(g: LayerGraph): number {
  const n = g.nodes.length;
  return n > 1 ? g.from.length / (n * (n - 1)) : 0;
}
