// Weighted betweenness centrality: the share of shortest paths between other pairs that pass through a node, with a
// tie's length = 1 / weight (a strong tie is a short one). Freeman (1977), "A set of measures of centrality based on
// betweenness", Sociometry 40(1): 35–41; computed with Brandes (2001), "A faster algorithm for betweenness centrality",
// Journal of Mathematical Sociology 25(2): 163–177. Normalised as networkx.betweenness_centrality(normalized=True):
// divided by (n−1)(n−2) (undirected pairs are counted in both directions), so values lie in [0, 1].
import type { LayerGraph } from './graph.js';

/** Out-adjacency in CSR form with lengths 1/weight. */
function adjacency(g: LayerGraph): { start: Int32Array; next: Int32Array; length: Float64Array } {
  const n = g.nodes.length;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < g.from.length; e++) start[g.from[e]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const next = new Int32Array(g.from.length);
  const length = new Float64Array(g.from.length);
  for (let e = 0; e < g.from.length; e++) {
    const k = fill[g.from[e]!]!++;
    next[k] = g.to[e]!;
    length[k] = 1 / g.weight[e]!;
  }
  return { start, next, length };
}

/** Binary min-heap of (distance, insertion order, node). */
class Heap {
  private d: number[] = [];
  private c: number[] = [];
  private v: number[] = [];
  get size(): number { return this.d.length; }
  private less(a: number, b: number): boolean { return this.d[a]! < this.d[b]! || (this.d[a] === this.d[b] && this.c[a]! < this.c[b]!); }
  private swap(a: number, b: number): void {
    [this.d[a], this.d[b]] = [this.d[b]!, this.d[a]!];
    [this.c[a], this.c[b]] = [this.c[b]!, this.c[a]!];
    [this.v[a], this.v[b]] = [this.v[b]!, this.v[a]!];
  }
  push(dist: number, order: number, node: number): void {
    this.d.push(dist); this.c.push(order); this.v.push(node);
    for (let i = this.d.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p); i = p;
    }
  }
  pop(): [number, number] {
    const top: [number, number] = [this.d[0]!, this.v[0]!];
    const last = this.d.length - 1;
    this.swap(0, last);
    this.d.pop(); this.c.pop(); this.v.pop();
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.d.length && this.less(l, m)) m = l;
      if (r < this.d.length && this.less(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m); i = m;
    }
    return top;
  }
}

export function betweenness(g: LayerGraph): Float64Array {
  const n = g.nodes.length;
  const { start, next, length } = adjacency(g);
  const bc = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Float64Array(n);
  const delta = new Float64Array(n);
  const done = new Uint8Array(n);
  const preds: number[][] = Array.from({ length: n }, () => []);
  for (let s = 0; s < n; s++) {
    sigma.fill(0); dist.fill(Infinity); delta.fill(0); done.fill(0);
    for (const p of preds) p.length = 0;
    const order: number[] = [];
    const heap = new Heap();
    let pushes = 0;
    sigma[s] = 1; dist[s] = 0;
    heap.push(0, pushes++, s);
    while (heap.size > 0) {
      const [d, v] = heap.pop();
      if (done[v] || d > dist[v]!) continue;
      done[v] = 1;
      order.push(v);
      for (let k = start[v]!; k < start[v + 1]!; k++) {
        const w = next[k]!;
        const alt = d + length[k]!;
        if (done[w]) continue;
        if (alt < dist[w]!) {
          dist[w] = alt; sigma[w] = sigma[v]!; preds[w]!.length = 0; preds[w]!.push(v);
          heap.push(alt, pushes++, w);
        } else if (alt === dist[w]) {
          sigma[w]! += sigma[v]!; preds[w]!.push(v);
        }
      }
    }
    for (let k = order.length - 1; k >= 0; k--) {
      const w = order[k]!;
      const coeff = (1 + delta[w]!) / sigma[w]!;
      for (const v of preds[w]!) delta[v]! += sigma[v]! * coeff;
      if (w !== s) bc[w]! += delta[w]!;
    }
  }
  if (n > 2) for (let i = 0; i < n; i++) bc[i]! /= (n - 1) * (n - 2);
  return bc;
}
