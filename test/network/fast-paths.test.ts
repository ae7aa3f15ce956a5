// The array implementations behind the network metrics against what they replace, on SYNTHETIC graphs (seeded): the
// Louvain port = graphology-communities-louvain partition for partition (including the 8-bit index wrap at 128 edges);
// the layer builder = the string-keyed map it replaced, arc for arc; the in-place inverse, the two betweenness scans
// and the sparse coreness product = their dense forms; co-membership counts = a pair-by-pair count; the batch
// structural equivalence = structuralEquivalence pair by pair, including its NULL (constant profile) cases.
import louvain from 'graphology-communities-louvain';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/core/random.js';
import { RowKeys, rowsOfColumns } from '../../src/metrics/row-order.js';
import { betweenness } from '../../src/network/betweenness.js';
import { coMembershipEdges } from '../../src/network/co-membership.js';
import { undirectedView } from '../../src/network/communities.js';
import { coreness } from '../../src/network/core-periphery.js';
import { pairEquivalence, profilesOf, tiedPairs } from '../../src/network/equivalence-pairs.js';
import { buildLayer, buildLayers, denseWeights, edgeRows, toGraphology, type EdgeRow, type LayerGraph } from '../../src/network/graph.js';
import { invert } from '../../src/network/invert.js';
import { louvainPartition } from '../../src/network/louvain.js';
import { structuralEquivalence } from '../../src/network/structural-equivalence.js';

/** SYNTHETIC rows: n states, each ordered pair tied with probability p (weights in (0.05, 1.05)), with noise rows. */
function randomRows(seed: number, n: number, p: number, noise = false): EdgeRow[] {
  const r = seededRandom(seed);
  const rows: EdgeRow[] = [];
  const id = (i: number) => `S${String(i).padStart(3, '0')}`;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j || r() >= p) continue;
      rows.push({ source: id(i), target: id(j), weight: 0.05 + r() });
      if (noise && r() < 0.1) rows.push({ source: id(i), target: id(j), weight: 0.3 }); // a duplicate: summed
    }
    if (noise) rows.push({ source: id(i), target: id(i), weight: 1 }, { source: id(i), target: id((i + 1) % n), weight: 0 });
  }
  return rows;
}

/** The layer builder before the array one: a map keyed by "a\0b", summed in row order, keys sorted. */
function mapLayer(rows: readonly EdgeRow[], directed: boolean): LayerGraph {
  const sum = new Map<string, number>();
  const ids = new Set<string>();
  for (const r of rows) {
    if (r.source === r.target || !(r.weight > 0) || !Number.isFinite(r.weight)) continue;
    const [a, b] = directed || r.source < r.target ? [r.source, r.target] : [r.target, r.source];
    sum.set(`${a}\u0000${b}`, (sum.get(`${a}\u0000${b}`) ?? 0) + r.weight);
    ids.add(a).add(b);
  }
  const nodes = [...ids].sort();
  const index = new Map(nodes.map((id, i) => [id, i]));
  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  for (const [k, w] of [...sum].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    const [a, b] = k.split('\u0000') as [string, string];
    from.push(index.get(a)!); to.push(index.get(b)!); weight.push(w);
    if (!directed) { from.push(index.get(b)!); to.push(index.get(a)!); weight.push(w); }
  }
  return { directed, nodes, index, from: Int32Array.from(from), to: Int32Array.from(to), weight: Float64Array.from(weight) };
}

const sameGraph = (a: LayerGraph, b: LayerGraph) => {
  expect(a.nodes).toEqual(b.nodes);
  expect([...a.from]).toEqual([...b.from]);
  expect([...a.to]).toEqual([...b.to]);
  expect([...a.weight]).toEqual([...b.weight]);
};

describe('layer building on arrays', () => {
  it('buildLayer and buildLayers (per year) give the same arcs, in the same order, with the same sums as a string-keyed map', () => {
    for (const [seed, directed] of [[1, true], [2, false], [3, true]] as const) {
      const rows = randomRows(seed, 40, 0.3, true);
      sameGraph(buildLayer(rows, directed), mapLayer(rows, directed));
      const years = rows.map((_, k) => 2000 + (k % 3));
      const byYear = buildLayers({ length: rows.length, year: years, source: rows.map((r) => r.source), target: rows.map((r) => r.target), weight: rows.map((r) => r.weight) }, directed);
      expect(byYear.map(([y]) => y)).toEqual([2000, 2001, 2002]);
      for (const [y, g] of byYear) sameGraph(g, mapLayer(rows.filter((_, k) => years[k] === y), directed));
    }
  });
  it('the undirected view sums both directions of a pair, as rebuilding it from the arcs does', () => {
    const g = buildLayer(randomRows(4, 30, 0.4), true);
    sameGraph(undirectedView(g), mapLayer(edgeRows(g), false));
  });
});

describe('Louvain on arrays = graphology-communities-louvain', () => {
  const graphologyPartition = (u: LayerGraph, seed: number) => {
    const raw = louvain(toGraphology(u), { getEdgeWeight: 'weight', rng: seededRandom(seed) }) as Record<string, number>;
    return u.nodes.map((id) => raw[id]!);
  };
  it('gives the same labels on 200 random graphs (sizes 3–80, sparse and dense, unit and real weights, several seeds)', () => {
    const r = seededRandom(11);
    for (let k = 0; k < 200; k++) {
      const rows = randomRows(1000 + k, 3 + Math.floor(r() * 78), k % 3 === 0 ? 0.5 : 0.08);
      if (k % 2 === 1) rows.forEach((row) => (row.weight = 1));
      const u = undirectedView(buildLayer(rows, k % 4 !== 0));
      if (u.nodes.length === 0) continue;
      expect(Array.from(louvainPartition(u, seededRandom(k))), `graph ${k}`).toEqual(graphologyPartition(u, k));
    }
  });
  it('reproduces graphology also where its 8-bit index wraps (graphs of exactly 128 edges: the last node loses its ties)', () => {
    const r = seededRandom(1);
    for (let k = 0; k < 20; k++) {
      const n = 20 + Math.floor(r() * 20);
      const pairs = new Set<string>();
      while (pairs.size < 128) {
        const [a, b] = [Math.floor(r() * n), Math.floor(r() * n)];
        if (a !== b) pairs.add(`N${String(Math.min(a, b)).padStart(2, '0')}|N${String(Math.max(a, b)).padStart(2, '0')}`);
      }
      const u = buildLayer([...pairs].map((p) => ({ source: p.split('|')[0]!, target: p.split('|')[1]!, weight: 1 })), false);
      expect(u.from.length / 2).toBe(128);
      expect(Array.from(louvainPartition(u, seededRandom(k)))).toEqual(graphologyPartition(u, k));
    }
  });
});

describe('linear algebra and paths on arrays', () => {
  it('the in-place inverse undoes its row swaps: M · M⁻¹ = I for a matrix that needs pivoting', () => {
    // [[0 2 1] [1 0 0] [3 1 0]]: the first pivot must come from row 3.
    const m = Float64Array.from([0, 2, 1, 1, 0, 0, 3, 1, 0]);
    const inv = invert(m, 3);
    // By hand: det = 0·0 − 2·(0 − 0) + 1·(1 − 0) = 1; M⁻¹ = adj(M) = [[0 1 0] [0 −3 1] [1 6 −2]].
    [0, 1, 0, 0, -3, 1, 1, 6, -2].forEach((x, i) => expect(inv[i]).toBeCloseTo(x, 12));
  });
  it('betweenness scans dense rows and adjacency lists alike (a dense and a sparse layer, each against Floyd–Warshall counts)', () => {
    for (const [seed, p] of [[5, 0.8], [6, 0.15]] as const) {
      const g = buildLayer(randomRows(seed, 25, p), true);
      expect(g.from.length >= 0.5 * 25 * 25).toBe(p > 0.5);
      const bc = betweenness(g);
      const n = g.nodes.length;
      // Reference: all-pairs shortest distances and path counts, then σ_st(v) = σ_sv σ_vt when d_sv + d_vt = d_st.
      const w = denseWeights(g);
      const d = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : w[i * n + j]! > 0 ? 1 / w[i * n + j]! : Infinity)));
      for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) d[i]![j] = Math.min(d[i]![j]!, d[i]![k]! + d[k]![j]!);
      const sigma = (s: number, t: number): number => {
        if (s === t) return 1;
        let c = 0;
        for (let v = 0; v < n; v++) if (v !== t && w[v * n + t]! > 0 && Math.abs(d[s]![v]! + 1 / w[v * n + t]! - d[s]![t]!) < 1e-12) c += sigma(s, v);
        return c;
      };
      for (let v = 0; v < n; v++) {
        let b = 0;
        for (let s = 0; s < n; s++) {
          for (let t = 0; t < n; t++) {
            if (s === t || s === v || t === v || d[s]![t] === Infinity) continue;
            if (Math.abs(d[s]![v]! + d[v]![t]! - d[s]![t]!) < 1e-12) b += (sigma(s, v) * sigma(v, t)) / sigma(s, t);
          }
        }
        expect(bc[v]).toBeCloseTo(b / ((n - 1) * (n - 2)), 10);
      }
    }
  });
  it('coreness on a sparse layer (row lists) = the power iteration on the dense S, bit for bit', () => {
    const g = buildLayer(randomRows(7, 40, 0.05), false);
    const n = g.nodes.length;
    const w = denseWeights(g);
    let x = new Float64Array(n).fill(1 / Math.sqrt(n));
    for (let it = 0; it < 10_000; it++) {
      const next = Float64Array.from(x);
      for (let i = 0; i < n; i++) {
        let acc = 0;
        for (let j = 0; j < n; j++) acc += ((w[i * n + j]! + w[j * n + i]!) / 2) * x[j]!;
        next[i]! += acc;
      }
      const norm = Math.sqrt(next.reduce((s, v) => s + v * v, 0)) || 1;
      let change = 0;
      for (let i = 0; i < n; i++) { next[i]! /= norm; change += Math.abs(next[i]! - x[i]!); }
      x = next;
      if (change < n * 1e-13) break;
    }
    const max = Math.max(...x);
    expect([...coreness(g)]).toEqual([...x].map((v) => v / max));
  });
});

describe('co-membership counts from memberships', () => {
  it('counts the distinct groups each pair shares, per year (duplicates once), as a pair-by-pair count', () => {
    const r = seededRandom(8);
    const year: number[] = [];
    const member: string[] = [];
    const group: string[] = [];
    for (const y of [1990, 1991]) {
      for (let s = 0; s < 30; s++) {
        for (let g = 0; g < 70; g++) if (r() < 0.3) for (const _ of r() < 0.05 ? [0, 1] : [0]) { year.push(y); member.push(`S${s}`); group.push(`G${g}`); }
      }
    }
    const e = coMembershipEdges({ length: year.length, year, member, group });
    const got = new Map(Array.from({ length: e.length }, (_, k) => [`${e.year[k]}|${e.source[k]}|${e.target[k]}`, e.weight[k]]));
    const groupsOf = new Map<string, Set<string>>();
    year.forEach((y, k) => groupsOf.set(`${y}|${member[k]}`, (groupsOf.get(`${y}|${member[k]}`) ?? new Set()).add(group[k]!)));
    let pairs = 0;
    for (const y of [1990, 1991]) {
      const states = [...new Set(member)].sort();
      for (let a = 0; a < states.length; a++) {
        for (let b = a + 1; b < states.length; b++) {
          const ga = groupsOf.get(`${y}|${states[a]}`) ?? new Set();
          const shared = [...(groupsOf.get(`${y}|${states[b]}`) ?? [])].filter((g) => ga.has(g)).length;
          if (shared > 0) pairs++;
          expect(got.get(`${y}|${states[a]}|${states[b]}`) ?? 0).toBe(shared);
        }
      }
    }
    expect(e.length).toBe(pairs);
  });
});

describe('structural equivalence in batch', () => {
  it('= structuralEquivalence pair by pair (to 1e-12), NULL in the same places, on three layers with constant profiles', () => {
    const trade = buildLayer(randomRows(9, 20, 0.3), true);
    // An IGO layer where X and Y are tied only to each other (zero profile once the pair's own entries are left out),
    // and an alliance layer where everyone is tied to everyone (constant, non-zero profile in that layer).
    const igo = buildLayer([...edgeRows(buildLayer(randomRows(10, 20, 0.2), false)), { source: 'X', target: 'Y', weight: 2 }], false);
    const alliance = buildLayer(trade.nodes.flatMap((a) => trade.nodes.filter((b) => a < b).map((b) => ({ source: a, target: b, weight: 1 }))), false);
    for (const layers of [[trade, igo, alliance], [igo], [alliance]]) {
      const p = profilesOf(layers);
      const pairs = tiedPairs(layers, p.universe);
      let nulls = 0;
      for (let k = 0; k < pairs.length; k += 2) {
        const [a, b] = [p.universe[pairs[k]!]!, p.universe[pairs[k + 1]!]!];
        const batch = pairEquivalence(p, pairs[k]!, pairs[k + 1]!);
        const single = structuralEquivalence(layers, a, b);
        if (single === null) { expect(batch, `${a} ${b}`).toBeNull(); nulls++; } else expect(batch!, `${a} ${b}`).toBeCloseTo(single, 12);
      }
      if (layers.length === 1 && layers[0] === alliance) expect(nulls).toBe(pairs.length / 2);
    }
  });
});

describe('rows in storage order', () => {
  it('RowKeys orders by subject, counterpart (none first), year as localeCompare does, and columns ↔ rows agree', () => {
    const keys = new RowKeys();
    const input: Array<[string, string | null, number]> = [['RUS', 'BLR', 2001], ['BLR', null, 2000], ['RUS', 'BLR', 2000], ['BLR', 'RUS', 1999], ['BLR', null, 1999], ['AUT', 'RUS', 2005]];
    const value = input.map((_, k) => (k === 2 ? null : k + 0.5));
    input.forEach(([s, c, y]) => keys.add(s, c, y));
    const flags = (k: number) => (value[k] === null ? 'x' : '');
    const rows = keys.rows((k) => value[k]!, flags);
    expect(rowsOfColumns(keys.columns((k) => value[k]!, flags))).toEqual(rows);
    const expected = input.map(([subject, counterpart, year], k) => ({ subject, counterpart, year, value: value[k]!, low: null, high: null, flags: value[k] === null ? 'x' : '' }))
      .sort((a, b) => a.subject.localeCompare(b.subject) || (a.counterpart ?? '').localeCompare(b.counterpart ?? '') || a.year - b.year);
    expect(rows).toEqual(expected);
  });
});
