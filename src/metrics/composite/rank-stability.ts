// Rank stability of the composite dependence (CONCEPTS.md C12 "report rank stability"): over the same Monte Carlo
// draws as the intervals (weights around the preset × formula variant), how often each candidate ranks first — e.g.
// the probability that Russia is Belarus's top dependence (candidates = Belarus's counterparts), or that a state is
// the most dependent member of a group on a counterpart (candidates = the members). A candidate with no domain value
// never ranks; its probability is 0 and its value null.
import { compositeDependence, type DomainValues } from './cdi.js';
import { cdiScore, compositeInterval, drawMonteCarlo, probabilityTop, type MonteCarloOptions } from './monte-carlo.js';
import { CDI_MONTE_CARLO } from './panel-intervals.js';
import type { Weights } from './weights.js';

export interface RankedCandidate {
  key: string;
  /** Rank by the point value (1 = highest); null without a value. */
  rank: number | null;
  value: number | null;
  low: number | null;
  high: number | null;
  /** Share of the draws in which this candidate has the highest composite. */
  pTop: number;
}

export function rankStability(candidates: ReadonlyMap<string, DomainValues>, weights: Weights, options: MonteCarloOptions = CDI_MONTE_CARLO): RankedCandidate[] {
  const draws = drawMonteCarlo(weights, options);
  const keys = [...candidates.keys()].sort();
  const p = probabilityTop(Object.fromEntries(keys.map((k) => [k, cdiScore(candidates.get(k)!)])), draws);
  const rows = keys.map((key) => {
    const v = candidates.get(key)!;
    const value = compositeDependence(v, weights).value;
    const interval = value === null ? { low: null, high: null } : compositeInterval(v, weights, draws);
    return { key, rank: null as number | null, value, low: interval.low, high: interval.high, pTop: p[key] ?? 0 };
  });
  rows.sort((a, b) => (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || (b.value ?? 0) - (a.value ?? 0) || a.key.localeCompare(b.key));
  let rank = 0;
  for (const r of rows) if (r.value !== null) r.rank = ++rank;
  return rows;
}
