// Monte Carlo intervals of the composite dependence index for a whole panel (many rows, one weight preset): the same
// numbers as compositeInterval (monte-carlo.ts) row by row, computed fast. The draws are made once; for each
// pattern of present domains their renormalised weights are made once. Where no interacting pair of the mcmillan
// variant (cdi.ts) is present, both formula variants give the same CDI and the shortcuts below hold: a row with one domain present gets
// low = high = value without draws (the renormalised CDI is then that domain's value whatever the weights); a row with
// two domains a, b present has CDI = v_b + (v_a − v_b) · t with t = w_a / (w_a + w_b), monotone in t, so its 5th and
// 95th percentiles are the CDI at the percentiles of t (type-7 quantiles commute with monotone affine maps), computed
// once per pattern; rows with three or more domains, or with an interacting pair, are evaluated under every draw. The same for the difference of
// two CDIs under one draw (net power, cdiDifferenceIntervalFunction).
import { quantile } from '../../core/random.js';
import { MCMILLAN_INTERACTIONS } from './cdi.js';
import { drawMonteCarlo, MONTE_CARLO_DEFAULTS, type MonteCarloOptions } from './monte-carlo.js';
import { DOMAINS, type Domain, type Weights } from './weights.js';

/**
 * The Monte Carlo settings of the stored composite intervals: 1000 draws, seed 1, Dirichlet concentration 50, both
 * formula variants (linear, mcmillan).
 */
export const CDI_MONTE_CARLO: MonteCarloOptions = MONTE_CARLO_DEFAULTS;

/** Lower and upper percentiles written to low/high. */
export const CDI_INTERVAL_QUANTILES = [0.05, 0.95] as const;

export type DomainVector = Readonly<Record<Domain, number | null>>;

interface Pattern {
  present: Domain[];
  /** Renormalised weights, draw-major: weights[k * present.length + d]. */
  weights: Float64Array;
  /** Interacting pairs of the mcmillan variant present in the pattern: [index, index, γ] into the present values. */
  interactions: ReadonlyArray<readonly [number, number, number]>;
  /** Two-domain patterns without interactions: the percentiles of t = w_first / (w_first + w_second). */
  t?: readonly [number, number];
}

/** The draws and, per pattern of present domains, their renormalised weights (built on first use). */
class PanelDraws {
  readonly draws: Weights[];
  /** 1 where the draw uses the mcmillan variant. */
  private readonly mcmillan: Uint8Array;
  private readonly patterns = new Map<number, Pattern>();
  constructor(readonly center: Weights, options: MonteCarloOptions) {
    const draws = drawMonteCarlo(center, options);
    this.draws = draws.map((d) => d.weights);
    this.mcmillan = Uint8Array.from(draws, (d) => (d.formula === 'mcmillan' ? 1 : 0));
  }

  /** The pattern of the domains of v with a positive weight and a value; null when there is none. */
  patternOf(v: DomainVector): { pattern: Pattern; values: number[] } | null {
    let mask = 0;
    const values: number[] = [];
    for (let i = 0; i < DOMAINS.length; i++) {
      const d = DOMAINS[i]!;
      const x = v[d];
      if (this.center[d] > 0 && x !== null) {
        mask |= 1 << i;
        values.push(x);
      }
    }
    if (mask === 0) return null;
    const present = DOMAINS.filter((_, i) => mask & (1 << i));
    let p = this.patterns.get(mask);
    if (!p) {
      const n = present.length;
      const weights = new Float64Array(this.draws.length * n);
      this.draws.forEach((w, k) => {
        const sum = present.reduce((s, d) => s + w[d], 0);
        present.forEach((d, i) => (weights[k * n + i] = w[d] / sum));
      });
      const interactions = MCMILLAN_INTERACTIONS
        .map(([a, b, g]) => [present.indexOf(a), present.indexOf(b), g] as const)
        .filter(([i, j]) => i >= 0 && j >= 0);
      p = { present, weights, interactions };
      if (n === 2 && interactions.length === 0) {
        const t = Array.from({ length: this.draws.length }, (_, k) => weights[k * 2]!);
        p.t = [quantile(t, CDI_INTERVAL_QUANTILES[0]), quantile(t, CDI_INTERVAL_QUANTILES[1])];
      }
      this.patterns.set(mask, p);
    }
    return { pattern: p, values };
  }

  /** The CDI under every draw (its weights and formula variant), into out. */
  fill(pv: { pattern: Pattern; values: number[] }, out: Float64Array, sign: 1 | -1, add: boolean): void {
    const n = pv.values.length;
    const w = pv.pattern.weights;
    let interaction = 0;
    for (const [i, j, g] of pv.pattern.interactions) interaction += g * pv.values[i]! * pv.values[j]!;
    for (let k = 0; k < this.draws.length; k++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += w[k * n + i]! * pv.values[i]!;
      if (this.mcmillan[k] === 1 && interaction > 0) s = Math.min(1, s + interaction);
      out[k] = (add ? out[k]! : 0) + sign * s;
    }
  }
}

/** Rearranges a[lo..hi] so that a[k] is the k-th smallest, smaller values before it, larger after (Hoare's selection). */
function select(a: Float64Array, k: number, lo: number, hi: number): void {
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    const pivot = Math.max(Math.min(a[lo]!, a[mid]!), Math.min(Math.max(a[lo]!, a[mid]!), a[hi]!));
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const x = a[i]!;
        a[i] = a[j]!;
        a[j] = x;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** Type-7 quantile by selection (same value as sorting, without the sort); reorders sample. */
function selectQuantile(sample: Float64Array, q: number): number {
  const h = (sample.length - 1) * q;
  const lo = Math.floor(h);
  select(sample, lo, 0, sample.length - 1);
  const x = sample[lo]!;
  if (h === lo) return x;
  let next = Infinity;
  for (let i = lo + 1; i < sample.length; i++) if (sample[i]! < next) next = sample[i]!;
  return x + (h - lo) * (next - x);
}

/** The two interval percentiles of a sample (reorders it). */
const percentiles = (sample: Float64Array): [number, number] =>
  [selectQuantile(sample, CDI_INTERVAL_QUANTILES[0]), selectQuantile(sample, CDI_INTERVAL_QUANTILES[1])];

/**
 * The draws of one centre and setting, made once per process: the runner computes a panel year by year, and each
 * year's call must not redraw the 1000 weight vectors and rebuild every pattern.
 */
const panels = new Map<string, PanelDraws>();
function panelDraws(center: Weights, options: MonteCarloOptions): PanelDraws {
  const key = JSON.stringify([center, options]);
  let panel = panels.get(key);
  if (!panel) {
    if (panels.size >= 16) panels.clear(); // user weight sets (compare --weights) must not accumulate
    panel = new PanelDraws(center, options);
    panels.set(key, panel);
  }
  return panel;
}

/** A function giving [low, high] of the CDI for a row of domain values (null when no domain with positive weight is present). */
export function cdiIntervalFunction(center: Weights, options: MonteCarloOptions = CDI_MONTE_CARLO): (v: DomainVector) => [number, number] | null {
  const panel = panelDraws(center, options);
  const buffer = new Float64Array(panel.draws.length);
  return (v) => {
    const pv = panel.patternOf(v);
    if (pv === null) return null;
    const vals = pv.values;
    if (vals.length === 1) return [vals[0]!, vals[0]!];
    const t = pv.pattern.t;
    if (t) {
      const f = (x: number) => vals[1]! + (vals[0]! - vals[1]!) * x;
      const a = f(t[0]);
      const b = f(t[1]);
      return [Math.min(a, b), Math.max(a, b)];
    }
    panel.fill(pv, buffer, 1, false);
    return percentiles(buffer);
  };
}

/**
 * [low, high] of CDI(a) − CDI(b) with the same weight draw on both sides (net power); null when either CDI is
 * unknown. Both sides with one domain: the difference does not depend on the weights (low = high = value).
 */
export function cdiDifferenceIntervalFunction(center: Weights, options: MonteCarloOptions = CDI_MONTE_CARLO): (a: DomainVector, b: DomainVector) => [number, number] | null {
  const panel = panelDraws(center, options);
  const buffer = new Float64Array(panel.draws.length);
  return (a, b) => {
    const pa = panel.patternOf(a);
    const pb = panel.patternOf(b);
    if (pa === null || pb === null) return null;
    const na = pa.values.length;
    const nb = pb.values.length;
    if (na === 1 && nb === 1) {
      const d = pa.values[0]! - pb.values[0]!;
      return [d, d];
    }
    // Monotone in one t (see the header): the difference is c0 + c1 · t for
    // - both sides on the same two domains: Σ w̃_d (a_d − b_d) = (a_2 − b_2) + ((a_1 − b_1) − (a_2 − b_2)) · t;
    // - one side on two domains, the other on one: its CDI in t minus (or from) a constant.
    // (t is known only for two-domain patterns without an interacting pair.)
    let line: [number, number, readonly [number, number]] | null = null;
    const ta = pa.pattern.t;
    const tb = pb.pattern.t;
    if (na === 2 && nb === 2 && pa.pattern === pb.pattern && ta) {
      const d1 = pa.values[0]! - pb.values[0]!;
      const d2 = pa.values[1]! - pb.values[1]!;
      line = [d2, d1 - d2, ta];
    } else if (na === 2 && nb === 1 && ta) {
      line = [pa.values[1]! - pb.values[0]!, pa.values[0]! - pa.values[1]!, ta];
    } else if (na === 1 && nb === 2 && tb) {
      line = [pa.values[0]! - pb.values[1]!, -(pb.values[0]! - pb.values[1]!), tb];
    }
    if (line) {
      const [c0, c1, t] = line;
      const x = c0 + c1 * t[0];
      const y = c0 + c1 * t[1];
      return [Math.min(x, y), Math.max(x, y)];
    }
    panel.fill(pa, buffer, 1, false);
    panel.fill(pb, buffer, -1, true);
    return percentiles(buffer);
  };
}
