// Node strength: the sum of a node's tie weights, out (what it depends on) and in (what depends on it).
// Barrat, Barthélemy, Pastor-Satorras & Vespignani (2004), "The architecture of complex weighted networks", PNAS 101(11).
import type { LayerGraph } from './graph.js';

export interface Strength {
  /** Σ_j w(i→j): for dependence layers, how much the node depends on others. */
  out: Float64Array;
  /** Σ_j w(j→i): how much others depend on the node. For undirected layers equal to out. */
  in: Float64Array;
}

export function strength(g: LayerGraph): Strength {
  const n = g.nodes.length;
  const out = new Float64Array(n);
  const inn = new Float64Array(n);
  for (let e = 0; e < g.from.length; e++) {
    out[g.from[e]!]! += g.weight[e]!;
    inn[g.to[e]!]! += g.weight[e]!;
  }
  return { out, in: inn };
}
