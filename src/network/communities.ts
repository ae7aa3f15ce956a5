// Blocs as communities: Louvain modularity maximisation on the undirected view of a layer (a pair's weight = the sum of
// its ties in both directions), seeded so that a run is reproducible. Blondel, Guillaume, Lambiotte & Lefebvre (2008),
// "Fast unfolding of communities in large networks", J. Stat. Mech. P10008; modularity after Newman (2006), PNAS 103(23).
import louvain from 'graphology-communities-louvain';
import { seededRandom } from '../core/random.js';
import { buildLayer, edgeRows, toGraphology, type LayerGraph } from './graph.js';

/** The layer with directions dropped: one undirected tie per pair, weight w(i→j) + w(j→i). */
export function undirectedView(g: LayerGraph): LayerGraph {
  return g.directed ? buildLayer(edgeRows(g), false) : g;
}

export interface Communities {
  /**
   * Community of each node of the layer (its undirected view has the same sorted nodes), numbered by first appearance
   * in that order.
   */
  community: Int32Array;
  count: number;
  modularity: number;
}

/** Weighted modularity Q = 1/(2m) Σ_ij [A_ij − k_i k_j / 2m] δ(c_i, c_j) of a partition of an undirected layer. */
export function modularity(g: LayerGraph, community: ArrayLike<number>): number {
  const n = g.nodes.length;
  const k = new Float64Array(n);
  let twoM = 0;
  let inside = 0;
  for (let e = 0; e < g.from.length; e++) {
    k[g.from[e]!]! += g.weight[e]!;
    twoM += g.weight[e]!;
    if (community[g.from[e]!] === community[g.to[e]!]) inside += g.weight[e]!;
  }
  if (twoM === 0) return 0;
  const total = new Map<number, number>();
  for (let i = 0; i < n; i++) total.set(community[i]!, (total.get(community[i]!) ?? 0) + k[i]!);
  let expected = 0;
  for (const t of total.values()) expected += t * t;
  return inside / twoM - expected / (twoM * twoM);
}

/** Louvain communities of the layer's undirected view (seed fixed: same input, same blocs). */
export function communities(g: LayerGraph, seed = 1): Communities {
  const u = undirectedView(g);
  const raw = louvain(toGraphology(u), { getEdgeWeight: 'weight', rng: seededRandom(seed) }) as Record<string, number>;
  const renumber = new Map<number, number>();
  const community = new Int32Array(u.nodes.length);
  u.nodes.forEach((id, i) => {
    const c = raw[id]!;
    if (!renumber.has(c)) renumber.set(c, renumber.size);
    community[i] = renumber.get(c)!;
  });
  return { community, count: renumber.size, modularity: modularity(u, community) };
}
