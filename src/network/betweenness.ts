// Weighted betweenness centrality: the share of shortest paths between other pairs that pass through a node, with a
// tie's length = 1 / weight (a strong tie is a short one). Freeman (1977), "A set of measures of centrality based on
// betweenness", Sociometry 40(1): 35–41; computed with Brandes (2001), "A faster algorithm for betweenness centrality",
// Journal of Mathematical Sociology 25(2): 163–177. Normalised as networkx.betweenness_centrality(normalized=True):
// divided by (n−1)(n−2) (undirected pairs are counted in both directions), so values lie in [0, 1].
import type { LayerGraph } from './graph.js';

/** Out-adjacency in CSR form with lengths 1/weight (each node's arcs in arc order), and each node's in-degree. */
function adjacency(g: LayerGraph): { start: Int32Array; next: Int32Array; length: Float64Array; inDegree: Int32Array } {
  const n = g.nodes.length;
  const start = new Int32Array(n + 1);
  const inDegree = new Int32Array(n);
  for (let e = 0; e < g.from.length; e++) {
    start[g.from[e]! + 1]!++;
    inDegree[g.to[e]!]!++;
  }
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const next = new Int32Array(g.from.length);
  const length = new Float64Array(g.from.length);
  for (let e = 0; e < g.from.length; e++) {
    const k = fill[g.from[e]!]!++;
    next[k] = g.to[e]!;
    length[k] = 1 / g.weight[e]!;
  }
  return { start, next, length, inDegree };
}

/**
 * Moves node v, whose distance fell, up from heap position i (binary min-heap on dist; slot = each node's position);
 * i = size for a node not yet in the heap. Returns the new size.
 */
function siftUp(heap: Int32Array, slot: Int32Array, dist: Float64Array, i: number, v: number, size: number): number {
  const grown = i === size ? size + 1 : size;
  const d = dist[v]!;
  while (i > 0) {
    const p = (i - 1) >> 1;
    const u = heap[p]!;
    if (dist[u]! <= d) break;
    heap[i] = u; slot[u] = i; i = p;
  }
  heap[i] = v; slot[v] = i;
  return grown;
}

/** Puts node v (the heap's last, after its top left) in its place from the root, in a heap of `size` nodes. */
function siftDown(heap: Int32Array, slot: Int32Array, dist: Float64Array, size: number, v: number): void {
  const d = dist[v]!;
  let i = 0;
  for (;;) {
    let c = 2 * i + 1;
    if (c >= size) break;
    if (c + 1 < size && dist[heap[c + 1]!]! < dist[heap[c]!]!) c++;
    const u = heap[c]!;
    if (dist[u]! >= d) break;
    heap[i] = u; slot[u] = i; i = c;
  }
  heap[i] = v; slot[v] = i;
}

/** Share of possible arcs from which a layer is scanned as a dense matrix (a row costs n per settled node, a list its ties; even around 0.5 on the real layers). */
const DENSE = 0.5;

/**
 * Brandes on flat arrays: Dijkstra on an indexed binary heap of typed arrays (decrease-key in place, no garbage),
 * predecessor lists in one array sliced by in-degree. Equal path
 * lengths are detected exactly as before (same sums d(v) + 1/w), so σ and the predecessor sets do not depend on the
 * order in which nodes at equal distance are settled.
 */
export function betweenness(g: LayerGraph): Float64Array {
  const n = g.nodes.length;
  const { start, next, length, inDegree } = adjacency(g);
  const predStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) predStart[i + 1] = predStart[i]! + inDegree[i]!;
  const preds = new Int32Array(predStart[n]!);
  const predCount = new Int32Array(n);
  const bc = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Float64Array(n);
  const delta = new Float64Array(n);
  const done = new Uint8Array(n);
  const order = new Int32Array(n);
  const heap = new Int32Array(n);
  const slot = new Int32Array(n);
  // Dense layers (most state pairs tied) scan a row of lengths, Infinity where there is no tie: the same ties in the
  // same order as the adjacency lists, without the indirection.
  const dense = g.from.length >= DENSE * n * n ? new Float64Array(n * n).fill(Infinity) : null;
  if (dense) for (let e = 0; e < g.from.length; e++) dense[g.from[e]! * n + g.to[e]!] = 1 / g.weight[e]!;
  for (let s = 0; s < n; s++) {
    sigma.fill(0); dist.fill(Infinity); delta.fill(0); done.fill(0); predCount.fill(0);
    sigma[s] = 1; dist[s] = 0;
    heap[0] = s; slot[s] = 0;
    let open = 1;
    let settled = 0;
    while (open > 0) {
      const v: number = heap[0]!;
      open--;
      if (open > 0) siftDown(heap, slot, dist, open, heap[open]!);
      done[v] = 1;
      order[settled++] = v;
      const d = dist[v]!;
      const sv = sigma[v]!;
      // A settled w has dist[w] ≤ d ≤ alt: it can only tie (a length too small to change d), hence the test there.
      if (dense) {
        // The dense row: every node, Infinity where there is no tie (same ties, same order as the adjacency list).
        for (let w = 0, row = v * n; w < n; w++) {
          const alt = d + dense[row + w]!;
          const dw = dist[w]!;
          if (alt < dw) {
            dist[w] = alt; sigma[w] = sv;
            preds[predStart[w]!] = v; predCount[w] = 1;
            open = siftUp(heap, slot, dist, dw === Infinity ? open : slot[w]!, w, open);
          } else if (alt === dw && alt !== Infinity && !done[w]) {
            sigma[w]! += sv;
            preds[predStart[w]! + predCount[w]!++] = v;
          }
        }
      } else {
        for (let k: number = start[v]!, end = start[v + 1]!; k < end; k++) {
          const w = next[k]!;
          const alt = d + length[k]!;
          const dw = dist[w]!;
          if (alt < dw) {
            dist[w] = alt; sigma[w] = sv;
            preds[predStart[w]!] = v; predCount[w] = 1;
            open = siftUp(heap, slot, dist, dw === Infinity ? open : slot[w]!, w, open);
          } else if (alt === dw && !done[w]) {
            sigma[w]! += sv;
            preds[predStart[w]! + predCount[w]!++] = v;
          }
        }
      }
    }
    for (let k = settled - 1; k >= 0; k--) {
      const w = order[k]!;
      const coeff = (1 + delta[w]!) / sigma[w]!;
      for (let p = predStart[w]!; p < predStart[w]! + predCount[w]!; p++) {
        const v = preds[p]!;
        delta[v]! += sigma[v]! * coeff;
      }
      if (w !== s) bc[w]! += delta[w]!;
    }
  }
  if (n > 2) for (let i = 0; i < n; i++) bc[i]! /= (n - 1) * (n - 2);
  return bc;
}
