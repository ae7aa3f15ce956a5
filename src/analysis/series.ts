// A yearly series: one value per year, missing years absent or null.

export interface YearValue {
  year: number;
  value: number | null;
}

/** Year → value, dropping nulls and non-finite values. */
export function toYearMap(series: readonly YearValue[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of series) if (p.value !== null && Number.isFinite(p.value)) out.set(p.year, p.value);
  return out;
}

export function mean(v: readonly number[]): number {
  return v.reduce((s, x) => s + x, 0) / v.length;
}

/** Pearson correlation of two equally long arrays (NaN when either has no variance). */
export function pearson(x: readonly number[], y: readonly number[]): number {
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}
