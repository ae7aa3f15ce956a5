// Ordinary least squares with classical standard errors and t intervals, for small regressions (a few columns).
// Method: any econometrics text, e.g. Wooldridge (2010), Econometric Analysis of Cross Section and Panel Data, ch. 4.
import { studentTQuantile, studentTTwoSided } from './distributions.js';
import { crossProduct, crossVector, invert, matVec, type Matrix } from './matrix.js';
import type { Estimate } from './result.js';

export interface OlsFit {
  names: string[];
  beta: number[];
  /** (X'X)⁻¹ — reused by robust variance estimators. */
  bread: Matrix;
  residuals: number[];
  rss: number;
  n: number;
  /** Parameters used up by the model (columns of X plus any absorbed fixed effects). */
  k: number;
}

export class CollinearityError extends Error {
  constructor(names: readonly string[]) {
    super(`analysis/ols: the regressors ${names.join(', ')} are collinear (or one has no variation left after fixed effects)`);
  }
}

/** Least squares of y on the columns of x; `absorbed` counts parameters already removed from x and y (fixed effects). */
export function fitOls(y: readonly number[], x: Matrix, names: string[], absorbed = 0): OlsFit {
  const bread = invert(crossProduct(x));
  if (bread === null) throw new CollinearityError(names);
  const beta = matVec(bread, crossVector(x, y));
  const residuals = y.map((yi, i) => yi - x[i]!.reduce((s, xij, j) => s + xij * beta[j]!, 0));
  const rss = residuals.reduce((s, e) => s + e * e, 0);
  return { names, beta, bread, residuals, rss, n: y.length, k: names.length + absorbed };
}

/** Estimates from a coefficient vector and its covariance matrix, with t intervals on df degrees of freedom. */
export function estimatesFrom(names: readonly string[], beta: readonly number[], vcov: Matrix, df: number, level = 0.95): Estimate[] {
  const q = df > 0 ? studentTQuantile(1 - (1 - level) / 2, df) : NaN;
  return names.map((term, j) => {
    const se = Math.sqrt(Math.max(0, vcov[j]![j]!));
    const b = beta[j]!;
    const t = se > 0 ? b / se : NaN;
    const ok = df > 0 && Number.isFinite(t);
    return {
      term, estimate: b, se, level, df,
      low: ok ? b - q * se : null,
      high: ok ? b + q * se : null,
      statistic: ok ? t : null,
      p: ok ? studentTTwoSided(t, df) : null,
    };
  });
}

/** Classical covariance s²(X'X)⁻¹ with s² = RSS / (n − k). */
export function classicalVcov(fit: OlsFit): Matrix {
  const s2 = fit.rss / (fit.n - fit.k);
  return fit.bread.map((row) => row.map((v) => v * s2));
}

/** Durbin–Watson statistic of residuals in time order (≈ 2 without first-order autocorrelation). */
export function durbinWatson(residuals: readonly number[]): number {
  let num = 0;
  for (let t = 1; t < residuals.length; t++) num += (residuals[t]! - residuals[t - 1]!) ** 2;
  const den = residuals.reduce((s, e) => s + e * e, 0);
  return num / den;
}
