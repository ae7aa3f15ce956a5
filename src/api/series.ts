// Pure shaping of API series: a subject's top counterparts over time with the rest summed into "OTHER" (the stacked
// area of partner shares), and rows grouped by direction for the dyad view.
import type { SeriesPoint } from '../store/queries/api-country.js';

export const OTHER = 'OTHER';

/** The `top` counterparts by summed value over all years, plus OTHER = the sum of the others in each year. */
export function topWithOther(points: readonly SeriesPoint[], top: number): { partners: string[]; series: Array<{ year: number; counterpart: string; value: number }> } {
  const totals = new Map<string, number>();
  for (const p of points) if (p.value !== null) totals.set(p.counterpart, (totals.get(p.counterpart) ?? 0) + p.value);
  const partners = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top).map(([c]) => c);
  const keep = new Set(partners);
  const byYear = new Map<number, Map<string, number>>();
  for (const p of points) {
    if (p.value === null) continue;
    const year = byYear.get(p.year) ?? new Map<string, number>();
    const key = keep.has(p.counterpart) ? p.counterpart : OTHER;
    year.set(key, (year.get(key) ?? 0) + p.value);
    byYear.set(p.year, year);
  }
  const series = [...byYear].sort((a, b) => a[0] - b[0]).flatMap(([year, m]) =>
    [...partners, OTHER].filter((c) => m.has(c)).map((counterpart) => ({ year, counterpart, value: m.get(counterpart)! })),
  );
  return { partners, series };
}
