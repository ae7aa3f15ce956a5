// Linear regression with unit (state) and/or time (year) fixed effects by the within transformation, and
// cluster-robust (CR1) standard errors clustered on units.
// Method: two-way demeaning by alternating projections (Guimarães & Portugal 2010, Stata Journal 10(4): 628–649;
// Gaure 2013, lfe), which converges to the exact least-squares projection on the dummies for balanced and unbalanced
// panels; by Frisch–Waugh–Lovell the slopes, residuals and the slope block of the sandwich equal those of the
// regression with explicit dummies (R: lm(y ~ x + factor(state) + factor(year))).
// CR1 (Liang & Zeger 1986; Cameron & Miller 2015, J. Human Resources 50(2): 317–372):
//   V = c · (X̃'X̃)⁻¹ [Σ_g X̃_g' û_g û_g' X̃_g] (X̃'X̃)⁻¹,  c = G/(G−1) · (N−1)/(N−K),
// K = slopes + rank of the fixed-effect dummies (incl. the intercept), as Stata's `regress … i.state i.year,
// vce(cluster state)`; intervals use t with G − 1 degrees of freedom.
import { classicalVcov, estimatesFrom, fitOls, type OlsFit } from './ols.js';
import { type Estimate, sampleWarnings } from './result.js';
import type { Matrix } from './matrix.js';

export interface PanelObservation {
  unit: string;
  time: number;
  y: number;
  /** Regressors in the order of `names`. */
  x: number[];
}

export type FixedEffects = 'none' | 'unit' | 'time' | 'twoway';

export interface FeOptions {
  fixedEffects?: FixedEffects;
  /** 'cluster' = CR1 by unit (default); 'classical' = homoskedastic. */
  vcov?: 'cluster' | 'classical';
  level?: number;
}

export interface FeResult {
  estimates: Estimate[];
  n: number;
  units: number;
  times: number;
  clusters: number;
  k: number;
  fixedEffects: FixedEffects;
  vcov: 'cluster' | 'classical';
  /** Small-sample correction applied to the cluster sandwich (1 for classical). */
  correction: number;
  rss: number;
  /** Within R² (share of the demeaned y's variation the slopes explain). */
  withinR2: number;
  warnings: string[];
}

function groupIndex(keys: readonly (string | number)[]): { index: number[]; levels: number } {
  const ids = new Map<string | number, number>();
  const index = keys.map((k) => {
    let id = ids.get(k);
    if (id === undefined) ids.set(k, (id = ids.size));
    return id;
  });
  return { index, levels: ids.size };
}

function demeanBy(v: number[], g: { index: number[]; levels: number }): void {
  const sum = new Array<number>(g.levels).fill(0);
  const cnt = new Array<number>(g.levels).fill(0);
  v.forEach((x, i) => {
    sum[g.index[i]!]! += x;
    cnt[g.index[i]!]! += 1;
  });
  for (let i = 0; i < v.length; i++) v[i]! -= sum[g.index[i]!]! / cnt[g.index[i]!]!;
}

/** Connected components of the bipartite unit–time graph: the two-way dummies have rank U + T − C. */
function components(units: { index: number[]; levels: number }, times: { index: number[]; levels: number }): number {
  const parent = Array.from({ length: units.levels + times.levels }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  units.index.forEach((u, i) => {
    const a = find(u);
    const b = find(units.levels + times.index[i]!);
    if (a !== b) parent[a] = b;
  });
  return new Set(parent.map((_, i) => find(i))).size;
}

/** Removes the fixed effects from a column in place (alternating projections until the largest change < 1e-13). */
function sweep(v: number[], factors: Array<{ index: number[]; levels: number }>): void {
  if (factors.length === 0) {
    const mean = v.reduce((s, x) => s + x, 0) / v.length;
    for (let i = 0; i < v.length; i++) v[i]! -= mean;
    return;
  }
  for (let iter = 0; iter < 10_000; iter++) {
    const before = factors.length > 1 ? [...v] : null;
    for (const f of factors) demeanBy(v, f);
    if (before === null) return;
    let change = 0;
    for (let i = 0; i < v.length; i++) change = Math.max(change, Math.abs(v[i]! - before[i]!));
    if (change < 1e-13) return;
  }
}

export function fitFixedEffects(obs: readonly PanelObservation[], names: string[], options: FeOptions = {}): FeResult {
  const fe = options.fixedEffects ?? 'twoway';
  const vcovKind = options.vcov ?? 'cluster';
  const level = options.level ?? 0.95;
  const units = groupIndex(obs.map((o) => o.unit));
  const times = groupIndex(obs.map((o) => o.time));
  const factors = fe === 'twoway' ? [units, times] : fe === 'unit' ? [units] : fe === 'time' ? [times] : [];
  const absorbed = fe === 'twoway' ? units.levels + times.levels - components(units, times)
    : fe === 'unit' ? units.levels : fe === 'time' ? times.levels : 1;
  const y = obs.map((o) => o.y);
  sweep(y, factors);
  const cols = names.map((_, j) => {
    const c = obs.map((o) => o.x[j]!);
    sweep(c, factors);
    return c;
  });
  const x: Matrix = obs.map((_, i) => cols.map((c) => c[i]!));
  const fit: OlsFit = fitOls(y, x, names, absorbed);
  const n = fit.n;
  const g = units.levels;
  let vcov: Matrix;
  let correction = 1;
  let df = n - fit.k;
  if (vcovKind === 'cluster') {
    const k = names.length;
    const scores = new Map<number, number[]>();
    obs.forEach((_, i) => {
      const s = scores.get(units.index[i]!) ?? new Array<number>(k).fill(0);
      for (let j = 0; j < k; j++) s[j]! += x[i]![j]! * fit.residuals[i]!;
      scores.set(units.index[i]!, s);
    });
    const meat: Matrix = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    for (const s of scores.values()) for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) meat[a]![b]! += s[a]! * s[b]!;
    correction = (g / (g - 1)) * ((n - 1) / (n - fit.k));
    const bm = fit.bread.map((row) => meat[0]!.map((_, b) => row.reduce((s, v, c) => s + v * meat[c]![b]!, 0)));
    vcov = bm.map((row) => fit.bread[0]!.map((_, b) => correction * row.reduce((s, v, c) => s + v * fit.bread[c]![b]!, 0)));
    df = g - 1;
  } else {
    vcov = classicalVcov(fit);
  }
  const tss = y.reduce((s, v) => s + v * v, 0);
  const warnings = sampleWarnings(n, vcovKind === 'cluster' ? g : undefined);
  if (n - fit.k < 1) warnings.push(`no residual degrees of freedom: N = ${n} observations for K = ${fit.k} parameters`);
  return {
    estimates: estimatesFrom(names, fit.beta, vcov, df, level),
    n, units: units.levels, times: times.levels, clusters: g, k: fit.k, fixedEffects: fe, vcov: vcovKind, correction,
    rss: fit.rss, withinR2: tss > 0 ? 1 - fit.rss / tss : NaN, warnings,
  };
}
