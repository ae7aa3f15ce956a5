// Change points in the mean of a yearly series by binary segmentation with a BIC stopping rule.
// Method: binary segmentation (Scott & Knott 1974, Biometrics 30(3): 507–512; Killick & Eckley 2014, changepoint,
// J. Statistical Software 58(3)); Gaussian mean-shift model with one common variance, so a segmentation with m change
// points scores BIC(m) = N·ln(RSS_m / N) + (2m + 2)·ln N (m + 1 means, m locations, 1 variance). At each step the split
// of any current segment that lowers RSS most is tried; it is kept only if BIC falls, else the search stops.
// Years with no value are skipped (the series is read in year order over its known values).
import { sampleWarnings } from './result.js';
import { type YearValue, mean, toYearMap } from './series.js';

export interface ChangePointOptions {
  /** Fewest values a segment may have (default 3). */
  minSegment?: number;
  /** Most change points to report (default 5). */
  maxChanges?: number;
}

export interface Segment {
  from: number;
  to: number;
  n: number;
  mean: number;
}

export interface ChangePointResult {
  n: number;
  /** First year of each new segment, in year order. */
  changeYears: number[];
  segments: Segment[];
  bic: number;
  warnings: string[];
}

function rss(v: readonly number[], a: number, b: number): number {
  const m = mean(v.slice(a, b));
  let s = 0;
  for (let i = a; i < b; i++) s += (v[i]! - m) ** 2;
  return s;
}

export function detectChangePoints(series: readonly YearValue[], options: ChangePointOptions = {}): ChangePointResult {
  const minSeg = options.minSegment ?? 3;
  const maxChanges = options.maxChanges ?? 5;
  const points = [...toYearMap(series)].sort((a, b) => a[0] - b[0]);
  const years = points.map((p) => p[0]);
  const v = points.map((p) => p[1]);
  const n = v.length;
  const warnings = sampleWarnings(n);
  const total = n > 0 ? rss(v, 0, n) : 0;
  // A floor keeps ln(RSS) finite when segments fit exactly (hand-made step series).
  const floor = 1e-12 * (total + 1e-300);
  const bic = (r: number, m: number) => n * Math.log(Math.max(r, floor) / n) + (2 * m + 2) * Math.log(n);
  let cuts: number[] = [];
  let currentRss = total;
  let currentBic = n > 0 ? bic(total, 0) : NaN;
  while (cuts.length < maxChanges) {
    const bounds = [0, ...cuts, n];
    let best: { cut: number; rss: number } | null = null;
    for (let s = 0; s + 1 < bounds.length; s++) {
      const a = bounds[s]!;
      const b = bounds[s + 1]!;
      const segRss = rss(v, a, b);
      for (let c = a + minSeg; c <= b - minSeg; c++) {
        const r = currentRss - segRss + rss(v, a, c) + rss(v, c, b);
        if (best === null || r < best.rss - 1e-15) best = { cut: c, rss: r };
      }
    }
    if (best === null) break;
    const nextBic = bic(best.rss, cuts.length + 1);
    if (!(nextBic < currentBic)) break;
    cuts = [...cuts, best.cut].sort((a, b) => a - b);
    currentRss = best.rss;
    currentBic = nextBic;
  }
  const bounds = [0, ...cuts, n];
  const segments: Segment[] = [];
  for (let s = 0; s + 1 < bounds.length && n > 0; s++) {
    const a = bounds[s]!;
    const b = bounds[s + 1]!;
    segments.push({ from: years[a]!, to: years[b - 1]!, n: b - a, mean: mean(v.slice(a, b)) });
  }
  if (n < 2 * minSeg) warnings.push(`too short to split: N = ${n}, a change needs ${minSeg} values on each side`);
  return { n, changeYears: cuts.map((c) => years[c]!), segments, bic: currentBic, warnings };
}
