// Lagged cross-correlation of two yearly series: r(k) = corr(x_t, y_{t+k}) over the years where both are known,
// with a 95% interval from Fisher's z transform (Fisher 1921, Metron 1: 3–32): tanh(atanh r ± 1.959964 / √(N − 3)).
// A positive k means x leads y by k years.
import { type YearValue, pearson, toYearMap } from './series.js';
import { sampleWarnings } from './result.js';

export interface LagCorrelation {
  lag: number;
  n: number;
  r: number | null;
  low: number | null;
  high: number | null;
  warnings: string[];
}

const Z95 = 1.959963984540054;

export function crossCorrelation(x: readonly YearValue[], y: readonly YearValue[], maxLag: number): LagCorrelation[] {
  const xm = toYearMap(x);
  const ym = toYearMap(y);
  const out: LagCorrelation[] = [];
  for (let lag = -maxLag; lag <= maxLag; lag++) {
    const xs: number[] = [];
    const ys: number[] = [];
    for (const [year, xv] of [...xm].sort((a, b) => a[0] - b[0])) {
      const yv = ym.get(year + lag);
      if (yv !== undefined) {
        xs.push(xv);
        ys.push(yv);
      }
    }
    const n = xs.length;
    const r = n >= 3 ? pearson(xs, ys) : NaN;
    const ok = Number.isFinite(r) && n > 3 && Math.abs(r) < 1;
    const z = ok ? Math.atanh(r) : 0;
    const half = ok ? Z95 / Math.sqrt(n - 3) : 0;
    out.push({
      lag, n, r: Number.isFinite(r) ? r : null,
      low: ok ? Math.tanh(z - half) : null,
      high: ok ? Math.tanh(z + half) : null,
      warnings: sampleWarnings(n),
    });
  }
  return out;
}
