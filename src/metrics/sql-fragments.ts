// Small SQL builders shared by metric families, kept to the portable subset (standard SQL, CASE, COALESCE,
// NULLIF, aggregates, window functions) so the same text can run on DuckDB and ClickHouse.
import type { TradeSource } from './types.js';

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
