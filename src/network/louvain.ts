// Louvain modularity maximisation on an undirected layer, on flat arrays. Blondel, Guillaume, Lambiotte & Lefebvre
// (2008), "Fast unfolding of communities in large networks", J. Stat. Mech. P10008; modularity after Newman (2006),
// PNAS 103(23). The moves are those of graphology-communities-louvain 2.0.2 with its defaults (fast local moves,
// random start of each sweep, resolution 1; graphology-indices 0.17 for the index): same node order, same neighbour
// order, same sums in the same order, same tie-breaking and the same integer array widths, so the same seed gives the
// same partition — without building a graphology graph per layer-year, which cost more than the algorithm itself.
import type { Random } from '../core/random.js';
import type { LayerGraph } from './graph.js';

type PointerArray = Uint8Array | Uint16Array | Uint32Array;

/**
 * An unsigned array of `length` for indices below `bound`, of the width mnemonist's getPointerArray picks (the widths
 * decide where stored values wrap, so they are part of what must match).
 */
function pointerArray(bound: number, length = bound): PointerArray {
  const max = bound - 1;
  if (max <= 255) return new Uint8Array(length);
  if (max <= 65535) return new Uint16Array(length);
  return new Uint32Array(length);
}

/**
 * The community of each node (labels as the algorithm leaves them) of an undirected layer: its ties taken once each
 * (from < to), in arc order, are the graph's edges in insertion order.
 */
export function louvainPartition(g: LayerGraph, rng: Random): ArrayLike<number> {
  const order = g.nodes.length;
  const edges: number[] = [];
  for (let e = 0; e < g.from.length; e++) if (g.from[e]! < g.to[e]!) edges.push(e);
  if (edges.length === 0) return Int32Array.from(g.nodes.keys());
  const size = edges.length * 2;
  // Index: each node's neighbours in reverse edge order (filled from the end of its range), weights alike.
  const neighborhood = pointerArray(order + 1, size);
  const weights = new Float64Array(size);
  const loops = new Float64Array(order);
  // Sized by the edge count, as graphology-indices does: with exactly 128 (or 32,768) ties the end offset stored in
  // starts[order] wraps to 0 and the last node's ties go unseen in the first pass. Kept, so that the blocs are the ones
  // graphology gives (this touches bloc_trade 1874, bloc_arms 1957–1958 and bloc_composite 1881).
  const starts = pointerArray(size, order + 1);
  const belongings = pointerArray(order + 1, order);
  const counts = pointerArray(order + 1, order);
  const unused = pointerArray(order + 1, order);
  const totalWeights = new Float64Array(order);
  let m = 0;
  const degree = new Int32Array(order);
  for (const e of edges) { degree[g.from[e]!]!++; degree[g.to[e]!]!++; }
  let cumulative = 0;
  for (let i = 0; i < order; i++) {
    cumulative += degree[i]!;
    starts[i] = cumulative;
    belongings[i] = i;
    counts[i] = 1;
  }
  for (const e of edges) {
    const source = g.from[e]!;
    const target = g.to[e]!;
    const weight = g.weight[e]!;
    m += weight;
    totalWeights[source]! += weight;
    totalWeights[target]! += weight;
    const s = --starts[source]!;
    const t = --starts[target]!;
    neighborhood[s] = target; neighborhood[t] = source;
    weights[s] = weight; weights[t] = weight;
  }
  starts[order] = size;
  const mapping = belongings.slice();
  let C = order;
  let unusedCount = 0;

  // A node's weight towards each community, in the order the communities are first met (a sparse map).
  const seen = pointerArray(C);
  const met = pointerArray(C);
  const towards = new Float64Array(C);
  let metCount = 0;
  const add = (community: number, weight: number) => {
    const k = seen[community]!;
    if (k < metCount && met[k] === community) towards[k]! += weight;
    else { met[metCount] = community; seen[community] = metCount; towards[metCount++] = 0 + weight; }
  };
  const weightTowards = (community: number) => {
    const k = seen[community]!;
    return k < metCount && met[k] === community ? towards[k]! : undefined;
  };
  // The queue of nodes to visit: a circular sparse queue set (a node is in it at most once).
  const capacity = C;
  const queued = pointerArray(capacity);
  const slot = pointerArray(capacity);
  let head = 0;
  let length = 0;
  const enqueue = (v: number) => {
    let k = slot[v]!;
    if (length !== 0) {
      const inside = (k < capacity && k >= head && k < head + length) || k < (head + length) % capacity;
      if (inside && queued[k] === v) return;
    }
    k = (head + length) % capacity;
    queued[k] = v; slot[v] = k; length++;
  };
  const dequeue = () => {
    const k = head;
    length--;
    head++;
    if (head === capacity) head = 0;
    const v = queued[k]!;
    slot[v] = capacity;
    return v;
  };

  let moveWasMade = true;
  while (moveWasMade) {
    const l = C;
    moveWasMade = false;
    let ri = Math.floor(rng() * l);
    for (let s = 0; s < l; s++, ri++) enqueue(ri % l);
    while (length !== 0) {
      const i = dequeue();
      let d = 0;
      metCount = 0;
      const current = belongings[i]!;
      for (let k = starts[i]!; k < starts[i + 1]!; k++) {
        const w = weights[k]!;
        d += w;
        add(belongings[neighborhood[k]!]!, w);
      }
      const di = d + loops[i]!;
      let bestDelta = (weightTowards(current) || 0) - (di * (totalWeights[current]! - di) * 1) / (2 * m);
      let best = current;
      for (let c = 0; c < metCount; c++) {
        const target = met[c]!;
        if (target === current) continue;
        const delta = towards[c]! - (di * totalWeights[target]! * 1) / (2 * m);
        // Tie-breaking of graphology: within 1e-10, move only to a higher label, and never away from staying put.
        const better = Math.abs(delta - bestDelta) < 1e-10 ? best !== current && target > best : delta > bestDelta;
        if (better) { bestDelta = delta; best = target; }
      }
      if (bestDelta < 0) {
        // Back to a singleton (isolate), unless the node already is one.
        if (counts[current] === 1) continue;
        best = unused[--unusedCount]!;
        totalWeights[current]! -= d + loops[i]!;
        totalWeights[best]! += d + loops[i]!;
        belongings[i] = best;
        counts[current]!--;
        counts[best]!++;
      } else {
        if (best === current) continue;
        totalWeights[current]! -= d + loops[i]!;
        totalWeights[best]! += d + loops[i]!;
        belongings[i] = best;
        const nowEmpty = counts[current]!-- === 1;
        counts[best]!++;
        if (nowEmpty) unused[unusedCount++] = current;
      }
      moveWasMade = true;
      for (let k = starts[i]!; k < starts[i + 1]!; k++) {
        const j = neighborhood[k]!;
        if (belongings[j] !== best) enqueue(j);
      }
    }
    if (!moveWasMade) break;

    // Zoom out: communities become nodes (numbered by first member), ties between them summed, inner ties as loops.
    const label = new Int32Array(C).fill(-1);
    let next = 0;
    const inducedTotal: number[] = [];
    for (let i = 0; i < C; i++) {
      const c = belongings[i]!;
      if (label[c] === -1) { label[c] = next++; inducedTotal.push(totalWeights[c]!); }
      belongings[i] = label[c]!;
    }
    for (let i = 0; i < order; i++) mapping[i] = belongings[mapping[i]!]!;
    const internal = new Float64Array(next);
    const adjacent: Array<Map<number, number>> = Array.from({ length: next }, () => new Map());
    for (let i = 0; i < C; i++) {
      const ci = belongings[i]!;
      internal[ci]! += loops[i]!;
      for (let k = starts[i]!; k < starts[i + 1]!; k++) {
        const cj = belongings[neighborhood[k]!]!;
        if (ci === cj) { internal[ci]! += weights[k]!; continue; }
        const adj = adjacent[ci]!;
        adj.set(cj, (adj.get(cj) ?? 0) + weights[k]!);
      }
    }
    C = next;
    let e = 0;
    for (let ci = 0; ci < C; ci++) {
      totalWeights[ci] = inducedTotal[ci]!;
      loops[ci] = internal[ci]!;
      counts[ci] = 1;
      starts[ci] = e;
      belongings[ci] = ci;
      // Neighbour communities in increasing label order (the order of integer keys in the object it is ported from).
      for (const cj of [...adjacent[ci]!.keys()].sort((x, y) => x - y)) {
        neighborhood[e] = cj;
        weights[e++] = adjacent[ci]!.get(cj)!;
      }
    }
    starts[C] = e;
    unusedCount = 0;
  }
  return mapping;
}
