// The networkx side of the network cross-checks: export layers as JSON, run bench/baselines/network_measures.py
// (python3-networkx + numpy) on them, compute the same measures in TS, and compare. Used by the test and the bench.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { communities } from '../../src/network/communities.js';
import { denseWeights, edgeRows, rowNormalise, type LayerGraph } from '../../src/network/graph.js';
import { defaultBeta, indirectDependence } from '../../src/network/leontief.js';
import { summariseLayer } from '../../src/network/summaries.js';

export interface GraphSpec {
  name: string;
  directed: boolean;
  edges: Array<[string, string, number]>;
  partition?: Record<string, number>;
}

type ByNode = Record<string, number>;

export interface Measures {
  pagerank: ByNode;
  eigenvector: ByNode | null;
  betweenness: ByNode;
  strength_in: ByNode;
  strength_out: ByNode;
  coreness: ByNode;
  density: number;
  centralisation: number | null;
  indirect: { nodes: string[]; T: number[][] };
  modularity?: number;
}

export interface NetworkxResult extends Measures {
  name: string;
  seconds: number;
}

/** Why the baseline cannot run here, or null when python3 with networkx and numpy is available. */
export function networkxMissing(): string | null {
  const run = spawnSync('python3', ['-c', 'import networkx, numpy'], { encoding: 'utf8' });
  if (run.error) return `python3 not found (${run.error.message})`;
  return run.status === 0 ? null : `python3 cannot import networkx/numpy: ${run.stderr.trim().split('\n').pop()} (Debian: apt install python3-networkx)`;
}

/** The layer as the baseline's JSON graph, with the TS Louvain partition so that both score the same blocs. */
export function exportGraph(name: string, g: LayerGraph, seed = 1): GraphSpec {
  const c = communities(g, seed);
  const partition: Record<string, number> = {};
  g.nodes.forEach((id, i) => (partition[id] = c.community[i]!));
  return { name, directed: g.directed, edges: edgeRows(g).map((r) => [r.source, r.target, r.weight]), partition };
}

/** Runs the networkx baseline on the graphs (one python3 process). */
export function runNetworkx(graphs: GraphSpec[]): { networkx: string; results: NetworkxResult[] } {
  const dir = mkdtempSync(join(tmpdir(), 'interdep-nx-'));
  try {
    const file = join(dir, 'graphs.json');
    writeFileSync(file, JSON.stringify({ graphs }));
    const run = spawnSync('python3', ['bench/baselines/network_measures.py', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (run.status !== 0) throw new Error(`networkx baseline failed:\n${run.stderr}`);
    return JSON.parse(run.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same measures in TS (src/network), in the baseline's shape. */
export function tsMeasures(g: LayerGraph, seed = 1): Measures {
  const s = summariseLayer(g);
  const pick = (k: 'pagerank' | 'eigenvector' | 'betweenness' | 'strength_in' | 'strength_out' | 'coreness') =>
    s.measures.some((r) => r[k] === null) ? null : Object.fromEntries(s.measures.map((r) => [r.state, r[k]!]));
  const n = g.nodes.length;
  const d = rowNormalise(denseWeights(g), n);
  const t = indirectDependence(d, n, defaultBeta(d, n));
  return {
    pagerank: pick('pagerank')!, eigenvector: pick('eigenvector'), betweenness: pick('betweenness')!,
    strength_in: pick('strength_in')!, strength_out: pick('strength_out')!, coreness: pick('coreness')!,
    density: s.density, centralisation: s.centralisation,
    indirect: { nodes: g.nodes, T: g.nodes.map((_, i) => [...t.subarray(i * n, (i + 1) * n)]) },
    modularity: communities(g, seed).modularity,
  };
}

/** Largest absolute difference per measure between TS and networkx (NaN where one side has no value). */
export function differences(ts: Measures, nx: Measures): Record<string, number> {
  const nodes = (a: ByNode | null, b: ByNode | null) => {
    if (!a || !b) return a === b ? 0 : Number.NaN;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    let max = 0;
    for (const k of keys) max = Math.max(max, Math.abs((a[k] ?? Number.NaN) - (b[k] ?? Number.NaN)));
    return max;
  };
  let tMax = 0;
  ts.indirect.T.forEach((row, i) => row.forEach((x, j) => (tMax = Math.max(tMax, Math.abs(x - nx.indirect.T[i]![j]!)))));
  const scalar = (a: number | null | undefined, b: number | null | undefined) => (a === null || a === undefined || b === null || b === undefined ? (a == b ? 0 : Number.NaN) : Math.abs(a - b));
  return {
    pagerank: nodes(ts.pagerank, nx.pagerank), eigenvector: nodes(ts.eigenvector, nx.eigenvector), betweenness: nodes(ts.betweenness, nx.betweenness),
    strength_in: nodes(ts.strength_in, nx.strength_in), strength_out: nodes(ts.strength_out, nx.strength_out), coreness: nodes(ts.coreness, nx.coreness),
    density: scalar(ts.density, nx.density), centralisation: scalar(ts.centralisation, nx.centralisation),
    indirect: ts.indirect.nodes.join() === nx.indirect.nodes.join() ? tMax : Number.NaN, modularity: scalar(ts.modularity, nx.modularity),
  };
}

