// Reads for the dashboard's country and dyad views: time series of a subject's counterparts, the states that
// depend on a counterpart, both directions of a dyad over time. Bound parameters only.
import type { Database } from '../db.js';
import type { MetricValueRow } from './metric-values.js';

const COLUMNS = 'metric, version, source, subject, counterpart, year, value, low, high, flags';
/** Group counterparts carry the flag token 'group' first (metrics/groups.ts). */
const NOT_GROUP = `flags <> 'group' AND flags NOT LIKE 'group,%'`;
const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

export interface SeriesPoint {
  counterpart: string;
  year: number;
  value: number | null;
  low: number | null;
  high: number | null;
}

/** The subject's value on every state counterpart of a directed metric, per year. */
export function counterpartSeries(
  db: Database, metric: string, subject: string, source: string, from: number | null, to: number | null,
): Promise<SeriesPoint[]> {
  return db.all<SeriesPoint & Record<string, unknown>>(
    `SELECT counterpart, year, value, low, high FROM metric_value
      WHERE scenario = 'baseline' AND metric = ? AND subject = ? AND source = ? AND counterpart IS NOT NULL AND ${NOT_GROUP}
        AND (?::INTEGER IS NULL OR year >= ?) AND (?::INTEGER IS NULL OR year <= ?)
      ORDER BY year, counterpart`,
    [metric, subject, source, from, from, to, to],
  );
}

/** Every state's value on the counterpart in one year (who depends on it), highest first. */
export function dependentsOn(db: Database, metric: string, counterpart: string, year: number, source: string): Promise<MetricValueRow[]> {
  return db.all<MetricValueRow & Record<string, unknown>>(
    `SELECT ${COLUMNS} FROM metric_value
      WHERE scenario = 'baseline' AND metric = ? AND counterpart = ? AND year = ? AND source = ?
      ORDER BY value DESC NULLS LAST, subject`,
    [metric, counterpart, year, source],
  );
}

/** Both directions of a dyad for the given metrics, every year. */
export function dyadSeries(db: Database, a: string, b: string, metrics: readonly string[], source: string): Promise<MetricValueRow[]> {
  // One SELECT per direction: an equality on subject lets DuckDB skip the row groups of other subjects (metric_value
  // is clustered by metric and subject); an OR of the two directions reads them all (3x slower on the full panel).
  const direction = `SELECT ${COLUMNS} FROM metric_value
      WHERE scenario = 'baseline' AND metric IN (${placeholders(metrics.length)}) AND source IN (?, 'default') AND subject = ? AND counterpart = ?`;
  return db.all<MetricValueRow & Record<string, unknown>>(
    `SELECT * FROM (${direction} UNION ALL ${direction}) AS d ORDER BY metric, year, subject`,
    [...metrics, source, a, b, ...metrics, source, b, a],
  );
}

/** Years with a non-null value of a metric (for a subject, when given): the range a year picker offers. */
export async function metricYears(db: Database, metric: string, subject: string | null): Promise<{ from: number | null; to: number | null }> {
  const row = await db.one<{ a: number | null; b: number | null }>(
    `SELECT min(year)::INTEGER AS a, max(year)::INTEGER AS b FROM metric_value
      WHERE scenario = 'baseline' AND metric = ? AND value IS NOT NULL AND (?::VARCHAR IS NULL OR subject = ?)`,
    [metric, subject, subject],
  );
  return { from: row?.a ?? null, to: row?.b ?? null };
}

/** The subject's rows of the given metrics on state counterparts in one year. */
export function subjectValues(db: Database, metrics: readonly string[], subject: string, year: number, source: string): Promise<MetricValueRow[]> {
  return db.all<MetricValueRow & Record<string, unknown>>(
    `SELECT ${COLUMNS} FROM metric_value
      WHERE scenario = 'baseline' AND metric IN (${placeholders(metrics.length)}) AND subject = ? AND year = ? AND source IN (?, 'default')
        AND counterpart IS NOT NULL AND ${NOT_GROUP}
      ORDER BY metric, value DESC NULLS LAST, counterpart`,
    [...metrics, subject, year, source],
  );
}

/** The subject's values of the given monadic metrics in one year (metric IN (…) lets DuckDB skip the dyadic metrics' row groups). */
export function monadicOf(db: Database, metrics: readonly string[], subject: string, year: number, source: string): Promise<MetricValueRow[]> {
  return db.all<MetricValueRow & Record<string, unknown>>(
    `SELECT ${COLUMNS} FROM metric_value
      WHERE scenario = 'baseline' AND metric IN (${placeholders(metrics.length)}) AND subject = ? AND counterpart IS NULL AND year = ?
        AND source IN (?, 'default')
      ORDER BY metric`,
    [...metrics, subject, year, source],
  );
}
