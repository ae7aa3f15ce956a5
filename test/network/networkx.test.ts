// Every network measure against networkx/numpy (bench/baselines/network_measures.py) on exported graphs: the hand-built
// ones and seeded random ones (SYNTHETIC), directed and undirected, with a dangling node. Skipped, with the reason, only
// when python3 with networkx and numpy is not installed.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/core/random.js';
import { buildLayer, edgeRows, type EdgeRow, type LayerGraph } from '../../src/network/graph.js';
import { differences, exportGraph, networkxMissing, runNetworkx, tsMeasures } from './networkx-harness.js';

const missing = networkxMissing();
if (missing) console.warn(`test/network/networkx.test.ts skipped: ${missing}`);

/** SYNTHETIC: a seeded random weighted graph on n nodes, each possible tie present with probability p. */
function randomLayer(seed: number, n: number, p: number, directed: boolean): LayerGraph {
  const r = seededRandom(seed);
  const rows: EdgeRow[] = [];
  const id = (i: number) => `S${String(i).padStart(2, '0')}`;
  for (let i = 0; i < n; i++) {
    for (let j = directed ? 0 : i + 1; j < n; j++) if (i !== j && r() < p) rows.push({ source: id(i), target: id(j), weight: 0.05 + r() });
  }
  return buildLayer(rows, directed);
}

const e = (source: string, target: string, weight = 1): EdgeRow => ({ source, target, weight });
const BASE = randomLayer(9, 12, 0.5, true);
const GRAPHS: Array<[string, LayerGraph]> = [
  ['hand: 3-node directed', buildLayer([e('A', 'B'), e('A', 'C'), e('B', 'C'), e('C', 'A')], true)],
  ['hand: two triangles', buildLayer([e('A', 'B'), e('B', 'C'), e('A', 'C'), e('D', 'E'), e('E', 'F'), e('D', 'F'), e('C', 'D')], false)],
  ['synthetic: directed 30 nodes', randomLayer(7, 30, 0.3, true)],
  ['synthetic: undirected 25 nodes', randomLayer(8, 25, 0.25, false)],
  ['synthetic: directed with a dangling node', buildLayer([...edgeRows(BASE), ...BASE.nodes.map((s) => e(s, 'SINK', 0.3))], true)],
];

describe.skipIf(missing !== null)('network measures = networkx/numpy on exported graphs', () => {
  it('agree to 1e-8 for every measure on every graph', () => {
    const nx = runNetworkx(GRAPHS.map(([name, g]) => exportGraph(name, g)));
    expect(nx.results).toHaveLength(GRAPHS.length);
    GRAPHS.forEach(([name, g], k) => {
      const diff = differences(tsMeasures(g), nx.results[k]!);
      for (const [measure, d] of Object.entries(diff)) expect(d, `${name}: ${measure}`).toBeLessThan(1e-8);
    });
  });
});
