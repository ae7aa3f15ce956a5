// Reads of metric_value for the query, dyad, country and rank commands; every filter is a bound parameter.
import type { Database, SqlParam } from '../db.js';

export interface MetricValueRow {
  metric: string;
  version: string;
  source: string;
  subject: string;
  counterpart: string | null;
  year: number;
  value: number | null;
  low: number | null;
  high: number | null;
  flags: string;
}

export interface MetricFilter {
  metric?: string;
  subject?: string;
  counterpart?: string;
  from?: number;
  to?: number;
  /** Only rows of this source ('default' for metrics that do not read trade). */
  source?: string;
  limit?: number;
}

const COLUMNS = 'metric, version, source, subject, counterpart, year, value, low, high, flags';

/** Excludes rows whose counterpart is a country group (metrics/groups.ts: their flags start with the token 'group'). */
const NOT_GROUP = `flags <> 'group' AND flags NOT LIKE 'group,%'`;

export async function queryMetricValues(db: Database, f: MetricFilter): Promise<MetricValueRow[]> {
  const where: string[] = [`scenario = 'baseline'`];
  const params: SqlParam[] = [];
  const add = (sql: string, value: SqlParam | undefined) => {
    if (value === undefined) return;
    where.push(sql);
    params.push(value);
  };
  add('metric = ?', f.metric);
  add('subject = ?', f.subject);
  add('counterpart = ?', f.counterpart);
  add('year >= ?', f.from);
  add('year <= ?', f.to);
  add('source = ?', f.source);
  const limit = f.limit === undefined ? '' : ` LIMIT ${Math.max(0, Math.floor(f.limit))}`;
  return db.all<MetricValueRow & Record<string, unknown>>(
    `SELECT ${COLUMNS} FROM metric_value WHERE ${where.join(' AND ')} ORDER BY metric, subject, counterpart NULLS FIRST, year${limit}`,
    params,
  );
}

/** Both directions of a dyad in one year, for every metric with a value either way. */
export async function dyadValues(db: Database, a: string, b: string, year: number, source: string): Promise<MetricValueRow[]> {
  return db.all<MetricValueRow & Record<string, unknown>>(
    `SELECT ${COLUMNS} FROM metric_value
      WHERE scenario = 'baseline' AND year = ? AND source IN (?, 'default')
        AND ((subject = ? AND counterpart = ?) OR (subject = ? AND counterpart = ?))
      ORDER BY metric, subject = ? DESC`,
    [year, source, a, b, b, a, a],
  );
}

/** Latest year with any metric value for the dyad (either direction), or null. */
export async function latestDyadYear(db: Database, a: string, b: string): Promise<number | null> {
  const row = await db.one<{ y: number | null }>(
    `SELECT max(year)::INTEGER AS y FROM metric_value
      WHERE scenario = 'baseline' AND value IS NOT NULL AND ((subject = ? AND counterpart = ?) OR (subject = ? AND counterpart = ?))`,
    [a, b, b, a],
  );
  return row?.y ?? null;
}

/** Latest year with any non-null metric value for the state as subject, or null. */
export async function latestSubjectYear(db: Database, subject: string): Promise<number | null> {
  const row = await db.one<{ y: number | null }>(
    `SELECT max(year)::INTEGER AS y FROM metric_value WHERE scenario = 'baseline' AND value IS NOT NULL AND subject = ?`,
    [subject],
  );
  return row?.y ?? null;
}

/** The subject's monadic values in a year. */
export async function monadicValues(db: Database, subject: string, year: number, source: string): Promise<MetricValueRow[]> {
  return db.all<MetricValueRow & Record<string, unknown>>(
    `SELECT ${COLUMNS} FROM metric_value
      WHERE scenario = 'baseline' AND subject = ? AND counterpart IS NULL AND year = ? AND source IN (?, 'default')
      ORDER BY metric`,
    [subject, year, source],
  );
}

/** The top state counterparts of the subject by each directed metric in a year (highest value first; no groups). */
export async function topCounterparts(db: Database, subject: string, year: number, source: string, top: number): Promise<MetricValueRow[]> {
  return db.all<MetricValueRow & Record<string, unknown>>(
    `SELECT ${COLUMNS} FROM (
       SELECT *, row_number() OVER (PARTITION BY metric ORDER BY value DESC, counterpart) AS rank
         FROM metric_value
        WHERE scenario = 'baseline' AND subject = ? AND counterpart IS NOT NULL AND year = ? AND value IS NOT NULL
          AND source IN (?, 'default') AND ${NOT_GROUP}
     ) AS ranked WHERE rank <= ? ORDER BY metric, rank`,
    [subject, year, source, top],
  );
}

/** States (or dyads) ordered by a metric's value in a year, highest first; NULL values last. */
export async function rankMetric(
  db: Database,
  metric: string,
  year: number,
  source: string,
  opts: { counterpart?: string; monadic: boolean; top: number },
): Promise<MetricValueRow[]> {
  const params: SqlParam[] = [metric, year, source];
  // Without a counterpart, directed metrics rank state pairs: group counterparts are left out.
  let dyad = opts.monadic ? 'counterpart IS NULL' : `counterpart IS NOT NULL AND ${NOT_GROUP}`;
  if (opts.counterpart !== undefined) {
    dyad = 'counterpart = ?';
    params.push(opts.counterpart);
  }
  params.push(opts.top);
  return db.all<MetricValueRow & Record<string, unknown>>(
    `SELECT ${COLUMNS} FROM metric_value
      WHERE scenario = 'baseline' AND metric = ? AND year = ? AND source = ? AND ${dyad}
      ORDER BY value DESC NULLS LAST, subject, counterpart LIMIT ?`,
    params,
  );
}

export async function computedSources(db: Database, metric: string): Promise<string[]> {
  const rows = await db.all<{ source: string }>(`SELECT DISTINCT source FROM metric_value WHERE metric = ? ORDER BY source`, [metric]);
  return rows.map((r) => r.source);
}
