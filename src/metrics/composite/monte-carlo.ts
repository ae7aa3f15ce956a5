// Uncertainty from the weights: the composite is recomputed under weights drawn from a Dirichlet distribution
// centred on the chosen preset, and the 5th–95th percentiles become low/high. Seeded, so results are reproducible.
import { dirichlet, quantile, seededRandom } from '../../core/random.js';
import { compositeDependence, type DomainValues } from './cdi.js';
import { DOMAINS, type Domain, type Weights } from './weights.js';

export interface MonteCarloOptions {
  draws: number;
  seed: number;
  /**
   * Dirichlet concentration κ: alpha_d = κ · w_d. Larger κ = weights closer to the preset. Default 50: a weight of
   * 1/6 then has a standard deviation of about 0.05.
   */
  concentration: number;
}

export const MONTE_CARLO_DEFAULTS: MonteCarloOptions = { draws: 1000, seed: 1, concentration: 50 };

/** Weight vectors drawn around the preset; domains with weight 0 stay 0. */
export function drawWeights(center: Weights, options: MonteCarloOptions): Weights[] {
  const random = seededRandom(options.seed);
  const active = DOMAINS.filter((d) => center[d] > 0);
  const out: Weights[] = [];
  for (let i = 0; i < options.draws; i++) {
    const draw = dirichlet(random, active.map((d) => options.concentration * center[d]));
    const w = Object.fromEntries(DOMAINS.map((d) => [d, 0])) as Record<Domain, number>;
    active.forEach((d, k) => (w[d] = draw[k]!));
    out.push(w);
  }
  return out;
}

export interface Interval {
  value: number | null;
  low: number | null;
  high: number | null;
}

/** The composite at the preset, with the 5th–95th percentile over the drawn weights. */
export function compositeInterval(values: DomainValues, center: Weights, draws: readonly Weights[]): Interval {
  const point = compositeDependence(values, center).value;
  if (point === null) return { value: null, low: null, high: null };
  const sample = draws.map((w) => compositeDependence(values, w).value).filter((v): v is number => v !== null);
  return { value: point, low: quantile(sample, 0.05), high: quantile(sample, 0.95) };
}

/** For each candidate (e.g. counterpart), the share of weight draws in which it has the highest composite. */
export function probabilityTop(candidates: Readonly<Record<string, DomainValues>>, draws: readonly Weights[]): Record<string, number> {
  const wins = Object.fromEntries(Object.keys(candidates).map((k) => [k, 0])) as Record<string, number>;
  for (const w of draws) {
    let best: string | null = null;
    let bestValue = -Infinity;
    for (const [k, values] of Object.entries(candidates)) {
      const v = compositeDependence(values, w).value;
      if (v !== null && v > bestValue) {
        best = k;
        bestValue = v;
      }
    }
    if (best !== null) wins[best]! += 1;
  }
  return Object.fromEntries(Object.entries(wins).map(([k, n]) => [k, n / draws.length]));
}
