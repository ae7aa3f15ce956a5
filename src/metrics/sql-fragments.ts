// Small SQL builders shared by metric families, kept to the portable subset (standard SQL, CASE, COALESCE,
// NULLIF, aggregates, window functions) so the same text can run on DuckDB and ClickHouse.
import type { MetricRow, ReferenceInput, TradeSource } from './types.js';

export const TRADE_ORIGINS = ['cow', 'dots_estimated', 'dots_mirror', 'dots_own'] as const;

/** Rows of trade_flow for one source; the source is a validated enum, never user text. */
export function tradeFlowOf(source: TradeSource): string {
  return `(SELECT * FROM trade_flow WHERE source = '${source}')`;
}

/** Flags of an aggregate over trade_flow rows: the sorted origins that occur in `column` within the group. */
export function aggregateOrigins(column = 'flags'): string {
  const parts = TRADE_ORIGINS.map(
    (o) => `CASE WHEN MAX(CASE WHEN ${column} LIKE '%${o}%' THEN 1 ELSE 0 END) = 1 THEN ',${o}' ELSE '' END`,
  );
  return `SUBSTR(${parts.join(' || ')}, 2)`;
}

/** Appends ",token" (or "token" when flags is empty) when cond holds. */
export function addFlag(flags: string, cond: string, token: string): string {
  return `CASE WHEN ${cond} THEN (CASE WHEN ${flags} = '' THEN '${token}' ELSE ${flags} || ',${token}' END) ELSE ${flags} END`;
}

/** GDP in current US$ (World Bank WDI) per state-year. */
export const GDP = `(SELECT country, year, value FROM indicator WHERE dataset = 'worldbank_wdi' AND code = 'NY.GDP.MKTP.CD' AND NOT is_aggregate)`;

/** Mirrors of SQL helpers for the TS references. */
export function joinFlags(...parts: string[]): string {
  return parts.filter((p) => p !== '').join(',');
}

export function aggregateOriginsTs(flags: Iterable<string>): string {
  const seen = new Set<string>();
  for (const f of flags) for (const o of TRADE_ORIGINS) if (f.includes(o)) seen.add(o);
  return TRADE_ORIGINS.filter((o) => seen.has(o)).join(',');
}

/** Values of an already computed metric (baseline scenario), for derived metrics. */
export function metricValuesOf(metric: string, source: TradeSource | 'default'): string {
  return `(SELECT subject, counterpart, year, value, flags FROM metric_value
            WHERE metric = '${metric}' AND source = '${source}' AND scenario = 'baseline')`;
}

/** A metric_value row as a TS reference reads it. */
export interface MetricValueRow {
  metric: string;
  source: string;
  scenario: string;
  subject: string;
  counterpart: string | null;
  year: number;
  value: number | null;
  flags: string;
}

/** How a missing reverse row is read. */
export interface ReverseOptions {
  /**
   * For bases that list only positive pairs of a subject whose total is known (gas suppliers, arms suppliers,
   * remittance senders): when the counterpart has rows of its own that year but none for the subject, its
   * dependence on the subject is 0 (flag reverse_zero), not missing.
   */
  absentMeansZero?: boolean;
}

/**
 * A directed metric joined with its reverse direction (b = counterpart → subject, same year): one row per row a of
 * `metric`; value = `combine` (an expression in a.value and b.value) when both are known, else NULL; flags = a's,
 * then missing:reverse (no reverse row), reverse_zero (no reverse row, read as 0: see ReverseOptions) or
 * missing:reverse_value (reverse row with a NULL value), then `extra` tokens whose condition holds.
 */
export function reverseJoinSql(
  metric: string, source: TradeSource | 'default', combine: string,
  extra: ReadonlyArray<readonly [condition: string, token: string]> = [],
  options: ReverseOptions = {},
): string {
  const zero = options.absentMeansZero ? 'b.subject IS NULL AND has.subject IS NOT NULL' : '1 = 0';
  const reverse = `(CASE WHEN ${zero} THEN 0.0 ELSE b.value END)`;
  let flags = addFlag('a.flags', `b.subject IS NULL AND NOT (${zero})`, 'missing:reverse');
  flags = addFlag(flags, zero, 'reverse_zero');
  flags = addFlag(flags, 'b.value IS NULL AND b.subject IS NOT NULL', 'missing:reverse_value');
  for (const [condition, token] of extra) flags = addFlag(flags, condition, token);
  const has = options.absentMeansZero
    ? `LEFT JOIN (SELECT subject, year FROM ${metricValuesOf(metric, source)} AS h GROUP BY subject, year) AS has
         ON has.subject = a.counterpart AND has.year = a.year`
    : '';
  return `
    SELECT a.subject, a.counterpart, a.year,
           CASE WHEN a.value IS NULL OR ${reverse} IS NULL THEN NULL ELSE ${combine.replaceAll('b.value', reverse)} END AS value,
           CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high, ${flags} AS flags
      FROM ${metricValuesOf(metric, source)} AS a
      LEFT JOIN ${metricValuesOf(metric, source)} AS b ON b.subject = a.counterpart AND b.counterpart = a.subject AND b.year = a.year
      ${has}`;
}

/** TS mirror of reverseJoinSql: `combine` is called only when both values are known. */
export function reverseJoinRows(
  input: ReferenceInput, metric: string, source: TradeSource | 'default',
  combine: (a: number, b: number) => number | null,
  extra: (a: MetricValueRow, b: MetricValueRow | undefined) => string[] = () => [],
  options: ReverseOptions = {},
): MetricRow[] {
  const rows = ((input.metric_value ?? []) as unknown as MetricValueRow[])
    .filter((r) => r.metric === metric && r.source === source && r.scenario === 'baseline');
  const byKey = new Map(rows.map((r) => [`${r.subject}|${r.counterpart}|${r.year}`, r]));
  const subjects = new Set(rows.map((r) => `${r.subject}|${r.year}`));
  return rows.map((a) => {
    const b = byKey.get(`${a.counterpart}|${a.subject}|${a.year}`);
    const zero = options.absentMeansZero === true && b === undefined && subjects.has(`${a.counterpart}|${a.year}`);
    const reverse = zero ? 0 : (b?.value ?? null);
    const flags = joinFlags(
      a.flags,
      b === undefined && !zero ? 'missing:reverse' : '',
      zero ? 'reverse_zero' : '',
      b !== undefined && b.value === null ? 'missing:reverse_value' : '',
      ...extra(a, b),
    );
    const value = a.value === null || reverse === null ? null : combine(a.value, reverse);
    return { subject: a.subject, counterpart: a.counterpart, year: a.year, value, low: null, high: null, flags };
  });
}
