// Network layers and measures for every year, in TS, next to networkx on the same exported graphs in the same run.
// Part 1 (TS only): every layer of the store, every year it covers: build the layer, then every node measure
// (strengths, PageRank, eigenvector, betweenness, coreness), density, centralisation, T = D (I − βD)⁻¹ and Louvain blocs.
// Part 2 (TS vs networkx): the graphs of the years --nx-from..--nx-to (default 2010–2014; --nx-all = every year) are
// exported, networkx/numpy (bench/baselines/network_measures.py) computes the same measures, and the script reports
// both compute times, their ratio and the largest difference per measure.
// Usage: npx tsx bench/network.bench.ts [database] [--nx-from Y] [--nx-to Y] [--nx-all]
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { communities } from '../src/network/communities.js';
import { buildLayer, denseWeights, rowNormalise } from '../src/network/graph.js';
import { indirectDependence } from '../src/network/leontief.js';
import { layersByYear } from '../src/network/node-measures.js';
import { summariseLayer } from '../src/network/summaries.js';
import { Database } from '../src/store/db.js';
import { LAYERS, LAYER_SPECS, readLayerPanel } from '../src/store/queries/network-layers.js';
import { differences, exportGraph, networkxMissing, runNetworkx, tsMeasures, type GraphSpec } from '../test/network/networkx-harness.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dbPath = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--nx-from' && args[i - 1] !== '--nx-to') ?? '.tmp/test/interdep.duckdb');
const all = args.includes('--nx-all');
const nxFrom = all ? -9999 : Number(flag('--nx-from') ?? 2010);
const nxTo = all ? 9999 : Number(flag('--nx-to') ?? 2014);

const db = await Database.open(dbPath, { readOnly: true });
const rows: string[] = [];
const compare: Array<{ layer: string; year: number; spec: GraphSpec; tsSeconds: number }> = [];
let tsTotal = 0;
let readTotal = 0;
for (const layer of LAYERS) {
  const t0 = performance.now();
  const panel = await readLayerPanel(db, layer);
  const read = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  let nodes = 0;
  let ties = 0;
  const years = layersByYear(panel, LAYER_SPECS[layer].directed);
  for (const [, g] of years) {
    const s = summariseLayer(g);
    const n = g.nodes.length;
    indirectDependence(rowNormalise(denseWeights(g), n), n);
    communities(g, 1);
    nodes += s.nodes;
    ties += s.ties;
  }
  const seconds = (performance.now() - t1) / 1000;
  tsTotal += seconds;
  readTotal += read;
  const span = years.length > 0 ? `${years[0]![0]}–${years.at(-1)![0]}` : '–';
  rows.push(`| ${layer} | ${span} | ${years.length} | ${nodes.toLocaleString('en-US')} | ${ties.toLocaleString('en-US')} | ${read.toFixed(1)} s | ${seconds.toFixed(1)} s |`);
  for (const [year, g] of years) {
    if (year < nxFrom || year > nxTo) continue;
    const t2 = performance.now();
    tsMeasures(g);
    compare.push({ layer, year, spec: exportGraph(`${layer} ${year}`, g), tsSeconds: (performance.now() - t2) / 1000 });
  }
}
db.close();
console.log(`## TS: every layer, every year (${dbPath})\n`);
console.log('| layer | years | graphs | node-years | ties | read | all measures |\n|---|---|---:|---:|---:|---:|---:|');
console.log(rows.join('\n'));
console.log(`| **total** | | | | | ${readTotal.toFixed(1)} s | **${tsTotal.toFixed(1)} s** |\n`);

const missing = networkxMissing();
if (missing) {
  console.log(`networkx baseline skipped: ${missing}`);
} else {
  const t3 = performance.now();
  const nx = runNetworkx(compare.map((c) => c.spec));
  const wall = (performance.now() - t3) / 1000;
  const worst: Record<string, number> = {};
  compare.forEach((c, k) => {
    for (const [m, d] of Object.entries(differences(tsMeasures(buildLayer(c.spec.edges.map(([source, target, weight]) => ({ source, target, weight })), c.spec.directed)), nx.results[k]!))) {
      worst[m] = Number.isNaN(d) || Number.isNaN(worst[m] ?? 0) ? Number.NaN : Math.max(worst[m] ?? 0, d);
    }
  });
  const tsSame = compare.reduce((s, c) => s + c.tsSeconds, 0);
  const nxSame = nx.results.reduce((s, r) => s + r.seconds, 0);
  const window = all ? 'every year' : `${nxFrom}–${nxTo}`;
  console.log(`## Same graphs, TS vs networkx ${nx.networkx} (${compare.length} layer-years, ${window})\n`);
  console.log('| what | time |\n|---|---:|');
  console.log(`| TS (src/network): node measures, density, centralisation, T, Louvain | ${tsSame.toFixed(1)} s |`);
  console.log(`| networkx + numpy: the same measures (compute only; process incl. JSON: ${wall.toFixed(1)} s) | ${nxSame.toFixed(1)} s |`);
  console.log(`| ratio networkx / TS | **${(nxSame / tsSame).toFixed(1)}×** |\n`);
  console.log('Largest |TS − networkx| per measure over those graphs (NaN: one side has no value, e.g. no convergence):\n');
  console.log(Object.entries(worst).map(([m, d]) => `${m} ${d.toExponential(1)}`).join(' · '));
}
