// A weighted layer graph of one year in compact arrays (node index, edge lists in Float64Array), built from plain rows
// or from the columns of many years at once, with a graphology view (the tests check the array algorithms against
// graphology's). Directed edges read "source depends on target".
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

/** Edge rows of one or many years as columns: a layer's panel as the store reads it, without one object per row. */
export interface EdgeColumns {
  length: number;
  year: ArrayLike<number>;
  source: ArrayLike<string>;
  target: ArrayLike<string>;
  weight: ArrayLike<number>;
}

/**
 * Builds a layer from rows. Self-ties and non-positive or non-finite weights are dropped (no tie, not a zero tie);
 * duplicate rows of one arc (or of one undirected pair, in either order) are summed.
 */
export function buildLayer(rows: readonly EdgeRow[], directed: boolean): LayerGraph {
  const ids = new Interned();
  const src = new Int32Array(rows.length);
  const tgt = new Int32Array(rows.length);
  const weight = new Float64Array(rows.length);
  rows.forEach((r, k) => {
    src[k] = ids.code(r.source);
    tgt[k] = ids.code(r.target);
    weight[k] = r.weight;
  });
  return buildCoded(rows.map((_, k) => k), src, tgt, weight, ids.ranked(), directed);
}

/** Edge columns of several years as one layer per year, in year order (each year as buildLayer of its rows). */
export function buildLayers(c: EdgeColumns, directed: boolean): Array<[number, LayerGraph]> {
  const ids = new Interned();
  const src = new Int32Array(c.length);
  const tgt = new Int32Array(c.length);
  const rowsOfYear = new Map<number, number[]>();
  for (let k = 0; k < c.length; k++) {
    src[k] = ids.code(c.source[k]!);
    tgt[k] = ids.code(c.target[k]!);
    const y = c.year[k]!;
    const list = rowsOfYear.get(y);
    if (list) list.push(k);
    else rowsOfYear.set(y, [k]);
  }
  const ranked = ids.ranked();
  return [...rowsOfYear].sort(([a], [b]) => a - b).map(([y, list]) => [y, buildCoded(list, src, tgt, c.weight, ranked, directed)]);
}

/** Node ids interned to codes in order of first appearance; ranked() gives each code its place in sorted order. */
class Interned {
  private readonly codes = new Map<string, number>();
  readonly ids: string[] = [];
  code(id: string): number {
    let c = this.codes.get(id);
    if (c === undefined) {
      c = this.ids.length;
      this.codes.set(id, c);
      this.ids.push(id);
    }
    return c;
  }
  ranked(): { ids: string[]; rank: Int32Array; byRank: Int32Array } {
    const byRank = Int32Array.from(this.ids.keys()).sort((a, b) => (this.ids[a]! < this.ids[b]! ? -1 : this.ids[a]! > this.ids[b]! ? 1 : 0));
    const rank = new Int32Array(byRank.length);
    byRank.forEach((code, r) => (rank[code] = r));
    return { ids: this.ids, rank, byRank };
  }
}

/** Largest layer (nodes) built through a dense n×n sum; larger ones sort their arc keys. */
const DENSE_BUILD = 2048;

/**
 * One layer from the rows `list` (in input order) of coded columns. Nodes are sorted ids; arcs are sorted by (source,
 * target) and duplicates summed in input order, an undirected tie stored as (a→b, b→a) with a < b: the same arrays,
 * in the same order, as a map keyed by "a\0b" strings sorted, at a fraction of the cost (no string per row).
 */
function buildCoded(
  list: ArrayLike<number>, src: Int32Array, tgt: Int32Array, weight: ArrayLike<number>,
  { ids, rank, byRank }: { ids: string[]; rank: Int32Array; byRank: Int32Array }, directed: boolean,
): LayerGraph {
  const a = new Int32Array(list.length);
  const b = new Int32Array(list.length);
  const w = new Float64Array(list.length);
  const present = new Uint8Array(ids.length);
  let count = 0;
  for (let k = 0; k < list.length; k++) {
    const r = list[k]!;
    const x = weight[r]!;
    if (src[r] === tgt[r] || !(x > 0) || !Number.isFinite(x)) continue;
    let ra = rank[src[r]!]!;
    let rb = rank[tgt[r]!]!;
    if (!directed && ra > rb) [ra, rb] = [rb, ra];
    a[count] = ra; b[count] = rb; w[count++] = x;
    present[ra] = 1; present[rb] = 1;
  }
  const local = new Int32Array(ids.length);
  const nodes: string[] = [];
  for (let r = 0; r < ids.length; r++) if (present[r]) { local[r] = nodes.length; nodes.push(ids[byRank[r]!]!); }
  const n = nodes.length;
  const arcs = directed ? count : 2 * count;
  const from = new Int32Array(arcs);
  const to = new Int32Array(arcs);
  const weights = new Float64Array(arcs);
  let e = 0;
  const emit = (i: number, j: number, sum: number) => {
    from[e] = i; to[e] = j; weights[e++] = sum;
    if (!directed) { from[e] = j; to[e] = i; weights[e++] = sum; }
  };
  if (n <= DENSE_BUILD) {
    // Layers of states: sum into an n×n matrix in input order, then read it row by row (arcs in (source, target) order).
    const sum = new Float64Array(n * n);
    const seen = new Uint8Array(n * n);
    for (let k = 0; k < count; k++) {
      const key = local[a[k]!]! * n + local[b[k]!]!;
      sum[key]! += w[k]!;
      seen[key] = 1;
    }
    for (let key = 0; key < n * n; key++) if (seen[key]) emit(Math.floor(key / n), key % n, sum[key]!);
  } else {
    // Sort keys (arc key · count + row position): exact integers below 2^53 for any layer that fits in memory.
    const keys = new Float64Array(count);
    for (let k = 0; k < count; k++) keys[k] = (local[a[k]!]! * n + local[b[k]!]!) * count + k;
    keys.sort();
    for (let k = 0; k < count;) {
      const key = keys[k]! - (keys[k]! % count);
      let sum = 0;
      for (; k < count && keys[k]! - (keys[k]! % count) === key; k++) sum += w[keys[k]! % count]!;
      const arc = key / count;
      const i = Math.floor(arc / n);
      emit(i, arc - i * n, sum);
    }
  }
  return { directed, nodes, index: new Map(nodes.map((id, i) => [id, i])), from: from.slice(0, e), to: to.slice(0, e), weight: weights.slice(0, e) };
}

/**
 * Each node's in-ties as lists (CSR by target): node t's come from source[start[t]..start[t+1]) with those weights,
 * in arc order (sorted by source), so a sum over them adds the terms in the order a pass over the arcs would.
 */
export function inArcs(g: LayerGraph): { start: Int32Array; source: Int32Array; weight: Float64Array } {
  const n = g.nodes.length;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < g.to.length; e++) start[g.to[e]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const source = new Int32Array(g.from.length);
  const weight = new Float64Array(g.from.length);
  for (let e = 0; e < g.from.length; e++) {
    const k = fill[g.to[e]!]!++;
    source[k] = g.from[e]!;
    weight[k] = g.weight[e]!;
  }
  return { start, source, weight };
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

/** The layer as a graphology graph (node keys = ids, edge attribute `weight`; edges in arc order). */
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
