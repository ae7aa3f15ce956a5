// Panel assembly: long metric values → state-year (or dyad-year) rows of named variables, with lags and leads.
// A variable reads one metric on an optional counterpart; `minus` subtracts a second metric (e.g. IGO memberships
// not shared with Russia = igo.count_full − igo.shared_full on RUS); lag k reads year − k (a negative k is a lead).

export interface LongValue {
  metric: string;
  subject: string;
  counterpart: string | null;
  year: number;
  value: number | null;
  flags?: string;
}

export interface MetricRef {
  metric: string;
  /** Counterpart for directed/undirected metrics (a state or a group id); absent for monadic metrics. */
  counterpart?: string;
}

export interface VariableSpec extends MetricRef {
  name: string;
  lag?: number;
  minus?: MetricRef;
}

export interface PanelRow {
  unit: string;
  year: number;
  values: Record<string, number | null>;
}

const key = (metric: string, counterpart: string | null | undefined, subject: string, year: number) =>
  `${metric}|${counterpart ?? ''}|${subject}|${year}`;

/** Index of values by metric, counterpart, subject and year; nulls are kept out (missing stays missing). */
export function indexValues(values: readonly LongValue[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of values) if (v.value !== null && Number.isFinite(v.value)) out.set(key(v.metric, v.counterpart, v.subject, v.year), v.value);
  return out;
}

/**
 * Index of the data-source tokens of values ("source:…" in their flags, e.g. source:cia_factbook for IGO memberships
 * after COW ends), by the same key as indexValues: a value without one comes from its metric's main source.
 */
export function indexSources(values: readonly LongValue[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const v of values) {
    const tokens = (v.flags ?? '').split(',').filter((t) => t.startsWith('source:'));
    if (tokens.length > 0) out.set(key(v.metric, v.counterpart, v.subject, v.year), tokens.join(','));
  }
  return out;
}

/** The source tokens of a variable's value for a unit in a year ('' = the main sources), the mirror of variableValue. */
export function variableSource(sources: ReadonlyMap<string, string>, v: VariableSpec, unit: string, year: number): string {
  const y = year - (v.lag ?? 0);
  const a = sources.get(key(v.metric, v.counterpart, unit, y)) ?? '';
  const b = v.minus ? (sources.get(key(v.minus.metric, v.minus.counterpart, unit, y)) ?? '') : '';
  return [...new Set([a, b].flatMap((t) => t.split(',')).filter((t) => t !== ''))].sort().join(',');
}

/** The value of a variable for a unit in a year (after its lag), or null. */
export function variableValue(index: ReadonlyMap<string, number>, v: VariableSpec, unit: string, year: number): number | null {
  const y = year - (v.lag ?? 0);
  const a = index.get(key(v.metric, v.counterpart, unit, y));
  if (a === undefined) return null;
  if (!v.minus) return a;
  const b = index.get(key(v.minus.metric, v.minus.counterpart, unit, y));
  return b === undefined ? null : a - b;
}

/** One row per unit and year of [from, to], every variable filled or null (index: from indexValues). */
export function buildStatePanel(
  index: ReadonlyMap<string, number>, variables: readonly VariableSpec[], units: readonly string[], from: number, to: number,
): PanelRow[] {
  const rows: PanelRow[] = [];
  for (const unit of units) {
    for (let year = from; year <= to; year++) {
      const vals: Record<string, number | null> = {};
      for (const v of variables) vals[v.name] = variableValue(index, v, unit, year);
      rows.push({ unit, year, values: vals });
    }
  }
  return rows;
}

/** Rows where every named variable is known (listwise deletion, as lm does). */
export function completeRows(rows: readonly PanelRow[], names: readonly string[]): PanelRow[] {
  return rows.filter((r) => names.every((n) => r.values[n] !== null && r.values[n] !== undefined));
}

/** Column name of a metric for exports: dots and other punctuation become underscores (R and Stata friendly). */
export function columnName(metric: string, counterpart?: string, lag = 0): string {
  const base = metric.replace(/[^A-Za-z0-9]+/g, '_') + (counterpart ? `_${counterpart}` : '');
  return lag === 0 ? base : lag > 0 ? `${base}_l${lag}` : `${base}_f${-lag}`;
}
