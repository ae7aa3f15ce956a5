// Event study on yearly series: the mean deviation of a series from its own pre-event mean, by year relative to
// dated events, averaged over events. Method: the constant-mean-return model of MacKinlay (1997), "Event Studies in
// Economics and Finance", J. Economic Literature 35(1): 13–39, applied to annual political-economy series:
//   AR_e(r) = y_{u,e+r} − ȳ_{u,[e−pre, e−1]},  CAR = mean over events of Σ_{r=0..post} AR_e(r) / (post + 1)
// (the average post-event shift); the interval over events uses t with (events − 1) degrees of freedom.
import { studentTQuantile, studentTTwoSided } from './distributions.js';
import { type Estimate, SMALL_SAMPLE } from './result.js';
import { mean } from './series.js';

export interface EventEpisode {
  /** The unit whose series is read (a state for monadic series, a dyad key for dyadic ones). */
  unit: string;
  year: number;
  label?: string;
}

export interface EventStudyOptions {
  pre: number;
  post: number;
  level?: number;
  /**
   * The data source of a value ('' = the series' main source): an event whose window holds values of more than one
   * source is skipped, since a break in the source (COW IGO counts → the Factbook's) would read as an event effect.
   */
  sourceOf?: (unit: string, year: number) => string;
}

export interface RelativeYear {
  r: number;
  /** Events with a value at this relative year. */
  n: number;
  mean: number | null;
}

export interface EventStudyResult {
  /** Events with a usable pre-event baseline and at least one post-event value. */
  events: number;
  skipped: Array<{ unit: string; year: number; reason: string }>;
  path: RelativeYear[];
  /** The average post-event shift with its interval across events. */
  shift: Estimate;
  warnings: string[];
}

export function eventStudy(
  value: (unit: string, year: number) => number | undefined,
  episodes: readonly EventEpisode[],
  options: EventStudyOptions,
): EventStudyResult {
  const { pre, post } = options;
  const level = options.level ?? 0.95;
  const skipped: EventStudyResult['skipped'] = [];
  const paths: Array<Map<number, number>> = [];
  const shifts: number[] = [];
  for (const e of episodes) {
    const before: number[] = [];
    for (let r = -pre; r <= -1; r++) {
      const v = value(e.unit, e.year + r);
      if (v !== undefined) before.push(v);
    }
    if (before.length === 0) {
      skipped.push({ unit: e.unit, year: e.year, reason: `no value in the ${pre} year(s) before` });
      continue;
    }
    const base = mean(before);
    const path = new Map<number, number>();
    for (let r = -pre; r <= post; r++) {
      const v = value(e.unit, e.year + r);
      if (v !== undefined) path.set(r, v - base);
    }
    if (options.sourceOf) {
      const sources = new Set([...path.keys()].map((r) => options.sourceOf!(e.unit, e.year + r)));
      if (sources.size > 1) {
        const names = [...sources].sort().map((x) => x || 'the main source');
        skipped.push({ unit: e.unit, year: e.year, reason: `the window mixes data sources (${names.join(' and ')})` });
        continue;
      }
    }
    const after = [...path].filter(([r]) => r >= 0).map(([, d]) => d);
    if (after.length === 0) {
      skipped.push({ unit: e.unit, year: e.year, reason: `no value in the event year or the ${post} year(s) after` });
      continue;
    }
    paths.push(path);
    shifts.push(mean(after));
  }
  const path: RelativeYear[] = [];
  for (let r = -pre; r <= post; r++) {
    const vals = paths.map((p) => p.get(r)).filter((v): v is number => v !== undefined);
    path.push({ r, n: vals.length, mean: vals.length ? mean(vals) : null });
  }
  const m = shifts.length;
  const est = m ? mean(shifts) : NaN;
  const sd = m > 1 ? Math.sqrt(shifts.reduce((s, x) => s + (x - est) ** 2, 0) / (m - 1)) : NaN;
  const se = m > 1 ? sd / Math.sqrt(m) : null;
  const q = m > 1 ? studentTQuantile(1 - (1 - level) / 2, m - 1) : NaN;
  const t = se !== null && se > 0 ? est / se : null;
  const shift: Estimate = {
    term: 'post-event shift', estimate: est, se, level, df: m > 1 ? m - 1 : null,
    low: se !== null ? est - q * se : null,
    high: se !== null ? est + q * se : null,
    statistic: t, p: t !== null ? studentTTwoSided(t, m - 1) : null,
  };
  const warnings: string[] = [];
  if (m < SMALL_SAMPLE.events) warnings.push(`few events: ${m} usable (< ${SMALL_SAMPLE.events}); the average shift mixes the event with everything else that happened those years`);
  if (m < 2) warnings.push('one event or none: no interval can be computed');
  return { events: m, skipped, path, shift, warnings };
}
