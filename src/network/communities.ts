// Blocs as communities: Louvain modularity maximisation on the undirected view of a layer (a pair's weight = the sum of
// its ties in both directions), seeded so that a run is reproducible. Blondel, Guillaume, Lambiotte & Lefebvre (2008),
// "Fast unfolding of communities in large networks", J. Stat. Mech. P10008; modularity after Newman (2006), PNAS 103(23).
import { seededRandom } from '../core/random.js';
import { buildLayer, edgeRows, type LayerGraph } from './graph.js';
import { louvainPartition } from './louvain.js';

/**
 * The layer with directions dropped: one undirected tie per pair, weight w(i→j) + w(j→i), stored as buildLayer stores
 * an undirected layer (pairs i < j in order, each as i→j then j→i). Same nodes: every node of g has a tie.
 */
export function undirectedView(g: LayerGraph): LayerGraph {
  if (!g.directed) return g;
  const n = g.nodes.length;
  if (n > 4096) return buildLayer(edgeRows(g), false); // the dense pair matrix below is for layers of states
  const sum = new Float64Array(n * n);
  let pairs = 0;
  for (let e = 0; e < g.from.length; e++) {
    const i = g.from[e]!;
    const j = g.to[e]!;
    const k = i < j ? i * n + j : j * n + i;
    if (sum[k] === 0) pairs++;
    sum[k]! += g.weight[e]!;
  }
  const from = new Int32Array(2 * pairs);
  const to = new Int32Array(2 * pairs);
  const weight = new Float64Array(2 * pairs);
  let a = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const w = sum[i * n + j]!;
      if (w > 0) {
        from[a] = i; to[a] = j; weight[a++] = w;
        from[a] = j; to[a] = i; weight[a++] = w;
      }
    }
  }
  return { directed: false, nodes: g.nodes, index: g.index, from, to, weight };
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
  const raw = louvainPartition(u, seededRandom(seed));
  const renumber = new Map<number, number>();
  const community = new Int32Array(u.nodes.length);
  u.nodes.forEach((_, i) => {
    const c = raw[i]!;
    if (!renumber.has(c)) renumber.set(c, renumber.size);
    community[i] = renumber.get(c)!;
  });
  return { community, count: renumber.size, modularity: modularity(u, community) };
}
