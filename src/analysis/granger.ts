// Granger-style F test: do p lags of x improve the prediction of y beyond p lags of y itself?
// Method: Granger (1969), Econometrica 37(3): 424–438; the F form of Hamilton (1994), Time Series Analysis, §11.2:
//   F = ((RSS_r − RSS_u) / p) / (RSS_u / (N − 2p − 1)),  F ~ F(p, N − 2p − 1) under "x does not Granger-cause y",
// restricted: y_t = a + Σ b_i y_{t−i};  unrestricted: + Σ c_i x_{t−i};  only years with all 2p + 1 values known.
// Granger causality is predictive precedence, not causation.
import { fUpperTail } from './distributions.js';
import { fitOls } from './ols.js';
import { sampleWarnings } from './result.js';
import { type YearValue, toYearMap } from './series.js';

export interface GrangerResult {
  lags: number;
  n: number;
  f: number | null;
  df1: number;
  df2: number;
  p: number | null;
  rssRestricted: number | null;
  rssUnrestricted: number | null;
  warnings: string[];
}

export function grangerTest(x: readonly YearValue[], y: readonly YearValue[], lags: number): GrangerResult {
  const xm = toYearMap(x);
  const ym = toYearMap(y);
  const rows: Array<{ y: number; yl: number[]; xl: number[] }> = [];
  for (const year of [...ym.keys()].sort((a, b) => a - b)) {
    const yl: number[] = [];
    const xl: number[] = [];
    for (let i = 1; i <= lags; i++) {
      const yv = ym.get(year - i);
      const xv = xm.get(year - i);
      if (yv === undefined || xv === undefined) break;
      yl.push(yv);
      xl.push(xv);
    }
    if (yl.length === lags) rows.push({ y: ym.get(year)!, yl, xl });
  }
  const n = rows.length;
  const df1 = lags;
  const df2 = n - 2 * lags - 1;
  const warnings = sampleWarnings(n);
  if (df2 < 1) {
    warnings.push(`too few years for ${lags} lag(s): N = ${n}, need at least ${2 * lags + 2}`);
    return { lags, n, f: null, df1, df2, p: null, rssRestricted: null, rssUnrestricted: null, warnings };
  }
  const yv = rows.map((r) => r.y);
  const names = (k: number, prefix: string) => Array.from({ length: k }, (_, i) => `${prefix}${i + 1}`);
  const restricted = fitOls(yv, rows.map((r) => [1, ...r.yl]), ['const', ...names(lags, 'y_l')]);
  const unrestricted = fitOls(yv, rows.map((r) => [1, ...r.yl, ...r.xl]), ['const', ...names(lags, 'y_l'), ...names(lags, 'x_l')]);
  const f = ((restricted.rss - unrestricted.rss) / df1) / (unrestricted.rss / df2);
  return { lags, n, f, df1, df2, p: fUpperTail(f, df1, df2), rssRestricted: restricted.rss, rssUnrestricted: unrestricted.rss, warnings };
}
