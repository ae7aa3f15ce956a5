// What the network commands report for one layer-year, as plain data: node measures with the layer's systemic
// measures, the strongest dependence paths between two states, and the blocs (communities). Pure: the caller reads
// the layer from the store.
import { degreeCentralisation } from './centralisation.js';
import { communities } from './communities.js';
import { density } from './density.js';
import { denseWeights, edgeRows, rowNormalise, type EdgeRow, type LayerGraph } from './graph.js';
import { defaultBeta, indirectDependence, indirectShare } from './leontief.js';
import { NODE_MEASURES, nodeMeasure, type NodeMeasure } from './node-measures.js';
import { strongestPaths } from './paths.js';

export type NodeRow = { state: string } & Record<NodeMeasure, number | null>;

export interface LayerSummary {
  nodes: number;
  ties: number;
  density: number;
  centralisation: number | null;
  measures: NodeRow[];
}

/** Every node measure of every node (null where a power iteration did not converge), with density and centralisation. */
export function summariseLayer(g: LayerGraph): LayerSummary {
  const values = new Map<NodeMeasure, Float64Array | null>();
  for (const m of NODE_MEASURES) {
    try {
      values.set(m, nodeMeasure(g, m));
    } catch {
      values.set(m, null);
    }
  }
  const measures = g.nodes.map((state, i) => {
    const row = { state } as NodeRow;
    for (const m of NODE_MEASURES) row[m] = values.get(m)?.[i] ?? null;
    return row;
  });
  return {
    nodes: g.nodes.length, ties: g.directed ? g.from.length : g.from.length / 2, density: density(g),
    centralisation: degreeCentralisation(g), measures,
  };
}

export interface PathReport {
  /** D(a, b): a's row-normalised tie to b. */
  direct: number;
  /** T(a, b) = [D (I − βD)⁻¹](a, b). */
  total: number;
  indirectShare: number | null;
  beta: number;
  paths: Array<{ path: string[]; weight: number; shareOfTotal: number | null }>;
}

/** a's total dependence on b in the layer (row-normalised) and the strongest simple paths that make it up. */
export function dependencePaths(g: LayerGraph, a: string, b: string, options: { maxHops: number; top: number }): PathReport | null {
  const i = g.index.get(a);
  const j = g.index.get(b);
  if (i === undefined || j === undefined) return null;
  const n = g.nodes.length;
  const d = rowNormalise(denseWeights(g), n);
  const beta = defaultBeta(d, n);
  const total = indirectDependence(d, n, beta)[i * n + j]!;
  const direct = d[i * n + j]!;
  const paths = strongestPaths(d, n, i, j, { beta, ...options }).map((p) => ({
    path: p.nodes.map((k) => g.nodes[k]!), weight: p.weight, shareOfTotal: total > 0 ? p.weight / total : null,
  }));
  return { direct, total, indirectShare: indirectShare(total, direct), beta, paths };
}

export interface Bloc {
  bloc: number;
  members: string[];
}

/** Louvain blocs of the layer's undirected view, largest first (ties by first member). */
export function blocsOf(g: LayerGraph, seed = 1): { blocs: Bloc[]; modularity: number } {
  const c = communities(g, seed);
  const members: string[][] = Array.from({ length: c.count }, () => []);
  g.nodes.forEach((id, i) => members[c.community[i]!]!.push(id));
  const sorted = members.sort((x, y) => y.length - x.length || x[0]!.localeCompare(y[0]!));
  return { blocs: sorted.map((m, k) => ({ bloc: k + 1, members: m })), modularity: c.modularity };
}

/** The layer restricted to the given states (ties among them only). */
export function subLayer(g: LayerGraph, keep: ReadonlySet<string>): EdgeRow[] {
  return edgeRows(g).filter((r) => keep.has(r.source) && keep.has(r.target));
}
