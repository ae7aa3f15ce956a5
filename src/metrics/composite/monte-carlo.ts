// Uncertainty from the method: the composite is recomputed under weights drawn from a Dirichlet distribution centred
// on the chosen preset and under each formula variant (cdi.ts), and the 5th–95th percentiles become low/high. The
// formula variants are stratified — draw k uses variant k mod (number of variants) — so each variant carries the same
// share of the sample whatever the seed. Seeded, so results are reproducible.
import { dirichlet, quantile, seededRandom } from '../../core/random.js';
import { CDI_FORMULAS, compositeDependence, type CdiFormula, type DomainValues } from './cdi.js';
import { DOMAINS, type Domain, type Weights } from './weights.js';

export interface MonteCarloOptions {
  draws: number;
  seed: number;
  /**
   * Dirichlet concentration κ: alpha_d = κ · w_d. Larger κ = weights closer to the preset. Default 50: a weight of
   * 1/6 then has a standard deviation of about 0.05.
   */
  concentration: number;
  /** Formula variants drawn over (stratified); ['linear'] = weights only. */
  formulas: readonly CdiFormula[];
}

export const MONTE_CARLO_DEFAULTS: MonteCarloOptions = { draws: 1000, seed: 1, concentration: 50, formulas: CDI_FORMULAS };

/** One Monte Carlo draw: a weight vector and a formula variant. */
export interface McDraw {
  weights: Weights;
  formula: CdiFormula;
}

/** Weight vectors drawn around the preset (domains with weight 0 stay 0), each paired with a formula variant. */
export function drawMonteCarlo(center: Weights, options: MonteCarloOptions): McDraw[] {
  if (options.formulas.length === 0) throw new RangeError('metrics/composite/monte-carlo: at least one formula variant is needed');
  const random = seededRandom(options.seed);
  const active = DOMAINS.filter((d) => center[d] > 0);
  const out: McDraw[] = [];
  for (let i = 0; i < options.draws; i++) {
    const draw = dirichlet(random, active.map((d) => options.concentration * center[d]));
    const w = Object.fromEntries(DOMAINS.map((d) => [d, 0])) as Record<Domain, number>;
    active.forEach((d, k) => (w[d] = draw[k]!));
    out.push({ weights: w, formula: options.formulas[i % options.formulas.length]! });
  }
  return out;
}

export interface Interval {
  value: number | null;
  low: number | null;
  high: number | null;
}

/** The composite at the preset (linear formula), with the 5th–95th percentile over the draws. */
export function compositeInterval(values: DomainValues, center: Weights, draws: readonly McDraw[]): Interval {
  const point = compositeDependence(values, center).value;
  if (point === null) return { value: null, low: null, high: null };
  const sample = draws.map((d) => compositeDependence(values, d.weights, d.formula).value).filter((v): v is number => v !== null);
  return { value: point, low: quantile(sample, 0.05), high: quantile(sample, 0.95) };
}

/** A candidate's score under one draw (null = unknown in that draw). */
export type DrawScore = (draw: McDraw) => number | null;

/** The CDI of these domain values under a draw. */
export const cdiScore = (values: DomainValues): DrawScore => (d) => compositeDependence(values, d.weights, d.formula).value;

/**
 * Rank stability: for each candidate (e.g. a subject's counterparts, or a group's members), the share of draws in which
 * it has the highest score (ties go to the first listed). The shares sum to 1 when every draw has a known score.
 */
export function probabilityTop(candidates: Readonly<Record<string, DrawScore>>, draws: readonly McDraw[]): Record<string, number> {
  const wins = Object.fromEntries(Object.keys(candidates).map((k) => [k, 0])) as Record<string, number>;
  for (const d of draws) {
    let best: string | null = null;
    let bestValue = -Infinity;
    for (const [k, score] of Object.entries(candidates)) {
      const v = score(d);
      if (v !== null && v > bestValue) {
        best = k;
        bestValue = v;
      }
    }
    if (best !== null) wins[best]! += 1;
  }
  return Object.fromEntries(Object.entries(wins).map(([k, n]) => [k, n / draws.length]));
}
