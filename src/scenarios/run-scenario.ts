// The scenario service (CLI and HTTP API call this): read the baseline inputs from the store (read-only), run the
// deterministic point result and the seeded Monte Carlo in memory, return a typed result. Writes nothing.
import type { Database } from '../store/db.js';
import { loadScenarioInputs } from '../store/queries/scenario-inputs.js';
import type { Assumption } from './economy.js';
import type { ScenarioInputs } from './inputs.js';
import { monteCarlo, type Interval } from './monte-carlo.js';
import { centralValue, describeDistribution } from './parameters.js';
import type { Scenario } from './schema.js';
import type { RunOutput } from './simulate.js';

export interface RunOptions {
  /** Monte Carlo draws (default: the scenario's monte_carlo.runs). */
  runs?: number;
  seed?: number;
}

export interface ScenarioResult extends Omit<RunOutput, 'assumptions'> {
  scenario: { name: string; title: string; baseline_year: number; description: string | null };
  monte_carlo: { runs: number; seed: number; quantiles: [number, number] };
  /** 5th–95th percentile and mean of every numeric output, keyed as in monte-carlo.ts flattenOutputs. */
  intervals: Record<string, Interval>;
  parameters: Array<{ name: string; distribution: string; central: number; source: string }>;
  assumptions: Assumption[];
}

/** Every state and group id a scenario names. */
export function scenarioActors(s: Scenario): string[] {
  const out = new Set<string>();
  for (const sh of s.shocks) {
    for (const k of ['supplier', 'target', 'subject', 'market', 'transit', 'sender', 'from'] as const) {
      const v = (sh as Record<string, unknown>)[k];
      if (typeof v === 'string') out.add(v);
    }
    if (sh.type === 'diversify') sh.to.forEach((t) => out.add(t));
  }
  for (const [a, b] of s.dyads) out.add(a).add(b);
  if (s.transfer_test) [s.transfer_test.subject, ...s.transfer_test.alternatives].forEach((a) => out.add(a));
  return [...out].sort();
}

/** Runs a parsed scenario on already loaded inputs (pure). */
export function runOnInputs(scenario: Scenario, inputs: ScenarioInputs, options: RunOptions = {}): ScenarioResult {
  const runs = options.runs ?? scenario.monte_carlo.runs;
  const seed = options.seed ?? scenario.monte_carlo.seed;
  const mc = monteCarlo(scenario, inputs, runs, seed);
  const { assumptions, ...point } = mc.point;
  const params = Object.entries(scenario.parameters).map(([name, d]) => ({ name, distribution: describeDistribution(d), central: centralValue(d), source: d.source }));
  return {
    scenario: { name: scenario.name, title: scenario.title, baseline_year: scenario.baseline_year, description: scenario.description ?? null },
    ...point,
    monte_carlo: { runs: mc.runs, seed: mc.seed, quantiles: [0.05, 0.95] },
    intervals: mc.intervals,
    parameters: params,
    assumptions: [...assumptions, ...scenario.assumptions.map((a) => ({ what: a.text, value: null, source: a.source }))],
  };
}

/** runScenario(db, scenario, { runs, seed }): reads the baseline year from db (read-only) and runs the scenario. */
export async function runScenario(db: Database, scenario: Scenario, options: RunOptions = {}): Promise<ScenarioResult> {
  const inputs = await loadScenarioInputs(db, { year: scenario.baseline_year, actors: scenarioActors(scenario) });
  return runOnInputs(scenario, inputs, options);
}
