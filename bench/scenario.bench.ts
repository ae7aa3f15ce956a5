// Benchmark: a 10,000-draw Monte Carlo of a supply cut over all states for one year — every state that imports gas
// in the Energy Institute matrix loses (an uncertain share of) the gas of its largest supplier for a year — through
// the scenario engine (monteCarlo: draw, apply the shocks, recompute the touched metrics, intervals), next to a plain
// loop over Float64Arrays that computes the same sensitivity and vulnerability per state and nothing else.
// Usage: npx tsx bench/scenario.bench.ts [draws=10000] [year=2019] [db=.tmp/test/interdep.duckdb]
import { drawValues } from '../src/scenarios/parameters.js';
import { monteCarlo } from '../src/scenarios/monte-carlo.js';
import { parseScenario } from '../src/scenarios/schema.js';
import { quantile, seededRandom } from '../src/core/random.js';
import { Database } from '../src/store/db.js';
import { loadScenarioInputs } from '../src/store/queries/scenario-inputs.js';

const draws = Number(process.argv[2] ?? 10_000);
const year = Number(process.argv[3] ?? 2019);
const dbPath = process.argv[4] ?? '.tmp/test/interdep.duckdb';
const SEED = 10_000;

const db = await Database.open(dbPath, { readOnly: true });
const t0 = performance.now();
const importers = await db.all<{ importer: string; exporter: string }>(
  `SELECT importer, arg_max(exporter, v) AS exporter FROM (
     SELECT importer, exporter, SUM(volume) AS v FROM energy_flow
      WHERE dataset = 'energy_institute_statistical_review' AND fuel = 'gas' AND year = ? AND importer IS NOT NULL AND exporter IS NOT NULL AND NOT importer_is_region_total
      GROUP BY importer, exporter) GROUP BY importer ORDER BY importer`, [year]);
const param = (low: number, high: number) => ({ dist: 'uniform' as const, low, high, source: 'benchmark (synthetic ranges)' });
const scenario = parseScenario({
  name: 'bench-supply-cut', title: 'supply cut over all states', baseline_year: year,
  shocks: importers.map((r) => ({ type: 'supply_cut', supplier: r.exporter, target: r.importer, fuel: 'gas', share: '$cut', duration_days: 365 })),
  parameters: { cut: param(0.5, 1), energy_output_elasticity: param(0.25, 1), supplier_spare_share: param(0.05, 0.2), production_spare_share: param(0, 0.1), adjustment_cost_share: param(0.1, 0.3) },
});
const actors = [...new Set(importers.flatMap((r) => [r.importer, r.exporter]))];
const inputs = await loadScenarioInputs(db, { year, actors });
db.close();
const loadMs = performance.now() - t0;

// ---- engine ----
const t1 = performance.now();
const mc = monteCarlo(scenario, inputs, draws, SEED);
const engineMs = performance.now() - t1;

// ---- baseline: the same sensitivity/vulnerability per state in a plain loop over typed arrays ----
const t2 = performance.now();
const n = importers.length;
const gdp = new Float64Array(n), M = new Float64Array(n), C = new Float64Array(n), eta = new Float64Array(n), P = new Float64Array(n), alt = new Float64Array(n);
const exportTotal = new Map<string, number>();
for (const f of inputs.energyFlows) if (f.fuel === 'gas') exportTotal.set(f.exporter, (exportTotal.get(f.exporter) ?? 0) + f.volume);
importers.forEach((r, k) => {
  const flows = inputs.energyFlows.filter((f) => f.fuel === 'gas' && f.importer === r.importer);
  const bal = inputs.balances[r.importer]?.gas;
  gdp[k] = inputs.gdp[r.importer]?.value ?? 0;
  M[k] = flows.filter((f) => f.exporter === r.exporter).reduce((s, f) => s + f.volume, 0);
  C[k] = bal?.consumption ?? M[k]!;
  eta[k] = bal?.primaryShare ?? 0;
  P[k] = bal?.production ?? 0;
  alt[k] = [...new Set(flows.map((f) => f.exporter))].filter((e) => e !== r.exporter).reduce((s, e) => s + (exportTotal.get(e) ?? 0), 0);
});
const random = seededRandom(SEED);
const vulnPct: Float64Array[] = importers.map(() => new Float64Array(draws));
for (let d = 0; d < draws; d++) {
  const p = drawValues(scenario, random);
  for (let k = 0; k < n; k++) {
    const need = p.cut! * M[k]!;
    const S = C[k]! > 0 ? gdp[k]! * p.energy_output_elasticity! * eta[k]! * need / C[k]! : 0;
    const cap = p.supplier_spare_share! * alt[k]! + (P[k]! > 0 ? p.production_spare_share! * P[k]! : 0);
    const rho = need > 0 ? Math.min(1, cap / need) : 1;
    vulnPct[k]![d] = gdp[k]! ? (100 * (S * (1 - rho) + p.adjustment_cost_share! * S * rho)) / gdp[k]! : 0;
  }
}
const plainIntervals = importers.map((_, k) => [quantile([...vulnPct[k]!], 0.05), quantile([...vulnPct[k]!], 0.95)]);
const plainMs = performance.now() - t2;

// the two must agree: the interval of every state's vulnerability
let maxDiff = 0;
importers.forEach((r, k) => {
  const key = `state.${r.importer}.vulnerability_pct_gdp`;
  const iv = mc.intervals[key];
  if (!iv || !gdp[k]) return;
  maxDiff = Math.max(maxDiff, Math.abs(iv.low - plainIntervals[k]![0]!), Math.abs(iv.high - plainIntervals[k]![1]!));
});

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`scenario Monte Carlo: supply cut of the largest gas supplier to each of ${n} importing states, ${year}, ${draws} draws (seed ${SEED})`);
console.log(`load inputs from the database: ${fmt(loadMs)}`);
console.log(`engine (monteCarlo: shocks, adjustment, metric recomputation, intervals): ${fmt(engineMs)} (${(engineMs / draws).toFixed(3)} ms per draw)`);
console.log(`baseline plain loop over Float64Arrays (sensitivity and vulnerability only): ${fmt(plainMs)}`);
console.log(`ratio engine / baseline: ${(engineMs / plainMs).toFixed(1)}×`);
console.log(`largest difference between the two 5th/95th percentiles of vulnerability (% of GDP): ${maxDiff.toExponential(2)}`);
console.log(`outputs with an interval: ${Object.keys(mc.intervals).length}; peak heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`);
