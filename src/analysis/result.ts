// What every statistical result carries: N, the estimate, its interval, warnings, and a verdict worded as
// "consistent / inconsistent with the expected sign" — never "proven" (CONCEPTS.md §3).

export type ExpectedSign = '+' | '-';

export interface Estimate {
  /** Name of the coefficient or statistic. */
  term: string;
  estimate: number;
  se: number | null;
  /** Interval bounds at `level` (e.g. 0.95). */
  low: number | null;
  high: number | null;
  level: number;
  /** Test statistic (t, F or z) and its p-value, when the method defines them. */
  statistic: number | null;
  p: number | null;
  /** Degrees of freedom used for the interval, when a t or F reference is used. */
  df: number | null;
}

/** Below these sizes a warning is attached to the result (see docs/analysis.md). */
export const SMALL_SAMPLE = {
  /** Observations in a regression or correlation. */
  n: 30,
  /** Clusters for cluster-robust standard errors (CR1 is biased downwards with few clusters). */
  clusters: 30,
  /** Dated events in an event study. */
  events: 5,
} as const;

export function sampleWarnings(n: number, clusters?: number): string[] {
  const out: string[] = [];
  if (n < SMALL_SAMPLE.n) out.push(`small sample: N = ${n} (< ${SMALL_SAMPLE.n}); the interval is wide and the estimate fragile — do not conclude from it alone`);
  if (clusters !== undefined && clusters < SMALL_SAMPLE.clusters) {
    out.push(`few clusters: G = ${clusters} (< ${SMALL_SAMPLE.clusters}); cluster-robust standard errors are biased downwards, intervals are likely too narrow`);
  }
  return out;
}

/** The plain-language reading of an estimate against the sign a hypothesis expects. */
export function verdict(e: Pick<Estimate, 'estimate' | 'low' | 'high'>, expected: ExpectedSign): string {
  const sign = expected === '+' ? 1 : -1;
  const agrees = Math.sign(e.estimate) === sign;
  const excludesZero = e.low !== null && e.high !== null && (e.low > 0 || e.high < 0);
  if (!agrees) {
    return excludesZero
      ? `inconsistent with the expected sign (${expected}): the interval lies on the other side of 0`
      : `inconsistent with the expected sign (${expected}), but the interval includes 0: no evidence either way`;
  }
  return excludesZero
    ? `consistent with the expected sign (${expected}); the interval excludes 0`
    : `same sign as expected (${expected}), but the interval includes 0: inconclusive`;
}
