// Indirect (network) dependence in the Leontief/Katz form: T = D (I − βD)⁻¹ = D + βD² + β²D³ + …, so T(i←j) sums
// i's dependence on j over every path i→…→j, a path of k ties discounted by β^(k−1). Leontief (1936), "Quantitative
// Input and Output Relations in the Economic System of the United States", Review of Economics and Statistics 18(3);
// Katz (1953), "A new status index derived from sociometric analysis", Psychometrika 18(1); applied to interstate ties
// after Maoz (2009), "The Effects of Strategic and Economic Interdependence on International Conflict across Levels of
// Analysis", American Journal of Political Science 53(1): 223–240.
//
// Default β = 0.5 / (largest row sum of D). For the row-normalised D used here every row with ties sums to 1, so
// β = 0.5 = 0.5/ρ(D) whenever every state has ties (then ρ(D) = 1); in general ρ(D) ≤ the largest row sum, so
// β·ρ(D) ≤ 0.5 < 1 and the series always converges (0.5/ρ(D) itself is undefined when ρ(D) = 0, e.g. a layer with
// no cycles). With β = 0.5 a two-step path counts half as much as a direct tie of the same strength.
import { invert } from './invert.js';

/** The default discount: 0.5 over the largest row sum of D (see above); 0 for an empty D. */
export function defaultBeta(d: Float64Array, n: number): number {
  let max = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += d[i * n + j]!;
    max = Math.max(max, s);
  }
  return max > 0 ? 0.5 / max : 0;
}

/**
 * T = D (I − βD)⁻¹ for a row-major n×n D (β defaults to defaultBeta(D)). With M = I − βD, βD = I − M, so
 * T = (I − M) M⁻¹ / β = (M⁻¹ − I) / β: one inverse, no product (β = 0 only for an empty D, where T = D = 0).
 */
export function indirectDependence(d: Float64Array, n: number, beta = defaultBeta(d, n)): Float64Array {
  if (beta === 0) return Float64Array.from(d);
  const m = new Float64Array(n * n);
  for (let i = 0; i < n * n; i++) m[i] = -beta * d[i]!;
  for (let i = 0; i < n; i++) m[i * n + i]! += 1;
  const t = invert(m, n);
  for (let i = 0; i < n; i++) t[i * n + i]! -= 1;
  for (let i = 0; i < n * n; i++) t[i]! /= beta;
  return t;
}

/** The part of T(i←j) not explained by the direct tie: (T − D) / T; null where T = 0 (no path at all). */
export function indirectShare(t: number, direct: number): number | null {
  return t > 0 ? (t - direct) / t : null;
}
