// Seeded Monte Carlo over a scenario's uncertain parameters: the point result uses each distribution's central
// value; every draw reruns the deterministic model (simulate.ts) with parameters drawn in declaration order from
// one seeded stream, and each numeric output gets its 5th–95th percentile interval and mean. Same seed and runs,
// same intervals.
import { quantile, seededRandom } from '../core/random.js';
import type { ScenarioInputs } from './inputs.js';
import { centralValues, drawValues } from './parameters.js';
import type { Scenario } from './schema.js';
import { simulate, type RunOutput } from './simulate.js';

export interface Interval {
  low: number;
  high: number;
  mean: number;
}

export const INTERVAL_QUANTILES = [0.05, 0.95] as const;

/** The numeric outputs of a run under stable keys, e.g. "state.BLR.vulnerability_pct_gdp". */
export function flattenOutputs(r: Pick<RunOutput, 'states' | 'metrics' | 'transit' | 'opportunity_cost' | 'schellenberg'>): Map<string, number> {
  const out = new Map<string, number>();
  const put = (k: string, v: number | null | undefined) => { if (typeof v === 'number' && Number.isFinite(v)) out.set(k, v); };
  for (const s of r.states) {
    put(`state.${s.state}.sensitivity_pct_gdp`, s.sensitivity_pct_gdp);
    put(`state.${s.state}.vulnerability_pct_gdp`, s.vulnerability_pct_gdp);
    for (const [ch, v] of Object.entries(s.channels)) {
      put(`state.${s.state}.${ch}.sensitivity_pct_gdp`, v.sensitivity_pct_gdp);
      put(`state.${s.state}.${ch}.vulnerability_pct_gdp`, v.vulnerability_pct_gdp);
    }
  }
  for (const m of r.metrics) {
    put(`metric.${m.metric}.${m.subject}.${m.counterpart}.scenario`, m.scenario);
    put(`metric.${m.metric}.${m.subject}.${m.counterpart}.delta`, m.delta);
  }
  for (const t of r.transit) put(`transit.${t.transit}.${t.supplier}.tli_after`, t.after.tli);
  for (const o of r.opportunity_cost) {
    put(`oc.${o.subject}.${o.counterpart}`, o.oc_pct_gdp);
    put(`oc.${o.counterpart}.${o.subject}`, o.reverse_oc_pct_gdp);
  }
  for (const s of r.schellenberg) {
    put(`schellenberg.${s.subject}.${s.counterpart}.dv`, s.subject_side.dv);
    put(`schellenberg.${s.counterpart}.${s.subject}.dv`, s.counterpart_side.dv);
    put(`schellenberg.${s.subject}.${s.counterpart}.collaboration`, s.collaboration);
    put(`schellenberg.${s.counterpart}.${s.subject}.exploitation`, s.exploitation);
    put(`schellenberg.${s.subject}.disengagement`, s.disengagement);
  }
  return out;
}

export interface MonteCarloResult {
  point: RunOutput;
  runs: number;
  seed: number;
  intervals: Record<string, Interval>;
}

export function monteCarlo(scenario: Scenario, inputs: ScenarioInputs, runs: number, seed: number): MonteCarloResult {
  const point = simulate(scenario, inputs, centralValues(scenario));
  const random = seededRandom(seed);
  // one typed column per output, NaN where a draw had no value for it
  const samples = new Map<string, Float64Array>();
  const draws = Object.keys(scenario.parameters).length === 0 ? 0 : runs;
  // The transfer test's grid search runs once, at the central values (per draw it would multiply the cost by the
  // grid size): its frontier carries no interval.
  const drawScenario: Scenario = { ...scenario, transfer_test: undefined };
  for (let r = 0; r < draws; r++) {
    for (const [k, v] of flattenOutputs(simulate(drawScenario, inputs, drawValues(scenario, random)))) {
      let col = samples.get(k);
      if (!col) samples.set(k, (col = new Float64Array(draws).fill(Number.NaN)));
      col[r] = v;
    }
  }
  const intervals: Record<string, Interval> = {};
  for (const [k, v] of [...flattenOutputs(point)].sort(([a], [b]) => a.localeCompare(b))) {
    const col = samples.get(k);
    const s = col ? Array.from(col).filter((x) => !Number.isNaN(x)) : [];
    intervals[k] = s.length > 0
      ? { low: quantile(s, INTERVAL_QUANTILES[0]), high: quantile(s, INTERVAL_QUANTILES[1]), mean: s.reduce((a, b) => a + b, 0) / s.length }
      : { low: v, high: v, mean: v };
  }
  return { point, runs: draws, seed, intervals };
}
