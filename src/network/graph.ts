// A weighted layer graph of one year in compact arrays (node index, edge lists in Float64Array), built from plain rows,
// with a graphology view for algorithms that need one (Louvain). Directed edges read "source depends on target".
import Graph from 'graphology';

/** One tie: for directed layers `source` depends on `target` with `weight` (> 0). */
export interface EdgeRow {
  source: string;
  target: string;
  weight: number;
}

export interface LayerGraph {
  directed: boolean;
  /** Node ids, sorted (so that results do not depend on row order). */
  nodes: string[];
  index: ReadonlyMap<string, number>;
  /** Arcs; an undirected tie is stored once in each direction. */
  from: Int32Array;
  to: Int32Array;
  weight: Float64Array;
}

/**
 * Builds a layer from rows. Self-ties and non-positive or non-finite weights are dropped (no tie, not a zero tie);
 * duplicate rows of one arc (or of one undirected pair, in either order) are summed.
 */
export function buildLayer(rows: readonly EdgeRow[], directed: boolean): LayerGraph {
  const sum = new Map<string, number>();
  const ids = new Set<string>();
  for (const r of rows) {
    if (r.source === r.target || !(r.weight > 0) || !Number.isFinite(r.weight)) continue;
    const [a, b] = directed || r.source < r.target ? [r.source, r.target] : [r.target, r.source];
    const k = `${a}\u0000${b}`;
    sum.set(k, (sum.get(k) ?? 0) + r.weight);
    ids.add(a).add(b);
  }
  const nodes = [...ids].sort();
  const index = new Map(nodes.map((id, i) => [id, i]));
  const arcs = directed ? sum.size : 2 * sum.size;
  const from = new Int32Array(arcs);
  const to = new Int32Array(arcs);
  const weight = new Float64Array(arcs);
  let e = 0;
  for (const [k, w] of [...sum].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    const [a, b] = k.split('\u0000') as [string, string];
    const i = index.get(a)!;
    const j = index.get(b)!;
    from[e] = i; to[e] = j; weight[e++] = w;
    if (!directed) { from[e] = j; to[e] = i; weight[e++] = w; }
  }
  return { directed, nodes, index, from, to, weight };
}

/** Dense n×n weight matrix, row-major: W[i*n + j] = weight of the arc i→j (0 when absent). */
export function denseWeights(g: LayerGraph): Float64Array {
  const n = g.nodes.length;
  const w = new Float64Array(n * n);
  for (let e = 0; e < g.from.length; e++) w[g.from[e]! * n + g.to[e]!] = g.weight[e]!;
  return w;
}

/** Each row divided by its sum (rows summing to 0 stay 0): D[i][j] = i's share of its ties that go to j. */
export function rowNormalise(w: Float64Array, n: number): Float64Array {
  const d = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += w[i * n + j]!;
    if (s > 0) for (let j = 0; j < n; j++) d[i * n + j] = w[i * n + j]! / s;
  }
  return d;
}

/** The layer as a graphology graph (node keys = ids, edge attribute `weight`). */
export function toGraphology(g: LayerGraph): Graph {
  const graph = new Graph({ type: g.directed ? 'directed' : 'undirected' });
  for (const id of g.nodes) graph.addNode(id);
  for (const r of edgeRows(g)) graph.addEdge(r.source, r.target, { weight: r.weight });
  return graph;
}

/** The layer's ties as rows (an undirected tie once, source < target), e.g. to export or to filter. */
export function edgeRows(g: LayerGraph): EdgeRow[] {
  const rows: EdgeRow[] = [];
  for (let e = 0; e < g.from.length; e++) {
    const source = g.nodes[g.from[e]!]!;
    const target = g.nodes[g.to[e]!]!;
    if (g.directed || source < target) rows.push({ source, target, weight: g.weight[e]! });
  }
  return rows;
}

/** Values per node as a plain record, for output. */
export function byNode(g: LayerGraph, values: ArrayLike<number>): Record<string, number> {
  const out: Record<string, number> = {};
  g.nodes.forEach((id, i) => (out[id] = values[i]!));
  return out;
}
